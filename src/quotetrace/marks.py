"""The compiler's marks inside a quotation: elisions, interpolations, ``[sic]``, page anchors.

They are found once, with their spans, so that alignment can take them out of the
quoted words (keeping them as typed, marked edits) and the speaker map can give
them to the compiler.

Which brackets are the compiler's depends on the document's convention
(:class:`Conventions`): a page that declares "my comments are indicated {thus}"
leaves square brackets to the source (a translator's ``[Greek: ...]``, footnote
markers ``[A]``, ``[1]``), and bare numbers ``[145]`` are page anchors only where
the page uses them as a running sequence of page numbers.  Brackets that read as
the source's own apparatus (``[Greek: ...]``, ``[Illustration: ...]``, a footnote
marker glued to a word) are never taken for the compiler's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# The word "page" abbreviated, as English, German ("S. 12", Seite), Spanish ("pág.") and Italian
# ("pag.", "pagg.") pages write it: the abbreviation before its full stop
PAGE_ABBREVIATION = r"(?:pp?|S|p[áa]gg?s?)"
# the page a line cites, wherever it stands in it: "… Penguin Classics, 2003, p. 212", "Kap. I, S. 19–22"
PAGE_CITED = re.compile(r"\b" + PAGE_ABBREVIATION + r"\.\s*(?P<page>\d+)")
# Page anchors: {p. 144}, [p. 12], (p. 12), [Pg 12], {pp. 12-13}, {hbk p. 106, pbk p. 124}, [S. 19]
_PAGE_REF = r"(?:(?:hbk|pbk|hb|pb|ed\.?)\s*)?(?:" + PAGE_ABBREVIATION + r"|pgs?|page|seiten?|página)\.?\s*(\d+[a-z]?)(?:\s*[-–]\s*\d+)?"
PAGE_ANCHOR = re.compile(  # (and in full-width brackets, as Japanese and Chinese pages write them: ［p.154］)
    r"[\{\[\(［（]\s*" + _PAGE_REF + r"(?:\s*[,;]\s*" + _PAGE_REF.replace("(\\d+[a-z]?)", "\\d+[a-z]?") + r")*\s*[\}\]\)］）]",
    re.IGNORECASE,
)
# A page break between bars, "|41|", or in angle brackets, "<41>", as some transcriptions print it,
# or star paging, "[*433]", as lawyers cite the page that begins there
BAR_PAGE = re.compile(r"(?<![|\w])\|(\d{1,4}[a-z]?)\|(?![|\w])|(?<![<\w])<(?:p\.\s?)?(\d{1,4}[a-z]?)>(?![>\w])|"
                      r"\[\*(\d{1,4}[a-z]?)\]")
# The compiler's words in double parentheses: "((Cardinal Morton, in whose household More had been a page))"
DOUBLE_PAREN = re.compile(r"\(\((?:[^()\n]|\([^()\n]{0,200}\)){1,400}?\)\)")
# Any page anchor, bracketed or between bars (for finding where one stands, not its page)
ANY_PAGE_ANCHOR = re.compile(f"{PAGE_ANCHOR.pattern}|{BAR_PAGE.pattern}", re.IGNORECASE)
# The compiler's remark in parentheses, signed with initials: "(the ministers, that is. --H.Q.)"
SIGNED_REMARK = re.compile(r"\((?:[^()\n]|\([^()\n]{0,200}\)){1,400}?(?:\s|^)(?:--|—|–)\s?(?:[A-Z]\.\s?){1,4}\)")
# Bare page numbers, only under a convention that uses them: [145], {145}
BARE_PAGE = re.compile(r"\*\*[\[\{]\s*(\d{1,4})\s*[\]\}]\*\*|[\[\{]\s*(\d{1,4})\s*[\]\}]")  # (in bold: **[12]**)
# "p. 145" without brackets, only under a convention that uses it at the start of excerpt paragraphs
PREFIX_PAGE = re.compile(r"(?<![\w.])(?:" + PAGE_ABBREVIATION + r"|pg)\.\s?(\d{1,4}[a-z]?)(?![\w])", re.IGNORECASE)
# [...], {…}, (...), <snip>, and the Japanese cut "（中略）", "（略）"
BRACKETED_ELISION = re.compile(r"[\[{(<]\s*(?:(?:\.\s*){3,4}|…\s*|(?i:snip(?:ped)?)\s*)[\]})>]|[（(〔]中?略[）)〕]")
ELISION = re.compile(r"…|\.(?:[ \t]?\.){2,3}")
# Letters changed inside a word: "[T]he", "employ[ed]" (a marked change of the word itself).
LETTERS = re.compile(r"(?<=[^\W_])\[[^\W\d_]{1,4}\]|\[[^\W\d_]{1,4}\](?=[^\W_])")
# a group may be wrapped over lines of a hard-wrapped text, never across a paragraph break
BRACKETED = re.compile(r"\{(?:[^{}\n]|\n(?![ \t]*\n)){1,400}\}|\[(?:[^\[\]\n]|\n(?![ \t]*\n)){1,400}\]")
# the editor's words in tortoise-shell brackets, as Japanese pages set them: 〔江戸〕
TORTOISE_SHELL = re.compile(r"〔[^〔〕\n]{1,400}〕")
SQUARE = re.compile(r"\[(?:[^\[\]\n]|\n(?![ \t]*\n)){1,400}\]")
SIC = re.compile(r"^[\[\{]\s*sic\.?!?\s*[\]\}]$", re.IGNORECASE)
# The source's own apparatus in square brackets: a transcriber's rendering of another script
# ([Greek: hupolaepsis]), an illustration or footnote, and footnote markers glued to a word or a
# stop (liberty.[A], liberty[12], [*]), and bare numbers ([12]).
_SOURCE_LABELS = ("Greek|Latin|Hebrew|Arabic|Syriac|Sanskrit|Coptic|Russian|Chinese|Gothic|Anglo-Saxon|"
                  "Old English|Transliterated|Transliteration|Illustration|Footnote|Sidenote|Transcriber'?s? ?[Nn]ote")
SOURCE_BRACKET = re.compile(rf"\[\s*(?:{_SOURCE_LABELS})\s*:[^\[\]\n]{{0,400}}\]")
# (a bare number in square brackets that is no page anchor is the source's numbering of a
# footnote, section or verse: "[12]"; a range or a date with words is the compiler's: "[1846-1848]")
FOOTNOTE_MARKER = re.compile(r"(?<=[^\s\[\{(])\[(?:[A-Z]|[*†‡§])\](?![^\W_])|\[[*†‡§]\]|\[\s*\d{1,4}\s*\]")


@dataclass(frozen=True, slots=True)
class Mark:
    """An editorial mark of the quoter inside a quotation, with its span in the document."""

    kind: str  # "elision" | "interpolation" | "sic" | "page" | "letters"
    start: int
    end: int
    text: str
    page: str | None = None  # (a page anchor) the page that begins after it
    ends: str | None = None  # (a page-end mark, "--106--") the page that ends before it


@dataclass(frozen=True, slots=True)
class Conventions:
    """How a document marks its own words inside quotations.

    ``interpolation``: ``"braces"`` or ``"brackets"`` when the page declares (or plainly uses)
    one of them for the compiler's remarks, else ``None`` (both are read as the compiler's).
    ``declared``: the page states its convention ("my comments ... are indicated {thus}").
    ``bare_pages``: ``[145]`` / ``{145}`` are page anchors (a running sequence inside excerpts).
    ``prefix_pages``: ``p. 145`` without brackets is a page anchor inside excerpts.
    ``declared_marks``: marks of the page's own making that it declares with an example
    (``<<17>>``, ``/31/``, ``*84`` pages; ``[[…]]``, ``[Ed.: …]`` remarks; ``(...)``, ``* * *`` cuts).
    """

    interpolation: str | None = None
    declared: bool = False
    bare_pages: bool = False
    prefix_pages: bool = False
    declared_marks: tuple[tuple[str, str], ...] = ()  # (kind, pattern) of marks the page shows by example


DEFAULT_CONVENTIONS = Conventions()


class _Taken:
    """Non-overlapping spans already claimed, with a logarithmic overlap test."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e)  # spans starting before e
        return i == 0 or self.ends[i - 1] <= s

    def add(self, s: int, e: int) -> None:
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


