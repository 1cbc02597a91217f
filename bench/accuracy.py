"""Quotation accuracy benchmark: quotetrace against the seeded set of bench/generate_quotes.py.

Every generated document is audited against ONE index of the whole corpus
(``open_library(corpus_dir, index_dir)``); each truth quotation is matched to the
reported quotation that contains its snippet, and the run prints:

* location: right work and a source span overlapping the true one (invented passages count
  as correct when unlocated); recall by edit-rate level for real quotations of >= 8 words;
* fidelity and attribution accuracy, with confusion tables;
* per edit type, detection precision / recall / F1: an applied edit is detected when a reported
  edit of the same op overlaps it on the quote side (noise and spelling -> ``variant``; page
  anchors are not edits); ``exact`` also asks for the right words;
* substantive edits reported as ``variant`` (and variants reported as substantive);
* time per quotation;
* with ``--examples K``, K examples of every error pattern.

    .venv/bin/python bench/accuracy.py                       # seed 1, 300 quotations (generated if needed)
    .venv/bin/python bench/accuracy.py --examples 3 --json /tmp/quotes-results.json
    .venv/bin/python bench/accuracy.py --data /tmp/q --seed 7 --n 100

The first run builds the index of the whole corpus (a few minutes); later runs reuse it.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in bench/ from importing the generator
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotetrace import check  # noqa: E402
from quotetrace.errors import QuotetraceError  # noqa: E402
from quotetrace.library import open_library  # noqa: E402
from quotetrace.readers import parse_document  # noqa: E402

import generate_quotes  # noqa: E402

OP_OF_TYPE = {"elision": "elision", "interpolation": "interpolation", "substitution": "substitution",
              "omission": "omission", "insertion": "insertion", "noise": "variant", "spelling": "variant"}
TYPES = ("elision", "interpolation", "substitution", "omission", "insertion", "noise", "spelling")
SUBSTANTIVE = {"substitution", "omission", "insertion"}
FIDELITIES = ("verbatim", "faithful", "altered", "paraphrase", "unlocated", "unaudited")  # others are added as seen
ATTRIBUTIONS = ("confirmed", "wrong", "unclaimed", "unknown")
_WORD = re.compile(r"[^\W_]+")


def norm_words(text: str | list | None) -> list[str]:
    if text is None:
        return []
    if isinstance(text, list):
        text = " ".join(text)
    return [w.casefold() for w in _WORD.findall(text)]


def overlaps(a: list | tuple, b: list | tuple) -> bool:
    """Closed intervals, so that an empty span (an omission point) can meet the gap it stands in."""
    return a[0] <= b[1] and b[0] <= a[1]


def match_span(edit: dict, text: str) -> list[int]:
    """Where a truth edit may be reported on the quote side.

    An omission is a point between two words; an aligner may equally put it one word earlier
    or later when the dropped words begin or end like their neighbours ("the virtuous man by"
    vs "virtuous man by the"), so its window reaches over the word on each side.
    """
    a, b = edit["quote_span"]
    if edit["type"] != "omission":
        return [a, b]
    before = [m for m in _WORD.finditer(text, max(0, a - 60), a + 1) if m.end() <= a + 1]
    after = _WORD.search(text, b)
    return [before[-1].start() if before else a, after.end() if after and after.start() - b < 60 else b]


def ensure_data(args) -> dict:
    manifest_path = args.data / "manifest.json"
    if manifest_path.exists() and not args.regenerate:
        manifest = json.loads(manifest_path.read_text())
        if (manifest.get("seed") == args.seed and manifest.get("n") == args.n
                and manifest.get("generator_sha256") == generate_quotes.generator_fingerprint()
                and Path(manifest.get("corpus", "")) == args.corpus.resolve()):
            return manifest
    print(f"generating the set (seed {args.seed}, {args.n} quotations) into {args.data}", flush=True)
    return generate_quotes.generate(args.seed, args.n, args.corpus, args.data)


def match_quotes(truth_quotes: list[dict], reported) -> tuple[dict[str, object], list]:
    """Truth id -> reported quote result, by snippet (ties and misses: the largest span overlap)."""
    matched: dict[str, object] = {}
    used: set[str] = set()
    for q in truth_quotes:
        candidates = [r for r in reported if q["snippet"] in r.quotation.text]
        if not candidates:
            candidates = [r for r in reported if r.quotation.start < q["quote_span"][1] and q["quote_span"][0] < r.quotation.end]
        if candidates:
            best = max(candidates, key=lambda r: min(r.quotation.end, q["quote_span"][1]) - max(r.quotation.start, q["quote_span"][0]))
            matched[q["id"]] = best
            used.add(best.quotation.id)
    spurious = [r for r in reported if r.quotation.id not in used]
    return matched, spurious


def edit_dict(edit) -> dict:
    return {"op": edit.op, "marked": edit.marked, "kind": edit.kind, "quote_span": list(edit.quote_span),
            "quote_text": edit.quote_text, "source_text": edit.source_text}


def exact(truth_edit: dict, hits: list[dict]) -> bool:
    """Did the detection get the words right too?"""
    t, w = truth_edit["type"], truth_edit["words"]
    if t in ("elision", "omission"):
        return any(norm_words(h["source_text"]) == norm_words(w["removed"]) for h in hits)
    if t == "substitution":
        return (sorted(sum((norm_words(h["source_text"]) for h in hits), [])) == sorted(norm_words(w["from"]))
                and sorted(sum((norm_words(h["quote_text"]) for h in hits), [])) == sorted(norm_words(w["to"])))
    if t == "insertion":
        return sum((norm_words(h["quote_text"]) for h in hits), []) == norm_words(w["inserted"])
    if t == "interpolation":
        want = "sic" if truth_edit["kind"] == "sic" else "gloss"
        if truth_edit["kind"] == "replacing":
            return any(h["kind"] == want and norm_words(h["source_text"]) == norm_words(w["from"]) for h in hits)
        return any(h["kind"] == want for h in hits)
    return any(norm_words(h["quote_text"]) == norm_words(w["to"]) and norm_words(h["source_text"]) == norm_words(w["from"])
               for h in hits)


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:5.1f}%" if b else f"{a}/0 =    n/a"


def f1(p: float | None, r: float | None) -> float | None:
    if not p or not r:
        return 0.0 if (p is not None and r is not None) else None
    return 2 * p * r / (p + r)


def fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def describe_edits(edits: list[dict], truth: bool) -> str:
    out = []
    for e in sorted(edits, key=lambda e: e["quote_span"][0]):
        if truth:
            w = e["words"]
            if "from" in w:
                out.append(f"{e['type']}{'/' + e['kind'] if e['kind'] else ''} {w['from']!s}->{w['to']!s}")
            elif "removed" in w:
                out.append(f"{e['type']} -[{' '.join(w['removed'])}]" + (f" as {w['mark']!r}" if "mark" in w else ""))
            else:
                out.append(f"{e['type']}{'/' + e['kind'] if e['kind'] else ''} +{w['inserted']!s}")
        else:
            if e["op"] == "interpolation" and e["kind"] == "page_anchor":
                continue
            out.append(f"{e['op']}{'(marked)' if e['marked'] and e['op'] != 'variant' else ''} "
                       f"{e['quote_text']!r}<-{e['source_text'][:60]!r}")
    return "; ".join(out) or "-"


def run(args) -> int:
    manifest = ensure_data(args)
    started = time.time()
    try:
        index, sync = open_library(args.corpus, args.index)
    except QuotetraceError as exc:
        # quotetrace's index schema moved on: the benchmark's own index is rebuilt, never another one
        files = {p.name for p in args.index.iterdir()} if args.index.is_dir() else set()
        if "schema" not in str(exc) or not files <= {"index.sqlite", "index.sqlite-journal", "index.sqlite-wal",
                                                      "index.sqlite-shm"}:
            raise
        print(f"{exc}\nrebuilding the benchmark index in {args.index} (a few minutes)", flush=True)
        shutil.rmtree(args.index)
        index, sync = open_library(args.corpus, args.index)
    print(f"index {args.index}: {len(sync.added)} works added, {len(sync.updated)} updated, "
          f"{len(sync.unchanged)} unchanged ({time.time() - started:.1f}s)", flush=True)
    slug_ids = {meta.slug: work_id for work_id, meta in index.metas().items()}

    rows: list[dict] = []
    doc_times: list[tuple[float, int]] = []
    spurious_all: list[dict] = []
    truth_files = sorted(args.data.glob("doc-*.truth.json"))
    if args.limit:
        truth_files = truth_files[:args.limit]
    for truth_path in truth_files:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        doc_path = args.data / truth["document"]
        with open(doc_path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        document = parse_document(text, str(doc_path), "text")
        t0 = time.perf_counter()
        report = check(document, index)
        elapsed = time.perf_counter() - t0
        doc_times.append((elapsed, len(report.quotes)))
        matched, spurious = match_quotes(truth["quotes"], report.quotes)
        for q in truth["quotes"]:
            for e in q["edits"]:
                e["match_span"] = match_span(e, text)
        for r in spurious:
            spurious_all.append({"document": truth["document"], "text": r.quotation.text[:200],
                                 "fidelity": r.fidelity})
        for q in truth["quotes"]:
            if q["slug"] and args.check_truth:
                work = index.work(slug_ids[q["slug"]])
                a, b = q["source_span"]
                assert work.text[a:b] == q["source_text"], f"{q['id']}: source span differs in the index's text"
            r = matched.get(q["id"])
            row = {"truth": q, "document": truth["document"], "found": r is not None}
            if r is not None:
                src = r.source
                row.update({
                    "reported_id": r.quotation.id, "reported_text": r.quotation.text, "fidelity": r.fidelity,
                    "attribution": r.attribution, "similarity": r.similarity,
                    "claim": r.quotation.claim.to_dict() if r.quotation.claim else None,
                    "source": {"slug": src.meta.slug, "span": list(src.span), "text": src.text} if src else None,
                    "edits": [edit_dict(e) for e in r.edits], "also_found_in": list(r.also_found_in),
                })
            else:
                row.update({"fidelity": None, "attribution": None, "source": None, "edits": []})
            if q["invented"]:
                row["located_ok"] = row["found"] and row["source"] is None
            else:
                row["located_ok"] = bool(row["source"] and row["source"]["slug"] == q["slug"]
                                         and row["source"]["span"][0] < q["source_span"][1]
                                         and q["source_span"][0] < row["source"]["span"][1])
            rows.append(row)
    index.close()
    report_results(args, manifest, rows, doc_times, spurious_all)
    if args.json:
        args.json.write_text(json.dumps({"manifest": manifest, "rows": rows, "spurious": spurious_all,
                                         "doc_times": doc_times}, ensure_ascii=False, indent=1))
        print(f"\nper-quotation results written to {args.json}")
    return 0


def report_results(args, manifest: dict, rows: list[dict], doc_times, spurious) -> None:
    n = len(rows)
    real = [r for r in rows if not r["truth"]["invented"]]
    invented = [r for r in rows if r["truth"]["invented"]]
    print(f"\nquotetrace quotation accuracy: {n} quotations in {len(doc_times)} documents "
          f"(seed {manifest['seed']}, data {args.data})")
    print(f"matched to a reported quotation: {pct(sum(r['found'] for r in rows), n)}; "
          f"reported quotations matching no truth: {len(spurious)}")

    print("\nLOCATION (right work and overlapping source span)")
    print(f"  overall accuracy        {pct(sum(r['located_ok'] for r in rows), n)}   (invented: correct when unlocated)")
    print(f"  real quotations         {pct(sum(r['located_ok'] for r in real), len(real))}")
    print(f"  invented, unlocated     {pct(sum(r['located_ok'] for r in invented), len(invented))}")
    print("  recall by edit-rate level, real quotations of >= 8 words:")
    print("    level   n   located   recall   (wrong work / wrong span / unlocated)")
    for level in generate_quotes.LEVELS:
        group = [r for r in real if r["truth"]["rate_level"] == level and r["truth"]["n_quote_words"] >= 8]
        ok = sum(r["located_ok"] for r in group)
        wrong_work = sum(1 for r in group if r["source"] and r["source"]["slug"] != r["truth"]["slug"])
        wrong_span = sum(1 for r in group if r["source"] and r["source"]["slug"] == r["truth"]["slug"] and not r["located_ok"])
        unlocated = sum(1 for r in group if not r["source"])
        print(f"    {int(level * 100):>3}%  {len(group):>4}  {ok:>6}   {100 * ok / len(group) if group else 0:6.1f}%"
              f"   ({wrong_work} / {wrong_span} / {unlocated})")
    print("  recall by profile:")
    for profile in ("none", *generate_quotes.PROFILES):
        group = [r for r in real if (r["truth"]["profile"] or "none") == profile]
        print(f"    {profile:<9} {pct(sum(r['located_ok'] for r in group), len(group))}")
    print("  recall by form:  " + "   ".join(
        f"{form} {pct(sum(r['located_ok'] for r in real if r['truth']['form'] == form), sum(1 for r in real if r['truth']['form'] == form))}"
        for form in ("inline", "excerpt")))

    for name, key, labels in (("FIDELITY", "fidelity", FIDELITIES), ("ATTRIBUTION", "attribution", ATTRIBUTIONS)):
        ok = sum(1 for r in rows if r[key] == r["truth"]["expected"][key])
        print(f"\n{name} accuracy  {pct(ok, n)}")
        confusion = Counter((r["truth"]["expected"][key], r[key] or "missing") for r in rows)
        seen = {g for _, g in confusion}
        got_labels = [lab for lab in (*labels, *sorted(seen - set(labels) - {"missing"}), "missing") if lab in seen]
        print("  expected \\ reported " + "".join(f"{lab:>11}" for lab in got_labels))
        for exp in labels:
            if any(e == exp for e, _ in confusion):
                print(f"  {exp:<19}" + "".join(f"{confusion[(exp, g)]:>11}" for g in got_labels))
        if key == "fidelity":
            for level in generate_quotes.LEVELS:
                group = [r for r in real if r["truth"]["rate_level"] == level]
                print(f"    real quotations at {int(level * 100):>2}%: "
                      f"{pct(sum(1 for r in group if r[key] == r['truth']['expected'][key]), len(group))}")

    # edit detection
    applied = Counter()
    detected = Counter()
    exact_hits = Counter()
    reported_by_op = Counter()
    tp_by_op = Counter()
    substantive_as_variant = []
    variant_as_substantive = []
    kind_stats: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        truth_edits = r["truth"]["edits"]
        reported = [e for e in r["edits"] if not (e["op"] == "interpolation" and e["kind"] == "page_anchor")]
        for e in reported:
            reported_by_op[e["op"]] += 1
            if any(OP_OF_TYPE[t["type"]] == e["op"] and overlaps(e["quote_span"], t["match_span"]) for t in truth_edits):
                tp_by_op[e["op"]] += 1
        for t in truth_edits:
            op = OP_OF_TYPE[t["type"]]
            applied[t["type"]] += 1
            hits = [e for e in reported if e["op"] == op and overlaps(e["quote_span"], t["match_span"])]
            kind_key = f"{t['type']}/{t['kind']}" if t["kind"] else t["type"]
            kind_stats[kind_key]["applied"] += 1
            if hits:
                detected[t["type"]] += 1
                kind_stats[kind_key]["detected"] += 1
                if exact(t, hits):
                    exact_hits[t["type"]] += 1
            others = [e for e in reported if e["op"] != op and overlaps(e["quote_span"], t["quote_span"])]
            if t["type"] in SUBSTANTIVE and any(e["op"] == "variant" for e in others):
                substantive_as_variant.append((r, t))
            if op == "variant" and not hits and any(e["op"] in SUBSTANTIVE for e in others):
                variant_as_substantive.append((r, t))
    print("\nEDIT DETECTION (same op, overlapping on the quote side)")
    print("  type           applied detected  recall   exact | op            reported   tp  precision    F1")
    for t in TYPES:
        op = OP_OF_TYPE[t]
        rec = detected[t] / applied[t] if applied[t] else None
        prec = tp_by_op[op] / reported_by_op[op] if reported_by_op[op] else None
        print(f"  {t:<14} {applied[t]:>7} {detected[t]:>8}  {fmt(rec)}  {exact_hits[t]:>6} | {op:<13} {reported_by_op[op]:>8} "
              f"{tp_by_op[op]:>4}    {fmt(prec)}  {fmt(f1(prec, rec))}")
    print("  (noise and spelling share the precision of 'variant'; 'exact' = detected with the right words)")
    print("  recall by sub-kind: " + ", ".join(f"{k} {v['detected']}/{v['applied']}" for k, v in sorted(kind_stats.items())
                                               if "/" in k))
    n_sub = sum(applied[t] for t in SUBSTANTIVE)
    n_var = applied["noise"] + applied["spelling"]
    print(f"\nsubstantive edits reported as 'variant': {len(substantive_as_variant)} of {n_sub} "
          f"({Counter(t['type'] for _, t in substantive_as_variant)})")
    print(f"noise/spelling variants reported as a substantive op instead: {len(variant_as_substantive)} of {n_var} "
          f"({Counter(t['kind'] for _, t in variant_as_substantive)})")

    total_time = sum(t for t, _ in doc_times)
    total_quotes = sum(k for _, k in doc_times)
    per_doc = [1000 * t / k for t, k in doc_times if k]
    print(f"\nTIME: {total_time:.1f}s for {total_quotes} reported quotations: {1000 * total_time / max(1, total_quotes):.1f} ms "
          f"per quotation (per document median {statistics.median(per_doc):.1f} ms, max {max(per_doc):.1f} ms; "
          f"the first document, with a cold work cache, {per_doc[0]:.1f} ms)")

    if args.examples:
        print_examples(args.examples, rows, substantive_as_variant, variant_as_substantive, spurious)


def print_examples(k: int, rows: list[dict], sub_as_var, var_as_sub, spurious) -> None:
    def show(r: dict, note: str = "") -> None:
        t = r["truth"]
        print(f"  - {t['id']} ({t['form']}, level {int(t['rate_level'] * 100)}%, {t['profile'] or 'verbatim'}"
              f"{', invented' if t['invented'] else ''}){note}")
        print(f"      quote:    {t['quote_text'][:260]!r}")
        print(f"      truth:    {t['slug']} {t['source_span']} fidelity={t['expected']['fidelity']} "
              f"attribution={t['expected']['attribution']} claimed={(t['claimed'] or {}).get('slug')}")
        print(f"                edits: {describe_edits(t['edits'], True)[:400]}")
        src = r["source"]
        print(f"      reported: {src['slug'] + ' ' + str(src['span']) if src else 'no source'} fidelity={r['fidelity']} "
              f"attribution={r['attribution']} similarity={r.get('similarity')} claim={r.get('claim')}")
        print(f"                edits: {describe_edits(r['edits'], False)[:400]}")

    print("\nEXAMPLES OF ERRORS")
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        t = r["truth"]
        if not r["found"]:
            groups["quotation not found in the document"].append(r)
        if not r["located_ok"]:
            what = ("invented passage located" if t["invented"] else "unlocated" if not r["source"]
                    else "wrong work" if r["source"]["slug"] != t["slug"] else "wrong span")
            groups[f"location: {what}"].append(r)
        for key in ("fidelity", "attribution"):
            if r[key] != t["expected"][key]:
                groups[f"{key}: expected {t['expected'][key]}, got {r[key]}"].append(r)
        for e in t["edits"]:
            op = OP_OF_TYPE[e["type"]]
            if r["source"] and not any(x["op"] == op and overlaps(x["quote_span"], e["match_span"]) for x in r["edits"]):
                groups[f"missed edit: {e['type']}"].append(r)
        for x in r["edits"]:
            if x["op"] == "interpolation" and x["kind"] == "page_anchor":
                continue
            if not any(OP_OF_TYPE[e["type"]] == x["op"] and overlaps(x["quote_span"], e["match_span"]) for e in t["edits"]):
                groups[f"false edit: {x['op']}"].append(r)
    for name in sorted(groups):
        seen = []
        for r in groups[name]:
            if r not in seen:
                seen.append(r)
        print(f"\n* {name}: {len(seen)} quotations")
        for r in seen[:k]:
            show(r)
    if sub_as_var:
        print(f"\n* substantive edit reported as variant: {len(sub_as_var)}")
        for r, t in sub_as_var[:k]:
            show(r, f"  [edit {describe_edits([t], True)}]")
    if var_as_sub:
        print(f"\n* variant reported as substantive: {len(var_as_sub)}")
        for r, t in var_as_sub[:k]:
            show(r, f"  [edit {describe_edits([t], True)}]")
    if spurious:
        print(f"\n* reported quotations matching no truth: {len(spurious)}")
        for s in spurious[:k]:
            print(f"  - {s['document']}: {s['text']!r} ({s['fidelity']})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=generate_quotes.DEFAULT_OUT, help="generated set (made if missing)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=generate_quotes.DEFAULT_CORPUS)
    parser.add_argument("--index", type=Path, default=Path("/tmp/quotetrace-bench-index"))
    parser.add_argument("--regenerate", action="store_true", help="generate the set again even if it is there")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--examples", type=int, default=0, metavar="K", help="print K examples of each error pattern")
    parser.add_argument("--json", type=Path, help="write every quotation's truth and result here")
    parser.add_argument("--no-check-truth", dest="check_truth", action="store_false",
                        help="skip checking that each true source span reads the same in the index")
    args = parser.parse_args(argv)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
