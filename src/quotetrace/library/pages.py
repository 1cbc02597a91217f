"""Printed pages of a library work: page markers in its text, or page breaks of its file.

A work "carries pages" when its text has a run of page markers (Project
Gutenberg's ``[Pg 12]``, ``{p. 12}``, ``[p. 12]``, ``{12}``) whose numbers mostly
increase, or form feeds between pages.  A stray ``[p. 87]`` cross-reference is not
a page marker, so a few isolated markers are ignored.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"[\[{]\s*(?:pg|p|page)\.?\s*([0-9]{1,4}|[ivxlcdm]{1,7})\s*[\]}]|\{([0-9]{1,4})\}", re.IGNORECASE)
MIN_MARKERS = 3


def page_markers(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) of each page marker, when the markers form a page sequence."""
    end = len(text) if end is None else end
    found = [(m.start(), m.end(), m.group(1) or m.group(2)) for m in _MARKER.finditer(text, start, end)]
    numbers = [int(label) for _, _, label in found if label.isdigit()]
    if len(found) < MIN_MARKERS or len(numbers) < MIN_MARKERS:
        return []
    increasing = sum(1 for a, b in zip(numbers, numbers[1:]) if b > a)
    if increasing < 0.8 * (len(numbers) - 1):
        return []
    return found


def page_starts(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """(offset, label): where each page begins, from markers or else from form feeds."""
    markers = page_markers(text, start, end)
    if markers:
        return [(marker_end, label) for _, marker_end, label in markers]
    end = len(text) if end is None else end
    if text.count("\f", start, end) >= 1:
        starts = [(start, "1")]
        for number, match in enumerate(re.finditer("\f", text[start:end]), 2):
            starts.append((start + match.end(), str(number)))
        return starts
    return []
