"""Held-out benchmark 1: real quotations from David Widger's quotation books.

Widger's quote books in the corpus hold phrases and short passages that a human
picked from the Project Gutenberg texts, with his own trimming, re-punctuation and
occasional slips:

* ``widger-quotations-lincoln``: phrases from ``lincoln-papers-and-writings``;
* ``widger-quotations-montaigne``: lines nearly verbatim in ``montaigne-essays``;
* ``widger-quotations-mark-twain``: mostly from Twain works NOT in the corpus.

The truth is established without quotetrace:

* Lincoln / Montaigne: every entry is looked up in its source work by word-trigram
  voting and a difflib alignment over plain normalised words (casefold, accents
  stripped, ``[^\\W_]+``).  Only clear matches (>= 80% of the entry's words aligned,
  inside a span at most 1.5x the entry's length) are kept; every occurrence that
  matches as well as the best is a valid location.  Entries that cannot be verified
  are excluded and counted.
* Twain: an entry is a true negative when none of its 6-word runs occurs in any corpus
  file but the Widger quote books.  Runs found only in Bartlett and the other quote
  books make a separate ``quote-book`` group (the library holds those books, so
  finding them there is not a false positive); runs found in other works exclude the
  entry.

Each entry becomes an inline quotation with an author claim ("Lincoln said, “…”")
in plain-text documents of ~10 quotations, wrapped at 72 columns so quotations run
over line breaks.  The library is the corpus WITHOUT the Widger files (symlinks and a
filtered catalog.csv in ``--library``), indexed once in ``--index``.  ``montaigne-essays``
is Widger's own PG edition and carries his "ETEXT EDITOR'S BOOKMARKS" lists, i.e. the
quote book again, line for line (~2,600 lines): the library holds a copy with those
lists blanked out (same length, so every offset holds), or the Montaigne half of the
test would be the quote book found in itself (``--keep-bookmarks`` to see that).
Lincoln entries that match only an editor's ALL-CAPS heading of the edition
("REPLY TO SECRETARY SEWARD'S MEMORANDUM") are excluded as not Lincoln's words.

    .venv/bin/python bench/heldout_quotes.py                 # seed 1, 350 entries (150/100/100)
    .venv/bin/python bench/heldout_quotes.py --seed 2 --n 140 --examples 3 --json /tmp/hq.json
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import random
import re
import sys
import textwrap
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import (DEFAULT_CORPUS, confusion, open_index, overlaps, pct, read_text,  # noqa: E402
                            result_summary, run_documents, short, timing, words, words_with_offsets)

SOURCES = {
    "lincoln": {"file": "widger-quotations-lincoln", "work": "lincoln-papers-and-writings",
                "author": "Abraham Lincoln", "share": 3},
    "montaigne": {"file": "widger-quotations-montaigne", "work": "montaigne-essays",
                  "author": "Michel de Montaigne", "share": 2},
    "twain": {"file": "widger-quotations-mark-twain", "work": None, "author": "Mark Twain", "share": 2},
}
QUOTE_BOOKS = {"bartlett-familiar-quotations", "many-thoughts-of-many-minds",
               "handy-dictionary-of-poetical-quotations"}
MAX_WORDS = 80  # longer Twain paragraphs are cut at a sentence end

# Claim templates: {q} is the quotation (curly quotes added around it).
TEMPLATES = {
    "lincoln": ["Lincoln said, {q}", "As Lincoln wrote, {q}", "{q} said Lincoln.",
                "Abraham Lincoln once wrote that {q}"],
    "montaigne": ["Montaigne wrote: {q}", "As Montaigne put it, {q}", "{q} wrote Montaigne.",
                  "In his Essays, Montaigne says {q}"],
    "twain": ["Mark Twain said: {q}", "As Mark Twain wrote, {q}", "{q} said Mark Twain.",
              "Mark Twain once remarked that {q}"],
}
COMMENTARY = [
    "The line is often repeated.", "It is worth reading slowly.", "Few readers remember the context.",
    "The point still holds.", "This is the passage people cite.", "Compare the next example.",
    "The remark has been quoted widely.", "Here the tone changes.", "That is the heart of it.",
    "Readers disagree about what it means.", "I came across this in an old anthology.",
    "The wording matters here.",
]

# ---------------------------------------------------------------------------------------------
# parsing Widger's files

_HEADER = re.compile(r"\[(?:Etext|MT|MN)\s*#|\.txt\b|^Dec \d{4}|^BOOK THE|Project Gutenberg|Etext|"
                     r"^[IVXLC]+\.\s|^\s|by (?:Mark )?Twain|by A\. B\. Paine|^End of", re.I)


def is_header(line: str) -> bool:
    if _HEADER.search(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def clean_entry(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*--\s*[A-Z][\w.']*\.?$", "", text)          # trailing "--Seneca"
    text = re.sub(r"\s*\?\?+$", "?", text)
    # inner double quotes would end the document's quotation: nest them as single quotes
    out, open_ = [], True
    for ch in text:
        if ch in "\"“”":
            out.append("‘" if (ch == "“" or (ch == "\"" and open_)) else "’")
            open_ = not open_ if ch == "\"" else (ch == "”")
        else:
            out.append(ch)
    return "".join(out)


def cut_long(text: str) -> str:
    if len(words(text)) <= MAX_WORDS:
        return text
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z‘'])", text)
    kept = []
    for s in sentences:
        if kept and len(words(" ".join(kept + [s]))) > MAX_WORDS:
            break
        kept.append(s)
    return " ".join(kept)


def parse_widger(path: Path, key: str) -> list[dict]:
    """Entries of a Widger quote book: one-liners and (Twain) short paragraphs, with their section."""
    lines = read_text(path).replace("\r\n", "\n").split("\n")
    start = next(i for i, l in enumerate(lines) if l.strip() == "D.W.") + 1
    end = next((i for i, l in enumerate(lines) if l.startswith("End of") and i > start), len(lines))
    entries, section, block = [], "", []

    def flush():
        body = [l for l in block if not is_header(l)]
        if not body:
            return
        is_para = len(body) >= 2 and all(len(l) >= 55 for l in body[:-1])
        pieces = [" ".join(body)] if is_para else body
        for piece in pieces:
            text = clean_entry(piece)
            if text:
                entries.append({"source": key, "raw": piece, "text": cut_long(text) if is_para else text,
                                "form": "paragraph" if is_para else "line", "section": section})

    for line in lines[start:end]:
        if re.search(r"\[(?:Etext|MT|MN)\s*#|\.txt\b", line) or (is_header(line) and "by " in line):
            section = re.sub(r"\s+", " ", line).strip()
        if not line.strip():
            flush()
            block = []
        else:
            block.append(line.rstrip())
    flush()
    return entries


# ---------------------------------------------------------------------------------------------
# establishing the truth without quotetrace

class WorkWords:
    """A work's normalised words, their character offsets and a trigram index."""

    def __init__(self, slug: str, text: str):
        self.slug, self.text = slug, text
        self.norms, self.starts, self.ends = words_with_offsets(text)
        self.trigrams: dict[str, list[int]] = defaultdict(list)
        n = self.norms
        for i in range(len(n) - 2):
            self.trigrams[f"{n[i]} {n[i + 1]} {n[i + 2]}"].append(i)


