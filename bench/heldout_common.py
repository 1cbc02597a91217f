"""Shared helpers of the held-out benchmarks (bench/heldout_quotes.py, bench/heldout_edits.py).

Nothing here comes from quotetrace except the entry points used to run it
(``open_library``, ``check``, ``parse_document``): the truth of both benchmarks is
established with the plain word tokenizer below, difflib and word n-grams, so a bug
in quotetrace's own normalisation cannot leak into the expected answers.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import statistics
import time
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = (REPO / ".." / "shared" / "corpus").resolve()

_WORD = re.compile(r"[^\W_]+")


def fold(word: str) -> str:
    """Case and accents folded: ``Boëtie`` -> ``boetie``."""
    word = word.casefold()
    if word.isascii():
        return word
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return [fold(m.group()) for m in _WORD.finditer(text)]


def words_with_offsets(text: str) -> tuple[list[str], list[int], list[int]]:
    norms, starts, ends = [], [], []
    for m in _WORD.finditer(text):
        norms.append(fold(m.group()))
        starts.append(m.start())
        ends.append(m.end())
    return norms, starts, ends


def read_text(path: Path) -> str:
    """A corpus file as quotetrace's index holds it (CRLF kept: offsets are code points of the file)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def quotetrace_fingerprint() -> str:
    """quotetrace is developed while these benchmarks run: name the code the figures come from."""
    import quotetrace

    root = Path(quotetrace.__file__).resolve().parent
    digest = hashlib.sha256()
    newest = 0.0
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
        newest = max(newest, path.stat().st_mtime)
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(newest))
    return f"quotetrace {quotetrace.__version__} at {root}: sources sha256 {digest.hexdigest()[:12]}, newest file {when} UTC"


def open_index(library: Path, index_dir: Path):
    """Open (build or update) the benchmark's own index; rebuilt when quotetrace's index schema moved on."""
    from quotetrace.errors import QuotetraceError
    from quotetrace.library import open_library

    print(quotetrace_fingerprint(), flush=True)
    started = time.time()
    try:
        index, sync = open_library(library, index_dir)
    except QuotetraceError as exc:
        files = {p.name for p in index_dir.iterdir()} if index_dir.is_dir() else set()
        if "schema" not in str(exc) or not files <= {"index.sqlite", "index.sqlite-journal", "index.sqlite-wal",
                                                      "index.sqlite-shm", "postings"}:
            raise
        print(f"{exc}\nrebuilding the benchmark index in {index_dir} (a few minutes)", flush=True)
        shutil.rmtree(index_dir)
        index, sync = open_library(library, index_dir)
    print(f"index {index_dir}: {len(sync.added)} works added, {len(sync.updated)} updated, "
          f"{len(sync.unchanged)} unchanged, {len(sync.skipped)} skipped ({time.time() - started:.1f}s)", flush=True)
    return index


def run_documents(docs: list[dict], index) -> tuple[dict[str, object], list[dict], list[tuple[float, int]]]:
    """Audit every document; map each truth quote id to the reported quotation that overlaps it most.

    ``docs``: ``{"name", "text", "quotes": [{"id", "doc_span", ...}]}``. Returns
    (matches, spurious reported quotations, per-document (seconds, reported quotations)).
    """
    from quotetrace import check
    from quotetrace.readers import parse_document

    matches: dict[str, object] = {}
    spurious: list[dict] = []
    times: list[tuple[float, int]] = []
    for doc in docs:
        document = parse_document(doc["text"], doc["name"], "text")
        t0 = time.perf_counter()
        report = check(document, index)
        times.append((time.perf_counter() - t0, len(report.quotes)))
        used = set()
        for q in doc["quotes"]:
            a, b = q["doc_span"]
            best, best_overlap = None, 0
            for r in report.quotes:
                ov = min(r.quotation.end, b) - max(r.quotation.start, a)
                if ov > best_overlap:
                    best, best_overlap = r, ov
            if best is not None and best_overlap >= 0.5 * (b - a):
                matches[q["id"]] = best
                used.add(best.quotation.id)
        for r in report.quotes:
            if r.quotation.id not in used:
                spurious.append({"document": doc["name"], "text": r.quotation.text[:120], "fidelity": r.fidelity})
    return matches, spurious, times


def result_summary(r) -> dict:
    """What quotetrace said about one quotation, as plain data."""
    if r is None:
        return {"found": False, "fidelity": None, "attribution": None, "slug": None, "span": None,
                "source_text": None, "flags": [], "edits": [], "found_in": [], "similarity": None}
    src = r.source
    return {
        "found": True, "fidelity": r.fidelity, "attribution": r.attribution,
        "slug": src.meta.slug if src else None, "span": list(src.span) if src else None,
        "source_text": src.text if src else None, "similarity": round(r.similarity, 3),
        "flags": [f.flag for f in r.flags],
        "flag_details": [f.detail for f in r.flags],
        "edits": [{"op": e.op, "marked": e.marked, "kind": e.kind, "quote": e.quote_text, "source": e.source_text}
                  for e in r.edits],
        "found_in": [m.slug for m in r.found_in],
        "claim": r.quotation.claim.to_dict() if r.quotation.claim else None,
        "quote_text": r.quotation.text,
    }


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100.0 * a / b:.1f}%)" if b else f"{a}/0 (-)"


def confusion(rows: list[tuple[str, str]], title: str, truth_order=None, pred_order=None) -> None:
    """Print a truth x prediction table."""
    counts = Counter(rows)
    truths = truth_order or sorted({t for t, _ in rows})
    truths = [t for t in truths if any(tt == t for tt, _ in rows)]
    preds = list(pred_order or [])
    for _, p in rows:
        if p not in preds:
            preds.append(p)
    preds = [p for p in preds if any(pp == p for _, pp in rows)]
    width = max([len(str(t)) for t in truths] + [len(title)]) + 2
    print(f"\n{title:<{width}}" + "".join(f"{str(p):>12}" for p in preds) + f"{'total':>8}")
    for t in truths:
        line = f"{str(t):<{width}}" + "".join(f"{counts[(t, p)]:>12}" for p in preds)
        print(line + f"{sum(counts[(t, p)] for p in preds):>8}")


def timing(times: list[tuple[float, int]]) -> str:
    total = sum(t for t, _ in times)
    quotes = sum(n for _, n in times)
    per_doc = [t / n for t, n in times if n]
    med = statistics.median(per_doc) if per_doc else 0.0
    return (f"{total:.1f}s for {quotes} reported quotations in {len(times)} documents: "
            f"{1000 * total / max(quotes, 1):.0f} ms per quotation (median per document {1000 * med:.0f} ms)")


def short(text: str | None, n: int = 160) -> str:
    if text is None:
        return "-"
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"
