"""Find every quotation in a document: excerpt blocks, blockquotes and inline quotes.

An annotated compilation is read as a sequence of paragraphs: numbered headings
and the compiler's commentary are the compiler's; a bibliographic header opens an
excerpt block whose paragraphs (without quotation marks) are quotations of the
header's work until an end marker, the next header or the next heading, or, on a
page without end markers, a paragraph in the compiler's voice.  An excursus
(``{excursus - start; by X}`` ... ``{end of excursus}``) inside an excerpt is the
compiler's, and the excerpt resumes after it; ``...`` alone on a line between two
excerpt paragraphs is an elision inside the excerpt.  Outside excerpt blocks,
``<blockquote>``/Markdown ``>`` blocks, forum quotes (``Quote from: user``), indented
blocks after a colon, ``> `` lines of a quoted post, a paragraph introduced by a sentence that
names its source and ends in a colon, and text in double or single quotes are quotations, with
a claim taken from the text around them (one quotation per paragraph of a blockquote).  A block
of lines holding a line longer than any hard-wrapped one is read one paragraph per line (text
pasted from a word processor).  A quoted phrase of a few words is the compiler's (scare quotes)
unless it repeats words of a quotation nearby, follows a speech cue, or its sentence names an
author of the page.  Scare quotes and titles in quotation marks
are listed (kind ``scare`` / ``title``, never audited) but are the compiler's words.

The document's convention for its own words (declared: "my comments within quoted
text are indicated {thus}", or inferred from use) decides which brackets are
editorial (see :mod:`quotetrace.marks`).  Everything here runs in time linear in the
size of the document; what cannot be read cleanly (an unbalanced brace or quotation
mark, an excursus that never closes) is reported by :func:`document_warnings`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .claims import (
    CREDIT_DASH,
    DATED_TITLE,
    ITEM_LABEL_LEAD,
    LONG_TITLE,
    MONTHS,
    PAGE_KINDS,
    RULE_LINE,
    STRONG_KINDS,
    Claim,
    ClaimContext,
    apparatus_spans,
    as_credit_line,
    author_in_title,
    citation_parts,
    claim_from_clipping,
    claim_from_context,
    claim_from_header,
    claim_from_properties,
    claim_in_text,
    classify_header_line,
    complete_claims,
    dated_citation,
    footnotes,
    has_sentence_break,
    header_parts,
    is_apparatus_heading,
    is_infobox_label,
    is_locator,
    is_post_header,
    is_tolerable_line,
    is_verse_header,
    looks_like_person,
    page_after,
    person_in_heading,
    quoted_speakers,
    reference_entries,
    speaking_persons,
    tidy_title,
    works_by_key,
)
from .discourse import Cast, read_cast, resolve_claim, with_main_work
from .marks import ANY_PAGE_ANCHOR, PAGE_ABBREVIATION, PAGE_ANCHOR, PAGE_CITED, SIGNED_REMARK, Conventions, Mark, declared_marks, find_marks
from .readers import Document, Region
from .readers.kindle import highlights
from .readers.org import property_drawers
from .readers.plaintext import BAR_LINE
from .readers.records import FRONT_MATTER, field_records
from .sigla import read_sigla
from .text import mask, tokenize

__all__ = ["MIN_AUDITED_WORDS", "Quotation", "Paragraph", "Parse", "split_paragraphs", "find_quotations",
           "parse_quotations", "document_warnings", "detect_conventions", "claim_from_context",
           "PAGE_ANCHOR", "Mark", "find_marks", "Conventions"]

MIN_AUDITED_WORDS = 6
NOT_QUOTED_KINDS = frozenset({"scare", "title"})  # listed, but the compiler's own words
MAX_WARNINGS = 50
MAX_HEADER_PARAGRAPHS = 12
MAX_HEADER_LINES = 8
ECHO_BEFORE, ECHO_AFTER = 20_000, 3_000  # where a short phrase in quotes is looked for in the page's quotations

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_NUMBERED_HEADING = re.compile(r"^\s*(?:#{1,6}\s+)?(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)]|[IVXL]{1,6}\.|§\s*\d+)\s+\S")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")
_MARKDOWN_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
# a heading in capitals on a line of its own: "PAGES FROM HAL'S BOOK", "A WORD FROM THE FAMILY"
_CAPS_HEADING = re.compile(r"(?=[^a-zß-ÿ]*$)[A-ZÀ-Þ][A-ZÀ-Þ'’&,:\-]*(?:[ \t]+[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9'’&,:\-]*){1,7}")


def _is_boxed_heading(text: str) -> bool:
    """A heading in capitals boxed between rules ("-----/DOCUMENT COMPLÉMENTAIRE/-----")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return len(lines) == 3 and RULE_LINE.fullmatch(lines[0]) is not None and RULE_LINE.fullmatch(lines[2]) is not None \
        and _CAPS_HEADING.fullmatch(lines[1]) is not None


# a newsletter's banner: "*** APRIL: BEN FRANKLIN'S AUTOBIOGRAPHY ***", "=== Notes ==="
_BANNER_HEADING = re.compile(r"^[ \t]*(?P<m>\*{3,}|={3,}|#{3,}|-{3,})[ \t]*(?P<t>[^\n*=#]{2,80}?)[ \t]*(?P=m)[ \t]*$")
# ("(end of quote)", "End quote.", "Unquote", Japanese "（引用ここまで）" as well)
_END_MARKER = re.compile(r"^\s*(?:\{\s*end[^{}]*\}|\[\s*end[^\[\]]*\]|\(\s*end\b[^()]{0,30}\)|(?:end[ \t]+quote|unquote)\.?|"
                         r"[（(]引用(?:ここまで|終わり)[）)]|-{1,3}\s*end\b[^\n]{0,60}?-{0,3}|={2,}|(?:\*\s*){3,}|-{3,}|_{3,}|(?:~\s*){3,}|#\s*#\s*#|"
                         r"(?P<o>[◆◇♦❖•·❦❧✻✼✽✦✧※⁂])(?:\s*(?P=o)){2,}|⁂)\s*$",
                         re.IGNORECASE)
_ASIDE = r"(?:excursus|digression|aside|interlude|parenthesis)"
_EXCURSUS_START = re.compile(rf"^\s*[\{{\[]\s*(?:(?:begin|start)(?:\s+of)?\s+(?:an?\s+|the\s+)?{_ASIDE}\b|{_ASIDE}\b"
                             rf"(?![^{{}}\[\]]*\bend\b))[^{{}}\[\]\n]*[\}}\]]\s*$", re.IGNORECASE)
_EXCURSUS_END = re.compile(rf"^\s*[\{{\[]\s*(?:end\s+(?:of\s+)?(?:the\s+|an?\s+)?{_ASIDE}|{_ASIDE}\s*[-–—:;,]?\s*"
                           rf"(?:ends?|over|closed?)\b)[^{{}}\[\]\n]*[\}}\]]\s*$", re.IGNORECASE)
_ELISION_LINE = re.compile(r"^\s*(?:\.\s*){3,4}\s*$|^\s*…\s*$|^\s*[\[\{(<]\s*(?:(?:\.\s*){3}|…|snip(?:ped)?)\s*[\]\})>]\s*$",
                           re.IGNORECASE)
_BRACED_LINE = re.compile(r"^\s*(?:\{[^\n]*\}|\[[^\n]*\]|\{[^{}]*\}|\[[^\[\]]*\])\s*$", re.S)  # on one line or wrapped
# A news report's dateline ("MILLBROOK — More than ...") is the page's own reporting.
# Page furniture that never opens or continues an excerpt: copyright and navigation lines.
# navigation above an article's text: "This article is about ...", "For other uses, see ...", "Main article: ..."
_HATNOTE = re.compile(r"^\s*(?:This (?:article|page|entry|section) is about\b|For (?:other uses|[^.\n]{1,80}), see\b|"
                      r"\S[^.\n]{0,60} redirects here\b|(?:Main|Further) (?:article|information)s?:|See also:|"
                      r"Not to be confused with\b)")
_FURNITURE = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b|all rights reserved|back to\b|next:|previous:|« |‹ )", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z.'’\- ]{2,40}(?:,\s*[A-Z][\w.'’ ]{1,30})?\s*(?:\([^()\n]{1,30}\)\s*)?[—–-]{1,2}\s")
# Forum quotes: "Quote from: user on <date>", "user wrote:", "Originally posted by user".
_FORUM_QUOTE = re.compile(
    r"^\s*(?:Quote from:\s*(?P<a>[^\n]+?)(?:\s+on\s+[^\n]*)?|Quote\s*\((?P<b>[^)\n]+)\)\s*:?|"
    r"Originally posted by:?\s*(?P<c>[^\n]+?)|Quoting:?\s+(?P<d>[^\n]{1,60}?)\s*:|"
    r"(?:On [^\n]{3,60},\s*)?(?!(?:you|i|we|assistant|chatgpt|claude|gemini|copilot|bard|ai|model|bot|user)\s)"
    r"(?P<e>[\w.@\-]{2,40})\s+(?:wrote|posted|writes|said|says)(?:\s+[^\n]{0,40})?:)\s*$",
    re.IGNORECASE)  # ("You said:" and "ChatGPT said:" are the turns of a chat, not quotations)
# "the full paragraph from Leviathan:", "the passage in On Liberty where he says:"
_INTRODUCED_PASSAGE = re.compile(r"\b(?:paragraphs?|passages?|excerpts?|extracts?|quotes?|quotations?|lines?|words|"
                                 r"text|sentences?|bit|section|verses?|stanzas?|chapter|page)\b[^:]{0,120}\b(?:from|in|of|by)\s+"
                                 r"[*_“\"‘']?[A-Z]", re.IGNORECASE)
_CALLOUT_WORDS = r"(?:Note|Tip|Warning|Important|Caution|Update|Edit|Info|Aside|N\.B\.|PS|P\.S\.|Disclaimer)"
# a note box: "> **Note:** ...", "> [!TIP]", "> __Before you read:__ ..." (a bold label that ends in a colon)
_CALLOUT = re.compile(rf"\s*(?:\[!\w+\]|(?:\*\*|__){_CALLOUT_WORDS}\s*:?\s*(?:\*\*|__)|{_CALLOUT_WORDS}\s*:|"
                      r"(?:\*\*|__)[^*_\n]{1,40}:\s*(?:\*\*|__)|(?:\*\*|__)[^*_\n:]{1,40}(?:\*\*|__)\s*:)",
                      re.IGNORECASE)
# Searched one paragraph at a time, so a quotation may wrap lines but never crosses a paragraph.
_DOUBLE_QUOTED = re.compile(r"“([^“”]{1,5000})”|\"([^\"]{1,5000}?)\"|„([^„“”]{1,5000})[“”]|«\s?([^«»]{1,5000}?)\s?»|"
                            r"``((?:(?!'')[^`]){1,5000}?)''|「([^「」]{1,5000})」")  # (``the Congressional Record's marks''; TeX's; Japanese)
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[{—–:;/-]))['‘](?=[^\s'‘’])", re.M)
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'‘])['’](?=$|[\s.,;:!?)\]}—–-])", re.M)
_CREDIT_LINE = re.compile(r"\n(?:[ \t]*>)*[ \t]*[—―–-]{1,3}[ \t]*[*_\"“]{0,2}(?:[1-3]\s)?[A-Z][^\n]{1,150}$")
_TRAILING_CITATION = re.compile(r"\s*\((?:[^()\n]{0,80}\d[^()\n]{0,40}|ibid\.?[^()\n]{0,20})\)\.?\s*$", re.IGNORECASE)

# The compiler's voice, told from an excerpt's.
_FIRST_PERSON_OPEN = re.compile(r"^\s*(?:I|I['’](?:m|ve|d|ll)|My|In my|For my|To my|We|Our|Me)\b")
_READER_OPEN = re.compile(r"^\s*(?:Note|Notice|Compare|Cf\.|Observe|Remember|See|N\.B\.|Comment)\b")
_HERE_OPEN = re.compile(r"^\s*(?:Here|This|That|These|So)\b")
# The compiler's evaluative openers: "The irony is that ...", "It is worth noticing ...", "What is striking ..."
_EVALUATIVE_OPEN = re.compile(
    r"^\s*(?:(?:The|His|Her|Their|Its|One)\s+(?:irony|point|trouble|problem|difference|catch|joke|twist|lesson|"
    r"upshot|moral|argument|claim|idea|conclusion|answer|reply|thing to notice)\s+(?:here\s+)?(?:is|was)\b|"
    r"It\s+is\s+(?:worth|striking|interesting|telling|curious|notable|remarkable|important|easy|tempting|hard)\b|"
    r"What\s+is\s+(?:striking|interesting|new|remarkable|missing|left out)\b|"
    r"(?:Interestingly|Notably|Strikingly|Curiously|Tellingly|Ironically|In short|In other words)\b)")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our)\b")
_META_STRONG = re.compile(
    r"\b(?:this|that|these|those|the above|the following|the next|the previous|the last|the first|the second|the same)"
    r"\s+(?:passages?|excerpts?|extracts?|quotations?|quotes?|translations?)\b", re.IGNORECASE)
_META_WORD = re.compile(r"\b(?:quot(?:e|ed|es|ing|ation|ations)|excerpts?|passages?|the author|translat(?:or|ors|ion|ed)|"
                        r"chapter|paragraph|sentence|edition|printing|page)\b", re.IGNORECASE)
_META_VERB = re.compile(r"\b(?:he|she|they|[A-Z][a-z]+(?:['’]s)?)\s+(?:\w+ly\s+)?(?:argues|says|writes|means|describes|claims|"
                        r"suggests|insists|admits|turns|puts|calls|gives|uses|quotes|contradicts|concedes|assumes|"
                        r"implies|seems|is (?:arguing|saying|talking|speaking|answering)|does not|doesn['’]t|never)\b")


@dataclass(frozen=True)
class Quotation:
    """A quoted passage of the document, its editorial marks and what the document claims for it.

    ``kind``: ``excerpt`` | ``blockquote`` | ``inline``, or ``scare`` / ``title`` for words in
    quotation marks that are the compiler's own (listed, never audited, not quoted speech).
    """

    id: str
    start: int
    end: int
    text: str
    kind: str
    marks: tuple[Mark, ...]
    claim: Claim | None
    audited: bool

    @property
    def pages(self) -> list[str]:
        return [m.page for m in self.marks if m.kind == "page" and m.page]

    @property
    def quoted(self) -> bool:
        """Whether its words are someone else's (scare quotes and titles are the compiler's)."""
        return self.kind not in NOT_QUOTED_KINDS


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Parse:
    """Everything the quotation finder read in a document."""

    quotations: list[Quotation]
    warnings: list[str] = field(default_factory=list)
    conventions: Conventions = field(default_factory=Conventions)
    headers: list[tuple[int, int]] = field(default_factory=list)  # the source headers read: the compiler's lines
    cast: Cast | None = None  # who and what the page names (for claims of quotations found later)


_RUNNING_HEAD = re.compile(r"[^\n]{3,80}?[ \t]{8,}\d{1,4}|\d{1,4}[ \t]{8,}[^\n]{3,80}")
_MARKDOWN_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*(?:>[ \t>]*|\|[ \t]*)?\n")
# a blank line, or a line that is only "|" inside a bar-quoted block of plain text (see readers.plaintext)
_TEXT_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n|\n[ \t]*\|[ \t]*\n(?=[ \t]*\|)")
_BAR_PREFIXED = re.compile(rf"{BAR_LINE}(?:\n{BAR_LINE})*")  # every line, one bar
_QUOTE_PREFIX = re.compile(r"(?:[ \t]{0,3}>[ \t]?)+|[ \t]{0,3}\|[ \t]?")
# "Where I have left out words or paragraphs, the omission is marked with asterisks"
_ASTERISK_CUTS = re.compile(r"\b(?:omissions?|omitted|cuts?|left\s+out)\b[^.\n]{0,60}\basterisks\b|"
                           r"\basterisks\b[^.\n]{0,40}\b(?:omissions?|omitted|cuts?|left\s+out)\b", re.IGNORECASE)
