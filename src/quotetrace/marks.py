"""The compiler's marks inside a quotation: elisions, interpolations, ``[sic]``, page anchors.

They are found once, with their spans, so that alignment can take them out of the
quoted words (keeping them as typed, marked edits) and the speaker map can give
them to the compiler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Page anchors: {p. 144}, [p. 12], (p. 12), [Pg 12], {pp. 12-13}, {hbk p. 106, pbk p. 124}
_PAGE_REF = r"(?:(?:hbk|pbk|hb|pb|ed\.?)\s*)?(?:pp?|pgs?|page)\.?\s*(\d+[a-z]?)(?:\s*[-–]\s*\d+)?"
PAGE_ANCHOR = re.compile(
    r"[\{\[\(]\s*" + _PAGE_REF + r"(?:\s*[,;]\s*" + _PAGE_REF.replace("(\\d+[a-z]?)", "\\d+[a-z]?") + r")*\s*[\}\]\)]",
    re.IGNORECASE,
)
ELISION = re.compile(
    r"\[\s*(?:\.\s*){3,4}\]|\{\s*(?:\.\s*){3,4}\}|\[\s*…\s*\]|\{\s*…\s*\}|…|\.(?:[ \t]?\.){2,3}"
)
BRACKETED = re.compile(r"\{[^{}\n]{1,400}\}|\[[^\[\]\n]{1,400}\]")
SIC = re.compile(r"^[\[\{]\s*sic\.?!?\s*[\]\}]$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mark:
    """An editorial mark of the quoter inside a quotation, with its span in the document."""

    kind: str  # "elision" | "interpolation" | "sic" | "page"
    start: int
    end: int
    text: str
    page: str | None = None


def find_marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """All marks in ``text[start:end]``, in order, never overlapping."""
    end = len(text) if end is None else end
    marks: list[Mark] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for match in PAGE_ANCHOR.finditer(text, start, end):
        marks.append(Mark("page", match.start(), match.end(), match.group(), match.group(1)))
        taken.append(match.span())
    for match in ELISION.finditer(text, start, end):
        if free(*match.span()):
            marks.append(Mark("elision", match.start(), match.end(), match.group()))
            taken.append(match.span())
    for match in BRACKETED.finditer(text, start, end):
        if free(*match.span()):
            kind = "sic" if SIC.match(match.group()) else "interpolation"
            marks.append(Mark(kind, match.start(), match.end(), match.group()))
            taken.append(match.span())
    return sorted(marks, key=lambda m: m.start)