def find_in_work(entry_words: list[str], work: WorkWords) -> dict:
    """Clear locations of the entry in the work, by trigram voting then difflib over words."""
    n = len(entry_words)
    votes: Counter = Counter()
    for i in range(n - 2):
        hits = work.trigrams.get(" ".join(entry_words[i:i + 3]), [])
        if len(hits) > 300:
            continue
        for p in hits:
            votes[(p - i) // 8] += 1
    candidates = []
    seen_bins = set()
    for bin_, _ in votes.most_common(12):
        if bin_ in seen_bins:
            continue
        seen_bins.update({bin_ - 1, bin_, bin_ + 1})
        lo = max(0, bin_ * 8 - 12)
        hi = min(len(work.norms), bin_ * 8 + 8 + n + 12)
        window = work.norms[lo:hi]
        sm = difflib.SequenceMatcher(None, entry_words, window, autojunk=False)
        blocks = [b for b in sm.get_matching_blocks() if b.size]
        matched = sum(b.size for b in blocks)
        if not blocks:
            continue
        # drop isolated one-word matches at the edges (chance hits of "the", "of")
        while len(blocks) > 1 and blocks[0].size == 1 and blocks[1].b - blocks[0].b > 3:
            matched -= 1
            blocks = blocks[1:]
        while len(blocks) > 1 and blocks[-1].size == 1 and blocks[-1].b - blocks[-2].b - blocks[-2].size > 3:
            matched -= 1
            blocks = blocks[:-1]
        first, last = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
        candidates.append({"coverage": matched / n, "w0": first, "w1": last,
                           "verbatim": len(blocks) == 1 and blocks[0].size == n,
                           "opcodes": opcodes(entry_words, work.norms[first:last])})
    if not candidates:
        return {"ok": False, "coverage": 0.0}
    best = max(c["coverage"] for c in candidates)
    good = [c for c in candidates if c["coverage"] >= 0.8 and c["coverage"] >= best - 0.02
            and (c["w1"] - c["w0"]) <= 1.5 * n + 2]
    if not good:
        return {"ok": False, "coverage": best}
    # an editor's heading of the source edition ("REPLY TO SECRETARY SEWARD'S MEMORANDUM") is not
    # the author's words: such occurrences do not count, and an entry found only there is excluded
    prose = [c for c in good if not is_upper(work.text[work.starts[c["w0"]]:work.ends[c["w1"] - 1]])]
    if not prose:
        return {"ok": False, "coverage": best, "heading": True}
    headings = [c for c in good if c not in prose]  # the same words as a heading: a valid location too
    good = sorted(prose, key=lambda c: (-c["coverage"], c["w0"])) + headings
    spans = [[work.starts[c["w0"]], work.ends[c["w1"] - 1]] for c in good]
    c0 = good[0]
    return {"ok": True, "coverage": c0["coverage"], "spans": spans, "verbatim": c0["verbatim"],
            "diff": diff_class(c0["opcodes"]), "source_text": work.text[spans[0][0]:spans[0][1]]}


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def opcodes(a: list[str], b: list[str]) -> list[tuple]:
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(tag, a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def diff_class(ops: list[tuple]) -> str:
    """verbatim | variant (only spelling-like replacements) | changed (words added, dropped or replaced)."""
    if not ops:
        return "verbatim"
    for tag, qa, sb in ops:
        if tag != "replace" or len(qa) != len(sb):
            return "changed"
        for x, y in zip(qa, sb):
            if difflib.SequenceMatcher(None, x, y).ratio() < 0.75 or min(len(x), len(y)) < 4:
                return "changed"
    return "variant"


def scan_ngrams(corpus: Path, slugs: list[str], grams: set[tuple]) -> dict[tuple, set[str]]:
    """Which works hold each of the given word 6-grams."""
    firsts = {g[0] for g in grams}
    found: dict[tuple, set[str]] = defaultdict(set)
    for slug in slugs:
        norms = words(read_text(corpus / "texts" / f"{slug}.txt"))
        for i in range(len(norms) - 5):
            if norms[i] in firsts:
                g = tuple(norms[i:i + 6])
                if g in grams:
                    found[g].add(slug)
    return found


_LONG_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def sixgrams(ws: list[str]) -> list[tuple]:
    return [tuple(ws[i:i + 6]) for i in range(len(ws) - 5)]


def establish_truth(args, catalog_slugs: list[str]) -> tuple[dict[str, list[dict]], dict]:
    corpus = args.corpus
    pools: dict[str, list[dict]] = {}
    stats: dict[str, Counter] = defaultdict(Counter)
    for key, spec in SOURCES.items():
        entries = parse_widger(corpus / "texts" / f"{spec['file']}.txt", key)
        stats[key]["parsed"] = len(entries)
        by_words: dict[tuple, dict] = {}
        for e in entries:
            e["words"] = words(e["text"])
            e["n_words"] = len(_LONG_WORD.findall(e["text"]))
            if e["n_words"] < (args.lincoln_min_words if key == "lincoln" else args.min_words):
                continue
            k = tuple(e["words"])
            old = by_words.get(k)
            # the same phrase appears title-cased and sentence-cased: keep the sentence-cased one
            if old is None or sum(c.isupper() for c in e["text"]) < sum(c.isupper() for c in old["text"]):
                by_words[k] = e
        pools[key] = list(by_words.values())
        stats[key]["long_enough_unique"] = len(pools[key])

    # 6-gram occurrences over every corpus work but the Widger files
    grams = {g for pool in pools.values() for e in pool for g in sixgrams(e["words"])}
    other_slugs = [s for s in catalog_slugs if not s.startswith("widger-")]
    t0 = time.time()
    gram_works = scan_ngrams(args.library, other_slugs, grams)
    print(f"6-gram scan of {len(other_slugs)} works: {time.time() - t0:.1f}s", flush=True)
    for pool in pools.values():
        for e in pool:
            works_hit = Counter(s for g in sixgrams(e["words"]) for s in gram_works.get(g, ()))
            e["sixgram_works"] = dict(works_hit)

    for key in ("lincoln", "montaigne"):
        work = WorkWords(SOURCES[key]["work"], read_text(args.library / "texts" / f"{SOURCES[key]['work']}.txt"))
        kept = []
        for e in pools[key]:
            found = find_in_work(e["words"], work)
            e["coverage"] = round(found["coverage"], 3)
            if not found["ok"]:
                e["status"] = "heading" if found.get("heading") else "unverified"
                stats[key]["source_heading_only" if found.get("heading") else "unverified"] += 1
                continue
            e.update({"status": "located", "slug": work.slug, "spans": found["spans"],
                      "verbatim": found["verbatim"], "diff": found["diff"], "source_text": found["source_text"]})
            stats[key]["verified"] += 1
            kept.append(e)
        stats[key]["unverified_examples"] = [e["text"] for e in pools[key] if e.get("status") == "unverified"][:8]
        pools[key] = kept

    kept = []
    for e in pools["twain"]:
        hit = set(e["sixgram_works"])
        if not hit:
            e["status"] = "negative"
        elif hit <= QUOTE_BOOKS:
            e["status"] = "quote-book"
        else:
            e["status"] = "excluded"
            stats["twain"]["excluded_in_other_works"] += 1
            continue
        stats["twain"][e["status"]] += 1
        kept.append(e)
    pools["twain"] = kept
    return pools, stats


# ---------------------------------------------------------------------------------------------
# documents

def wrap_paragraph(text: str) -> str:
    wrapped = textwrap.fill(text, width=72, break_long_words=False, break_on_hyphens=False)
    assert len(wrapped) == len(text) and wrapped.replace("\n", " ") == text, "wrapping must keep offsets"
    return wrapped


def build_documents(sample: list[dict], rng: random.Random, per_doc: int) -> list[dict]:
    docs = []
    for d in range(0, len(sample), per_doc):
        chunk = sample[d:d + per_doc]
        parts, quotes, pos = [], [], 0
        title = f"Held-out notes {d // per_doc + 1:03d}"
        parts.append(title + "\n\n")
        pos += len(parts[-1])
        for e in chunk:
            template = rng.choice(TEMPLATES[e["source"]])
            body = e["text"]
            if template.endswith("{q}"):
                body = body if body[-1] in ".!?" else body + "."
            else:
                body = body.rstrip(".") + ","  # "“…,” said Lincoln."
                if body.endswith("?,") or body.endswith("!,"):
                    body = body[:-1]
            quoted = "“" + body + "”"
            sentence = template.replace("{q}", quoted)
            sentence = sentence[0].upper() + sentence[1:]
            comment = rng.choice(COMMENTARY)
            paragraph = sentence + " " + comment if rng.random() < 0.6 else comment + " " + sentence
            q_start = pos + paragraph.index(quoted) + 1
            q_end = q_start + len(body)
            para = wrap_paragraph(paragraph)
            parts.append(para + "\n\n")
            pos += len(parts[-1])
            e["template"], e["doc_span"], e["document"] = template, [q_start, q_end], f"heldout-{d // per_doc + 1:03d}.txt"
            quotes.append(e)
        text = "".join(parts)
        for q in quotes:
            a, b = q["doc_span"]
            assert text[a:b].replace("\n", " ").startswith(q["text"].rstrip(".")[:20])
        docs.append({"name": f"heldout-{d // per_doc + 1:03d}.txt", "text": text, "quotes": quotes})
    return docs


def blank_bookmarks(text: str) -> tuple[str, int]:
    """``montaigne-essays`` (Widger's own PG edition) carries his "ETEXT EDITOR'S BOOKMARKS" lists:
    the very one-liners of his quote book, indented, after each volume and in one long list at the
    end.  Left in, every Montaigne entry is found verbatim in its own list.  They are replaced by
    spaces (line breaks kept), so every character offset of the work stays the same."""
    lines = text.split("\n")
    blanked = 0
    i = 0
    while i < len(lines):
        if "EDITOR" in lines[i] and "BOOKMARKS" in lines[i]:
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or lines[j][:1].isspace()):
                j += 1
            for k in range(i, j):
                body = lines[k].rstrip("\r")
                lines[k] = " " * len(body) + lines[k][len(body):]
            blanked += j - i
            i = j
        else:
            i += 1
    return "\n".join(lines), blanked


def prepare_library(corpus: Path, library: Path, keep_bookmarks: bool = False) -> tuple[list[str], int]:
    """The corpus without the Widger files (symlinks, a filtered catalog), and montaigne-essays
    without Widger's bookmark lists (a copy, same offsets)."""
    texts = library / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    slugs = []
    blanked = 0
    for path in sorted((corpus / "texts").glob("*.txt")):
        if path.stem.startswith("widger-"):
            continue
        slugs.append(path.stem)
        link = texts / path.name
        if path.stem == "montaigne-essays" and not keep_bookmarks:
            content, blanked = blank_bookmarks(read_text(path))
            if link.is_symlink() or not link.exists() or read_text(link) != content:
                if link.exists() or link.is_symlink():
                    link.unlink()
                with open(link, "w", encoding="utf-8", newline="") as handle:
                    handle.write(content)
            continue
        if not (link.is_symlink() and link.resolve() == path.resolve()):
            if link.exists() or link.is_symlink():
                link.unlink()
            link.symlink_to(path.resolve())
    for link in texts.iterdir():
        if link.stem.startswith("widger-") or link.stem not in slugs:
            link.unlink()
    with open(corpus / "catalog.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    new = [rows[0]] + [r for r in rows[1:] if r and not r[0].startswith("widger-")]
    catalog = library / "catalog.csv"
    buffer = io.StringIO()
    csv.writer(buffer).writerows(new)
    if not catalog.exists() or catalog.read_text(encoding="utf-8") != buffer.getvalue():
        with open(catalog, "w", encoding="utf-8", newline="") as handle:
            handle.write(buffer.getvalue())
    return slugs, blanked


# ---------------------------------------------------------------------------------------------
# scoring

LOCATED = {"verbatim", "faithful", "altered", "paraphrase"}


def score(sample: list[dict], matches: dict, index) -> list[dict]:
    rows = []
    for e in sample:
        r = matches.get(e["id"])
        res = result_summary(r)
        row = {"id": e["id"], "source": e["source"], "status": e["status"], "text": e["text"],
               "template": e["template"], "form": e["form"], "section": e["section"], "n_words": e["n_words"],
               "truth_slug": e.get("slug"), "truth_spans": e.get("spans"), "truth_source_text": e.get("source_text"),
               "verbatim": e.get("verbatim"), "diff": e.get("diff"), "sixgram_works": e["sixgram_works"], **res}
        if e["status"] == "located":
            row["located_ok"] = bool(res["slug"] == e["slug"] and res["span"]
                                     and any(overlaps(res["span"], s) for s in e["spans"]))
            row["located_lenient"] = bool(row["located_ok"] or (res["slug"] and (
                res["slug"] in e["sixgram_works"] or e["slug"] in (res["found_in"] or []))))
            row["expected_attribution"] = "confirmed"
        else:
            row["false_positive"] = res["fidelity"] in LOCATED
            row["expected_attribution"] = "unknown"
        rows.append(row)
    return rows


def report(rows: list[dict], stats: dict, spurious: list[dict], times, examples: int) -> None:
    print("\n== truth ==")
    for key in SOURCES:
        s = stats[key]
        print(f"{key:10} " + ", ".join(f"{k} {v}" for k, v in s.items() if not isinstance(v, list)))
    for key in ("lincoln", "montaigne"):
        ex = stats[key].get("unverified_examples")
        if ex:
            print(f"  unverified {key} (excluded), e.g.: " + " | ".join(short(x, 70) for x in ex[:4]))

    print("\n== location (right work, overlapping span) ==")
    for key in ("lincoln", "montaigne"):
        rs = [r for r in rows if r["source"] == key]
        ok = sum(r["located_ok"] for r in rs)
        len_ = sum(r["located_lenient"] for r in rs)
        missing = sum(not r["found"] for r in rs)
        print(f"{key:10} strict {pct(ok, len(rs))}; lenient (another work that holds the words) "
              f"{pct(len_, len(rs))}; quotation not detected {missing}")
        short_ = [r for r in rs if r["n_words"] < 8]
        if short_:
            print(f"    entries of 6-7 words {pct(sum(r['located_ok'] for r in short_), len(short_))}; "
                  f">= 8 words {pct(sum(r['located_ok'] for r in rs if r['n_words'] >= 8), len(rs) - len(short_))}")
        for form in ("verbatim", "variant", "changed"):
            sub = [r for r in rs if r["diff"] == form]
            if sub:
                print(f"    entries {form:9} {pct(sum(r['located_ok'] for r in sub), len(sub))}")
    tw = [r for r in rows if r["source"] == "twain"]
    neg = [r for r in tw if r["status"] == "negative"]
    qb = [r for r in tw if r["status"] == "quote-book"]
    fp = [r for r in neg if r["false_positive"]]
    print(f"\n== Twain true negatives (no 6-word run anywhere in the library) ==\n"
          f"false positives (reported located or paraphrase): {pct(len(fp), len(neg))}  "
          f"[{', '.join(f'{k} {v}' for k, v in Counter(r['fidelity'] for r in fp).items())}]")
    if fp:
        sims = sorted(r["similarity"] for r in fp)
        true_sims = sorted(r["similarity"] for r in rows if r["status"] == "located" and r.get("located_ok"))
        print(f"similarity of the false positives: {sims}  (the true locations below are near-verbatim Widger "
              f"entries: heavily edited real quotations can score lower)")
        for cut in (0.6, 0.7, 0.8):
            print(f"    if located needed similarity >= {cut}: false positives {sum(x >= cut for x in sims)}/{len(neg)}, "
                  f"true locations lost {sum(x < cut for x in true_sims)}/{len(true_sims)}")
    for lo, hi in ((8, 10), (11, 15), (16, 30), (31, 1000)):
        band = [r for r in neg if lo <= r["n_words"] <= hi]
        if band:
            print(f"    negatives of {lo}-{hi if hi < 1000 else '…'} words: false positives "
                  f"{pct(sum(r['false_positive'] for r in band), len(band))}")
    print(f"Twain entries whose 6-word runs occur only in quote books: {len(qb)}; reported located: "
          f"{sum(r['false_positive'] for r in qb)} "
          f"(in: {dict(Counter(r['slug'] for r in qb if r['slug']))})")

    print("\n== fidelity ==")
    order = ["verbatim", "faithful", "altered", "paraphrase", "unlocated", "unaudited", None]
    for key in SOURCES:
        rs = [r for r in rows if r["source"] == key]
        c = Counter(r["fidelity"] for r in rs)
        print(f"{key:10} " + ", ".join(f"{k} {c[k]}" for k in order if c[k]))
    conf = [(r["diff"], r["fidelity"]) for r in rows if r["status"] == "located"]
    confusion(conf, "entry vs source", ["verbatim", "variant", "changed"], order)
    vb = [r for r in rows if r["status"] == "located" and r["diff"] == "verbatim"]
    good = [r for r in vb if r["fidelity"] in ("verbatim", "faithful")]
    print(f"\nverbatim-after-normalisation entries judged verbatim or faithful: {pct(len(good), len(vb))}")
    for key in ("lincoln", "montaigne"):
        sub = [r for r in vb if r["source"] == key]
        print(f"    {key:10} {pct(sum(r['fidelity'] in ('verbatim', 'faithful') for r in sub), len(sub))}"
              f"  (verbatim exactly: {sum(r['fidelity'] == 'verbatim' for r in sub)})")
    ch = [r for r in rows if r["status"] == "located" and r["diff"] == "changed"]
    print(f"entries with words added/dropped/replaced vs the source judged altered: "
          f"{pct(sum(r['fidelity'] == 'altered' for r in ch), len(ch))} (approximate truth: Widger's wording vs "
          f"the best source span)")

    print("\n== attribution ==")
    for key in SOURCES:
        rs = [r for r in rows if r["source"] == key and r["status"] in ("located", "negative")]
        ok = sum(r["attribution"] == r["expected_attribution"] for r in rs)
        c = Counter(r["attribution"] for r in rs)
        print(f"{key:10} {pct(ok, len(rs))} as expected ({rs[0]['expected_attribution'] if rs else '-'}); got {dict(c)}")
    print("by claim template:")
    by_t = defaultdict(list)
    for r in rows:
        if r["status"] in ("located", "negative"):
            by_t[r["template"]].append(r)
    for t, rs in sorted(by_t.items()):
        print(f"    {t:40} {pct(sum(r['attribution'] == r['expected_attribution'] for r in rs), len(rs))}"
              f"  claims parsed: {sum(bool(r.get('claim')) for r in rs)}")
    print(f"\nspurious quotations reported (not in the truth): {len(spurious)}")
    print(f"time: {timing(times)}")

    if examples:
        print_examples(rows, examples)


def show(r: dict) -> None:
    truth = (f"{r['truth_slug']} {r['truth_spans'][0] if r['truth_spans'] else ''} ({r['diff']}) "
             f"source: “{short(r['truth_source_text'], 110)}”") if r["status"] == "located" else r["status"]
    print(f"  - [{r['id']}] “{short(r['text'], 130)}”  [{r['template']}]")
    print(f"      truth: {truth}")
    edits = "; ".join(f"{e['op']}{'' if e['marked'] else '!'} '{short(e['quote'], 30)}'->'{short(e['source'], 30)}'"
                      for e in r["edits"][:5])
    print(f"      quotetrace: {r['fidelity']} / {r['attribution']} in {r['slug']} {r['span']} sim {r['similarity']} "
          f"flags {r['flags']} edits [{edits}]")
    if r["slug"] and r["source_text"]:
        print(f"      reported source: “{short(r['source_text'], 130)}”")


def print_examples(rows: list[dict], k: int) -> None:
    patterns = {
        "location missed (Lincoln/Montaigne)": [r for r in rows if r["status"] == "located" and not r["located_ok"]],
        "verbatim entry not judged verbatim/faithful": [r for r in rows if r["status"] == "located" and r["diff"] == "verbatim"
                                                        and r["fidelity"] not in ("verbatim", "faithful")],
        "changed entry not judged altered": [r for r in rows if r["status"] == "located" and r["diff"] == "changed"
                                             and r["fidelity"] != "altered"],
        "Twain negative reported located": [r for r in rows if r["status"] == "negative" and r["false_positive"]],
        "attribution not as expected": [r for r in rows if r["status"] in ("located", "negative")
                                        and r["attribution"] != r["expected_attribution"]],
    }
    for name, rs in patterns.items():
        print(f"\n-- {name}: {len(rs)}")
        for r in rs[:k]:
            show(r)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=350, help="entries in all, split 3:2:2 Lincoln/Montaigne/Twain")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--index", type=Path, default=Path("/tmp/quotetrace-heldout-nowidger-index"))
    ap.add_argument("--library", type=Path, default=Path("/tmp/quotetrace-heldout-nowidger-library"),
                    help="where the Widger-free library (symlinks + catalog) is made")
    ap.add_argument("--keep-bookmarks", action="store_true",
                    help="keep Widger's bookmark lists inside montaigne-essays (they hold the entries verbatim)")
    ap.add_argument("--min-words", type=int, default=8)
    ap.add_argument("--lincoln-min-words", type=int, default=6,
                    help="Widger's Lincoln has only ~130 distinct entries of >= 8 words: entries of 6-7 words "
                         "fill the Lincoln quota after all longer ones (reported apart)")
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--json", type=Path, help="write per-quotation rows here")
    ap.add_argument("--out", type=Path, help="write the generated documents and truth here")
    args = ap.parse_args(argv)
    args.corpus = args.corpus.resolve()

    started = time.time()
    args.library = args.library.resolve()
    slugs, blanked = prepare_library(args.corpus, args.library, args.keep_bookmarks)
    print(f"library {args.library}: {len(slugs)} works (Widger's quote books left out); "
          f"montaigne-essays: {blanked} lines of Widger's bookmark lists blanked", flush=True)
    with open(args.corpus / "catalog.csv", newline="", encoding="utf-8") as handle:
        catalog_slugs = [row["slug"] for row in csv.DictReader(handle)]
    pools, stats = establish_truth(args, catalog_slugs)
    print(f"truth established in {time.time() - started:.1f}s", flush=True)

    rng = random.Random(args.seed)
    shares = {k: v["share"] for k, v in SOURCES.items()}
    total_share = sum(shares.values())
    sample = []
    for key in SOURCES:
        want = round(args.n * shares[key] / total_share)
        pool = sorted(pools[key], key=lambda e: e["text"])
        rng.shuffle(pool)
        if key == "twain":  # true negatives first; quote-book entries only as a side group
            pool = [e for e in pool if e["status"] == "negative"][:want] + \
                   [e for e in pool if e["status"] == "quote-book"][:max(5, want // 10)]
            chosen = pool
        else:  # entries of >= --min-words first, shorter ones (Lincoln) only to fill the quota
            chosen = ([e for e in pool if e["n_words"] >= args.min_words]
                      + [e for e in pool if e["n_words"] < args.min_words])[:want]
        if len([e for e in chosen if e["status"] != "quote-book"]) < want:
            print(f"note: {key}: only {len(chosen)} usable entries for {want} wanted", flush=True)
        stats[key]["sampled"] = len(chosen)
        sample.extend(chosen)
    rng.shuffle(sample)
    for i, e in enumerate(sample):
        e["id"] = f"h{i + 1:03d}"
    docs = build_documents(sample, rng, args.per_doc)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for d in docs:
            (args.out / d["name"]).write_text(d["text"], encoding="utf-8")
        (args.out / "truth.json").write_text(json.dumps([{k: v for k, v in e.items() if k != "words"}
                                                         for e in sample], ensure_ascii=False, indent=1))

    index = open_index(args.library, args.index)
    try:
        matches, spurious, times = run_documents(docs, index)
        rows = score(sample, matches, index)
    finally:
        index.close()
    report(rows, stats, spurious, times, args.examples)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
        print(f"\nper-quotation rows written to {args.json}")
    print(f"\ntotal {time.time() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