# a speaker's turn in a transcript: "MAJORITY CHAIRMAN BRANDAU:  Good morning", "MR. PIEKARSKI: I served"
_TRANSCRIPT_TURN = re.compile(r"[ \t]*(?P<who>(?:[A-Z][A-Z.'’\-]*[ \t]){0,4}[A-Z][A-Z'’\-]{2,}):[ \t]+\S")
_FIELD_WORDS = {"STATUS", "TITLE", "TEXT", "SOURCE", "LINE", "NOTE", "NOTES", "DATE", "SUBJECT", "FROM", "TO", "CC",
                "TAGS", "AUTHOR", "PAGE", "ISBN", "EDITION", "TRANSLATOR", "PUBLISHER", "WORDS", "TYPE", "ID", "URL"}
_QUOTE_TEMPLATE = re.compile(r"\{\{\s*(?:tq|talk quote|quote|qq|quotation)\s*\|(?P<t>[^{}|\n]{1,2000})\}\}", re.IGNORECASE)
_LITERAL_BLOCKQUOTE = re.compile(r"<blockquote[^<>\n]{0,80}>(?P<body>(?:(?!</?blockquote)[\s\S]){1,20000}?)</blockquote>",
                                 re.IGNORECASE)
_QUOTED_LINES = re.compile(r"(?m)(?<=\n)(?:[ \t]*>[ \t][^\n]*(?:\n|$))+")
_LONE_QUOTE_LINE = re.compile(r"(?<=\n)[ \t]*>[ \t>]*\n(?=[ \t]*>)")


