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
BRACKETED_ELISION = re.compile(r"\[\s*(?:\.\s*){3,4}\]|\{\s*(?:\.\s*){3,4}\}|\[\s*…\s*\]|\{\s*…\s*\}")
ELISION = re.compile(r"…|\.(?:[ \t]?\.){2,3}")
# Letters changed inside a word: "[T]he", "employ[ed]" (a marked change of the word itself).
LETTERS = re.compile(r"(?<=[^\W_])\[[^\W\d_]{1,4}\]|\[[^\W\d_]{1,4}\](?=[^\W_])")
BRACKETED = re.compile(r"\{[^{}\n]{1,400}\}|\[[^\[\]\n]{1,400}\]")
SIC = re.compile(r"^[\[\{]\s*sic\.?!?\s*[\]\}]$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mark:
    """An editorial mark of the quoter inside a quotation, with its span in the document."""

    kind: str  # "elision" | "interpolation" | "sic" | "page" | "letters"
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

    def take(kind: str, pattern: re.Pattern) -> None:
        for match in pattern.finditer(text, start, end):
            if free(*match.span()):
                page = match.group(1) if kind == "page" else None
                if kind == "interpolation" and SIC.match(match.group()):
                    kind_here = "sic"
                else:
                    kind_here = kind
                marks.append(Mark(kind_here, match.start(), match.end(), match.group(), page))
                taken.append(match.span())

    # Order matters: a bracketed elision is an elision, and an interpolation that
    # itself contains "..." is one interpolation.
    take("page", PAGE_ANCHOR)
    take("elision", BRACKETED_ELISION)
    take("letters", LETTERS)
    take("interpolation", BRACKETED)
    take("elision", ELISION)
    return sorted(marks, key=lambda m: m.start)
