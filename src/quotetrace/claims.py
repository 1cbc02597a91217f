"""What a document says about where a quotation comes from.

Two shapes of claim: a bibliographic header over an excerpt block (title, ``by``
author, translator, publisher and year on short lines), and a mention in the
running text next to an inline quotation (``As Mill wrote in On Liberty, "..."``,
``"..." (Paine, Common Sense, p. 12)``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from .marks import PAGE_ANCHOR


@dataclass(frozen=True, slots=True)
class Claim:
    """The source a document names for a quotation; every field is optional."""

    author: str | None = None
    title: str | None = None
    translator: str | None = None
    year: str | None = None
    page: str | None = None

    def is_empty(self) -> bool:
        return not (self.author or self.title)

    def with_page(self, page: str | None) -> "Claim":
        return replace(self, page=page)

    def to_dict(self) -> dict:
        return asdict(self)


# --- bibliographic header lines -------------------------------------------------

_BY = re.compile(r"^by\s+(?P<v>[A-Z][^\n]{1,100})$", re.IGNORECASE)
_TRANSLATED = re.compile(r"^(?:translated|trans\.|translation)\b[^\n]*?\bby\s+(?P<v>[^\n]{2,100})$", re.IGNORECASE)
_EDITED = re.compile(r"^(?:edited|ed\.)\s+(?:by\s+)?(?P<v>[^\n]{2,100})$", re.IGNORECASE)
_WRITTEN = re.compile(r"^(?:written|first published|published|delivered|composed)\s*:?\s*(?P<v>[^\n]{0,80})$", re.IGNORECASE)
_FROM = re.compile(r"^from\s+(?:the\s+)?(?P<v>[A-Z][^\n]{2,100})$", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[4-9]\d\d|20\d\d)\b")
_SENTENCE_END = re.compile(r"[.;:!?,]['\"”’)]?$")


def classify_header_line(line: str) -> tuple[str, str] | None:
    """Name the kind of bibliographic line (``by``, ``translator``, ``publisher``, ...) or None."""
    line = line.strip()
    if not line or len(line) > 120 or PAGE_ANCHOR.search(line) or line.startswith(("{", "[", "(")):
        return None
    for kind, pattern in (("by", _BY), ("translator", _TRANSLATED), ("editor", _EDITED),
                          ("written", _WRITTEN), ("from", _FROM)):
        match = pattern.match(line)
        if match:
            return kind, match.group("v").strip().rstrip(".")
    n_words = len(line.split())
    year = _YEAR.search(line)
    if year and n_words <= 14 and not re.search(r"[.!?]\s+[A-Z]", line):
        return "publisher", year.group(1)
    if n_words <= 14 and line[0].isupper() and not _SENTENCE_END.search(line):
        return "title", line
    return None


def claim_from_header(lines: list[str]) -> Claim | None:
    """A claim from the lines of a header block, if the block has at least one strong line."""
    fields: dict[str, str] = {}
    strong = False
    for line in lines:
        found = classify_header_line(line)
        if found is None:
            return None
        kind, value = found
        if kind == "by":
            fields.setdefault("author", value)
            strong = True
        elif kind == "translator":
            fields.setdefault("translator", value)
            strong = True
        elif kind in ("publisher", "written"):
            year = _YEAR.search(value)
            if year:
                fields.setdefault("year", year.group(1))
            strong = True
        elif kind == "from":
            fields.setdefault("title", value)
            strong = True
        elif kind == "title":
            fields.setdefault("title", value)
        elif kind == "editor":
            strong = True
    if not strong or not (fields.get("author") or fields.get("title")):
        return None
    return Claim(**fields)


# --- mentions in running text ---------------------------------------------------

_NAME = r"[A-Z][\w'’\-]*\.?(?:\s+(?:de|von|van|du|la|[A-Z][\w'’\-]*\.?))*"
_VERBS = (r"(?:once\s+|famously\s+|later\s+)?(?:wrote|writes|said|says|argued|argues|observed|observes|"
          r"declared|declares|remarked|remarks|insisted|insists|noted|notes|put it|claimed|claims|"
          r"warned|warns|asked|asks|told|tells|proclaimed|stated|states|added|adds)")
_AUTHOR_VERB = re.compile(rf"(?P<author>{_NAME})\s+{_VERBS}\b")
_ACCORDING = re.compile(rf"\baccording to\s+(?P<author>{_NAME})")
_IN_TITLE = re.compile(
    r"\b(?:in|from)\s+(?:his|her|their|the\s+(?:book|essay|pamphlet|speech|address|treatise|novel|poem)\s+)?"
    r"[“\"*_‘']?(?P<title>[A-Z][\w'’\-]*(?:\s+(?:of|the|on|and|a|an|in|to|for|at|[A-Z][\w'’\-]*))*)"
)
_DASH_CREDIT = re.compile(rf"^\s*[—―–-]{{1,2}}\s*(?P<author>{_NAME})(?:\s*,\s*(?P<title>[^\n,(]{{2,100}}))?")
_PAREN_CREDIT = re.compile(rf"^\s*\((?P<author>{_NAME})(?:,\s*(?P<title>[^,)\d][^,)]{{1,100}}))?(?:,?\s*\d{{4}})?(?:,\s*pp?\.\s*(?P<page>\d+))?\)")
_VERB_AFTER = re.compile(rf"^\s*[,.]?\s*{_VERBS}\s+(?P<author>{_NAME})")
_PAGE_AFTER = re.compile(r"^\s*\(\s*pp?\.\s*(?P<page>\d+)")
_LEADING_WORDS = {"As", "And", "But", "When", "Then", "So", "Yet", "Here", "There", "The", "This", "In", "What", "Or"}
# A pronoun names nobody by itself ("He wrote that ..."): no claim rather than a wrong one.
_PRONOUNS = {"He", "She", "It", "They", "We", "I", "You", "One", "This", "That", "Who", "Someone", "Everyone",
             "Nobody", "Somebody", "His", "Her", "Their", "Its"}


def _clean_author(name: str) -> str | None:
    words = name.split()
    while words and words[0] in _LEADING_WORDS:
        words.pop(0)
    name = " ".join(words).strip(" .,")
    if not name or name in _PRONOUNS:
        return None
    return name


def _clean_title(title: str) -> str:
    words = title.split()
    while words and words[-1].lower() in {"of", "the", "on", "and", "a", "an", "in", "to", "for", "at"}:
        words.pop()
    return " ".join(words).strip(" .,*_\"“”'")


def claim_from_context(before: str, after: str) -> Claim | None:
    """A claim from the sentence around an inline quotation (before it, then after it)."""
    author = title = page = None
    for pattern in (_AUTHOR_VERB, _ACCORDING):
        matches = list(pattern.finditer(before))
        if matches:
            author = _clean_author(matches[-1].group("author"))
            if author:
                break
    titles = list(_IN_TITLE.finditer(before))
    if titles:
        title = _clean_title(titles[-1].group("title")) or None
        if title and author and title == author:
            title = None
    for pattern in (_DASH_CREDIT, _PAREN_CREDIT, _VERB_AFTER):
        match = pattern.match(after)
        if match:
            author = author or _clean_author(match.group("author"))
            if match.groupdict().get("title"):
                title = title or _clean_title(match.group("title"))
            if match.groupdict().get("page"):
                page = match.group("page")
            break
    if page is None:
        match = _PAGE_AFTER.match(after)
        if match:
            page = match.group("page")
    if not (author or title):
        return None
    return Claim(author=author, title=title, page=page)