def split_paragraphs(text: str, markdown: bool = False) -> list[Paragraph]:
    """Paragraphs separated by blank lines, with their spans (leading/trailing space trimmed).

    In Markdown a line that is only ``>`` also separates paragraphs, and a paragraph inside a
    ``>`` block starts after its ``> `` marker.
    """
    paragraphs = []
    position = 0
    breaks = _MARKDOWN_BREAK if markdown else _TEXT_BREAK
    for boundary in [*breaks.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + (len(chunk) - len(chunk.lstrip()))
            if (markdown and stripped.startswith(">")) or (stripped.startswith("|") and _BAR_PREFIXED.fullmatch(stripped)):
                prefix = _QUOTE_PREFIX.match(text, start)
                start = prefix.end() if prefix else start
                raw = text[start:end]
                start += len(raw) - len(raw.lstrip())
                stripped = raw.strip()
            if stripped:
                for piece in _end_marker_pieces(Paragraph(start, start + len(stripped), stripped)):
                    paragraphs.extend(_line_paragraphs(piece))
        if boundary:
            position = boundary.end()
    return paragraphs


# An end marker alone on its line ends the excerpt even without a blank line above it ("...last line.\n{end}"):
# it is a paragraph of its own, never a remark inside the excerpt.  (A line of "==" under one short line is a
# heading's underline, not an end marker.)
_END_MARKER_LINE = re.compile(r"^[ \t]*(?:\{\s*end\b[^{}\n]*\}|\[\s*end\b[^\[\]\n]*\]|-{1,3}[ \t]*end\b[^\n]{0,60}?-{0,3}|={2,}|(?:\*[ \t]*){3,}|_{3,}|(?:~[ \t]*){3,}|"
                              r"#[ \t]*#[ \t]*#)[ \t]*$", re.IGNORECASE | re.M)


def _end_marker_pieces(paragraph: Paragraph) -> list[Paragraph]:
    """A paragraph cut before and after each end-marker line inside it."""
    text = paragraph.text
    if "\n" not in text:
        return [paragraph]
    out: list[Paragraph] = []
    position = 0
    for match in _END_MARKER_LINE.finditer(text):
        before = text[position:match.start()]
        if match.group().strip().startswith("=") and "\n" not in before.strip() and len(before.strip()) < 80 \
                and not re.search(r"[.!?;:,]['\"”’)]?$", before.strip()):
            continue  # "Title\n=====": an underlined heading
        for lo, hi in ((position, match.start()), (match.start(), match.end())):
            out.extend(_trimmed(paragraph, lo, hi))
        position = match.end()
    if not out:
        return [paragraph]
    out.extend(_trimmed(paragraph, position, len(text)))
    return out


def _trimmed(paragraph: Paragraph, lo: int, hi: int) -> list[Paragraph]:
    """``paragraph.text[lo:hi]`` without its surrounding blanks, as a paragraph (none if blank)."""
    piece = paragraph.text[lo:hi]
    stripped = piece.strip()
    if not stripped:
        return []
    start = paragraph.start + lo + len(piece) - len(piece.lstrip())
    return [Paragraph(start, start + len(stripped), stripped)]


# A line this long is not hard-wrapped: where a block holds one, every line of it is a paragraph
# (text pasted from a word processor puts one paragraph on a line, without blank lines).
LONG_LINE = 160
_LINE = re.compile(r"[^\n]+")


def _line_paragraphs(paragraph: Paragraph) -> list[Paragraph]:
    text = paragraph.text
    # (a long title, with no sentence in it, over its author's name is a header, not unwrapped prose)
    if "\n" not in text or text.startswith(">") or not any(len(line) > LONG_LINE and not LONG_TITLE.fullmatch(line)
                                                           for line in text.split("\n")):
        return [paragraph]
    return [piece for match in _LINE.finditer(text) for piece in _trimmed(paragraph, *match.span())]


def parse_quotations(document: Document, library: Sequence[tuple[str, str | None]] = ()) -> Parse:
    """Quotations, warnings and conventions of a document, read in one pass.  Nothing is
    kept between calls: a caller that needs both quotations and warnings calls this once.

    ``library``: the (title, author) of the works the quotations will be checked against; a page
    that names one of them plainly ("Prospero's speech in The Tempest") names a work."""
    return _Parser(document, library).run()


def find_quotations(document: Document, library: Sequence[tuple[str, str | None]] = ()) -> list[Quotation]:
    """Every quotation of the document, in document order, each with its marks and claim
    (a wrapper of :func:`parse_quotations`)."""
    return list(parse_quotations(document, library).quotations)


def document_warnings(document: Document) -> list[str]:
    """One-line warnings about what could not be read cleanly (unbalanced marks, open excursus);
    a wrapper of :func:`parse_quotations`."""
    return list(parse_quotations(document).warnings)


# --- spans already taken ------------------------------------------------------------

class _Spans:
    """Non-overlapping spans with a logarithmic overlap test.

    Spans are added in document order within a phase (kept in ``new``), and merged into the
    sorted ``starts``/``ends`` by :meth:`commit`, so no insertion ever shifts a long list.
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.new_starts: list[int] = []
        self.new_ends: list[int] = []

    @staticmethod
    def _hit(starts: list[int], ends: list[int], start: int, end: int) -> bool:
        i = bisect_left(starts, end)
        return i > 0 and ends[i - 1] > start

    def overlaps(self, start: int, end: int) -> bool:
        return self._hit(self.starts, self.ends, start, end) or self._hit(self.new_starts, self.new_ends, start, end)

    def add(self, start: int, end: int) -> None:
        if self.new_starts and start < self.new_starts[-1]:
            i = bisect_right(self.new_starts, start)
            self.new_starts.insert(i, start)
            self.new_ends.insert(i, end)
        else:
            self.new_starts.append(start)
            self.new_ends.append(end)

    def commit(self) -> None:
        if self.new_starts:
            merged = sorted(zip(self.starts + self.new_starts, self.ends + self.new_ends))  # two sorted runs
            self.starts = [s for s, _ in merged]
            self.ends = [e for _, e in merged]
            self.new_starts, self.new_ends = [], []

    def covering(self, start: int, end: int) -> bool:
        """Whether one span covers ``start..end`` entirely."""
        for starts, ends in ((self.starts, self.ends), (self.new_starts, self.new_ends)):
            i = bisect_right(starts, start) - 1
            if i >= 0 and ends[i] >= end:
                return True
        return False


# --- conventions ----------------------------------------------------------------------

_DECLARED_BRACES = re.compile(r"\{\s*thus\s*\}|\b(?:braces|curly brackets)\b", re.IGNORECASE)
_DECLARED_BRACKETS = re.compile(r"\[\s*thus\s*\]|\bsquare brackets\b|\bbrackets\b", re.IGNORECASE)
_DECLARATION_OWNER = re.compile(r"\b(?:mine|my|I add|I use|I have added|I put|I give|I mark|I indicate|"
                                r"I insert|the compiler['’]s|ours|our)\b|\{\s*thus\s*\}|\[\s*thus\s*\]", re.IGNORECASE)
_SENTENCES = re.compile(r"[^.!?;]+(?:[.!?;]+|$)")  # sentences, and the clauses of a sentence
# brackets the page gives to the source: "square brackets are Long's own", "Long uses square brackets for
# words he supplied", "[...] are the translator's"
_SOURCE_OWNER = re.compile(r"(?:\b[A-Z][\w\-]+['’]s|\b(?:his|her|their|the author['’]s|the translator['’]s|"
                           r"the editor['’]s|the original['’]s))\s+own\b|\b(?:he|she|they|[A-Z][\w\-]+|the "
                           r"(?:author|translator|editor|original|text))\s+(?:uses|used|use|supplies|supplied|adds|added|"
                           r"inserts|inserted|has|had)\b|\bin the original\b")


def detect_conventions(paragraphs: list[Paragraph], excerpt_texts: list[str] | None = None) -> Conventions:
    """The page's convention for its own words inside quotations: declared, else inferred."""
    declared = None
    for paragraph in paragraphs[:400]:
        text = paragraph.text
        if len(text) > 3000 or not (_DECLARATION_OWNER.search(text) or _SOURCE_OWNER.search(text)):
            continue
        for sentence in _SENTENCES.findall(text):
            if not _DECLARATION_OWNER.search(sentence):
                if _SOURCE_OWNER.search(sentence) and re.search(r"\bsquare brackets\b", sentence) \
                        and not _DECLARED_BRACES.search(sentence.replace("square brackets", "")):
                    declared = "braces"  # the source's brackets: the compiler's words can only be in braces
                    break
                continue
            braces = _DECLARED_BRACES.search(sentence)
            brackets = _DECLARED_BRACKETS.search(sentence.replace("curly brackets", ""))
            if braces and not brackets:
                declared = "braces"
            elif brackets and not braces:
                declared = "brackets"
            if declared:
                break
        if declared:
            break
    texts = excerpt_texts or []
    bare_pages = _bare_page_sequence(texts) or any(_DECLARED_BARE_PAGES.search(p.text) for p in paragraphs[:100]
                                                   if len(p.text) < 3000)
    prefix_pages = sum(1 for t in texts if re.match(r"\s*" + PAGE_ABBREVIATION + r"\.\s?\d+\s", t)) >= 2
    shown = declared_marks([p.text for p in paragraphs[:100]])
    if declared:
        return Conventions(declared, True, bare_pages, prefix_pages, shown)
    braces = sum(len(re.findall(r"\{(?!\s*(?:" + PAGE_ABBREVIATION + r"|pg|page|hbk|pbk)\.?\s*\d)(?!\s*\.\s*\.)[^{}\n]{2,400}\}", t)) for t in texts)
    brackets = sum(len(re.findall(r"\[(?!\s*(?:" + PAGE_ABBREVIATION + r"|pg|page)\.?\s*\d)(?!\s*\.\s*\.)(?!\s*sic\b)[^\[\]\n]{2,400}\]", t))
                   for t in texts)
    inferred = "braces" if braces >= 2 and brackets == 0 else "brackets" if brackets >= 2 and braces == 0 else None
    return Conventions(inferred, False, bare_pages, prefix_pages, shown)


# "Page numbers in square brackets are those of the editions I photocopied from": [29] is a page
# "page numbers are in square brackets", "Page numbers are in bold brackets, **[12]**"
_DECLARED_BARE_PAGES = re.compile(r"\bpage numbers?\b[^.\n]{0,30}\b(?:in|are in|between)\s+(?:square|bold)\s+brackets"
                                  r"(?![^.\n]{0,20}[\[{]\s*(?:p|pp|pg|page)\.)|"
                                  r"\bpage numbers?\b[^.\n]{0,60}?[\[{]\s*\d{1,4}\s*[\]}]", re.IGNORECASE)


def _bare_page_sequence(texts: list[str]) -> bool:
    """``[N]`` bare numbers are page anchors when, inside excerpts, they run as an increasing sequence."""
    numbers = [int(m.group(1)) for t in texts for m in re.finditer(r"[\[\{]\s*(\d{1,4})\s*[\]\}]", t)]
    if len(numbers) < 2:
        return False
    steps = [b - a for a, b in zip(numbers, numbers[1:])]
    good = sum(1 for s in steps if 0 < s <= 30)
    return good >= max(1, int(0.8 * len(steps)))


# --- the parser -----------------------------------------------------------------------

@dataclass
class _Found:
    start: int
    end: int
    kind: str
    claim: Claim | None = None
    page: str | None = None
    context: tuple | None = None  # how to read its claim from the text around it
    audited: bool | None = None
    block: int | None = None  # excerpt block number (pages carry over inside a block)


class _Parser:
    def __init__(self, document: Document, library: Sequence[tuple[str, str | None]] = ()) -> None:
        self.document = document
        self.library = list(library)
        self.cast: Cast | None = None  # read once the quotations are found
        self.text = document.text
        self.paragraphs = split_paragraphs(self.text, markdown=document.format == "markdown")
        self.warnings: list[str] = []
        self.apparatus = apparatus_spans(self.text)
        self.subject: Claim | None = None  # the work the page is about (an article's infobox), if any
        self.last_source: Claim | None = None  # the claim of the last header that opened an excerpt
        self.headings = sorted((r.start, r.end) for r in document.regions if r.kind == "heading")
        self.heading_starts = [s for s, _ in self.headings]
        self.quote_blocks = sorted((r.start, r.end) for r in document.regions if r.kind == "blockquote")
        self.quote_block_starts = [s for s, _ in self.quote_blocks]
        self.declared_ends, self.declared_own = declared_paragraphs([p.text for p in self.paragraphs[:100]])
        self.sigla = read_sigla(self.text)
        self.asterisk_cuts = any(_ASTERISK_CUTS.search(p.text) for p in self.paragraphs[:100] if len(p.text) < 3000)
        # a transcript's speakers: labels in capitals ("MR. PIEKARSKI:", "MOLINA:") that open paragraphs, three
        # or more of them, speaking more than once (not a record's fields: "STATUS:", "SOURCE LINE:")
        labels = Counter(m.group("who") for p in self.paragraphs if (m := _TRANSCRIPT_TURN.match(p.text))
                         and not _FIELD_WORDS.intersection(m.group("who").split()))
        self.speakers = set(labels) if len(labels) >= 3 and sum(1 for n in labels.values() if n >= 2) >= 2 else set()

    # -- warnings --

    def warn(self, message: str) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(message)
        elif len(self.warnings) == MAX_WARNINGS:
            self.warnings.append("more warnings not shown")

    def snippet(self, offset: int) -> str:
        piece = self.text[offset:offset + 40].replace("\n", " ")
        return piece + ("…" if len(self.text) > offset + 40 else "")

    # -- run --

    def run(self) -> Parse:
        found: list[_Found] = []
        covered = _Spans()
        excerpts = self.excerpt_blocks()
        texts = [self.text[f.start:f.end] for f in excerpts if f.kind == "excerpt"]
        self.conventions = detect_conventions(self.paragraphs, texts)
        if self.sigla:  # "[MED 39]": a page of the work the page's key calls MED
            self.conventions = replace(self.conventions, declared_marks=self.conventions.declared_marks
                                       + (("page", self.sigla.citation_pattern()),))
        for item in excerpts:
            found.append(item)
            covered.add(item.start, item.end)
        for start, end in self.header_spans:  # a title in quotation marks on a header line is no quotation
            covered.add(start, end)
        for start, end in self.apparatus:  # notes and references: the page's apparatus
            covered.add(start, end)
        front = FRONT_MATTER.match(self.text)
        if front:  # a Markdown file's metadata block ("title: "Lecture 9""): no quotations in it
            covered.add(front.start(), front.end())
        covered.commit()
        self.blocks(found, covered)
        self.inline(found, covered)
        self.check_balance()
        found.sort(key=lambda f: f.start)
        quotations = self.finish(found)
        return Parse(quotations, self.warnings, self.conventions, sorted(self.header_spans), self.cast)

    # -- paragraphs --

    def in_quote_block(self, paragraph: Paragraph) -> bool:
        """Whether markup (``<blockquote>``, Markdown ``>``) sets the paragraph off as a quotation."""
        i = bisect_left(self.quote_block_starts, paragraph.end)
        return i > 0 and self.quote_blocks[i - 1][1] > paragraph.start

    def quote_block_at(self, offset: int) -> tuple[int, int] | None:
        """The quote block (``<blockquote>``, a run of Markdown ``>`` lines) that holds ``offset``."""
        i = bisect_left(self.quote_block_starts, offset + 1)
        return self.quote_blocks[i - 1] if i > 0 and self.quote_blocks[i - 1][1] > offset else None

    def is_heading(self, paragraph: Paragraph) -> bool:
        i = bisect_left(self.heading_starts, paragraph.end)
        if i > 0 and self.headings[i - 1][1] > paragraph.start:
            return True
        text = paragraph.text
        if len(text) >= 200 or "\n" in text.strip():
            return False
        if _MARKDOWN_HEADING.match(text) or _BANNER_HEADING.match(text):
            return True
        if _divider_person(text):
            return True
        if not _NUMBERED_HEADING.match(text):
            return False
        if re.match(r"^\s*\S+\s+[\"“][^\"“”]+[\"”][.,;]?\s*$", text):
            return False  # '1. "To choose our own governors."': an item of a quoted list, not a heading
        # "(2) Mill on liberty" is a heading; "[14] Beginnings are apt to be shadowy ... the sea." is a
        # numbered sentence (a page number, a section of the source), and so is a long one
        sentence = re.search(r"[.!?]['\"”’)]?$", text) and len(text.split()) > 8
        return not sentence or len(_NUMBERED_HEADING.findall(text)) > 1 or bool(re.search(r"\s\(\d{1,3}\)\s", text))

    def kind_of(self, paragraph: Paragraph, index: int) -> str:
        """``heading``, ``end``, ``excursus-start``, ``excursus-end``, ``elision``, ``remark``,
        ``header`` (short bibliographic-looking lines) or ``prose``."""
        text = paragraph.text
        if any(start <= paragraph.start < end for start, end in self.apparatus) or \
                (paragraph.start == 0 and FRONT_MATTER.match(self.text)) or \
                self.sigla.in_key(paragraph.start, paragraph.end):
            return "remark"  # a note, a reference entry or the key of sigla, not a source header
        if is_apparatus_heading(text):
            return "heading"
        if self.is_heading(paragraph):
            return "header" if _cites_its_source(_heading_words(paragraph.text).lstrip("# ")) else "heading"
        if self.declared_own and text.lstrip().startswith(self.declared_own):
            return "remark"  # "Lines beginning NOTE: are mine"
        if "\n" in text and len(text) < 300 and _is_boxed_heading(text):
            return "heading"
        turn = _TRANSCRIPT_TURN.match(text)
        if turn and turn.group("who") in self.speakers:
            return "turn"  # "REPRESENTATIVE SOLWAY:  Thank you, Mr. Chairman.": a speaker of the transcript
        if len(text) < 300:
            if text.strip() in self.declared_ends:
                return "end"  # "Each exhibit ends with (end of exhibit)"
            if _EXCURSUS_END.match(text):
                return "excursus-end"
            if _EXCURSUS_START.match(text):
                return "excursus-start"
            if _END_MARKER.match(text):
                # ("the omission is marked with asterisks": a row of them is a cut inside the excerpt)
                return "elision" if self.asterisk_cuts and re.fullmatch(r"\s*(?:\*\s*){3,}", text) else "end"
            if _ELISION_LINE.match(text):
                return "elision"
        if _BRACED_LINE.match(text) and not PAGE_ANCHOR.fullmatch(text.strip()) and _balanced_group(text.strip()) \
                and not _SOURCE_FOOTNOTE.match(text) and self.header_text(text) == text:
            return "remark"  # (a "[Footnote e: ...]" of the edition is the source's own text)
        if SIGNED_REMARK.fullmatch(text.strip()):
            return "remark"  # "(Mill goes on for a page; I skip to the end. --H.Q.)" between two excerpt paragraphs
        if is_infobox_label(text):
            return "header"  # "Author:" over its value, in a book's details
        text = self.header_text(text)
        lines = [part for line in text.splitlines() if line.strip() for part in citation_parts(line)]
        if len(lines) <= 12 and not (self.document.format == "text" and self.is_indented_block(index)):
            classified = [classify_header_line(line) for line in lines]
            if all(classified) or (len(lines) > 1 and sum(1 for c in classified if c) * 2 >= len(lines)
                                   and all(c or is_tolerable_line(line) for c, line in zip(classified, lines))):
                return "header"
        return "prose"

    def header_text(self, text: str) -> str:
        """A paragraph as header lines: in plain text, lines that all open with ``>`` lose it
        (">> ADVENTURES OF HUCKLEBERRY FINN / >> mark twain, 1884": a zine's label over its excerpt), and
        a header in square brackets loses them ("[From Democracy in America, by Alexis de Tocqueville, …]",
        as the Congressional Record prints the source of an inserted passage)."""
        if self.document.format != "markdown" and re.fullmatch(r"(?:[ \t]*>[^\n]*\n?)+", text):
            return re.sub(r"(?m)^[ \t]*>+[ \t]?", "", text)
        bracketed = re.fullmatch(r"\s*\[(?P<inner>From\s[^\[\]]{5,400})\]\s*", text)
        if bracketed:
            return " ".join(bracketed.group("inner").split())
        return text

    # -- excerpt blocks --

    def excerpt_blocks(self) -> list[_Found]:
        paragraphs = self.paragraphs
        kinds = [self.kind_of(p, k) for k, p in enumerate(paragraphs)]
        for k in range(1, len(kinds) - 1):
            if kinds[k - 1] == "header" and kinds[k + 1] in ("prose", "header") and RULE_LINE.fullmatch(paragraphs[k].text):
                kinds[k] = "header"  # a rule between a header and its excerpt ("Source: ... / ------ / [*433] ...")
        for k, paragraph in enumerate(paragraphs):
            if _RUNNING_HEAD.fullmatch(paragraph.text):
                # a printed page's running head ("POLS 232 Course Reader      3") and the running title
                # under it are no part of the text: the excerpt goes on across them
                kinds[k] = "remark"
                if k + 1 < len(kinds) and kinds[k + 1] == "header" and "\n" not in paragraphs[k + 1].text:
                    kinds[k + 1] = "remark"
        uses_end_markers = "end" in kinds
        out: list[_Found] = []
        claim: Claim | None = None
        blocks = 0
        names: list[str] = []
        block: list[str] = []  # texts of the current excerpt's paragraphs
        heading_person: str | None = None
        pending_elision: Paragraph | None = None
        block_in_markup = False  # the excerpt sits in a blockquote, and ends with it
        excursus_at: int | None = None
        resumable: tuple | None = None  # (claim, names, last page) of an excerpt a remark interrupted
        page_top_block: tuple[int, int] | None = None  # (block number, its header span) of a header atop the page
        self.section_person: list[tuple[int, str | None]] = []  # (offset, person) at each heading
        self.header_spans: list[tuple[int, int]] = []  # the bibliographic headers: the compiler's lines
        i = 0
        n = len(paragraphs)
        while i < n:
            paragraph, kind = paragraphs[i], kinds[i]
            if excursus_at is not None:
                if kind == "excursus-end":
                    excursus_at = None
                elif kind == "end":
                    self.warn(f"excursus opened at offset {excursus_at} closed by an end marker at offset "
                              f"{paragraph.start}: {self.snippet(excursus_at)}")
                    excursus_at, claim, pending_elision = None, None, None
                elif kind == "heading":
                    self.warn(f"excursus opened at offset {excursus_at} never closed: "
                              f"{self.snippet(excursus_at)}")
                    excursus_at = None
                    continue  # read the heading again
                i += 1
                continue
            if kind in ("heading", "end", "header", "turn"):
                resumable = None
            if kind == "heading":
                claim, pending_elision = None, None
                heading_person = self.heading_person(paragraph)
                self.section_person.append((paragraph.start, heading_person))
                i += 1
                continue
            if kind == "excursus-start":
                excursus_at = paragraph.start  # the compiler's aside; an open excerpt resumes after it
                i += 1
                continue
            if kind == "excursus-end":
                i += 1
                continue
            if kind in ("end", "turn"):
                claim, pending_elision = None, None  # (a transcript's next speaker ends an excerpt, too)
                i += 1
                continue
            if kind == "remark":
                i += 1
                continue
            if kind == "elision":
                if claim is not None:
                    pending_elision = paragraph
                i += 1
                continue
            cited = self.sigla.citation(paragraph.text.lstrip()) if kind in ("header", "prose") else None
            if cited is not None:
                # "[MED 39] The time of a man's life ...": an excerpt of the work the key calls MED
                claim, pending_elision, block = cited[0], None, [paragraph.text]
                blocks += 1
                names = _author_names(claim, heading_person)
                block_in_markup = self.in_quote_block(paragraph)
                out.append(_Found(paragraph.start, paragraph.end, "excerpt", claim, block=blocks))
                i += 1
                continue
            if kind == "header":
                j = i
                while j < n and kinds[j] == "header":
                    j += 1
                header_claim, lines, first, end = self.header_in_run(i, j)
                inside = claim is not None
                if blocks == 0 and i <= 2 and self.subject is None:
                        # "On the Origin of Species / by Charles Darwin / Reviewed by ...": the book the page reviews
                    run_lines = [line.strip() for p in paragraphs[i:j] for line in p.text.splitlines() if line.strip()]
                    self.subject = _reviewed_work(run_lines)
                if header_claim is not None and not inside and first > i:
                    # a short line alone above the header is the section's heading
                    for k in range(first - 1, i - 1, -1):
                        person = self.heading_person(paragraphs[k])
                        if person and "\n" not in paragraphs[k].text:
                            heading_person = person
                            self.section_person.append((paragraphs[k].start, person))
                            break
                if inside and all((classify_header_line(paragraphs[k].text) or ("",))[0] == "locator"
                                  for k in range(i, j)):
                    # "Romans 13:1-4" between two passages of one excerpt: the compiler's reference line
                    self.header_spans.append((paragraph.start, paragraphs[j - 1].end))
                    pending_elision = None
                    i = j
                    continue
                if header_claim is not None and inside and not _strong_inside_excerpt(lines):
                    header_claim = None  # a verse line inside an excerpt is no header
                if inside and header_claim is None and j == i + 1 and _CAPS_HEADING.fullmatch(paragraph.text.strip()):
                    claim, pending_elision = None, None  # "PAGES FROM HAL'S BOOK": the compiler's heading ends it
                    i = j
                    continue
                at_page_top = blocks == 0 and first <= 1
                heads = header_claim is not None and end < n and (end < j or kinds[end] == "prose")
                if heads and self.is_note_before_anchor(end, _author_names(header_claim, heading_person)):
                    end += 1  # the compiler's note under the header; the excerpt opens at its first page
                if heads and not inside and (any(_BOOK_TRADE.search(line) for line in lines) or (
                        len(paragraphs[end].text) < 120 and _BOOK_TRADE.search(paragraphs[end].text))):
                    # "Yale University Press, 312 pp., $30": the book a review is about, not an excerpt's source
                    self.subject = self.subject or header_claim
                    heads = False
                if at_page_top and end < j and (classify_header_line(paragraphs[end].text) or ("",))[0] == "compiler":
                    heads = False  # "A BREATH OF WIND / compiled by T. Aldous Venn": the page's own title and byline
                if (at_page_top and any(_is_byline_date(line) for line in lines)) or \
                        (blocks == 0 and i <= 2 and self.subject is not None):
                    heads = False  # "Pastor Ruth Adeyemi-Clarke -- March 8, 2017": the page's own title block
                if heads and self.reads_as_excerpt(paragraphs[end], header_claim, heading_person, at_page_top) and \
                        not (at_page_top and self.page_prose_follows(end, kinds, header_claim, heading_person)):
                    header_claim = self.header_source(header_claim, heading_person)
                    self.header_spans.append((paragraphs[first].start, paragraphs[end - 1].end))
                    claim, pending_elision, block = header_claim, None, []
                    blocks += 1
                    if at_page_top:
                        page_top_block = (blocks, len(self.header_spans) - 1)
                    names = _author_names(header_claim, heading_person)
                    # the first paragraph after a header is the excerpt
                    block_in_markup = self.in_quote_block(paragraphs[end])
                    out.append(_Found(paragraphs[end].start, paragraphs[end].end, "excerpt", claim, block=blocks))
                    block.append(paragraphs[end].text)
                    i = end + 1
                    continue
                if not inside:
                    i = j
                    continue
                kind = "prose"  # a short line inside an excerpt (a verse line, a title inside the text)
            # prose
            glued = self.glued_header(paragraph, inside=claim is not None)
            if glued is not None:
                # header lines and the excerpt's first lines in one paragraph
                header_claim, excerpt_start = glued
                self.header_spans.append((paragraph.start, excerpt_start))
                header_claim = self.header_source(header_claim, heading_person)
                claim, pending_elision, block = header_claim, None, []
                blocks += 1
                names = _author_names(header_claim, heading_person)
                block_in_markup = False
                out.append(_Found(excerpt_start, paragraph.end, "excerpt", claim, block=blocks))
                block.append(self.text[excerpt_start:paragraph.end])
                i += 1
                continue
            if claim is None and resumable is not None and _continues_pages(paragraph.text, resumable[2]):
                # "[p. 89] Every thing that is right ...": after a remark of the compiler's, the pages of
                # the excerpt go on, and so does the excerpt
                claim, names, block = resumable[0], resumable[1], []
                resumable = None
            if claim is None:
                i += 1
                continue
            if block_in_markup and not self.in_quote_block(paragraph):
                claim, pending_elision = None, None  # the excerpt's blockquote has ended
                i += 1
                continue
            if self.is_commentary(paragraph, names, block, uses_end_markers) or \
                    block and _in_latin_script(block[0][:1500]) and not _in_latin_script(paragraph.text[:1500]):
                # (an excerpt in English, then a paragraph in Japanese: another voice; an original in
                # Hebrew or Greek before its translation is one excerpt)
                resumable = (claim, names, _last_page(block))
                claim, pending_elision = None, None
                i += 1
                continue
            if pending_elision is not None:
                out.append(_Found(pending_elision.start, pending_elision.end, "excerpt", claim,
                                  audited=False, block=blocks))
                pending_elision = None
            out.append(_Found(paragraph.start, paragraph.end, "excerpt", claim, block=blocks))
            block.append(paragraph.text)
            i += 1
        if excursus_at is not None:
            self.warn(f"excursus opened at offset {excursus_at} never closed: {self.snippet(excursus_at)}")
        self.section_starts = [start for start, _ in self.section_person]
        if page_top_block is not None:
            number, span = page_top_block
            if _quotes_like_commentary([self.text[f.start:f.end] for f in out if f.block == number]):
                # the page's own title, byline and date over its own prose, which quotes and cites others
                out = [f for f in out if f.block != number]
                del self.header_spans[span]
        return out

    def heading_person(self, heading: Paragraph) -> str | None:
        """The person a heading names; a single capitalised word ("Madison: ...", not "Opinions, not
        things") only when the page names it again outside its headings and table of contents."""
        person = person_in_heading(_heading_words(heading.text)) or _divider_person(heading.text)
        if person is None or " " in person:
            return person
        for match in re.finditer(rf"\b{re.escape(person)}\b", self.text):
            if heading.start <= match.start() < heading.end:
                continue
            line_start = self.text.rfind("\n", 0, match.start()) + 1
            line_end = self.text.find("\n", match.start())
            line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
            if not (_NUMBERED_HEADING.match(line) or _MARKDOWN_HEADING.match(line)):
                return person
        return None

    def header_source(self, claim: Claim, heading_person: str | None) -> Claim:
        """The claim of a header that opens an excerpt; an empty one ("Same edition, chapter XIII")
        is the source of the header before, at the page it gives."""
        if claim.is_empty() and self.last_source is not None:
            claim = replace(self.last_source, page=claim.page)
        else:
            claim = self.with_heading_author(claim, heading_person)
        self.last_source = claim
        return claim

    @staticmethod
    def with_heading_author(claim: Claim, heading_person: str | None) -> Claim:
        """No author in the header: the person the section heading names, else the author a title
        like "The Discourses of Epictetus" names."""
        if claim.author is not None:
            return claim
        author = heading_person if heading_person and heading_person != claim.title else author_in_title(claim.title)
        if not author:
            return claim
        return Claim(author, claim.title, claim.translator, claim.year, claim.page)

    def glued_header(self, paragraph: Paragraph, inside: bool) -> tuple[Claim, int] | None:
        """A header written right above its excerpt without a blank line: two or more short header
        lines (one of them a ``by``, translator, publisher or date line), then lines of prose."""
        text = paragraph.text
        if "\n" not in text[:800]:
            return None
        lines = text.split("\n", MAX_HEADER_LINES + 2)[:MAX_HEADER_LINES + 2]
        lead = 1 if RULE_LINE.fullmatch(lines[0]) else 0  # a rule above the header
        header: list[str] = []
        for line in lines[lead:]:
            if classify_header_line(line) is None:
                break
            header.append(line)
        rule = lead + len(header) < len(lines) and RULE_LINE.fullmatch(lines[lead + len(header)]) is not None
        if len(header) < 2 or lead + len(header) + rule >= len(lines):
            return None
        rest_line = lines[lead + len(header) + rule].strip()  # (after a rule that parts the header from its excerpt)
        if len(rest_line) < 50 and not re.search(r"[.!?;:,]['\"”’)]?$", rest_line):
            return None
        kinds = {classify_header_line(line)[0] for line in header}
        if not kinds & (STRONG_KINDS - ({"from"} if inside else set()) | {"same"}) \
                and not any(DATED_TITLE.fullmatch(line.strip()) for line in header):
            return None
        claim = claim_from_header([line.strip() for line in header])
        if claim is None:
            return None
        offset = sum(len(line) + 1 for line in lines[:lead + len(header) + rule])
        start = paragraph.start + offset
        start += len(self.text[start:paragraph.end]) - len(self.text[start:paragraph.end].lstrip())
        return claim, start

    def header_in_run(self, i: int, j: int) -> tuple[Claim | None, list[str], int, int]:
        """The bibliographic header in a run of short-line paragraphs ``i..j``, as (claim, lines,
        first, end): the paragraphs ``first..end`` are the header and the excerpt starts at ``end``.

        A header written as one block of lines stands alone: title lines, a table of contents or
        a heading above it are not part of it, and short lines after it (a stanza) are the
        excerpt; only single lines with a ``by``, translator or publisher line join it.  A header
        written one line per paragraph is the longest run of such paragraphs that reads as one.
        """
        paragraphs = self.paragraphs
        # a header is a few lines; a long run holds it at its end (an infobox's label lines count as nothing)
        labels = sum(1 for k in range(max(i, j - 2 * MAX_HEADER_PARAGRAPHS), j) if is_infobox_label(paragraphs[k].text))
        i = max(i, j - MAX_HEADER_PARAGRAPHS - labels)

        def lines_of(first: int, end: int) -> list[str]:
            return [line.strip() for p in paragraphs[first:end] for line in self.header_text(p.text).splitlines()
                    if line.strip()]

        multi = [k for k in range(i, j) if "\n" in paragraphs[k].text]
        for k in reversed(multi):
            end = k + 1
            while end < j and "\n" not in paragraphs[end].text and \
                    (classify_header_line(paragraphs[end].text) or ("",))[0] in STRONG_KINDS:
                end += 1
            claim = claim_from_header(lines_of(k, end))
            if claim is not None:
                while end < j and RULE_LINE.fullmatch(paragraphs[end].text):
                    end += 1  # the foot of a boxed header: "=====" over its excerpt
                return claim, lines_of(k, end), k, end
        if not multi:
            for first in range(i, j):
                claim = claim_from_header(lines_of(first, j))
                if claim is not None:
                    return claim, lines_of(first, j), first, j
        return None, lines_of(i, j), i, j

    def reads_as_excerpt(self, paragraph: Paragraph, claim: Claim, heading_person: str | None,
                         at_page_top: bool = False) -> bool:
        """Whether the paragraph after a header can open its excerpt (not the page's own prose).

        A header that opens the page may be the page's own title and byline (an essay's): there
        fewer signs of commentary make the paragraph after it the page's prose."""
        text = paragraph.text
        if _DATELINE.match(text) or _FURNITURE.match(text) or _FORUM_QUOTE.match(text.split("\n", 1)[0]) \
                or _HATNOTE.match(text) or _is_apparatus(text):
            return False
        if self.is_lead(text, claim):
            if self.subject is None and claim.title:
                self.subject = claim  # the work the page is about
            return False
        return _commentary_score(text, _author_names(claim, heading_person), None) < (2 if at_page_top else 3)

    def is_note_before_anchor(self, index: int, names: list[str]) -> bool:
        """Whether the paragraph under a header is the compiler's note on the excerpt: it has no page
        anchor, reads a little like commentary, and the next paragraph opens with the first anchor."""
        paragraphs = self.paragraphs
        if index + 1 >= len(paragraphs) or ANY_PAGE_ANCHOR.match(paragraphs[index].text) \
                or not ANY_PAGE_ANCHOR.match(paragraphs[index + 1].text):
            return False
        text = paragraphs[index].text
        # (a one-sentence summary, "Ulysses, speaking from inside a flame, tells Dante how he died.", too)
        return _commentary_score(text, names, None) >= 1 or (len(text) < 200 and not has_sentence_break(text))

    def page_prose_follows(self, end: int, kinds: list[str], claim: Claim, heading_person: str | None) -> bool:
        """Whether the paragraph after the first one under a page-top header is commentary: then the
        header is the page's own title and byline (an essay's), and its first paragraph the essay's."""
        following = end + 1
        if following >= len(self.paragraphs) or kinds[following] != "prose":
            return False
        names = _author_names(claim, heading_person)
        paragraph = self.paragraphs[following]
        if any(n.split()[-1] not in names for n in quoted_speakers(paragraph.text[:1500])):
            return True  # it quotes another writer by name ("As Hobbes observes, men are in “...”"): an essayist
        return self.is_commentary(paragraph, names, [self.paragraphs[end].text], "end" in kinds)

    @staticmethod
    def is_lead(text: str, claim: Claim) -> bool:
        """An article's lead: the paragraph names the header's work (or author) and says what it is
        ("Utilitarianism is an essay written by John Stuart Mill ..."): the page's words about it."""
        for name in (claim.title, claim.author):
            if name and re.match(rf"^(?:The\s+|An?\s+)?(?:[*_\"“]{{0,2}}){re.escape(name)}(?:[*_\"”]{{0,2}})"
                                 rf"(?:\s*\([^()\n]{{1,80}}\)|\s[^.\n]{{0,300}}?)?,?\s+(?:is|was|are|were|has been|"
                                 rf"remains)\s+(?:an?|the|one)\b", text, re.IGNORECASE):
                return True
        return False

    def is_commentary(self, paragraph: Paragraph, names: list[str], block: list[str], uses_end_markers: bool) -> bool:
        text = paragraph.text
        if _DATELINE.match(text) or _FURNITURE.match(text):
            return True
        score = _commentary_score(text, names, block)
        return score >= (3 if uses_end_markers else 2)

    # -- blocks outside excerpts --

    def section_start_at(self, offset: int) -> int:
        i = bisect_right(self.section_starts, offset)
        return self.section_starts[i - 1] if i else 0

    def line_at(self, start: int) -> str:
        """The line of text that starts at ``start`` (a heading's)."""
        end = self.text.find("\n", start)
        return self.text[start:end if end >= 0 else len(self.text)]

    def heading_at(self, offset: int) -> str | None:
        """The heading line of the section holding ``offset``, if it is in a section."""
        if not self.section_starts or offset < self.section_starts[0]:
            return None
        return self.line_at(self.section_start_at(offset))

    def heading_page_at(self, offset: int) -> str | None:
        """The page the heading of the section holding ``offset`` gives, if any."""
        match = PAGE_CITED.search(self.heading_at(offset) or "")
        return match.group(1) if match else None

    def title_works(self) -> list[Claim]:
        """The works the page's title headings (those at its head) name in italics ("Lecture 9: Satan's
        voice in *Paradise Lost*")."""
        works = []
        for start in self.section_starts:
            if start > 400:
                break
            heading = self.line_at(start)
            works += [Claim(title=m.group("t").strip()) for m in _EMPHASISED.finditer(heading) if m.group("t")[:1].isupper()]
        return works

    def topic_at(self, offset: int, works: dict[str, Claim]) -> Claim | None:
        """The work a quotation that names no source is from, by its place on the page: the work its
        section's heading names (one the page cites elsewhere: "1. The Prince on human nature"), else
        the work the whole page is about (an article's subject)."""
        heading = self.heading_at(offset)
        if heading is not None:
            for title in sorted(works, key=len, reverse=True):
                if len(title) > 3 and re.search(rf"(?<!\w){re.escape(title)}(?!\w)", heading):
                    work = works[title]
                    return Claim(author=work.author, title=work.title, translator=work.translator, implied=True)
        if self.subject is not None:
            return Claim(author=self.subject.author, title=self.subject.title, implied=True)
        title_works = self.title_works()
        if len(title_works) == 1:
            return replace(title_works[0], implied=True)  # the one work the page's title names
        return None

    def heading_title_at(self, offset: int) -> str | None:
        """The work the section's heading names as its person's ("Ben Franklin's Autobiography")."""
        heading = self.heading_at(offset)
        return heading_title(heading, self.heading_person_at(offset)) if heading is not None else None

    def heading_person_at(self, offset: int) -> str | None:
        i = bisect_right(self.section_starts, offset)
        return self.section_person[i - 1][1] if i else None

    def page_person_at(self, offset: int) -> str | None:
        """The person the page's title heading names ("Shakespeare on Time and Mortality": the page is
        about that author's works), where the section's own heading names nobody."""
        if self.heading_person_at(offset) is None and self.section_person and self.section_starts[0] < offset:
            first_start, first_person = self.section_person[0]
            if first_person and self.is_page_title(first_start):
                return first_person
        return None

    def is_page_title(self, offset: int) -> bool:
        """Whether the heading at ``offset`` is the page's title: the first heading, unnumbered."""
        line_end = self.text.find("\n", offset)
        line = self.text[offset:line_end if line_end >= 0 else len(self.text)]
        return not re.match(r"^\s*(?:#{2,6}\s|(?:#\s+)?(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)]|[IVXL]{1,6}\.|§\s*\d+)\s)", line)

    def blocks(self, found: list[_Found], covered: _Spans) -> None:
        text = self.text
        for region in self.document.regions:
            if region.kind != "blockquote" or covered.overlaps(region.start, region.end):
                continue
            if _CALLOUT.match(text, region.start):
                covered.add(region.start, region.end)  # a note box, not a quotation
                continue
            first_line = text[region.start:region.end].split("\n", 1)[0]
            if is_post_header(first_line.lstrip("> ")):
                continue  # a reply nested under a post, not a quotation: what it quotes is found inline
            start, end = _blockquote_body(text, region)
            if end <= start:
                continue
            line_start = text.rfind("\n", 0, region.start) + 1
            previous_line = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:line_start].strip() \
                or text[text.rfind("\n", 0, max(0, line_start - 2)) + 1:line_start].strip()
            forum = _FORUM_QUOTE.match(previous_line) if len(previous_line) < 200 else None
            user = next((g for g in forum.groups() if g), None) if forum else None
            if user and user.strip():  # "Quote from: user" just above a blockquote
                for piece_start, piece_end in _pieces(text, start, end):
                    found.append(_Found(piece_start, piece_end, "blockquote", Claim(author=user.strip())))
                covered.add(region.start, region.end)
                continue
            credit = re.sub(r"^[\s>]+", "", text[end:region.end]) or text[region.end:region.end + 200]
            for piece_start, piece_end in _pieces(text, start, end):  # one quotation per paragraph
                found.append(_Found(piece_start, piece_end, "blockquote",
                                    context=("block", line_start, credit, region.start)))
            covered.add(region.start, region.end)
        if self.document.format not in ("html", "markdown") and "<blockquote" in text:
            # wikitext saved as text: "<blockquote>I tell you: one must still have chaos …</blockquote>"
            for tag in _LITERAL_BLOCKQUOTE.finditer(text):
                if covered.overlaps(tag.start(), tag.end()):
                    continue
                line_start = text.rfind("\n", 0, tag.start()) + 1
                for piece_start, piece_end in _pieces(text, tag.start("body"), tag.end("body")):
                    found.append(_Found(piece_start, piece_end, "blockquote",
                                        context=("block", line_start, text[tag.end():tag.end() + 200], tag.start())))
                covered.add(tag.start(), tag.end())
        covered.commit()
        for number, paragraph in enumerate(self.paragraphs):
            if covered.overlaps(paragraph.start, paragraph.end):
                continue
            first, _, rest = paragraph.text.partition("\n")
            match = _FORUM_QUOTE.match(first)
            if match and len(first) < 200:
                user = next((g for g in match.groups() if g), None)
                if rest.strip():
                    start = paragraph.start + len(first) + 1
                    start += len(text[start:paragraph.end]) - len(text[start:paragraph.end].lstrip())
                    end = paragraph.end
                elif number + 1 < len(self.paragraphs):
                    following = self.paragraphs[number + 1]
                    if covered.overlaps(following.start, following.end):
                        continue
                    start, end = following.start, following.end
                else:
                    continue
                claim = Claim(author=user.strip()) if user and user.strip() else None
                found.append(_Found(start, end, "blockquote", claim))
                covered.add(paragraph.start, end)
                continue
            if self.document.format == "text" and "\n>" in paragraph.text and not paragraph.text.startswith(">"):
                # "> Off with his head!" under a chat message's first line: the lines it quotes
                for run in _QUOTED_LINES.finditer(text, paragraph.start, paragraph.end):
                    start = _QUOTE_PREFIX.match(text, run.start()).end()
                    end = run.start() + len(run.group().rstrip())
                    if re.search(r"\w", text[start:end]):
                        found.append(_Found(start, end, "blockquote",
                                            context=("block", run.start(), text[end:end + 200], run.start())))
                        covered.add(run.start(), end)
                continue
            if self.document.format != "markdown" and paragraph.text.startswith(">") and \
                    not self.in_quote_block(paragraph):
                # a quoted post in plain text: "> ..." on every line
                # (a line that is only ">" parts two paragraphs of the quoted post; it is the quoter's)
                pieces = []
                piece_start = paragraph.start
                for lone in [*_LONE_QUOTE_LINE.finditer(text, paragraph.start, paragraph.end), None]:
                    piece_end = lone.start() if lone else paragraph.end
                    prefix = _QUOTE_PREFIX.match(text, piece_start)
                    start = prefix.end() if prefix else piece_start
                    if re.search(r"\w", text[start:piece_end]):
                        pieces.append((start, start + len(text[start:piece_end].rstrip())))
                    if lone:
                        piece_start = lone.end()
                if pieces:
                    line_start = text.rfind("\n", 0, paragraph.start) + 1
                    credit = text[paragraph.end:paragraph.end + 200]
                    for start, piece_end in pieces:
                        found.append(_Found(start, piece_end, "blockquote",
                                            context=("block", line_start, credit, paragraph.start)))
                    covered.add(paragraph.start, paragraph.end)
                    continue
            verse_credit = self.verse_credited_below(number)
            if verse_credit is not None:
                # a stanza set out with its place under it ("Inferno VI.49-54 -- tr. Longfellow, p. 38")
                found.append(_Found(paragraph.start, paragraph.end, "blockquote", verse_credit))
                covered.add(paragraph.start, paragraph.end)
                continue
            if (number > 0 and self.introduced_excerpt(number, covered)) or \
                    (self.document.format == "text" and self.is_indented_block(number)) or self.credited_below(number):
                end = _without_credit(text, paragraph.start, paragraph.end)
                found.append(_Found(paragraph.start, end, "blockquote",
                                    context=("block", paragraph.start, text[end:paragraph.end + 200], paragraph.start)))
                covered.add(paragraph.start, paragraph.end)
        covered.commit()

    def credited_below(self, number: int) -> bool:
        """A paragraph of prose whose next paragraph is a credit line ("— Emerson, Self-Reliance",
        "Source: The Dhammapada, verse 1, ..."): a passage set out with its source under it."""
        if number + 1 >= len(self.paragraphs):
            return False
        paragraph, credit = self.paragraphs[number], self.paragraphs[number + 1].text
        if len(paragraph.text) < 40 or paragraph.text.lstrip()[:1] in "“\"‘'>([{" or "\n" in credit.strip() \
                or self.is_heading(paragraph) or not _CREDIT_START.match(credit):
            return False
        claim = claim_from_context("", credit)
        if claim is not None and not claim.title and claim.author and \
                not re.search(r"[A-Z][a-z]{2,}", claim.author):
            return False  # "-- D.V.": the compiler's initials under the page, not a source
        return claim is not None and bool(claim.author or claim.title)

    def verse_credited_below(self, number: int) -> Claim | None:
        """The source of a stanza (lines of verse, or a few stanzas) under which a line of its own
        gives the work and the place of the lines ("Inferno VI.49-54 -- tr. Henry Wadsworth
        Longfellow (1867), p. 38")."""
        k = number
        while k < len(self.paragraphs) and k < number + 4 and _is_verse(self.paragraphs[k].text):
            k += 1
        if k == number or k >= len(self.paragraphs) or self.is_heading(self.paragraphs[number]):
            return None
        line = self.paragraphs[k].text.strip()
        if "\n" in line or not _PLACE_CREDIT.match(line):
            return None
        claim = claim_from_context("", "— " + line)
        if claim is None or not claim.title:
            return None
        page = PAGE_CITED.search(line)
        return claim.with_page(page.group(1)) if page and claim.page is None else claim

    def introduced_excerpt(self, number: int, covered: _Spans) -> bool:
        """A paragraph introduced by a sentence that ends in a colon and names what follows as a
        passage of a source ("Here's the full paragraph from Leviathan ch. 13:")."""
        previous, paragraph = self.paragraphs[number - 1], self.paragraphs[number]
        intro = previous.text
        if not intro.endswith(":") or covered.overlaps(previous.start, previous.end) or len(paragraph.text) < 80:
            return False
        sentence = _sentence_before(self.text, previous.end)
        if not _INTRODUCED_PASSAGE.search(sentence) or _FORUM_QUOTE.match(intro.rsplit("\n", 1)[-1]):
            return False
        claim = claim_from_context(sentence, "")
        if claim is None or not (claim.title or claim.author):
            return False
        return not _DOUBLE_QUOTED.fullmatch(paragraph.text) and _commentary_score(paragraph.text, [], None) < 2

    def is_indented_block(self, number: int) -> bool:
        """Lines indented by four spaces or a tab, after a paragraph ending in a colon (or with a citation)."""
        paragraph = self.paragraphs[number]
        line_start = self.text.rfind("\n", 0, paragraph.start) + 1
        indent = self.text[line_start:paragraph.start]
        if not (indent.startswith("    ") or "\t" in indent):
            return False
        raw = self.text[line_start:paragraph.end]
        lines = [line for line in raw.splitlines() if line.strip()]
        if not lines or not all(line.startswith(("    ", "\t")) for line in lines):
            return False
        if all(line.startswith(" " * 12) for line in lines):
            return False  # lines set in the middle of the page: a title page ("PUBLIC HEARING"), not a quotation
        if len(tokenize(paragraph.text)) < 3:
            return False
        citation = _TRAILING_CITATION.search(paragraph.text)
        if citation and citation.start() == 0:
            return False  # "(Matthew 6:19-21, KJV)" on its own line under a block: the compiler's reference
        if number > 0 and self.paragraphs[number - 1].text.rstrip().endswith(":"):
            return True
        if bool(_TRAILING_CITATION.search(paragraph.text)):
            return True
        following = self.paragraphs[number + 1].text if number + 1 < len(self.paragraphs) else ""
        if following and _TRAILING_CITATION.fullmatch(following.strip()):
            return True  # the reference under it: "(Proverbs 6:6-8, King James Version)"
        # the next paragraph of an indented block (a blank line between them, nothing else)
        return number > 0 and not re.search(r"\S", self.text[self.paragraphs[number - 1].end:line_start]) \
            and self.is_indented_block(number - 1)

    # -- inline quotations --

    def inline(self, found: list[_Found], covered: _Spans) -> None:
        text = self.text
        for region in self.document.regions:
            if region.kind == "q" and not covered.overlaps(region.start, region.end):
                found.append(_Found(region.start, region.end, "inline",
                                    context=("inline", region.start, region.end)))
                covered.add(region.start, region.end)
        covered.commit()
        for number, paragraph in enumerate(self.paragraphs):
            if covered.covering(paragraph.start, paragraph.end):
                continue
            candidates = self.continued_quotation(number)
            straight = _straight_quoted(text, paragraph.start, paragraph.end) if '"' in paragraph.text else None
            for match in _DOUBLE_QUOTED.finditer(text, paragraph.start, paragraph.end):
                group = next(i for i in range(1, 7) if match.group(i) is not None)
                if group == 2 and straight is not None:
                    continue  # read with their nesting below
                candidates.append((match.start(), match.end(), match.start(group), match.end(group)))
            candidates.extend(straight or [])
            if "{{" in paragraph.text:  # a wiki's quotation templates: "{{tq|We should consider every day lost …}}"
                candidates.extend((m.start(), m.end(), m.start("t"), m.end("t"))
                                  for m in _QUOTE_TEMPLATE.finditer(text, paragraph.start, paragraph.end))
            if "'" in paragraph.text or "‘" in paragraph.text:
                candidates.extend(_single_quoted(text, paragraph.start, paragraph.end))
            candidates.sort(key=lambda c: (c[0], -c[1]))
            outer_end = -1
            for open_start, close_end, start, end in candidates:
                if open_start < outer_end:
                    continue  # nested in (or crossing) a quotation already taken
                if end <= start or covered.overlaps(start, end):
                    continue
                outer_end = close_end
                found.append(_Found(start, end, "inline", context=("inline", open_start, close_end)))
                covered.add(start, end)

    def continued_quotation(self, number: int) -> list[tuple[int, int, int, int]]:
        """A quotation of several paragraphs as print sets it: each paragraph opens with a quotation
        mark and only the last one closes. The paragraph that opens and does not close, when the
        next one opens again, is quoted to its end."""
        paragraph = self.paragraphs[number]
        following = self.paragraphs[number + 1].text.lstrip() if number + 1 < len(self.paragraphs) else ""
        body = paragraph.text.lstrip()
        mark = body[:1]
        if mark not in ("“", '"') or not following.startswith(mark):
            return []
        if (mark == "“" and "”" in body) or (mark == '"' and body.count('"') != 1):
            return []
        open_start = paragraph.start + len(paragraph.text) - len(body)
        end = paragraph.start + len(paragraph.text.rstrip())
        return [(open_start, end, open_start + 1, end)] if end - open_start > 20 else []

    # -- claims and marks --

    def finish(self, found: list[_Found]) -> list[Quotation]:
        text = self.text
        context = ClaimContext()
        quotations = []
        block, block_page = None, None  # the page an excerpt block has reached
        labelled_sources = [(start, end, claim) for start, end, properties in property_drawers(text)
                            if (claim := claim_from_properties(properties)) is not None]
        labelled_sources += [(start, end, claim) for start, end, fields in field_records(text)
                             if (claim := claim_from_properties(fields)) is not None]
        labelled_sources.sort(key=lambda source: source[0])
        labelled_sources += [(c.start, c.end, claim_from_clipping(c.title, c.authors, c.page)) for c in highlights(text)]
        paragraph_ends = [p.end for p in self.paragraphs]
        # the page's longer quotations (a short phrase in quotes may repeat their words), and the
        # authors its headers and headings name
        long_found = [f for f in found if f.kind in ("excerpt", "blockquote") or f.end - f.start > 80]
        long_quotes = [(f.start, f.end) for f in long_found]
        echoed: list = [None]  # the quotation the last phrase checked repeats
        long_starts = [s for s, _ in long_quotes]
        authors = tuple(dict.fromkeys(n for f in found if f.kind == "excerpt" for n in _author_names(f.claim, None)))
        authors += tuple(n for _, person in getattr(self, "section_person", []) for n in _author_names(None, person)
                         if n not in authors)
        current: list[int] = [0]
        page_names = set(authors) | {n for f in found if f.kind == "excerpt" and f.claim and f.claim.translator
                                     for n in _author_names(Claim(author=f.claim.translator), None)}
        names_pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(page_names, key=len, reverse=True)))
                                   + r")\b") if page_names else None
        # the names of people the page has speak, write, or be quoted: a later mention of one, even a
        # surname alone, is a mention of that person (for "he" and "she")
        known_names = page_names | {n for name in speaking_persons(text) for n in _author_names(Claim(author=name), None)}
        known = _names_pattern(known_names)
        listed = reference_entries(text)
        references = works_by_key(listed)
        # an annotated bibliography: the notes under an entry quote the entry's work
        entries = [(offset, claim) for offset, _, claim in listed]
        labelled_sources += _entry_sections(text, entries)
        works = {c.title: c for c in [f.claim for f in found if f.kind == "excerpt" and f.claim]
                 + list(references.values()) + self.title_works() if c.title}

        def names_in(sentence: str) -> bool:
            """Whether a sentence names a person of the page (then it introduces that person's words)."""
            return bool(names_pattern and names_pattern.search(_strip_quoted(sentence)))
        introductions: dict[int, tuple[str, str]] = {}  # the sentence that introduces a quotation, and before

        def echoes(phrase: str) -> bool:
            """Whether the phrase repeats words of a quotation nearby (before it, or just after)."""
            words = _WORDISH.findall(phrase.lower())
            if len(words) < 2:
                return False
            lo, hi = current[0] - ECHO_BEFORE, current[0] + ECHO_AFTER
            pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
            for k in range(max(0, bisect_left(long_starts, lo) - 1), bisect_left(long_starts, hi)):
                q_start, q_end = long_quotes[k]
                if q_end > lo and not q_start <= current[0] < q_end and \
                        pattern.search(text, max(q_start, lo), min(q_end, hi)):
                    echoed[0] = long_found[k]
                    return True
            return False

        blocks = _block_runs(text, found)
        next_entry = 0
        for number, item in enumerate(found, 1):
            start, end, kind = item.start, item.end, item.kind
            claim, page = item.claim, item.page
            while next_entry < len(entries) and entries[next_entry][0] < start:
                context.previous = entries[next_entry][1]  # "(p. 15)" under an entry: a page of the entry's work
                next_entry += 1
            if item.context is not None:
                heading_person = self.heading_person_at(start)
                p_index = bisect_left(paragraph_ends, end)
                paragraph_end = paragraph_ends[p_index] if p_index < len(paragraph_ends) else len(text)
                if item.context[0] == "block":
                    _, line_start, credit, region_start = blocks.get(number - 1, item.context)
                    before = _sentence_before(text, line_start, look_back_paragraph=True)
                    preceding = text[max(0, region_start - 1500, self.section_start_at(region_start)):region_start]
                    claim = dated_citation(before) or _citation_above(text, region_start) or \
                        claim_in_text(before, credit, preceding, context, heading_person, self.page_person_at(start),
                                      known, block=True)
                    lead = _lead_paragraph(text, line_start)
                    if (claim is None or claim.is_empty()) and lead and lead != before:
                        # "Here is Aristotle, in Book VIII of the Politics (p. 246). I copied it from the free
                        # online text:": the sentence that names the source is not the last one of the lead-in
                        claim = claim_in_text(lead, credit, preceding, context, heading_person,
                                              self.page_person_at(start), known, block=True) or claim
                    if claim is None and not names_in(before):
                        claim = self.topic_at(start, works)  # "Same speaker, three books later, alone:"
                        claim = claim.with_page(page_after(credit)) if claim is not None else None
                    introductions[number] = (before, preceding)
                else:
                    _, open_start, close_end = item.context
                    before = _sentence_before(text, open_start)
                    after = text[close_end:min(paragraph_end, close_end + 300)]
                    current[0] = open_start
                    echoed[0] = None
                    if kind == "inline":
                        kind = _scare_or_title(text, start, end, open_start, close_end, before, after,
                                               echoes, authors) or kind
                    if kind == "inline":
                        preceding = text[max(0, open_start - 1500, self.section_start_at(open_start)):open_start]
                        claim = claim_in_text(before, after, preceding, context, heading_person,
                                              self.page_person_at(start), known)
                        if claim is None or claim.is_empty():
                            claim = _credit_line_over(text, open_start) or claim
                        if claim is None and context.previous is not None and _LATER_IN_WORK.search(before) \
                                and not _PRONOUN.search(before):  # ("A few pages later he ...": whoever "he" is)
                            claim = context.previous.with_page(None)  # "A few pages later comes the sentence ..."
                        introductions[number] = (before, preceding)
                        if (claim is None or not (claim.author or claim.title)) \
                                and (echoed[0] is not None or echoes(text[start:end])):
                            # a phrase that repeats words of a quotation on the page is from its source
                            source = echoed[0].claim if echoed[0] is not None else None
                            claim = source.with_page(None) if source is not None else None
                        if claim is None and context.speaker and context.speaker_paragraph == p_index \
                                and open_start - context.speaker_end <= 80 and not names_in(before):
                            claim = Claim(author=context.speaker)  # the same speaker goes on: “...,” X said. “...”
                        if claim is not None and claim.title and is_locator(claim.title):
                            # "Chapter V, the longest, argues that ...": a place in the work in focus
                            topic = self.topic_at(start, works)
                            claim = topic if topic is not None and not claim.author else \
                                replace(claim, title=None) if claim.author else claim
                        if claim is None and not names_in(before):
                            claim = self.topic_at(start, works)  # "A prince must know how to use “...”" under "1. The Prince ..."
                        context.speaker = claim.author if claim else None
                        context.speaker_paragraph, context.speaker_end = p_index, close_end
                if claim is not None and claim.author and not claim.title and heading_person \
                        and claim.author.split()[-1] == heading_person.split()[-1]:
                    claim = replace(claim, title=self.heading_title_at(start))
                if claim is not None and kind != "excerpt":
                    context.previous = claim
                new_names = set(_author_names(claim, None)) - known_names if claim is not None else set()
                if new_names:
                    known_names |= new_names
                    known = _names_pattern(known_names)
            marks = tuple(find_marks(text, start, end, self.conventions)) if kind not in NOT_QUOTED_KINDS else ()
            # a quote block's paragraphs go on from the page its earlier paragraph reached
            quote_block = self.quote_block_at(start) if kind == "blockquote" else None
            if item.block is not None or quote_block is not None:
                if (item.block or quote_block) != block:
                    block, block_page = item.block or quote_block, None
                opening, block_page = _excerpt_pages(text, start, marks, block_page)
                page = page if page is not None and item.block is None else opening
            n_words = _word_count(text, start, end, marks)
            if kind not in NOT_QUOTED_KINDS:
                claim = _with_labelled_source(labelled_sources, start, claim, own_words=kind == "inline")
            if claim is not None and page is None:
                page = claim.page or self.heading_page_at(start)  # "## Passage A (chapter VI, p. 37)"
            if claim is not None:
                claim = claim.with_page(page)
            audited = n_words >= MIN_AUDITED_WORDS and kind not in NOT_QUOTED_KINDS and item.audited is not False
            quotations.append(Quotation(
                id=f"q{number}", start=start, end=end, text=text[start:end], kind=kind, marks=marks,
                claim=claim, audited=audited,
            ))
        persons = [person for _, person in getattr(self, "section_person", []) if person]
        quotations = self.mentioned_authors(quotations, introductions, persons)
        page_titles = [c.title for c in [q.claim for q in quotations] if c is not None and c.title] + \
            [m.group("t").strip() for m in _EMPHASISED.finditer(text) if m.group("t")[:1].isupper()]
        completed = [self.with_subject(c) for c in complete_claims([q.claim for q in quotations], persons,
                                                                     references, page_titles)]
        quotations = [q if q.claim is c else replace(q, claim=c) for q, c in zip(quotations, completed)]
        quotations = self.credited_paragraphs(quotations, paragraph_ends)
        quotations = _footnoted(text, quotations, footnotes(text, references))
        quotations = _same_work_in_paragraph(_credited_in_table_rows(text, quotations), paragraph_ends)
        italics = [(r.start, r.end) for r in self.document.regions if r.kind == "italic"]
        first = self.section_starts[0] if self.section_starts else None
        page_title = self.line_at(first) if first is not None and first < 400 and self.is_page_title(first) else None
        cast = self.cast = read_cast(text, [q.claim for q in quotations if q.kind not in NOT_QUOTED_KINDS | {"inline"}],
                                     italics, [(q.start, q.end) for q in quotations if q.kind not in NOT_QUOTED_KINDS],
                                     page_title, self.library)
        out = []
        for quotation in quotations:
            claim = quotation.claim
            if quotation.kind not in NOT_QUOTED_KINDS:
                introduction = _sentence_before(text, quotation.start) if quotation.kind == "inline" else ""
                claim = with_main_work(resolve_claim(claim, cast, introduction, quotation.start), cast,
                                       self.page_person_at(quotation.start))
                if quotation.kind != "excerpt" and (cited := self.sigla.citation_after(text, quotation.end)):
                    claim = cited[0].with_page(cited[1])  # "..." [PURG 62]: the work the key calls PURG
                if (claim is None or claim.page is None) and (page := opening_page(text, quotation)
                                                              or _page_around(text, quotation)):
                    # the page a quotation opens at, or a citation beside it gives, is claimed, with
                    # its source or alone
                    claim = claim.with_page(page) if claim is not None else Claim(page=page)
            out.append(quotation if claim is quotation.claim else replace(quotation, claim=claim))
        return out

    def credited_paragraphs(self, quotations: list[Quotation], paragraph_ends: list[int]) -> list[Quotation]:
        """Quotations in a paragraph that a credit line follows (a dialogue, then "— Lewis Carroll,
        *Alice's Adventures in Wonderland*"; a saying, then "— Isak Dinesen") take the work and the
        author it gives where they have none."""
        out = []
        for quotation in quotations:
            index = bisect_left(paragraph_ends, quotation.end)
            if quotation.kind == "inline" and index + 1 < len(self.paragraphs):
                line = as_credit_line(self.paragraphs[index + 1].text.split("\n", 1)[0], own_line=True)
                if re.match(rf"\s*{CREDIT_DASH}\s*\S", line):
                    quotation = _credited(quotation, claim_from_context("", line))
            out.append(quotation)
        return out

    def with_subject(self, claim: Claim | None) -> Claim | None:
        """A claim naming only the author of the work the page is about is a claim of that work."""
        subject = self.subject
        if claim is None or claim.title or not claim.author or subject is None or not subject.author:
            return claim
        if claim.author.split()[-1] != subject.author.split()[-1]:
            return claim
        return replace(claim, title=subject.title)

    def mentioned_authors(self, quotations: list[Quotation], introductions: dict[int, tuple[str, str]],
                          persons: list[str]) -> list[Quotation]:
        """A quotation whose introduction names no speaker, but names an author the page cites
        elsewhere (``Paine went furthest ...: “...”``), is that author's; an introduction that
        speaks of him or her (``In France he had seen “...”``) names the author the sentence
        before it names.  The author is given in full when the page names one person by that name."""
        names: list[str] = []
        full: list[str] = []
        for claim in [q.claim for q in quotations] + [Claim(author=p) for p in persons]:
            names.extend(_author_names(claim, None))
            if claim is not None:
                full.extend(n for n in (claim.author, claim.translator) if n and " " in n)
            if claim is not None and claim.translator and claim.title:
                names.extend(_author_names(Claim(author=claim.translator), None))
        names = [n for n in dict.fromkeys(names) if n not in _NOT_NAMES]
        if not names:
            return quotations
        pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                             + r")(?![\w])")
        out = []
        for number, quotation in enumerate(quotations, 1):
            claim = quotation.claim
            if number in introductions and quotation.quoted and (claim is None or not claim.author):
                before, preceding = introductions[number]
                found = pattern.findall(_strip_quoted(before))
                if not found and _PRONOUN.search(before):
                    sentences = re.split(r"(?<=[.!?])\s+", preceding[:len(preceding) - len(before)].rstrip())
                    found = pattern.findall(_strip_quoted(sentences[-1])) if sentences else []
                if found:
                    author = found[-1]
                    fuller = list(dict.fromkeys(n for n in full if n.split()[-1] == author and n != author))
                    if len(fuller) == 1:
                        author = fuller[0]  # the one person of the page by that name, in full
                    claim = replace(claim, author=author) if claim else Claim(author=author)
                    quotation = replace(quotation, claim=claim.with_page(claim.page or self.heading_page_at(quotation.start)))
            out.append(quotation)
        return out

    # -- balance warnings --

    def check_balance(self) -> None:
        """Warn about braces, brackets and quotation marks left open (or closed without opening) in a paragraph."""
        pairs = {"{": "}", "[": "]", "“": "”"}
        closers = {v: k for k, v in pairs.items()}
        for paragraph in self.paragraphs:
            chunk = paragraph.text
            if not any(c in chunk for c in "{}[]“”\""):
                continue
            stack: list[tuple[str, int]] = []
            for match in re.finditer(r"[{}\[\]“”]", chunk):
                ch = match.group()
                if ch in pairs:
                    stack.append((ch, match.start()))
                elif stack and stack[-1][0] == closers[ch]:
                    stack.pop()
                elif any(opener == closers[ch] for opener, _ in stack):
                    while stack and stack[-1][0] != closers[ch]:
                        opener, at = stack.pop()
                        self.warn(f"unbalanced '{opener}' at offset {paragraph.start + at}: "
                                  f"{self.snippet(paragraph.start + at)}")
                    stack.pop()
                else:
                    at = paragraph.start + match.start()
                    self.warn(f"unbalanced '{ch}' at offset {at}: {self.snippet(max(paragraph.start, at - 20))}")
            for opener, at in stack:
                self.warn(f"unbalanced '{opener}' at offset {paragraph.start + at}: {self.snippet(paragraph.start + at)}")
            if chunk.count('"') % 2:
                at = paragraph.start + chunk.rfind('"')
                self.warn(f"unbalanced '\"' at offset {at}: {self.snippet(at)}")


