"""Org mode's quotation blocks: ``#+BEGIN_QUOTE`` … ``#+END_QUOTE`` and ``#+BEGIN_VERSE`` … ``#+END_VERSE``
hold another's words (the delimiter lines are the note-taker's), so they are blockquote regions."""

from __future__ import annotations

import re

from . import Region

# (in a Logseq page the block opens an outline item: "- #+BEGIN_QUOTE")
_BEGIN = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?#\+begin_(?P<kind>quote|verse)[^\n]*\n", re.IGNORECASE | re.MULTILINE)


def org_regions(text: str) -> list[Region]:
    """A blockquote region for each closed quote or verse block, from its first character to its last."""
    regions: list[Region] = []
    position = 0
    while (begin := _BEGIN.search(text, position)) is not None:
        end = re.compile(rf"^[ \t]*#\+end_{begin.group('kind')}\b", re.IGNORECASE | re.MULTILINE).search(text, begin.end())
        if end is None:
            break  # a block that never closes marks nothing
        body = text[begin.end():end.start()]
        start = begin.end() + len(body) - len(body.lstrip())
        stop = begin.end() + len(body.rstrip())
        if stop > start:
            regions.append(Region("blockquote", start, stop))
        position = end.end()
    return regions


_HEADING = re.compile(r"^(?P<stars>\*+)[ \t]", re.MULTILINE)
_DRAWER = re.compile(r"\A(?:[^\n]*\n){0,2}?[ \t]*:PROPERTIES:[ \t]*\n(?P<body>(?:[ \t]*:[\w-]+:[^\n]*\n){0,30}?)[ \t]*:END:",
                     re.IGNORECASE)
_PROPERTY = re.compile(r"^[ \t]*:(?P<name>[\w-]+):[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.MULTILINE)


def property_drawers(text: str) -> list[tuple[int, int, dict[str, str]]]:
    """The property drawers right under Org headings, as (start, end, properties): the drawer holds
    for the heading's whole section, its subsections included.  Property names are upper case."""
    headings = [(m.start(), len(m.group("stars"))) for m in _HEADING.finditer(text)]
    drawers = []
    for index, (start, level) in enumerate(headings):
        line_end = text.find("\n", start)
        drawer = _DRAWER.match(text[line_end + 1:line_end + 4000]) if line_end >= 0 else None
        if drawer is None:
            continue
        end = next((s for s, lv in headings[index + 1:] if lv <= level), len(text))
        properties = {m.group("name").upper(): m.group("value") for m in _PROPERTY.finditer(drawer.group("body"))}
        drawers.append((start, end, properties))
    return drawers
