"""Quotations without any mark: runs of the page's own text that a work of the library holds.

Compilations often set excerpts without quotation marks, under headers or sigla no rule reads,
and pages paste a source's sentences into their own. With a library at hand, a check looks up
every run of text the parser left to the compiler that is long enough to be a passage; what a
work holds nearly word for word is a quotation after all (kind ``unmarked``), and is audited
like the others. Short runs, and runs that only share a phrase, stay the compiler's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from .align import MATCH, VARIANT
from .claims import Claim, claim_from_context, claim_from_header
from .discourse import Cast, resolve_claim, title_variants
from .library.catalog import WorkMeta
from .library.index import LibraryIndex
from .locate import locate_quotation
from .marks import Conventions, Mark, find_marks
from .quotes import Parse, Quotation, opening_page
from .segments import quote_words
from .verdict import author_matches, title_matches

MIN_WORDS = 12  # matched words in place: fewer is a phrase the compiler may share with a book
MIN_SHARE = 0.8  # of the words from the first matched to the last
MAX_RUNS = 400  # runs looked up on one page (each lookup costs milliseconds)
MAX_RUN_CHARS = 6000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CLOSING = re.compile(r"[.,;:!?'’\"”)\]]*")  # the passage's own punctuation after its last word


def compiler_runs(text: str, quotations: list[Quotation], headers: list[tuple[int, int]] = (),
                  limit: int = MAX_RUNS) -> list[tuple[int, int]]:
    """The first ``limit`` stretches of a paragraph that no quotation covers, nor a source header
    (which copies the book's title page), with words enough to look up."""
    covered = sorted([(q.start, q.end) for q in quotations] + list(headers))
    runs: list[tuple[int, int]] = []
    k = 0  # the first covered span that may reach into the current paragraph
    start = 0
    for brk in chain(_PARAGRAPH_BREAK.finditer(text), [None]):
        end = brk.start() if brk else len(text)
        while k < len(covered) and covered[k][1] <= start:
            k += 1
        position, j = start, k
        pieces = []
        while j < len(covered) and covered[j][0] < end:
            pieces.append((position, max(position, covered[j][0])))
            position = max(position, covered[j][1])
            j += 1
        pieces.append((position, end))
        runs += [(s, e) for s, e in pieces if e - s <= MAX_RUN_CHARS and len(text[s:e].split()) >= MIN_WORDS]
        if len(runs) >= limit or brk is None:
            return runs[:limit]
        start = brk.end()
    return runs


def unmarked_quotation(text: str, run: tuple[int, int], index: LibraryIndex,
                       conventions: Conventions) -> tuple[Quotation, WorkMeta] | None:
    """The part of ``run`` that a library work holds, as a quotation, and the work, if there is one."""
    start, end = run
    probe = Quotation("u", start, end, text[start:end], "unmarked", tuple(find_marks(text, start, end, conventions)),
                      None, True)
    words = quote_words(text, probe)
    alignments = locate_quotation(words, index)
    if not alignments:
        return None
    matched = sorted(step.q for segment in alignments[0].segments for step in segment.steps
                     if step.op in (MATCH, VARIANT) and step.q is not None)
    if len(matched) < MIN_WORDS or len(matched) < MIN_SHARE * (matched[-1] - matched[0] + 1):
        return None
    first, last = words.tokens[matched[0]], words.tokens[matched[-1]]
    q_start, q_end = _with_edge_marks(text, probe.marks, first.start, _CLOSING.match(text, last.end, end).end())
    marks = tuple(m for m in probe.marks if q_start <= m.start and m.end <= q_end)
    return Quotation("u", q_start, q_end, text[q_start:q_end], "unmarked", marks, None, True), alignments[0].work.meta


def _with_edge_marks(text: str, marks: tuple[Mark, ...], start: int, end: int) -> tuple[int, int]:
    """The span widened to the marks that stand right before its first word and after its last (a
    page anchor or an elision opening the passage, a cut closing it): they are the quoter's marks on it."""
    for mark in reversed(marks):
        if mark.end <= start and not text[mark.end:start].strip():
            start = mark.start
    for mark in marks:
        if mark.start >= end and not text[end:mark.start].strip():
            end = mark.end
    return start, end


def claim_before(text: str, quotation: Quotation, library: list[tuple[str, str | None]] = (),
                 cast: Cast | None = None) -> Claim | None:
    """What the page claims for an unmarked passage: the source its paragraph before names, read as
    a header ("From A Tale of Two Cities, by Charles Dickens (Chapman and Hall, 1859)") or as the
    sentence that leads to it ("Tolstoy describes it in a long comparison:"), completed by the
    page's ``cast`` as any quotation's claim is, with the author the library gives the work; and
    the page of the anchor it opens with."""
    before = text[max(0, quotation.start - 600):quotation.start]
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(before) if p.strip()]
    lead = paragraphs[-1].strip() if paragraphs and len(paragraphs[-1]) < 400 else ""
    claim = (claim_from_header(lead.splitlines()) or claim_from_context(lead, "")) if lead else None
    if cast is not None:
        claim = resolve_claim(claim, cast, lead, quotation.start)
    page = opening_page(text, quotation)
    if claim is None or claim.is_empty():
        return Claim(page=page) if page else None  # (an anchor is then the one claim the page makes: its page)
    if claim.title and not claim.author:
        author = next((a for t, a in library if a and claim.title in title_variants(t)), None)
        claim = replace(claim, author=author)  # the author of the work named, as the library has it
    return claim.with_page(page or claim.page)


def with_unmarked_quotations(text: str, parse: Parse, index: LibraryIndex,
                             library: list[tuple[str, str | None]]) -> list[Quotation]:
    """The parse's quotations and the unmarked ones found between them, in page order, numbered again
    (``library``: the (title, author) of the index's works)."""
    quotations = parse.quotations
    found = [hit for run in compiler_runs(text, quotations, parse.headers)
             if (hit := unmarked_quotation(text, run, index, parse.conventions)) is not None]
    if not found:
        return quotations
    works = {q.start: work for q, work in found}
    merged = sorted(quotations + [replace(q, claim=claim_before(text, q, library, parse.cast)) for q, _ in found],
                    key=lambda q: q.start)
    for k, q in enumerate(merged):
        if q.kind == "unmarked" and (q.claim is None or q.claim.is_empty()) and k > 0:
            merged[k] = _continued(q, merged[k - 1], works, parse.headers)
    return [replace(q, id=f"q{number}") for number, q in enumerate(merged, 1)]


def _continued(quotation: Quotation, before: Quotation, works: dict[int, WorkMeta],
               headers: list[tuple[int, int]]) -> Quotation:
    """An unmarked passage that names no source, right after a quotation with no source header
    between them, goes on from it when the claim the page made for the one before names the work
    this passage comes from: that claim is the claim for both (an excerpt's next paragraph, the next
    row of a table of quotations).  A claim that does not fit the work is not carried: the passage
    may start another excerpt."""
    claim, work = before.claim, works[quotation.start]
    if claim is None or claim.is_empty() or any(before.end <= h < quotation.start for h, _ in headers):
        return quotation
    if not (title_matches(claim.title, work.title) if claim.title else author_matches(claim.author, work.author)):
        return quotation
    page = quotation.claim.page if quotation.claim else None
    return replace(quotation, claim=replace(claim, page=page))