# --- helpers --------------------------------------------------------------------------

def _credit_line_over(text: str, open_start: int) -> Claim | None:
    """The source a line of its own names right above a quotation that opens its line, as an
    answer lists quotations ("**2. William Shakespeare, *Hamlet* (Act 1, Scene 5)**" over the line)."""
    line_start = text.rfind("\n", 0, open_start) + 1
    if line_start < 2 or text[line_start:open_start].strip(" \t*_>"):
        return None
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    line = re.sub(r"^\s*\d{1,3}[.)]\s+", "", re.sub(r"[*_]+", "", above)).strip()
    return claim_from_header([line]) if 0 < len(line) <= 200 else None


def _lead_paragraph(text: str, block_start: int) -> str | None:
    """The paragraph that leads into a block, when it ends in a colon (all its sentences introduce it)."""
    lead = _paragraph_above(text, block_start)
    return lead if lead and lead.endswith(":") and len(lead) <= 600 else None


def _page_around(text: str, quotation: Quotation) -> str | None:
    """The page a citation right after a quotation's closing mark gives ("…" (ch. 3, p. 47)), or the
    end of the sentence that leads into a quote block ("… is on p. 55:")."""
    if quotation.kind == "inline":
        close = re.match(r"[”\"’']?[ \t]?", text[quotation.end:quotation.end + 3])
        return page_after(text[quotation.end + close.end():quotation.end + 80])
    if quotation.kind == "blockquote":
        lead = re.search(r"\b" + PAGE_ABBREVIATION + r"\.\s?(\d{1,4})\)?:\s*$", text[max(0, quotation.start - 80):quotation.start])
        return lead.group(1) if lead else None
    return None


