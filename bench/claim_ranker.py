"""Experiment: does a learned ranker of candidate sources beat the rules, on sets it was not trained on?

For every claim of the attribution sets (``bench/data/attribution*``), the candidates for its author
are the authors the rules gave any quotation of the page, the person names the page writes, and
"none"; the candidates for its title are the rules' titles, the page's italic and quoted titles, and
"none". Each candidate gets features of where the page names it (nearest before or after the
quotation, in its paragraph, on a short header-like line, inside the quotation, after "by", before
"writes"), of what the rules said (this quotation's answer, its neighbours', its share of the page),
and of the quotation's kind. A conditional logit (softmax over one quotation's candidates) is trained
on all sets but one and scored on the set left out, for every set in turn.

    .venv/bin/python bench/claim_ranker.py                       # all sets: claims right, rules vs ranker
    .venv/bin/python bench/claim_ranker.py attribution attribution-heldout20   # only these sets

A claim counts as right when author and title both are (the page is left out: it is the rules'
in both columns). The candidate oracle (some candidate is right for both fields) bounds what any
ranker over these candidates can reach.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution import DATA, QUOTED, documents, field_right, parse_gold, quotation_finder

from quotetrace.discourse import _ITALIC, _person_names
from quotetrace.quotes import find_quotations
from quotetrace.readers import read_document
from quotetrace.readers.records import FRONT_MATTER

FIELDS = ("author", "title")
KINDS = ("inline", "excerpt", "blockquote")
VERBS = re.compile(r"\W{0,3}\s*(?:\w+ly\s+)?(?:writes|wrote|says|said|argues|asks|puts|tells|observes|notes|"
                   r"declares|replies|answers)\b")


@dataclass
class Example:
    set_name: str
    entry: dict  # the gold claim
    rule: dict[str, str | None]  # what the rules claim, per field
    candidates: dict[str, list[str | None]]
    features: dict[str, np.ndarray]  # per field: candidates x features
    right: dict[str, np.ndarray]  # per field: which candidates match the gold


def claimed_quotations(path: Path):
    """The page, its quotations, and (quotation, gold claim) for every gold claim."""
    document = read_document(path)
    text = document.text
    gold = parse_gold(path.with_name(f"{path.stem}.gold.txt").read_text(encoding="utf-8"))
    claims_path = path.with_name(f"{path.stem}.claims.json")
    claims = json.loads(claims_path.read_text(encoding="utf-8")) if claims_path.exists() else []
    quotations = find_quotations(document)
    find_quotation = quotation_finder(text, quotations)
    pairs = []
    for entry in claims:
        at = next(m.start() for m in re.finditer(re.escape(entry["contains"]), text) if gold.labels[m.start()] == QUOTED)
        pairs.append((find_quotation(at), entry))
    return document, quotations, pairs


def candidates(document, quotations) -> dict[str, list[str | None]]:
    text = document.text
    front = FRONT_MATTER.match(text)
    lower = frozenset(re.findall(r"(?<![#@])\b[a-z]+\b", text[front.end() if front else 0:]))
    authors = {q.claim.author for q in quotations if q.claim and q.claim.author} | set(_person_names(text, lower))
    titles = {q.claim.title for q in quotations if q.claim and q.claim.title}
    titles |= {m.group("t").strip() for m in _ITALIC.finditer(text)}
    titles |= {text[r.start:r.end].strip() for r in document.regions if r.kind == "italic" and r.end - r.start < 100}
    titles |= {q.text.strip() for q in quotations if q.kind == "title"}
    return {"author": sorted(authors) + [None], "title": sorted(titles) + [None]}


def same(a: str | None, b: str | None, key: str) -> bool:
    return a is not None and b is not None and field_right(key, a, b)


def mentions(text: str, name: str, key: str) -> list[int]:
    found = {m.start() for m in re.finditer(re.escape(name), text)}
    if key == "author" and len(name.split()[-1]) > 2:
        found |= {m.start() for m in re.finditer(rf"\b{re.escape(name.split()[-1])}\b", text)}
    if key == "title" and not found:
        found = {m.start() for m in re.finditer(re.escape(name), text, re.IGNORECASE)}
    return sorted(found)


def scaled(x: float) -> float:
    return math.log1p(max(0.0, x)) / 10


def features(text: str, quotations, q, name: str | None, key: str, rules: dict[str, str | None]) -> dict[str, float]:
    ids = list(rules)
    i = ids.index(q.id) if q.id in ids else 0
    neighbours = [rules[ids[j]] for j in (i - 1, i + 1) if 0 <= j < len(ids)]
    f: dict[str, float] = {
        "none": name is None,
        "rule": same(name, rules.get(q.id), key),
        "rule_none": name is None and rules.get(q.id) is None,
        "share": sum(same(name, v, key) for v in rules.values()) / max(1, len(rules)),
        "neighbour": any(same(name, v, key) for v in neighbours),
    }
    if name is not None:
        found = mentions(text, name, key)
        before = [m for m in found if m < q.start]
        after = [m for m in found if m >= q.end]
        f |= {
            "has_before": bool(before), "has_after": bool(after),
            "d_before": scaled(q.start - before[-1]) if before else 1.0,
            "d_after": scaled(after[0] - q.end) if after else 1.0,
            "inside": any(q.start <= m < q.end for m in found),
            "count": scaled(len(found)) * 3,
            "first": found[0] / max(1, len(text)) if found else 1.0,
            "par_before": bool(before) and "\n\n" not in text[before[-1]:q.start],
            "par_after": bool(after) and "\n\n" not in text[q.end:after[0]],
            "line_before": bool(before) and text.count("\n", before[-1], q.start) <= 2 and q.start - before[-1] < 400,
            "pars_between": scaled(text.count("\n\n", before[-1], q.start)) * 3 if before else 1.0,
            "short_line": any(len(text[text.rfind("\n", 0, m) + 1:(text.find("\n", m) + 1 or len(text) + 1) - 1]) < 90
                              and not any(o.start <= m < o.end for o in quotations) for m in found[:50]),
        }
        if key == "author":
            f |= {"by": any(re.search(r"\bby\s+$", text[max(0, m - 5):m]) for m in found[:50]),
                  "verb": any(VERBS.match(text, m + len(name)) for m in found[:50]),
                  "dash": any(re.search(r"[—–-]\s*$", text[max(0, m - 4):m]) for m in found[:50]),
                  "one_word": " " not in name}
        else:
            f |= {"emphasised": any(text[max(0, m - 1):m] in ("*", "_") for m in found[:50]),
                  "quoted": any(text[max(0, m - 1):m] in ('"', "“") for m in found[:50]),
                  "words": min(len(name.split()), 10) / 10}
    for kind in KINDS:
        if q.kind == kind:
            for base in ("rule", "rule_none", "none", "par_before", "line_before", "d_before", "neighbour", "share"):
                f[f"{kind}:{base}"] = float(f.get(base, 0))
    return {k: float(v) for k, v in f.items()}


def nearest(rows: list[dict[str, float]]) -> None:
    """Rank features: the candidate the page names nearest before (after) the quotation."""
    for side in ("before", "after"):
        distances = sorted({r[f"d_{side}"] for r in rows if r.get(f"has_{side}")})
        for r in rows:
            if r.get(f"has_{side}"):
                rank = distances.index(r[f"d_{side}"])
                r[f"nearest_{side}"], r[f"second_{side}"] = float(rank == 0), float(rank == 1)
                r[f"nearest_{side}_par"] = float(rank == 0 and r.get(f"par_{side}", 0))


def examples(folders: list[Path]) -> tuple[list[Example], dict[str, list[str]]]:
    raw = []
    for folder in folders:
        for path in documents([], folder):
            document, quotations, pairs = claimed_quotations(path)
            names = candidates(document, quotations)
            rules = {key: {q.id: getattr(q.claim, key) if q.claim else None for q in quotations if q.quoted}
                     for key in FIELDS}
            for q, entry in pairs:
                rows, right = {}, {}
                for key in FIELDS:
                    rows[key] = [features(document.text, quotations, q, n, key, rules[key]) for n in names[key]] if q else []
                    nearest(rows[key])
                    right[key] = np.array([field_right(key, n, entry[key]) for n in names[key]] if q else [], bool)
                rule = {key: getattr(q.claim, key) if q and q.claim else None for key in FIELDS}
                raw.append((folder.name, entry, rule, names if q else {k: [] for k in FIELDS}, rows, right))
    columns = {key: sorted({n for *_, rows, _ in raw for r in rows[key] for n in r}) for key in FIELDS}
    out = []
    for set_name, entry, rule, names, rows, right in raw:
        matrices = {key: np.array([[r.get(c, 0.0) for c in columns[key]] for r in rows[key]]).reshape(len(rows[key]), len(columns[key]))
                    for key in FIELDS}
        out.append(Example(set_name, entry, rule, names, matrices, right))
    return out, columns


def fit(groups: list[tuple[np.ndarray, np.ndarray]], dim: int, l2: float = 0.01, steps: int = 400) -> np.ndarray:
    """Conditional logit by Adam: maximise the probability of the right candidates of each group."""
    groups = [(x, y) for x, y in groups if len(y) and y.any()]
    x = np.concatenate([g for g, _ in groups])
    y = np.concatenate([r for _, r in groups])
    starts = np.cumsum([0] + [len(g) for g, _ in groups])[:-1]
    group = np.repeat(np.arange(len(groups)), [len(g) for g, _ in groups])
    w, m, v = np.zeros(dim), np.zeros(dim), np.zeros(dim)
    for t in range(1, steps + 1):
        s = x @ w
        p = np.exp(s - np.maximum.reduceat(s, starts)[group])
        p /= np.add.reduceat(p, starts)[group]
        right = np.add.reduceat(p * y, starts)[group]
        g = x.T @ (p - p * y / (right + 1e-12)) / len(groups) + l2 * w
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def main(argv: list[str]) -> int:
    folders = sorted((p for p in DATA.parent.iterdir() if p.name.startswith("attribution") and p.is_dir()
                      and (not argv or p.name in argv)), key=lambda p: (len(p.name), p.name))
    data, columns = examples(folders)
    picked: list[dict[str, str | None]] = [dict(e.rule) for e in data]
    for held_out in {e.set_name for e in data}:
        for key in FIELDS:
            w = fit([(e.features[key], e.right[key]) for e in data if e.set_name != held_out], len(columns[key]))
            for i, e in enumerate(data):
                if e.set_name == held_out and len(e.candidates[key]):
                    picked[i][key] = e.candidates[key][int(np.argmax(e.features[key] @ w))]
    print(f"{'set':<24} {'claims':>6} {'rules':>6} {'ranker':>6} {'oracle':>6}")
    totals = np.zeros(4, int)
    for folder in folders:
        rows = [(e, p) for e, p in zip(data, picked) if e.set_name == folder.name]
        counts = np.array([len(rows),
                           sum(all(field_right(k, e.rule[k], e.entry[k]) for k in FIELDS) for e, _ in rows),
                           sum(all(field_right(k, p[k], e.entry[k]) for k in FIELDS) for e, p in rows),
                           sum(all(e.right[k].any() for k in FIELDS) for e, _ in rows)])
        totals += counts
        print(f"{folder.name:<24} {counts[0]:>6} {counts[1]:>6} {counts[2]:>6} {counts[3]:>6}")
    print(f"{'all':<24} {totals[0]:>6} {totals[1]:>6} {totals[2]:>6} {totals[3]:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
