"""Write the gold files of bench/data/attribution/ from hand-written span specifications.

The truth is decided by reading each document: for every quotation the spec below
names where its quoted span starts and ends (by substrings of the analysed text,
searched in document order) and which substrings inside it are editorial marks.
This script only turns those decisions into ``NN-name.gold.txt`` files; it never
looks at quotetrace's own quotation finder.

    .venv/bin/python bench/make_gold.py            # (re)write every gold file
    .venv/bin/python bench/make_gold.py 03         # only documents whose name starts with 03
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotetrace.readers import read_document  # noqa: E402

from gold_specs import SPECS, I, L, P, Q  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "attribution"
Q_OPEN, Q_CLOSE, E_OPEN, E_CLOSE = "⟦", "⟧", "⟨", "⟩"
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _find(text: str, needle: str, cursor: int, doc: str) -> int:
    at = text.find(needle, cursor)
    if at < 0:
        raise SystemExit(f"{doc}: cannot find {needle!r} after offset {cursor}")
    return at


def resolve(doc: str, text: str, spec: list) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Spans (start, end, marks) for a spec, in document order, checked not to overlap."""
    spans = []
    cursor = 0
    for entry in spec:
        if isinstance(entry, P):
            at = _find(text, entry.snippet, cursor, doc)
            breaks_before = [m.end() for m in _BLANK_LINE.finditer(text, 0, at)]
            start = breaks_before[-1] if breaks_before else 0
            after = _BLANK_LINE.search(text, at)
            end = after.start() if after else len(text)
            chunk = text[start:end]
            start += len(chunk) - len(chunk.lstrip())
            end = start + len(text[start:end].strip())
        elif isinstance(entry, Q):
            start = _find(text, entry.start, cursor, doc)
            end = _find(text, entry.end, start, doc) + len(entry.end)
        elif isinstance(entry, I):
            start = _find(text, entry.text, cursor, doc)
            end = start + len(entry.text)
        elif isinstance(entry, L):
            start = cursor
            while True:
                start = _find(text, entry.text, start, doc)
                line_start = text.rfind("\n", 0, start) + 1
                line_end = text.find("\n", start)
                line_end = len(text) if line_end < 0 else line_end
                if text[line_start:line_end].strip() == entry.text:
                    break
                start += 1
            spans.append((start, start + len(entry.text), [(start, start + len(entry.text))]))
            cursor = start + len(entry.text)
            continue
        else:
            raise TypeError(entry)
        marks = []
        mark_cursor = start
        for mark in entry.marks:
            m = _find(text, mark, mark_cursor, doc)
            if m + len(mark) > end:
                raise SystemExit(f"{doc}: mark {mark!r} falls outside its quotation {text[start:end][:60]!r}")
            marks.append((m, m + len(mark)))
            mark_cursor = m + len(mark)
        if spans and start < spans[-1][1]:
            raise SystemExit(f"{doc}: quotation at {start} overlaps the previous one")
        spans.append((start, end, marks))
        cursor = end
    return spans


def render(text: str, spans) -> str:
    inserts: list[tuple[int, int, str]] = []  # position, order, marker
    for start, end, marks in spans:
        inserts.append((start, 0, Q_OPEN))
        for ms, me in marks:
            inserts.append((ms, 1, E_OPEN))
            inserts.append((me, -2, E_CLOSE))
        inserts.append((end, -1, Q_CLOSE))
    out = []
    position = 0
    for at, _, marker in sorted(inserts, key=lambda item: (item[0], item[1])):
        out.append(text[position:at])
        out.append(marker)
        position = at
    out.append(text[position:])
    return "".join(out)


def main(prefixes: list[str]) -> None:
    for name, spec in SPECS.items():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        matches = [p for p in DATA.iterdir() if p.stem == name and p.suffix in {".txt", ".html", ".md"}
                   and not p.name.endswith((".gold.txt",))]
        if len(matches) != 1:
            raise SystemExit(f"{name}: expected one document, found {matches}")
        text = read_document(matches[0]).text
        gold = render(text, resolve(name, text, spec))
        (DATA / f"{name}.gold.txt").write_text(gold, encoding="utf-8")
        n_quotes = gold.count(Q_OPEN)
        print(f"{name}: {n_quotes} quoted spans, {gold.count(E_OPEN)} editorial marks")


if __name__ == "__main__":
    main(sys.argv[1:])