def _paragraph_above(text: str, block_start: int) -> str | None:
    """The paragraph right above a block (the blank lines between skipped)."""
    end = text.rfind("\n", 0, block_start)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return None
    start = text.rfind("\n\n", 0, end)
    return text[start + 2 if start >= 0 else 0:end].strip() or None


def _citation_above(text: str, block_start: int) -> Claim | None:
    """The source a header names in the few short lines right above a quote block: a citation
    ("*David Hume, An Enquiry Concerning Human Understanding, Section IX. Oxford: Clarendon Press, 1894.*"),
    or a heading and a list of the source's details ("### Analects, Book IX" / "* Confucius, translated by
    James Legge" / "* The Chinese Classics, vol. I (Oxford, 1893), p. 222")."""
    above = _paragraph_above(text, block_start)
    template = _CITE_TEMPLATE.search(above.rsplit("\n", 1)[-1]) if above else None
    if template:
        return _template_claim(template.group("fields"))  # "{{cite book |last=Nietzsche |first=Friedrich |title=…}}"
    lines = [re.sub(r"^\s*(?:#{1,6}|[*\-•])\s+", "", line).strip() for line in (above or "").split("\n")]
    if not above or len(lines) > 6 or any(not 0 < len(line) <= 300 for line in lines) or lines[-1].endswith(":"):
        return None  # (a lead-in sentence is read as one)
    claim = claim_from_header(lines)
    return claim if claim is not None and claim.author and claim.title else None


