"""Metadata records: a run of labelled lines that names a source, in any plain-text form.

Reading notes, study guides and compilations often give a source as a small record instead of a
bibliographic line: ``Title: Walden`` / ``Author: Thoreau`` lines, or a two-column Markdown table
(``| Title | Wuthering Heights |``, ``| Author | Emily Brontë |``).  A record holds for the
quotations after it, up to the next record or the next heading of its own level.  The page's own
front matter (a ``---`` block at the top) names the page, not a source, and is no record.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_FIELD_NAMES = {
    "title": "TITLE", "work": "TITLE", "book": "TITLE", "source": "SOURCE", "text": "TITLE",
    "author": "AUTHOR", "authors": "AUTHOR", "by": "AUTHOR", "writer": "AUTHOR",
    "translator": "TRANSLATOR", "translated by": "TRANSLATOR", "translation": "TRANSLATOR",
    "editor": "EDITOR", "edited by": "EDITOR", "edition": "EDITION", "year": "YEAR", "published": "YEAR",
    "publisher": "PUBLISHER", "page": "PAGE", "pages": "PAGE", "chapter": "CHAPTER", "act": "ACT",
    "scene": "SCENE", "speaker": "SPEAKER",
}
_LABEL = "|".join(sorted((re.escape(n) for n in _FIELD_NAMES), key=len, reverse=True))
# "Title: Walden", "| Author | Mark Twain |", "**Author:** Mark Twain", Logseq's "source:: [[Emerson]], …"
_FIELD_LINE = re.compile(
    rf"^[ \t]*(?:\|[ \t]*)?[*_]{{0,2}}(?P<name>(?i:{_LABEL}))[*_]{{0,2}}[ \t]*(?:\||::?[*_]{{0,2}}(?!//))[ \t]*"
    rf"(?P<value>[^|\n]{{1,300}}?)[ \t]*\|?[ \t]*$")
# a wiki link, "[[Essays First Series]]" or "[[Essays (Emerson)|Essays]]": the words it shows
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]*\|)?(?P<label>[^\[\]|\n]+)\]\]")
_READING_LINE = re.compile(r"^[ \t]*[*_]{0,2}(?:Reading|Set text|Text for (?:this|the) (?:week|session))[*_]{0,2}:[*_]{0,2}"
                           r"[ \t]+(?P<value>[A-Z][^\n]{5,600})")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$|^[ \t]*(?:\|[ \t]*){2,}$")
_HEADING = re.compile(r"^(#{1,6})[ \t]", re.MULTILINE)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]*\n){0,40}?---[ \t]*(?:\n|\Z)")
_NAMING_FIELDS = {"TITLE", "SOURCE", "AUTHOR"}
MAX_RECORDS = 1000


def field_records(text: str) -> list[tuple[int, int, dict[str, str]]]:
    """The records of ``text`` as (start, end, fields): ``start`` is the record's first line, ``end``
    where it stops holding; fields are keyed like Org properties (``TITLE``, ``AUTHOR``, ...)."""
    front = FRONT_MATTER.match(text)
    skip_to = front.end() if front else 0
    records: list[tuple[int, int, dict[str, str]]] = []
    fields: dict[str, str] = {}
    start = end = 0
    position = 0
    for line in text.splitlines(keepends=True):
        line_start, position = position, position + len(line)
        if line_start < skip_to:
            continue
        match = _FIELD_LINE.match(line.rstrip("\n"))
        if match and match.group("name").lower() in _FIELD_NAMES:
            if not fields:
                start = line_start
            value = _WIKI_LINK.sub(r"\g<label>", match.group("value")).strip(" *_")  # "[[Essays First Series]]"
            fields.setdefault(_FIELD_NAMES[match.group("name").lower()], value)
            end = position
            continue
        if fields and _TABLE_RULE.match(line.rstrip("\n")):
            continue  # the rule or the empty head row of a two-column table
        if fields:
            _close(records, fields, start, end)
            fields = {}
        reading = _READING_LINE.match(line)
        if reading:  # "Reading: Friedrich Engels, *The Origin of the Family*, chapter II": the set text
            records.append((line_start, position, {"READING": reading.group("value").strip()}))
        if len(records) >= MAX_RECORDS:
            break
    if fields:
        _close(records, fields, start, end)
    headings = [(m.start(), len(m.group(1))) for m in _HEADING.finditer(text)]
    return [(s, _scope_end(headings, s, records[i + 1][0] if i + 1 < len(records) else len(text)), f)
            for i, (s, _, f) in enumerate(records)]


def _close(records: list, fields: dict[str, str], start: int, end: int) -> None:
    if len(fields) >= 2 and _NAMING_FIELDS & fields.keys():
        records.append((start, end, dict(fields)))


def _scope_end(headings: list[tuple[int, int]], start: int, limit: int) -> int:
    """Where a record that starts at ``start`` stops holding: the next heading of the level of the
    heading above it (or higher), or ``limit`` (the next record: scopes never overlap, so the
    headings are walked once over all records)."""
    index = bisect_left(headings, (start, 0))
    if index == 0:
        return limit
    level = headings[index - 1][1]
    for offset, heading_level in headings[index:]:
        if offset >= limit:
            break
        if heading_level <= level:
            return offset
    return limit