def find_marks(text: str, start: int = 0, end: int | None = None,
               conventions: Conventions | None = None) -> list[Mark]:
    """All marks in ``text[start:end]``, in order, never overlapping."""
    end = len(text) if end is None else end
    conventions = conventions or DEFAULT_CONVENTIONS
    marks: list[Mark] = []
    taken = _Taken()

    def take(kind: str, pattern: re.Pattern, emit: bool = True, accept=None) -> None:
        for match in pattern.finditer(text, start, end):
            span = match.span()
            if accept is not None:
                span = accept(match)
                if span is None:
                    continue
            if not taken.free(*span):
                continue
            taken.add(*span)
            if not emit:
                continue
            kind_here = kind
            page = None
            if kind in ("page", "page-end"):  # (a pattern's group named "page", else its first that matched)
                page = match.group("page") if "page" in match.re.groupindex else \
                    next((g for g in match.groups() if g), None)
            ends = None
            if kind == "page-end":  # "--106--" where page 106 ends: the words after it are on page 107
                kind_here, ends, page = "page", page, str(int(page) + 1) if page and page.isdigit() else None
            if kind == "interpolation" and SIC.match(match.group()):
                kind_here = "sic"
            marks.append(Mark(kind_here, span[0], span[1], text[span[0]:span[1]], page, ends))

    chunk = text[start:end]
    for kind, pattern in conventions.declared_marks:
        take(kind, re.compile(pattern))  # (re caches what it compiles)
    brackets = "[" in chunk
    groups = brackets or "{" in chunk
    wide = "［" in chunk or "（" in chunk or "〔" in chunk  # (the full-width brackets of Japanese and Chinese)
    # Order matters: a bracketed elision is an elision, and an interpolation that
    # itself contains "..." is one interpolation.
    if groups or "(" in chunk or wide:
        take("page", PAGE_ANCHOR)
    if "|" in chunk or "<" in chunk or "[*" in chunk:
        take("page", BAR_PAGE)
    if "((" in chunk:
        take("interpolation", DOUBLE_PAREN)
    if "(" in chunk and ("--" in chunk or "—" in chunk or "–" in chunk):
        take("interpolation", SIGNED_REMARK)
    if conventions.bare_pages and groups:
        take("page", BARE_PAGE)
    if conventions.prefix_pages:
        take("page", PREFIX_PAGE)
    if groups or "(" in chunk or "<" in chunk or wide:
        take("elision", BRACKETED_ELISION)
    if "〔" in chunk:
        take("interpolation", TORTOISE_SHELL)
    if brackets:
        take("source", SOURCE_BRACKET, emit=False)
        take("source", FOOTNOTE_MARKER, emit=False)
        take("letters", LETTERS)
        if conventions.interpolation == "braces" and conventions.declared:
            # the page says its own words are in braces: square brackets belong to the source,
            # except [sic], which is nobody's words but a mark
            take("interpolation", SQUARE, accept=lambda m: m.span() if SIC.match(m.group()) else None)
            take("source", SQUARE, emit=False)
    if groups:
        take("interpolation", BRACKETED)
    if "." in chunk or "…" in chunk:
        take("elision", ELISION, accept=_elision_span(text))
    return sorted(marks, key=lambda m: m.start)