_CITE_TEMPLATE = re.compile(r"\{\{\s*cite\s+(?:book|web|journal|news)\s*(?P<fields>\|[^{}\n]{1,1000})\}\}", re.IGNORECASE)


def _template_claim(fields: str) -> Claim | None:
    """The source a wiki's citation template names: "|last=Nietzsche |first=Friedrich |title=Thus Spake
    Zarathustra |translator=Thomas Common |year=1909 |page=13"."""
    values = {key.strip().lower(): value.strip() for key, _, value in
              (field.partition("=") for field in fields.split("|") if "=" in field)}
    author = values.get("author") or " ".join(filter(None, (values.get("first"), values.get("last")))) or None
    properties = {"AUTHOR": author or "", "TITLE": values.get("title", ""), "TRANSLATOR": values.get("translator", ""),
                  "YEAR": values.get("year", ""), "PAGE": values.get("page", "")}
    return claim_from_properties({key: value for key, value in properties.items() if value})


def opening_page(text: str, quotation: Quotation) -> str | None:
    """The page of the anchor a quotation opens with (``[p. 171] Long before``, ``*[p. 38]* And``), if any."""
    first = quotation.marks[0] if quotation.marks else None
    if first is None or first.kind != "page" or text[quotation.start:first.start].strip(" *_"):
        return None
    return first.page


def _excerpt_pages(text: str, start: int, marks: tuple[Mark, ...], page: str | None) -> tuple[str | None, str | None]:
    """The page an excerpt paragraph starts on (an anchor before its first word, else the page the
    block had reached) and the page it ends on (its last anchor)."""
    pages = [m for m in marks if m.kind == "page" and m.page]
    start_page = page
    cursor = start
    for mark in marks:
        if re.search(r"\w", text[cursor:mark.start]):
            break
        if mark.kind == "page" and mark.page:
            start_page = mark.page
            break
        cursor = mark.end
    if start_page is None and pages and pages[0].ends:
        start_page = pages[0].ends  # the words before "--106--" are on page 106
    return start_page, (pages[-1].page if pages else page)


_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|He|She|His|Her)\b")
_NOT_NAMES = {"God", "The", "Lord"}
_QUOTED_STRETCH = re.compile(r"“[^“”]*”|\"[^\"]*\"")


# a divider of the page into parts, one per author: "PART ONE: ABRAHAM LINCOLN", "Part 2 - Frederick Douglass"
_DIVIDER = re.compile(r"^\s*(?:PART|Part|SECTION|Section)\s+(?:[A-Za-z]+|\d{1,2})\s*(?::|\.|\s[-–—])\s*"
                      r"(?P<rest>[^\n]{3,60}?)\s*$")


def _divider_person(text: str) -> str | None:
    """The person a part divider names (its name in capitals read as a name)."""
    match = _DIVIDER.match(text)
    if not match:
        return None
    rest = match.group("rest").strip(" *_")
    if rest.isupper():
        rest = " ".join(w.capitalize() if len(w) > 2 or not w.endswith(".") else w for w in rest.split())
    return rest if looks_like_person(rest) else None


def _names_pattern(names: set[str]) -> re.Pattern | None:
    names = {n for n in names if n not in _NOT_NAMES}
    if not names:
        return None
    return re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w])")


# a person's name and a full date on one line: the byline of the page itself ("P. Lindqvist, 2 May 2016")
_BYLINE_DATE = re.compile(rf"^(?:[A-Z][\w.'’\-]*\s+){{1,4}}[A-Z][\w'’\-]+\s*(?:,|--|[—–·|-])\s*"
                          rf"(?:{MONTHS}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{MONTHS},?\s+)(?P<year>\d{{4}})\b")


_BOOK_TRADE = re.compile(r"(?:[$£€]\s?\d+(?:[.,]\d\d)?|\b\d{2,4}\s?pp\.,|\bISBN\b|\b\d{2,4} pages\b|\bavg rating\b|"
                         r"\b\d[\d,]*\s+(?:ratings|reviews)\b)")


def _is_byline_date(line: str) -> bool:
    """A name and a full date of our time: the page's own byline ("Independent Journal, February 6,
    1788" and "Farewell Address, March 4, 1837" date the source)."""
    match = _BYLINE_DATE.match(line)
    return bool(match) and int(match.group("year")) >= 1990
_EMPHASISED = re.compile(r"(?<![\w*_])(?P<m>\*{1,2}|_{1,2})(?P<t>[^*_\n]{2,80}?)(?P=m)(?![\w*_])")
_CREDIT_START = re.compile(r"^\s*(?:[—―–]|--?\s|Source\s*:)")
_QUOTED_CITATION = re.compile(r"[”\"]\s*\((?=[^()\n]{0,60}\d)[^()\n]{2,60}\)")


def _quotes_like_commentary(texts: list[str]) -> bool:
    """Whether paragraphs read as someone quoting others: several of them cite a quotation
    ("“...” (1 Kings 19:4)") or introduce one by its speaker ("As Hobbes observes, “...”")."""
    quoting = sum(1 for t in texts if _QUOTED_CITATION.search(t) or quoted_speakers(t[:1500])
                  or _commentary_score(t, [], texts[:1]) >= 2)
    return quoting >= 2 and quoting * 4 >= len(texts)


