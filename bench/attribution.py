"""Attribution benchmark: who wrote every character, and what source does the document claim?

For every document in bench/data/attribution/ (``NN-name.{txt,html,md}``) this reads the gold
``NN-name.gold.txt`` (the analysed text with ``⟦quoted⟧`` and ``⟨editorial⟩`` markup, see the
README there) and ``NN-name.claims.json``, runs ``find_quotations`` + ``speaker_map`` and prints:

* character-level precision / recall / F1 for ``quoted`` and ``editorial`` (``compiler`` is the
  background) and micro-averaged over both labels;
* span-level F1 for quoted spans: a predicted quotation counts as correct when its overlap with
  a gold span is at least 90% of the length of both;
* claimed-source accuracy: the share of claims.json entries whose quotation (found by its
  snippet) gets the right author, title and page (case-insensitive, punctuation ignored).

    .venv/bin/python bench/attribution.py              # table
    .venv/bin/python bench/attribution.py --details    # plus every span and claim error
    .venv/bin/python bench/attribution.py --json out.json 05 07   # some documents, results saved

It stops with an error when a gold file does not strip to the analysed text of its document.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quotetrace.audit import audit_document
from quotetrace.library import LibraryIndex, read_catalog
from quotetrace.quotes import find_quotations
from quotetrace.readers import read_document
from quotetrace.speakers import COMPILER, EDITORIAL, QUOTED, speaker_map

DATA = Path(__file__).resolve().parent / "data" / "attribution"
DOC_SUFFIXES = (".txt", ".html", ".md")
Q_OPEN, Q_CLOSE, E_OPEN, E_CLOSE = "⟦", "⟧", "⟨", "⟩"
MARKUP = Q_OPEN + Q_CLOSE + E_OPEN + E_CLOSE
LABELS = (QUOTED, EDITORIAL)
SPAN_OVERLAP = 0.9


class GoldError(Exception):
    """The gold data of a document is malformed or does not match its document."""


# --- gold --------------------------------------------------------------------------

@dataclass
class Gold:
    text: str
    labels: list[str]
    spans: list[tuple[int, int]]  # quoted spans (quoted + editorial characters inside)


def parse_gold(marked: str) -> Gold:
    """Strip the markup, keeping a label per character and the quoted spans."""
    chars: list[str] = []
    labels: list[str] = []
    spans: list[tuple[int, int]] = []
    in_quote = in_mark = False
    span_start = 0
    for offset, ch in enumerate(marked):
        if ch == Q_OPEN:
            if in_quote:
                raise GoldError(f"nested {Q_OPEN} at marked offset {offset}")
            in_quote, span_start = True, len(chars)
        elif ch == Q_CLOSE:
            if not in_quote or in_mark:
                raise GoldError(f"unbalanced {Q_CLOSE} at marked offset {offset}")
            in_quote = False
            if len(chars) == span_start:
                raise GoldError(f"empty quoted span at marked offset {offset}")
            spans.append((span_start, len(chars)))
        elif ch == E_OPEN:
            if not in_quote or in_mark:
                raise GoldError(f"{E_OPEN} outside a quoted span (or nested) at marked offset {offset}")
            in_mark = True
        elif ch == E_CLOSE:
            if not in_mark:
                raise GoldError(f"unbalanced {E_CLOSE} at marked offset {offset}")
            in_mark = False
        else:
            chars.append(ch)
            labels.append(EDITORIAL if in_mark else QUOTED if in_quote else COMPILER)
    if in_quote or in_mark:
        raise GoldError("markup left open at the end of the file")
    return Gold("".join(chars), labels, spans)


def first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def documents(selection: list[str], data: Path = DATA) -> list[Path]:
    paths = sorted(p for p in data.iterdir()
                   if p.suffix in DOC_SUFFIXES and not p.name.endswith(".gold.txt") and p.name != "README.md")
    if selection:
        paths = [p for p in paths if any(p.name.startswith(s) for s in selection)]
    return paths


# --- scoring -----------------------------------------------------------------------

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Result:
    name: str
    chars: dict[str, Counts] = field(default_factory=lambda: {label: Counts() for label in LABELS})
    spans: Counts = field(default_factory=Counts)
    claims_right: int = 0
    claims_total: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: {"author": 0, "title": 0, "page": 0})
    # a field given but wrong (not merely missing): what could make a report accuse a quoter falsely
    field_wrong: dict[str, int] = field(default_factory=lambda: {"author": 0, "title": 0, "page": 0})
    anchored: Counts = field(default_factory=Counts)  # page of quotations that open with or hold their anchor: tp right, fn not
    errors: list[str] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.chars.values():
            total.add(counts)
        return total

    def add(self, other: "Result") -> None:
        for label in LABELS:
            self.chars[label].add(other.chars[label])
        self.spans.add(other.spans)
        self.claims_right += other.claims_right
        self.claims_total += other.claims_total
        for key in self.field_right:
            self.field_right[key] += other.field_right[key]
            self.field_wrong[key] += other.field_wrong[key]
        self.anchored.add(other.anchored)

    def to_dict(self) -> dict:
        return {
            "document": self.name,
            "chars": {label: counts.to_dict() for label, counts in self.chars.items()},
            "chars_micro": self.micro.to_dict(),
            "spans": self.spans.to_dict(),
            "claims": {"right": self.claims_right, "total": self.claims_total, "fields_right": self.field_right,
                       "fields_given_wrong": self.field_wrong,
                       "anchored_pages": {"right": self.anchored.tp, "total": self.anchored.tp + self.anchored.fn}},
            "errors": self.errors,
        }


def predicted_labels(text: str, quotations) -> tuple[list[str], list[tuple[int, int, str]]]:
    """A label per character and the predicted quoted spans (start, end, quote id)."""
    labels = [COMPILER] * len(text)
    extents: dict[str, list[int]] = {}
    has_quoted: set[str] = set()
    for span in speaker_map(text, quotations):
        for i in range(span.start, span.end):
            labels[i] = span.speaker
        if span.quote_id is not None:
            extent = extents.setdefault(span.quote_id, [span.start, span.end])
            extent[0] = min(extent[0], span.start)
            extent[1] = max(extent[1], span.end)
            if span.speaker == QUOTED:
                has_quoted.add(span.quote_id)
    spans = sorted((s, e, qid) for qid, (s, e) in extents.items() if qid in has_quoted)
    return labels, spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def snippet(text: str, start: int, end: int, width: int = 50) -> str:
    piece = text[start:end].replace("\n", " ")
    if len(piece) > width:
        piece = piece[: width // 2 - 2] + " .. " + piece[-(width // 2 - 2):]
    return f"[{start}:{end}] {piece!r}"


def normalise(value) -> str:
    if value is None:
        return ""
    value = unicodedata.normalize("NFKC", str(value)).lower()
    value = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in value)
    words = value.split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]  # "the Greeley letter" names the same work as "Greeley letter"
    return " ".join(words)


def accepted(value) -> set[str]:
    """The normalised gold values of a claim field (a string, null, or a list of acceptable values)."""
    values = value if isinstance(value, list) else [value]
    return {normalise(v) for v in values}


def field_right(key: str, got, gold) -> bool:
    """Whether a claimed field matches the gold.  An author named by surname alone, or with initials,
    and the full name ending in it are the same claim ("Hume" or "D. Hume" for David Hume); so are a
    title with its subtitle and without it ("Beyond Good and Evil: Prelude to ...")."""
    value, values = normalise(got), accepted(gold)
    if value in values:
        return True
    if key == "title" and got and re.split(r":|;\s*or\b", str(got))[0].strip() != str(got).strip():
        return normalise(re.split(r":|;\s*or\b", str(got))[0]) in values  # the title without its subtitle
    if key != "author" or not value:
        return False
    return any(same_person(short, long) for v in values if v for short, long in ((value, v), (v, value)))


def same_person(short: str, full: str) -> bool:
    """``hume`` or ``d hume`` (normalised) names the person ``david hume`` names, and a surname of
    several words names its bearer (``la rochefoucauld``, ``francois de la rochefoucauld``)."""
    short_words, full_words = short.split(), full.split()
    if not short_words or short_words[-1] != full_words[-1] or len(short_words) > len(full_words):
        return False
    if short_words == full_words[len(full_words) - len(short_words):]:
        return True
    return all(len(w) == 1 and w == full_words[i][0] or w == full_words[i] for i, w in enumerate(short_words[:-1]))


def catalog_works(path: Path | None) -> list[tuple[str, str | None]]:
    """The (title, author) of every work of a library's ``catalog.csv``: what a check against that
    library tells the parser."""
    if path is None:
        return []
    return [(meta.title, meta.author) for meta in read_catalog(path.parent).values()]


def is_anchored(text: str, gold: Gold, position: int, page) -> bool:
    """Whether the gold quotation at ``position`` holds the anchor of its claimed page (an editorial
    mark that names the page): a page-anchored segment, which the targets count apart."""
    span = next((s for s in gold.spans if s[0] <= position < s[1]), None)
    pages = {p for p in (page if isinstance(page, list) else [page]) if p}
    if span is None or not pages:
        return False
    marks = re.finditer(r"[^\n]+", "".join(ch if gold.labels[i] == EDITORIAL else "\n"
                                           for i, ch in enumerate(text[span[0]:span[1]], span[0])))
    return any(re.search(rf"(?<![\w]){re.escape(p)}(?![\w])", mark.group()) for mark in marks for p in pages)


def quotation_finder(text: str, quotations):
    """A function from an offset to the quotation the speaker map gives it (or that spans it), if any."""
    owner = {i: span.quote_id for span in speaker_map(text, quotations) if span.quote_id is not None
             for i in range(span.start, span.end)}
    by_id = {q.id: q for q in quotations}
    return lambda at: by_id.get(owner.get(at)) or next((q for q in quotations if q.start <= at < q.end), None)


def evaluate(path: Path, library: list[tuple[str, str | None]] = (), index: LibraryIndex | None = None) -> Result:
    name = path.stem
    gold_path = path.with_name(f"{name}.gold.txt")
    claims_path = path.with_name(f"{name}.claims.json")
    if not gold_path.exists():
        raise GoldError(f"{name}: missing {gold_path.name}")
    document = read_document(path)
    text = document.text
    try:
        gold = parse_gold(gold_path.read_text(encoding="utf-8"))
    except GoldError as exc:
        raise GoldError(f"{gold_path.name}: {exc}") from None
    if gold.text != text:
        at = first_difference(gold.text, text)
        raise GoldError(
            f"{gold_path.name}: stripping the markup does not give the analysed text of {path.name} "
            f"(lengths {len(gold.text)} vs {len(text)}; first difference at offset {at}: "
            f"gold {gold.text[at:at + 40]!r} vs text {text[at:at + 40]!r})")

    result = Result(name)
    if index is not None:  # what a check reports: claims completed by the works the quotations are in
        quotations = [result.quotation for result in audit_document(document, index).quotes]
    else:
        quotations = find_quotations(document, library)
    pred_labels, pred_spans = predicted_labels(text, quotations)

    for label in LABELS:
        counts = result.chars[label]
        for g, p in zip(gold.labels, pred_labels):
            if g == label and p == label:
                counts.tp += 1
            elif p == label:
                counts.fp += 1
            elif g == label:
                counts.fn += 1

    gold_spans = [(s, e) for s, e in gold.spans if any(gold.labels[i] == QUOTED for i in range(s, e))]
    matched_pred: set[int] = set()
    for gs in gold_spans:
        hit = None
        for k, (ps, pe, _) in enumerate(pred_spans):
            if k in matched_pred:
                continue
            shared = overlap(gs, (ps, pe))
            if shared >= SPAN_OVERLAP * (gs[1] - gs[0]) and shared >= SPAN_OVERLAP * (pe - ps):
                hit = k
                break
        if hit is None:
            result.spans.fn += 1
            best = max(pred_spans, key=lambda p: overlap(gs, p[:2]), default=None)
            how = "not found" if best is None or overlap(gs, best[:2]) == 0 else \
                f"best predicted {snippet(text, best[0], best[1])}"
            result.errors.append(f"missed span   {snippet(text, *gs)}: {how}")
        else:
            matched_pred.add(hit)
            result.spans.tp += 1
    for k, (ps, pe, qid) in enumerate(pred_spans):
        if k not in matched_pred:
            result.spans.fp += 1
            covers = sum(1 for i in range(ps, pe) if gold.labels[i] != COMPILER)
            result.errors.append(f"spurious span {snippet(text, ps, pe)} ({qid}; {covers}/{pe - ps} chars quoted in gold)")

    for i, (g, p) in enumerate(zip(gold.labels, pred_labels)):
        if g == EDITORIAL and p == QUOTED and (i == 0 or not (gold.labels[i - 1] == EDITORIAL and pred_labels[i - 1] == QUOTED)):
            j = i
            while j < len(text) and gold.labels[j] == EDITORIAL and pred_labels[j] == QUOTED:
                j += 1
            result.errors.append(f"editorial mark read as quoted {snippet(text, i, j)}")
        if p == EDITORIAL and g != EDITORIAL and (i == 0 or not (pred_labels[i - 1] == EDITORIAL and gold.labels[i - 1] != EDITORIAL)):
            j = i
            while j < len(text) and pred_labels[j] == EDITORIAL and gold.labels[j] != EDITORIAL:
                j += 1
            result.errors.append(f"{g} text read as editorial {snippet(text, i, j)}")

    claims = json.loads(claims_path.read_text(encoding="utf-8")) if claims_path.exists() else []
    find_quotation = quotation_finder(text, quotations)
    for entry in claims:
        needle = entry["contains"]
        positions = [m.start() for m in re.finditer(re.escape(needle), text)]
        in_gold = [pos for pos in positions if gold.labels[pos] == QUOTED]
        if not in_gold:
            raise GoldError(f"{claims_path.name}: snippet {needle!r} is not inside a gold quotation")
        if len(set(in_gold)) > 1:
            raise GoldError(f"{claims_path.name}: snippet {needle!r} is ambiguous")
        quotation = find_quotation(in_gold[0])
        result.claims_total += 1
        anchored = is_anchored(text, gold, in_gold[0], entry.get("page"))
        if quotation is None:
            result.anchored.fn += anchored
            result.errors.append(f"claim         {needle!r}: no quotation found there")
            continue
        claim = quotation.claim
        got = {"author": claim.author if claim else None, "title": claim.title if claim else None,
               "page": claim.page if claim else None}
        right = {key: field_right(key, got[key], entry.get(key)) for key in got}
        for key, ok in right.items():
            result.field_right[key] += ok
            result.field_wrong[key] += not ok and got[key] is not None
        if anchored:
            result.anchored.tp += right["page"]
            result.anchored.fn += not right["page"]
        if all(right.values()):
            result.claims_right += 1
        else:
            wrong = ", ".join(f"{key} {got[key]!r} (gold {entry.get(key)!r})" for key, ok in right.items() if not ok)
            result.errors.append(f"claim         {needle!r}: {wrong}")
    return result


# --- output ------------------------------------------------------------------------

def fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def prf(counts: Counts) -> str:
    return f"{fmt(counts.precision)} {fmt(counts.recall)} {fmt(counts.f1)}"


def row(result: Result, width: int) -> str:
    claims = f"{result.claims_right:>2}/{result.claims_total:<2}" if result.claims_total else "   -  "
    return (f"{result.name:<{width}}  {prf(result.chars[QUOTED])}  {prf(result.chars[EDITORIAL])}  "
            f"{prf(result.micro)}  {prf(result.spans)}  {claims}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("select", nargs="*", help="only documents whose file name starts with one of these")
    parser.add_argument("--details", action="store_true", help="list every span, mark and claim error")
    parser.add_argument("--json", metavar="FILE", help="also write all figures to FILE")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="folder of documents with gold files (default: the development set; "
                             "bench/data/attribution-heldout is the held-out set)")
    parser.add_argument("--catalog", type=Path, metavar="CSV",
                        help="a library's catalog.csv: read the pages as a check against that library would "
                             "(e.g. ../shared/corpus/catalog.csv)")
    parser.add_argument("--index", type=Path, metavar="DIR",
                        help="an index of the library (as bench/accuracy.py builds of ../shared/corpus): score "
                             "what a check against it reports: quotations read with its works' names, the passages "
                             "they copy without marks, and claims completed by the works the quotations are in")
    args = parser.parse_args(argv)
    library = catalog_works(args.catalog)
    index = LibraryIndex.open(args.index) if args.index else None

    paths = documents(args.select, args.data)
    if not paths:
        print(f"no documents in {args.data}", file=sys.stderr)
        return 2
    results = []
    try:
        for path in paths:
            results.append(evaluate(path, library, index))
    except GoldError as exc:
        print(f"GOLD ERROR: {exc}", file=sys.stderr)
        return 1

    total = Result("OVERALL")
    for result in results:
        total.add(result)
    width = max(len(r.name) for r in results + [total])
    head = "P    R    F1  "
    print(f"{'':<{width}}  {'quoted (chars)':<14}  {'editorial (chars)':<14}  {'micro (chars)':<14}  "
          f"{'quoted spans':<14}  claims")
    print(f"{'document':<{width}}  {head}  {head}  {head}  {head}")
    for result in results:
        print(row(result, width))
    print("-" * (width + 72))
    print(row(total, width))
    if total.claims_total:
        fields = ", ".join(f"{k} {v}/{total.claims_total}" for k, v in total.field_right.items())
        given_wrong = ", ".join(f"{k} {v}" for k, v in total.field_wrong.items())
        print(f"\nclaimed-source accuracy: {total.claims_right}/{total.claims_total} = "
              f"{total.claims_right / total.claims_total:.2f} (fields right: {fields}; "
              f"given but wrong: {given_wrong})")
        anchored = total.anchored.tp + total.anchored.fn
        if anchored:
            print(f"page of page-anchored quotations: {total.anchored.tp}/{anchored} = {total.anchored.tp / anchored:.2f}")
    print("character counts are pooled over all documents (micro); a '-' means nothing to score")
    if args.details:
        for result in results:
            if result.errors:
                print(f"\n== {result.name}")
                for error in result.errors:
                    print(f"  {error}")
    if args.json:
        Path(args.json).write_text(json.dumps({"documents": [r.to_dict() for r in results],
                                               "overall": total.to_dict()}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