def _elision_span(text: str):
    """A sentence's full stop before an elision (``warrant. ...``, ``warrant....``) is the
    quoted author's: the mark is only the three dots after it."""

    def accept(match: re.Match) -> tuple[int, int]:
        s, e = match.span()
        dots = match.group()
        if dots.count(".") == 4 and s > 0 and not text[s - 1].isspace() and text[s - 1] not in ".…":
            rest = s + 1
            while rest < e and text[rest] in " \t":
                rest += 1
            return rest, e
        return s, e

    return accept


# --- marks a page declares by example ------------------------------------------------

# An example of a mark in a page's note on its conventions: a page number between delimiters
# ("<<17>>", "/31/", "*84", "[p. 118]{.pb}"), perhaps after the key of its edition ("[SBN 21]",
# "[OC III, 354]", "[Cole, p. 6]"), a remark between doubled or labelled delimiters ("((like
# this))", "[[…]]", "[Ed.: …]", "[a gloss]{.ed}"), or a cut ("(...)", "* * *").
_EXAMPLE = re.compile(
    r"(?P<page>(?P<po>--|[(\[{<|/*‖¦]{1,2})\s?(?P<key>(?-i:[A-Z][A-Za-z]{0,11})(?:\s(?-i:[IVXLC]{1,5}))?,?\s)?"
    r"(?:" + PAGE_ABBREVIATION + r"\.\s?)?\d{1,4}(?P<pc>--|[)\]}>|/*‖¦]{0,2}(?:\{\.[\w-]+\})?))(?![\w])"
    r"|(?P<group>(?P<go>\(\(|\[\[|\{\{|\[[A-Z][a-z]{0,5}\.?:)[^\n]{1,80}?(?P<gc>\)\)|\]\]|\}\}|\])"
    r"|\[[^\[\]\n]{1,80}\](?P<cls>\{\.[\w-]+\}))"
    r"|(?P<cut>\(\s?(?:\.\s?){3,4}\)|(?<!\.)\.{4}(?!\.)|\*\s\*\s\*|\[\s?(?:…|\.\.\.)\s?\]\{\.[\w-]+\})")