_SOURCE_FOOTNOTE = re.compile(r"^\s*\[(?:Footnote|Note)\s+[\w*†‡]{1,4}\s*:", re.IGNORECASE)
_CONTENTS_LINE = re.compile(r"^\s*(?:Table of\s+)?Contents\b\s*[:.\-–—]?", re.IGNORECASE)


# "Each exhibit ends with (end of exhibit)", "the end of each extract is marked ~~~", "`-- fin --` closes
# an excerpt"; "Lines beginning NOTE: are mine", "paragraphs starting with >> are my comments"
_DECLARED_END = re.compile(r"^(?P<k>[^\w\s]{1,6})\s*=\s*(?:the\s+)?end\s+of\s+(?:an?|the|each|every)\s+\w+"  # "// = end of an extract"
                           r"|\b(?:ends?|closes?|finish(?:es)?)\s+with\s+(?P<m>[^\s.;,][^\n]{0,30}?)(?=[.;,]?\s*$|[.;,]\s)"
                           r"|\bend\s+of\s+(?:each|an?|the|every)\s+\w+\s+is\s+(?:marked|shown)\s+(?:with\s+|by\s+)?"
                           r"(?P<n>[^\s.;,][^\n]{0,30}?)(?=[.;,]?\s*$|[.;,]\s)", re.IGNORECASE | re.MULTILINE)
_DECLARED_OWN = re.compile(r"\b(?:lines|paragraphs|notes)\s+(?:beginning|starting|that\s+begin)\s+(?:with\s+)?"
                           r"[\"“'`]?(?P<p>[^\s\"”'`]{1,12}(?:\s?[—–:])?)[\"”'`]?\s+are\s+(?:mine|my\s+own|my\s+\w+|ours|the\s+compiler['’]s)\b"
                           # "my comments after each group begin with the word Gloss"
                           r"|\b(?:my|our)\s+(?:own\s+)?(?:comments?|remarks?|notes?|glosses|commentary)\b[^.\n]{0,60}?"
                           r"\b(?:begin|start|open)s?\s+with\s+(?:the\s+(?:word|label)\s+)?[\"“'`]?(?P<q>[^\s\"”'`]{1,12}?)"
                           r"[\"”'`]?(?=[\s.,;:]|$)", re.IGNORECASE)


def declared_paragraphs(texts: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The end markers a page declares for its excerpts, and the openings it declares for lines of
    its own, from the paragraphs that state its conventions."""
    ends: set[str] = set()
    own: list[str] = []
    for text in texts:
        if len(text) > 3000:
            continue
        for match in _DECLARED_END.finditer(text):
            marker = (match.group("k") or match.group("m") or match.group("n")).strip().strip("\"“”'`")
            marker = re.sub(r"^(?:a|an|the)\s+(?=\W)", "", marker)  # "each reading ends with a ❧"
            if marker and not marker[0].isalpha() or marker.startswith(("end", "END", "End")):
                ends.add(marker)  # ("ends with a question" declares nothing)
        own += [m.group("p") or m.group("q") for m in _DECLARED_OWN.finditer(text)]
    return frozenset(ends), tuple(own)


def _is_apparatus(text: str) -> bool:
    """The page's own apparatus: a contents line, or the paragraph that declares its conventions
    ("My own words inside the excerpts are in braces")."""
    if _CONTENTS_LINE.match(text):
        return True
    head = text[:600]
    return bool(_DECLARATION_OWNER.search(head) and (_DECLARED_BRACES.search(head) or _DECLARED_BRACKETS.search(head)))


def _without_credit(text: str, start: int, end: int) -> int:
    """Where a block paragraph's own text ends: before a citation after its last sentence
    ("... give you rest. (Matthew 11:28)") or a credit line under it ("-- 1 Kings 19:12, WEB")."""
    citation = _TRAILING_CITATION.search(text, start, end)
    if citation and citation.start() > start:
        return citation.start()
    credit = _CREDIT_LINE.search(text, start, end)
    if credit and credit.start() > start:
        return start + len(text[start:credit.start()].rstrip())
    return end


def _last_page(texts: list[str]) -> int | None:
    """The last page an excerpt's anchors reached."""
    pages = [int(m.group(1)) for text in texts for m in PAGE_ANCHOR.finditer(text) if m.group(1).isdigit()]
    return pages[-1] if pages else None


def _continues_pages(text: str, last: int | None) -> bool:
    """Whether a paragraph opens with the anchor of the page an excerpt had reached, or of one soon after."""
    anchor = PAGE_ANCHOR.match(text.lstrip())
    return last is not None and anchor is not None and anchor.group(1).isdigit() and \
        last <= int(anchor.group(1)) <= last + 5


# the same work again, further on: "A few pages later", "Later in the same chapter", "on the next page"
_LATER_IN_WORK = re.compile(r"\b(?:a\s+few\s+(?:pages|lines|paragraphs)\s+(?:later|on|further)|later\s+in\s+the\s+same\s+"
                            r"(?:chapter|book|essay|letter|section|work)|on\s+the\s+(?:next|following|same)\s+page|"
                            r"further\s+on\s+in\s+the\s+same)\b", re.IGNORECASE)


def _is_title_and_place(line: str) -> bool:
    """A line that names a work and a place in it, and nothing else ("Walden, chapter 2")."""
    line = re.sub(r"[*_]", "", line)
    title = tidy_title(line)
    return bool(title) and title != line and len(line) <= 120 and _TITLE_AND_PLACE.fullmatch(line) is not None \
        and line.split()[0][:1].isupper() and not has_sentence_break(line)


_TITLE_AND_PLACE = re.compile(r"[A-Z][^,.;:!?\n]{2,80},\s*(?i:chapter|ch\.|book|part|section|letter|act|scene|canto|"
                              r"volume|vol\.|essay|stave)\s+[\w.]{1,10}(?:,\s*(?i:p|pp)\.\s*\d{1,4})?")


def _is_verse(text: str) -> bool:
    """Lines of verse: two or more short lines, the later ones often indented."""
    lines = text.split("\n")
    return len(lines) >= 2 and all(0 < len(line.strip()) <= 80 for line in lines) and \
        not any(line.lstrip().startswith(("-", "*", "•")) for line in lines)


# a line that gives a work and a place in it by book and lines: "Inferno VI.49-54 -- Longfellow, p. 16"
_PLACE_CREDIT = re.compile(r"^[A-Z][\w'’]+(?:\s[A-Z][\w'’]+){0,3}\s+(?:[IVXLC]+|\d{1,3})[.:]\d{1,4}(?:\s*[-–]\s*\d{1,4})?"
                           r"(?:,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*\s*(?:--|—|–|,)\s*\S")


def _block_runs(text: str, found: list[_Found]) -> dict[int, tuple]:
    """The context of each block quotation read as one with the blocks next to it: blocks with only
    blank lines between them are one passage, introduced before the first and credited after the
    last (the second paragraph's "before" is the first paragraph, the source's own words)."""
    runs: list[list[int]] = []
    for k, item in enumerate(found):
        if item.context is None or item.context[0] != "block":
            continue
        if runs and runs[-1][-1] == k - 1 and not re.search(r"[^\s>]", text[found[k - 1].end:item.start]):
            runs[-1].append(k)
        else:
            runs.append([k])
    out: dict[int, tuple] = {}
    for run in runs:
        first, last = found[run[0]].context, found[run[-1]].context
        for k in run:
            out[k] = ("block", first[1], last[2], first[3])
    return out


def _reviewed_work(lines: list[str]) -> Claim | None:
    """The work a page-top header with the page's own byline describes (a review's book): the header
    without its page lines, when it names a title and an author."""
    kinds = [(classify_header_line(line) or ("",))[0] for line in lines]
    if not any(kind in PAGE_KINDS for kind in kinds) or "by" not in kinds:
        return None
    by = kinds.index("by")  # the work's own lines: its title line(s) just above its "by" line, and what follows
    first = by
    if first > 0 and kinds[first - 1] == "title":
        first -= 1
    work = [line for line, kind in zip(lines[first:], kinds[first:]) if kind not in PAGE_KINDS]
    claim = claim_from_header(work)
    return claim if claim is not None and claim.author and claim.title else None


_NOTE_MARK = re.compile(r"[”\"’'.,;:!?)]*\s?\[(?P<n>\d{1,3})(?:,\s*" + PAGE_ABBREVIATION + r"\.\s*(?P<page>\d{1,4})(?:\s*[-–]\s*\d{1,4})?)?\]")


def _footnoted(text: str, quotations: list[Quotation], notes: dict[int, Claim]) -> list[Quotation]:
    """A quotation with a note mark right after it ("“...”[2]") claims the source of that note,
    over a speaker the sentence names (a character: "Victor narrates ... “...”[2]")."""
    if not notes:
        return quotations
    out = []
    for quotation in quotations:
        mark = _NOTE_MARK.match(text, quotation.end, min(len(text), quotation.end + 24))
        note = notes.get(int(mark.group("n"))) if mark else None
        if note is not None and quotation.quoted:
            claim = quotation.claim or Claim()
            quotation = replace(quotation, claim=replace(
                claim, author=note.author or claim.author, title=note.title or claim.title,
                translator=note.translator or claim.translator,
                page=mark.group("page") or note.page or claim.page))  # ("…" [1, p. 145]: the page cited)
        out.append(quotation)
    return out


def _entry_sections(text: str, entries: list[tuple[int, Claim]]) -> list[tuple[int, int, Claim]]:
    """The stretch under each reference entry (offset, claim) that is followed by notes of its own
    (the paragraphs up to the next entry or heading), as a labelled source: (start, end, claim)."""
    sections = []
    offsets = [offset for offset, _ in entries]
    for k, (offset, claim) in enumerate(entries):
        if not claim.title[:1].isalnum() or not re.search(r"(?:\A|\n[ \t]*\n)[ \t]*\Z", text[max(0, offset - 200):offset]):
            continue  # not an entry that opens a paragraph of its own
        line_end = text.find("\n", offset)
        limit = offsets[k + 1] if k + 1 < len(offsets) else len(text)
        if line_end < 0 or not _PARAGRAPH_BREAK.search(text, line_end, limit):
            continue  # an entry of a plain list: the next entry follows at once
        heading = _MARKDOWN_HEADING_LINE.search(text, line_end, limit)
        sections.append((line_end, heading.start() if heading else limit, claim))
    return sections


def _with_labelled_source(sources: list[tuple[int, int, Claim]], offset: int, claim: Claim | None,
                          own_words: bool = True) -> Claim | None:
    """A quotation inside a stretch whose source a label names (an Org section's property drawer, a
    metadata record, a Kindle clipping's title line) takes from it what its own context left unsaid.
    A block under the label is the labelled work's own text: a person its introduction names ("Tom
    gives up the brush:") is a character, not its author; an inline quotation keeps the speaker its
    sentence names."""
    source = next((c for start, end, c in reversed(sources) if start <= offset < end), None)
    if source is None or (claim is not None and claim.title):
        return claim
    if claim is not None and claim.year and source.year and claim.year != source.year:
        return claim  # "(Mill 1869: 18)" under Engels's entry of 1902 cites another work
    keep_author = claim is not None and claim.author and (own_words or not source.author)
    return replace(source, author=claim.author if keep_author else source.author,
                   page=claim.page if claim is not None and claim.page else source.page)


def _credited(quotation: Quotation, credit: Claim | None) -> Quotation:
    """The quotation with the author and title its own context left unsaid taken from a credit."""
    claim = quotation.claim or Claim()
    if credit is None or not ((credit.title and not claim.title) or (credit.author and not claim.author)):
        return quotation
    return replace(quotation, claim=replace(claim, title=claim.title or credit.title,
                                            author=claim.author or credit.author))


def _credited_in_table_rows(text: str, quotations: list[Quotation]) -> list[Quotation]:
    """A quotation in a cell of a Markdown table takes the source that a later cell of its row
    gives (``| "Sleep that knits up …" | William Shakespeare, *Macbeth*, Act 2 | … |``)."""
    out = []
    for quotation in quotations:
        line_start = text.rfind("\n", 0, quotation.start) + 1
        line_end = text.find("\n", quotation.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if quotation.kind == "inline" and line.lstrip().startswith("|") and line.count("|") >= 3 \
                and not (quotation.claim and quotation.claim.title):
            for cell in text[quotation.end:line_start + len(line)].split("|")[1:]:
                credit = claim_from_context("", "— " + cell.strip()) if cell.strip() else None
                if credit is not None and (credit.author or credit.title):
                    quotation = _credited(quotation, credit)
                    break
        out.append(quotation)
    return out


def _same_work_in_paragraph(quotations: list[Quotation], paragraph_ends: list[int]) -> list[Quotation]:
    """An author's quotation without a work takes the work of the same author's quotation before it
    in the paragraph ("In Book Nine of War and Peace he ... “...” What Tolstoy actually wrote ...: “...”")."""
    out: list[Quotation] = []
    previous: tuple[int, Claim] | None = None
    for quotation in quotations:
        claim = quotation.claim
        paragraph = bisect_left(paragraph_ends, quotation.end)
        if claim is not None and claim.author and not claim.title and previous is not None \
                and previous[0] == paragraph and previous[1].title and previous[1].author \
                and previous[1].author.split()[-1] == claim.author.split()[-1]:
            claim = replace(claim, title=previous[1].title)
            quotation = replace(quotation, claim=claim)
        if claim is not None and quotation.kind == "inline":
            previous = (paragraph, claim)
        out.append(quotation)
    return out


def _heading_words(heading: str) -> str:
    """A heading as words to read: without banner marks or a leading month ("April: ..."), and a
    heading in capitals in title case ("BEN FRANKLIN'S AUTOBIOGRAPHY" -> "Ben Franklin's Autobiography")."""
    banner = _BANNER_HEADING.match(heading)
    words = banner.group("t").strip() if banner else heading.strip()
    if sum(c.isupper() for c in words) > 3 and words.upper() == words:
        words = re.sub(r"[A-Z][A-Z'’]+", lambda m: m.group()[0] + m.group()[1:].lower(), words)
    return re.sub(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                  r"December)\b\s*[:\-–—]\s*", "", words, flags=re.IGNORECASE)


_HEADING_LABEL = re.compile(ITEM_LABEL_LEAD)


def _cites_its_source(heading: str) -> bool:
    """Whether a heading is a source header: a reading named by its verses ("1. Leviticus 19:9–10 · pew
    Chumash p. 694"), or a citation under a label or with a year ("Excerpt 1 - David Hume, *An Enquiry
    ...* (1748), Section V"; not a title like "Small Men, Large Quarrels")."""
    if is_verse_header(heading):
        return True
    cited = classify_header_line(heading)
    return cited is not None and cited[0] == "citation" and \
        bool(_HEADING_LABEL.match(heading) or re.search(r"\(\D{0,60}1[5-9]\d\d\)", heading))
_HEADING_TITLE = re.compile(r"['’]s\s+(?P<t>[A-Z][^\n:]{1,80}?)\s*$")


def heading_title(heading: str, person: str | None) -> str | None:
    """The work a heading names as its person's: "Ben Franklin's Autobiography" -> Autobiography."""
    if not person:
        return None
    words = _heading_words(heading)
    match = _HEADING_TITLE.search(words)
    if match and words[:match.start()].strip().endswith(person):
        return match.group("t").strip(" *_")
    return None


def _strip_quoted(text: str) -> str:
    """The text without what it quotes: a name inside quotation marks names no speaker."""
    return _QUOTED_STRETCH.sub(" ", text)


def _balanced_group(text: str) -> bool:
    """A braced line is one group: ``{...}`` or ``[...]`` whose first opener closes at the end."""
    opener = text[0]
    closer = "}" if opener == "{" else "]"
    depth = 0
    for i, ch in enumerate(text):
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return i == len(text) - 1
    return False


def _strong_inside_excerpt(lines: list[str]) -> bool:
    """Inside an open excerpt, a new header needs a line no verse or prose line looks like."""
    kinds = [classify_header_line(part) for line in lines for part in header_parts(line)]
    return any(k and k[0] in STRONG_KINDS - {"from"} for k in kinds) or any(map(is_verse_header, lines))


def _author_names(claim: Claim | None, heading_person: str | None) -> list[str]:
    """Names by which the compiler would refer to the excerpt's author (full names and surnames)."""
    names: list[str] = []
    for full in (claim.author if claim else None, heading_person):
        if not full:
            continue
        for person in re.split(r"\s+(?:and|&)\s+|,\s*", full):
            words = [w for w in person.split() if w[:1].isupper() and not w.endswith(".")]
            if words:
                names.append(words[-1])
                if len(words) > 1:
                    names.append(" ".join(words))
    return [n for n in dict.fromkeys(names) if len(n) > 2]


_LABELLED_REMARK = re.compile(r"\s*(?:\*\*|__)[A-Z][^*_\n]{1,40}[:.](?:\*\*|__)|\s*(?:\*\*|__)[A-Z][^*_\n]{1,40}(?:\*\*|__):|"
                              r"\s*[A-Z]{3,}(?:[ \t]+[A-Z]{2,}){1,4}\.[ \t]")  # ("STOP AND ANNOTATE. Underline ...")


def _commentary_score(text: str, names: list[str], block: list[str] | None) -> int:
    """How strongly a paragraph reads as the compiler's commentary rather than the excerpt's text.

    The compiler refers to the author in the third person by name, talks about "this
    passage" / quotation / chapter, uses present-tense verbs about what the author says, and
    speaks in the first person or to the reader; page anchors and interpolations inside a
    paragraph are the marks of an excerpt.  ``block`` is the excerpt read so far (None for the
    first paragraph after a header).
    """
    head = text[:1500]
    if ANY_PAGE_ANCHOR.match(head):
        return -10
    interpolations = len(re.findall(r"\{[^{}\n]{2,400}\}", head))
    head = re.sub(r"\{[^{}\n]{0,400}\}|\[[^\[\]\n]{0,400}\]", " ", head)  # the compiler's own remarks inside
    score = 0
    for name in names:
        found = re.search(rf"\b{re.escape(name)}\b", head)
        if found:
            score += 2
            if not head[:found.start()].strip(" \t*_\"“‘'("):
                score += 1  # it opens with the author's name: "Burke's contract ...", "Hobbes is ..."
            break
    if _META_STRONG.search(head):
        score += 2
    elif _META_WORD.search(head):
        score += 1
    if _LABELLED_REMARK.match(head):
        score += 3  # "**Why it matters:** ...", "**Note:** ...": the compiler's labelled remark
    if _FIRST_PERSON_OPEN.match(head):
        score += 1
    elif _READER_OPEN.match(head):
        score += 2
    elif _HERE_OPEN.match(head):
        score += 1 if score else 0
    if _EVALUATIVE_OPEN.match(head):
        score += 1
    if block and len(block) >= 2 and all(_FIRST_PERSON.search(t) for t in block) and not _FIRST_PERSON.search(head):
        score += 1  # an excerpt in the first person throughout, then a paragraph about someone
    if _META_VERB.search(head):
        score += 1
    if ANY_PAGE_ANCHOR.search(text[:1500]):
        score -= 3
    if interpolations:
        score -= 1
    return score


def _in_latin_script(text: str) -> bool:
    """Whether most letters of ``text`` are Latin ones (not Japanese, Chinese, Cyrillic, Greek, …)."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch < "\u0250" for ch in letters) * 2 >= len(letters)


def _single_quoted(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Quotations in single quotes ('...' or ‘...’) in ``text[start:end]``, told from apostrophes.

    An opening mark follows a space or an opening bracket and precedes a letter; a closing mark
    follows a letter or a stop and precedes a space or a stop, so ``woman's`` and ``Long’s``
    never open or close one.  A straight-quoted stretch needs two words at least.
    """
    out: list[tuple[int, int, int, int]] = []
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text, start, end)]
    position = start
    for match in _SINGLE_OPEN.finditer(text, start, end):
        open_at = match.start()
        if open_at < position:
            continue
        i = bisect_right(closes, open_at + 1)
        if i >= len(closes):
            break
        close_at = closes[i]
        inner = text[open_at + 1:close_at]
        if not inner.strip() or "\n\n" in inner or len(inner) > 3000:
            continue
        curly = text[open_at] == "‘" and text[close_at] == "’"
        straight = text[open_at] == "'" and text[close_at] == "'"
        if not (curly or straight) or (straight and len(inner.split()) < 2):
            continue
        out.append((open_at, close_at + 1, open_at + 1, close_at))
        position = close_at + 1
    return out


