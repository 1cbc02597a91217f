"""Find every quotation in a document: excerpt blocks, blockquotes and inline quotes.

An annotated compilation is read as a sequence of paragraphs: numbered headings
and first-person commentary are the compiler's; a bibliographic header opens an
excerpt block whose paragraphs (without quotation marks) are quotations of the
header's work until an end marker, the next header or the next heading.  Outside
excerpt blocks, ``<blockquote>``/Markdown ``>`` blocks and text in double quotes
are quotations, with a claim taken from the sentence around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .claims import Claim, claim_from_context, claim_from_header, classify_header_line
from .marks import PAGE_ANCHOR, Mark, find_marks
from .readers import Document, Region
from .text import tokenize

MIN_AUDITED_WORDS = 6

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_NUMBERED_HEADING = re.compile(r"^\s*(?:\(\d{1,3}\)|\d{1,3}[.)]|§\s*\d+)\s+\S")
_END_MARKER = re.compile(r"^\s*(?:\{\s*end[^{}]*\}|\[\s*end[^\[\]]*\]|={2,}|(?:\*\s*){3,}|-{3,}|_{3,})\s*$", re.IGNORECASE)
_ELISION_LINE = re.compile(r"^\s*(?:\.\s*){3,4}\s*$|^\s*…\s*$|^\s*[\[\{]\s*(?:\.\s*){3}[\]\}]\s*$")
_BRACED_LINE = re.compile(r"^\s*[\{\[][^\n]*[\}\]]\s*$", re.S)
_COMPILER_VOICE = re.compile(r"^\s*(?:I|I'm|I've|I'd|My|In my|We|Our|Note|Notice|Compare|Here,? |Comment)\b")
# Searched one paragraph at a time, so a quotation may wrap lines but never crosses a paragraph.
_DOUBLE_QUOTED = re.compile(r"“([^“”]{1,5000})”|\"([^\"]{1,5000}?)\"|„([^„“”]{1,5000})[“”]|«\s?([^«»]{1,5000}?)\s?»")
_CREDIT_LINE = re.compile(r"\n(?:[ \t]*>)*[ \t]*[—―–-]{1,2}[ \t]*[A-Z][^\n]{1,150}$")


@dataclass(frozen=True)
class Quotation:
    """A quoted passage of the document, its editorial marks and what the document claims for it."""

    id: str
    start: int
    end: int
    text: str
    kind: str  # "excerpt" | "blockquote" | "inline"
    marks: tuple[Mark, ...]
    claim: Claim | None
    audited: bool

    @property
    def pages(self) -> list[str]:
        return [m.page for m in self.marks if m.kind == "page" and m.page]


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines, with their spans (leading/trailing space trimmed)."""
    paragraphs = []
    position = 0
    for boundary in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + (len(chunk) - len(chunk.lstrip()))
            paragraphs.append(Paragraph(start, start + len(stripped), stripped))
        if boundary:
            position = boundary.end()
    return paragraphs


def find_quotations(document: Document) -> list[Quotation]:
    """Every quotation of the document, in document order, each with its marks and claim."""
    found: list[tuple[int, int, str, Claim | None, str | None]] = []  # start, end, kind, claim, page
    text = document.text
    paragraphs = split_paragraphs(text)
    excerpt_spans = _excerpt_paragraphs(paragraphs, document.regions)
    for start, end, claim, page in excerpt_spans:
        found.append((start, end, "excerpt", claim, page))
    covered = [(s, e) for s, e, *_ in excerpt_spans]
    for region in document.regions:
        if region.kind == "blockquote" and not _overlaps(region.start, region.end, covered):
            start, end = _blockquote_body(text, region)
            line_start = text.rfind("\n", 0, region.start) + 1
            credit = re.sub(r"^[\s>]+", "", text[end:region.end]) or text[region.end:region.end + 200]
            claim = claim_from_context(_sentence_before(text, line_start, look_back_paragraph=True), credit)
            found.append((start, end, "blockquote", claim, None))
            covered.append((region.start, region.end))
    for region in document.regions:
        if region.kind == "q" and not _overlaps(region.start, region.end, covered):
            found.append((region.start, region.end, "inline",
                          claim_from_context(_sentence_before(text, region.start), text[region.end:region.end + 200]), None))
            covered.append((region.start, region.end))
    for paragraph in paragraphs:
        for match in _DOUBLE_QUOTED.finditer(text, paragraph.start, paragraph.end):
            group = next(i for i in range(1, 5) if match.group(i) is not None)
            start, end = match.start(group), match.end(group)
            if _overlaps(start, end, covered):
                continue
            after = text[match.end():min(paragraph.end, match.end() + 200)]
            found.append((start, end, "inline", claim_from_context(_sentence_before(text, match.start()), after), None))
    found.sort(key=lambda item: item[0])
    quotations = []
    for number, (start, end, kind, claim, page) in enumerate(found, 1):
        marks = tuple(find_marks(text, start, end))
        n_words = len(tokenize(_masked_quote_text(text, start, end, marks)))
        if claim is not None and page is None:
            page = claim.page
        if claim is not None:
            claim = claim.with_page(page)
        quotations.append(Quotation(
            id=f"q{number}", start=start, end=end, text=text[start:end], kind=kind, marks=marks,
            claim=claim, audited=n_words >= MIN_AUDITED_WORDS,
        ))
    return quotations


