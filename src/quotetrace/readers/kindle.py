"""Kindle's "My Clippings.txt": each clipping is a title line ``Title (Author)``, a line
``- Your Highlight on page 7 | Location 96-99 | Added on …``, a blank line, the text and a row of
equals signs.  A highlight's text is the book's (a blockquote region); notes and bookmarks are the
reader's own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import Region

_CLIPPING = re.compile(
    r"^(?P<title>[^\n]{1,300}?)(?:[ \t]+\((?P<authors>[^()\n]{1,200})\))?[ \t]*\n"
    r"-[ \t]*Your[ \t]+(?P<kind>Highlight|Note|Bookmark|Clip)\b(?P<meta>[^\n]{0,200})\n[ \t]*\n"
    r"(?P<body>(?:(?!={10})[^\n]*\n){0,200}?)={10}", re.MULTILINE | re.IGNORECASE)
_PAGE = re.compile(r"\bpage[ \t]+(?P<page>[\w-]+)", re.IGNORECASE)
_LIMIT = re.compile(r"^\s*<[^<>\n]{1,200}>\s*$")  # "<You have reached the clipping limit for this item>"


@dataclass(frozen=True)
class Clipping:
    start: int  # the highlight's text
    end: int
    title: str
    authors: tuple[str, ...]  # as Kindle lists them: the author first, then translators or editors
    page: str | None


def highlights(text: str) -> list[Clipping]:
    """The highlights of a clippings file, with the book and page their header lines give."""
    found = []
    for match in _CLIPPING.finditer(text):
        if match.group("kind").lower() != "highlight":
            continue
        body = match.group("body")
        start = match.start("body") + len(body) - len(body.lstrip())
        end = match.start("body") + len(body.rstrip())
        if end <= start or _LIMIT.match(body):
            continue
        page = _PAGE.search(match.group("meta"))
        authors = tuple(_person(a) for a in (match.group("authors") or "").split(";") if a.strip())
        found.append(Clipping(start, end, match.group("title").strip().lstrip("\ufeff"), authors,
                              page.group("page") if page else None))
    return found


def _person(name: str) -> str:
    """``Tolstoy, Leo`` as ``Leo Tolstoy``."""
    last, comma, first = name.strip().partition(",")
    return f"{first.strip()} {last.strip()}" if comma and first.strip() else name.strip()


def clipping_regions(text: str) -> list[Region]:
    return [Region("blockquote", c.start, c.end) for c in highlights(text)]