def _straight_quoted(text: str, start: int, end: int) -> list[tuple[int, int, int, int]] | None:
    """The outermost quotations in straight double quotes of a stretch, nested ones included
    (``"Take away ... "I have been harmed." Take away ..."``): each ``"`` opens after a space or an
    opening bracket and closes after a letter or a stop.  None when a mark cannot be read either
    way or the marks do not pair; the caller then pairs them one by one."""
    stack: list[int] = []
    out = []
    for match in re.finditer('"', text[start:end]):
        at = start + match.start()
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        opens = (before.isspace() or before in "([{—–-/:") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-")
        if opens == closes:
            return None
        if opens:
            stack.append(at)
        elif not stack:
            return None
        else:
            open_at = stack.pop()
            if not stack:
                out.append((open_at, at + 1, open_at + 1, at))
    return out if not stack and any(True for _ in out) else None


_SPEECH_CUE = re.compile(r"\b(?:his|her|their|said|says|say|saying|wrote|writes|write|"
                         r"phrase|phrases|word|words|describes|described|line|motto|slogan|cry|"
                         r"answered|replied|asked|told|tells|declared|put it)\b|['’]s\s*$|:\s*$", re.IGNORECASE)
# naming is someone's speech only with its subject: "what Mill calls", "which he later calls"; "the one
# usually called", "so-called", "not to call it a" are the compiler's own naming
_NAMING_CUE = re.compile(r"(?:\b(?:he|she|they|[A-Z][\w'’\-]+)\s+(?:[a-z]+ly\s+|later\s+|once\s+|also\s+|even\s+)?"
                         r"(?:calls?|called|terms?|termed|dubs?|dubbed|names?|named)\b)")
_NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
# a citation in parentheses after a quotation: "(Madison, Federalist 10)", "(Mill 1859, p. 127)", "(*Ench.* 1)"
_CITATION_AFTER = re.compile(r"\s*(?:[—―–-]{1,2}\s*[A-Z]|\(\s*(?:[*_]|(?!(?:I|We|He|She|They|It|This|That|The|A|An)\b)"
                             r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*\s*(?:[,:;)]|\d)))")
_TITLE_CUE = re.compile(r"\b(?:essay|essays|poem|poems|article|book|song|story|stories|chapter|novel|film|play|paper|"
                        r"lecture|sermon|pamphlet|hymn|series|episode|album|titled|entitled|called|named|headline|"
                        r"column|post|tract|ballad|ode|sonnet)(?:\s+(?:no\.\s*)?\d{1,4})?\s*:?\s*$", re.IGNORECASE)  # "Episode 212:"
# where a title in quotes stands: after the author in a credit line, or after a web site's name in a
# list of sources
_TITLE_IN_CREDIT = re.compile(r"(?:^|\n)[ \t>]*(?:[—―–~]|--?)[ \t]*[A-Z][^\n“\"”]{1,80},[ \t]*$|"
                              # a bold credit line of a list: '**4. Michel de Montaigne, "Of Fear" (*Essays*)**'
                              r"(?:^|\n)[ \t>]*(?:\*\*|__)[ \t]*(?:\d{1,3}[.)][ \t]+)?[A-Z][^\n“\"”*]{1,80},[ \t]*$|"
                              r"\b[\w\-]+\.(?:org|com|edu|net|gov|io|info|co\.uk|ac\.uk)[ \t]*[·|•—–\-:][ \t]*$")
_PRONOUN_WORDS = {"us", "we", "our", "you", "your", "me", "my", "it", "its", "them", "they"}
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from", "as", "but"}


def _scare_or_title(text: str, start: int, end: int, open_start: int, close_end: int,
                    before: str, after: str, echoes=lambda phrase: False, names: tuple[str, ...] = ()) -> str | None:
    """``title`` for a work's title in quotes, ``scare`` for the compiler's word in quotes, else None."""
    inner = text[start:end].strip()
    words = inner.split()
    if not words:
        return None
    lead = text[max(0, open_start - 60):open_start]
    # a cue counts only just before the quotation, in the same sentence: "calls a", "Paine's", "the phrase"
    cue_zone = " ".join(re.split(r"[.!?]\s", lead)[-1].split()[-3:]) + (" " if lead.endswith(" ") else "")
    if _TITLE_IN_CREDIT.search(text, max(0, open_start - 120), open_start) and len(words) <= 16:
        return "title"  # '— Francis Bacon, "Of Ambition"', 'folger.edu · "Macbeth, Act 1, Scene 7"'
    if _CITATION_AFTER.match(after) or re.match(r"\s*,?\s*(?:said|says|wrote)\b", after) or \
            re.match(r"\s*,?\s*(?:he|she|they)\s+(?:said|says|wrote|writes|called|calls|termed|terms|named|names|"
                     r"dubbed)\b", after):
        return None  # credited: someone's words
    if len(words) <= 12 and _TITLE_CUE.search(lead) and words[0][:1].isupper() and not re.search(r"[.!?]$", inner):
        return "title"
    if len(words) == 1 and not re.search(r"[!?]$", inner):
        return "scare"  # one word in quotes is a mention ("the word “liberty”"), not a quotation to audit
    significant = [w for w in words if w.lower().strip(",:;") not in _SMALL_WORDS]
    line = before.rsplit("\n", 1)[-1]  # the sentence on the quotation's line
    if 2 <= len(words) <= 6 and significant and all(w[:1].isupper() for w in significant) \
            and not inner.isupper() and not re.search(r"[.!?,;]", inner) and not _SPEECH_CUE.search(cue_zone) \
            and not echoes(inner):
        return "title"  # (unless it repeats words of a quotation on the page: "as “Nature’s God”")
    bare = re.sub(r"(?<=\w)[.,]$", "", inner)  # the period or comma a sentence puts inside the marks
    # (three words are more often a quotation than the compiler's, except an idiom addressed to
    # someone or of one content word: "up to us", "know your enemy", "of the people")
    idiom = len(words) == 3 and ({w.lower() for w in words} & _PRONOUN_WORDS or len(significant) <= 1)
    if (len(words) <= 2 or idiom) and not re.search(r"[.!?,;:]", bare) and not _SPEECH_CUE.search(cue_zone) \
            and not _NAMING_CUE.search(cue_zone) and not (len(words) >= 2 and echoes(inner)) \
            and not (len(words) >= 2 and any(re.search(rf"\b{re.escape(name)}\b(?!['’])", line) for name in names)
                     and not _NEGATION.search(line)):
        # a word or two of the compiler's in quotes ("minimalist", "up to us"), unless they repeat words
        # of a quotation on the page ("the "necessary evil" line") or the sentence gives them to an
        # author it names ("Madison dismissed them as "parchment barriers"")
        return "scare"
    return None


_WORDISH = re.compile(r"[^\W_]+")


def _word_count(text: str, start: int, end: int, marks: tuple[Mark, ...]) -> int:
    """The number of words of a quotation without its marks, exact up to the audit threshold
    (a long quotation is not tokenised just to be counted)."""
    enough = MIN_AUDITED_WORDS + 4  # hyphen-joined words may make a few pieces one word
    masked = mask(text[start:end], [(m.start - start, m.end - start) for m in marks], "\n") if marks else None
    source = masked if masked is not None else text
    lo, hi = (0, len(masked)) if masked is not None else (start, end)
    pieces = 0
    for _ in _WORDISH.finditer(source, lo, hi):
        pieces += 1
        if pieces >= enough:
            return pieces
    return len(tokenize(source, lo, hi))


_LIST_ITEM_START = re.compile(r"(?m)^[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+")


def _sentence_before(text: str, position: int, look_back_paragraph: bool = False) -> str:
    """The text from the start of the sentence (or, for blocks, the paragraph) before ``position``."""
    window = text[max(0, position - 400):position]
    if look_back_paragraph:
        paragraphs = [p for p in _PARAGRAPH_BREAK.split(window) if p.strip()]
        return paragraphs[-1] if paragraphs else ""
    window = _PARAGRAPH_BREAK.split(window)[-1]
    items = list(_LIST_ITEM_START.finditer(window))
    if items:
        window = window[items[-1].start():]  # an item of a list is a sentence of its own ("2. **"…"** – …")
    line = window[window.rfind("\n") + 1:]
    if line.lstrip().startswith("|"):
        window = window[window.rfind("|") + 1:]  # a table cell is a sentence of its own
    masked = re.sub(r"\[\d{1,3}\]", lambda m: " " * len(m.group()), window)  # '."[5] Every': a footnote mark
    breaks = [m.end() for m in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[A-Z“\"‘'])", masked)]
    return window[breaks[-1]:] if breaks else window


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of a blockquote body (blank lines, or lines that are only ``>``, between them)."""
    out = []
    position = start
    for boundary in [*_MARKDOWN_BREAK.finditer(text, start, end), None]:
        stop = boundary.start() if boundary else end
        chunk = text[position:stop]
        prefix = _QUOTE_PREFIX.match(chunk.lstrip(" \t\r\n"))
        lead = len(chunk) - len(chunk.lstrip(" \t\r\n")) + (prefix.end() if prefix else 0)
        piece = text[position + lead:stop].rstrip()
        if re.search(r"\w", piece):
            out.append((position + lead, position + lead + len(piece)))
        if boundary:
            position = boundary.end()
    return out or [(start, end)]


# a reference to chapter and verse, alone on its line: "Qur’an 16:68–69, translated by …", "Proverbs 6:6-8 (KJV)"
_SCRIPTURE_REFERENCE = re.compile(r"^(?:[1-3]\s)?[A-Z][\w’'\-]+(?:\s(?:of\s)?[A-Z][\w’'\-]+)?\.?\s+\d{1,3}[:.]\d{1,3}"
                                  r"(?:\s?[-–]\s?\d{1,3})?(?:[,;(]\s?[^\n]{0,120})?$")


def _blockquote_body(text: str, region: Region) -> tuple[int, int]:
    """The quoted part of a blockquote, without a trailing ``— Author, Title`` credit line or a
    citation in parentheses after its last sentence (``... the terrible thing. (*Ench.* 5)``), on
    its line or on a line of its own."""
    body = text[region.start:region.end]
    credit = _CREDIT_LINE.search(body)
    if credit is None:
        last = re.search(r"\n[ \t>]*\n[ \t>]*(?P<line>[^\n]{5,160})$", body)
        if last and classify_header_line(last.group("line").strip()) == ("citation", last.group("line").strip()) \
                and looks_like_person(last.group("line").split(",")[0].strip()):
            credit = last  # a paragraph of its own at the foot: "Thomas Paine, The Age of Reason, Part I"
        elif last and _SCRIPTURE_REFERENCE.match(last.group("line").strip()):
            credit = last  # "Qur’an 16:68–69, translated by J. M. Rodwell (1861)" at the foot of the verses
        elif last and _is_title_and_place(last.group("line").strip()):
            credit = last  # "A Vindication of the Rights of Woman, chapter 2": the work and the place in it
    end = region.start + (credit.start() if credit else len(body))
    end = region.start + len(text[region.start:end].rstrip(" \t\r\n>"))
    citation = _TRAILING_CITATION.search(text, region.start, end)
    if citation and citation.start() > region.start and \
            re.search(r"[.!?…'\"”’][\s>]*$", text[region.start:citation.start()]):
        end = region.start + len(text[region.start:citation.start()].rstrip(" \t\r\n>"))
    return region.start, end