# what the words just before an example say it is
_EXAMPLE_KIND = re.compile(r"(?P<page>\bpages?\b|\bpaginat)|(?P<interpolation>\b(?:comments?|remarks?|notes?|gloss(?:es)?|"
                           r"interpolations?|insertions?|explanations?|additions?|words)\b)|"
                           r"(?P<elision>\b(?:cuts?|omissions?|omitted|elisions?|left out|skip(?:ped|s)?|gaps?)\b)",
                           re.IGNORECASE)
_DECLARING = re.compile(r"\b(?:conventions?|anchors?|between|marks?|marked|indicated|given|shown|like this|thus|mine|my own|are in|set in|"
                        r"appears?|written|printed|e\.g\.|for example|such as|denoted?|means?|stands? for)\b", re.IGNORECASE)
_EXAMPLE_GROUP_KIND = {"page": "page", "group": "interpolation", "cut": "elision"}
# a page number set where its page ends ("the page numbers stand where a page ENDS"), not where it begins
_PAGE_END = re.compile(r"\b(?:where|when)\s+(?:a|the|each|its)\s+page\s+ends\b|\bend\s+of\s+(?:a|the|each)\s+page\b|"
                       r"\bpages?\s+ends?\s+(?:there|here)\b", re.IGNORECASE)


def declared_marks(paragraphs: list[str]) -> tuple[tuple[str, str], ...]:
    """The marks a page declares by showing one ("The pages of that edition are given in double
    angle brackets, <<17>>"; "my remarks are in double parentheses ((like this))"; "cuts are
    marked (...)"), as (kind, pattern) pairs.  Marks the reader knows anyway are left out."""
    found: dict[str, str] = {}
    for paragraph in paragraphs:
        if len(paragraph) > 3000 or not _DECLARING.search(paragraph):
            continue
        for example in _EXAMPLE.finditer(paragraph):
            group = next(name for name in _EXAMPLE_GROUP_KIND if example.group(name))
            kind = _EXAMPLE_GROUP_KIND[group]
            if kind == "page" and _PAGE_END.search(paragraph, max(0, example.start() - 150), example.start()):
                kind = "page-end"
            elif _said_kind(paragraph, example.start(), example.end()) != kind:
                continue
            pattern = _example_pattern(example, group)
            if pattern is not None:
                found.setdefault(pattern, kind)
    return tuple((kind, pattern) for pattern, kind in found.items())


def _said_kind(paragraph: str, start: int, end: int) -> str | None:
    """What the words nearest an example say it is: before it, or after it in the same clause
    ("*84 marks the start of page 84", "three spaced asterisks * * * mark an omission")."""
    before = list(_EXAMPLE_KIND.finditer(paragraph, max(0, start - 120), start))
    clause = re.match(r"[^;:\n]*?(?=[;:\n]|\.\s|\s(?:and|or|but|while)\s|$)", paragraph[end:end + 60])
    after = _EXAMPLE_KIND.search(paragraph, end, end + len(clause.group()) if clause else end)
    if after and (not before or after.start() - end < start - before[-1].end()):
        return after.lastgroup
    return before[-1].lastgroup if before else None


def _example_pattern(example: re.Match, group: str) -> str | None:
    token = example.group()
    if group == "page":
        if ANY_PAGE_ANCHOR.fullmatch(token):
            return None  # ({p. 12}, [p. 12], |41|: read on every page)
        opening, closing, key = example.group("po"), example.group("pc"), example.group("key")
        if key and not closing:
            return None  # ("(Mill 1869: 18)" is a citation, not a mark)
        key = r"\s?".join(re.escape(word) for word in key.split()) + r"\s?" if key else ""
        return (rf"(?<![\w{re.escape(opening[0])}]){re.escape(opening)}\s?{key}(?:{PAGE_ABBREVIATION}\.\s?)?"
                rf"(\d{{1,4}}[a-z]?){re.escape(closing)}(?![\w{re.escape(closing[:1])}])")
    if group == "group":
        if DOUBLE_PAREN.fullmatch(token):
            return None
        if example.group("cls"):
            return rf"\[[^\[\]\n]{{1,400}}\]{re.escape(example.group('cls'))}"
        opening, closing = example.group("go"), example.group("gc")
        return rf"{re.escape(opening)}(?:(?!{re.escape(closing)})[^\n]){{1,400}}{re.escape(closing)}"
    if ELISION.fullmatch(token) or BRACKETED_ELISION.fullmatch(token):
        return None
    return r"\s?".join(re.escape(piece) for piece in token.split())