def _masked_quote_text(text: str, start: int, end: int, marks: tuple[Mark, ...]) -> str:
    from .text import mask

    return mask(text[:end], [(m.start, m.end) for m in marks], "\n")[start:end]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _sentence_before(text: str, position: int, look_back_paragraph: bool = False) -> str:
    """The text from the start of the sentence (or, for blocks, the paragraph) before ``position``."""
    window = text[max(0, position - 400):position]
    if look_back_paragraph:
        paragraphs = [p for p in _PARAGRAPH_BREAK.split(window) if p.strip()]
        return paragraphs[-1] if paragraphs else ""
    window = _PARAGRAPH_BREAK.split(window)[-1]
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", window)
    return sentences[-1] if sentences else ""


def _blockquote_body(text: str, region: Region) -> tuple[int, int]:
    """The quoted part of a blockquote, without a trailing ``— Author, Title`` credit line."""
    body = text[region.start:region.end]
    credit = _CREDIT_LINE.search(body)
    end = region.start + (credit.start() if credit else len(body))
    return region.start, region.start + len(text[region.start:end].rstrip(" \t\r\n>"))


# --- excerpt blocks of annotated compilations -------------------------------------

def _paragraph_kind(paragraph: Paragraph, headings: list[tuple[int, int]]) -> str:
    """``heading``, ``end``, ``elision``, ``remark``, ``header-line`` or ``prose``."""
    text = paragraph.text
    if _overlaps(paragraph.start, paragraph.end, headings) or (_NUMBERED_HEADING.match(text) and len(text) < 200):
        return "heading"
    if _END_MARKER.match(text):
        return "end"
    if _ELISION_LINE.match(text):
        return "elision"
    if _BRACED_LINE.match(text) and not PAGE_ANCHOR.fullmatch(text.strip()):
        return "remark"
    lines = [line for line in text.splitlines() if line.strip()]
    if all(classify_header_line(line) for line in lines):
        return "header-line"
    return "prose"


def _excerpt_paragraphs(paragraphs: list[Paragraph], regions: tuple[Region, ...]) -> list[tuple[int, int, Claim, str | None]]:
    """Spans of excerpt paragraphs with the claim of their header and their starting page."""
    headings = [(r.start, r.end) for r in regions if r.kind == "heading"]
    kinds = [_paragraph_kind(p, headings) for p in paragraphs]
    uses_end_markers = "end" in kinds
    excerpts: list[tuple[int, int, Claim, str | None]] = []
    claim: Claim | None = None
    page: str | None = None
    i = 0
    while i < len(paragraphs):
        kind = kinds[i]
        if kind == "header-line":
            j = i
            while j < len(paragraphs) and kinds[j] == "header-line":
                j += 1
            lines = [line.strip() for p in paragraphs[i:j] for line in p.text.splitlines() if line.strip()]
            header_claim = claim_from_header(lines)
            if header_claim is not None and j < len(paragraphs) and kinds[j] == "prose":
                claim, page = header_claim, None
                i = j
                continue
            if claim is None:
                i = j
                continue
            kind = "prose"  # a short line inside an excerpt (a verse line, a title inside the text)
        if kind in ("heading", "end"):
            claim = None
        elif kind == "prose" and claim is not None:
            paragraph = paragraphs[i]
            anchors = list(PAGE_ANCHOR.finditer(paragraph.text))
            starts_with_anchor = bool(anchors) and anchors[0].start() == 0
            if not uses_end_markers and not anchors and _COMPILER_VOICE.match(paragraph.text):
                claim = None
            else:
                start_page = anchors[0].group(1) if starts_with_anchor else page
                excerpts.append((paragraph.start, paragraph.end, claim, start_page))
                if anchors:
                    page = anchors[-1].group(1)
        i += 1
    return excerpts
