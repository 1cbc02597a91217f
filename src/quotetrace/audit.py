"""The whole path for one document: read, find quotations, locate, align, judge.

``check`` is what the command line, the Python API and any later shell (web app,
batch job) call; it returns a :class:`Report`, which the ``report`` package renders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .alignment import Alignment, Edit
from .discourse import claim_from_source, page_words, parts_before
from .flags import Flag, meaning_flags, page_flag, source_page
from .library import LibraryIndex, SyncReport, open_library
from .library.catalog import WorkMeta
from .locate import align_in_work, locate_quotation
from .paraphrase import PassageMatch, locate_by_meaning
from .claims import Claim
from .quotes import Parse, Quotation, parse_quotations
from .readers import Document, read_document
from .reuse import with_unmarked_quotations
from .segments import quote_words
from .speakers import SpeakerSpan, speaker_map
from .verdict import (MIN_PARAPHRASE_ORDER, MIN_PARAPHRASE_SHARED, MIN_PARAPHRASE_SIMILARITY, PARAPHRASE, UNAUDITED, UNLOCATED, author_matches, claim_matches,
                      is_located, judge_attribution, judge_fidelity, same_work)

TIE_MARGIN = 0.02  # alignments within 2% of the best score are equally good locations


@dataclass(frozen=True)
class SourceMatch:
    """Where a quotation was found: the work and the character span in its text."""

    meta: WorkMeta
    span: tuple[int, int]
    text: str
    page: str | None = None


@dataclass(frozen=True)
class Version:
    """Another translation or edition of the work a quotation was found in, and how close it is."""

    meta: WorkMeta
    wording: float | None  # share of the quotation's words aligned in this version
    meaning: float | None  # share of its content words found in this version's best passage


@dataclass(frozen=True)
class QuoteResult:
    """A quotation with its verdicts, its source and the edits that separate them."""

    quotation: Quotation
    fidelity: str
    attribution: str
    source: SourceMatch | None = None
    similarity: float = 0.0
    edits: tuple[Edit, ...] = ()
    flags: tuple[Flag, ...] = ()
    found_in: tuple[WorkMeta, ...] = ()  # every work that has the passage, earliest first
    original: WorkMeta | None = None  # the earliest of them, when their years are known
    versions: tuple[Version, ...] = ()  # translations/editions of the source work, closest first

    @property
    def also_found_in(self) -> tuple[str, ...]:
        return tuple(meta.slug for meta in self.found_in if self.source and meta.slug != self.source.meta.slug)


@dataclass(frozen=True)
class Report:
    """Everything quotetrace found in one document."""

    document: Document
    quotes: tuple[QuoteResult, ...]
    speakers: tuple[SpeakerSpan, ...]
    library: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def check(document: str | Path | Document, library: str | Path | LibraryIndex,
          index: str | Path | None = None) -> Report:
    """Audit every quotation of ``document`` against ``library`` (a folder or an open index)."""
    if not isinstance(document, Document):
        document = read_document(document)
    if isinstance(library, LibraryIndex):
        return audit_document(document, library)
    opened, sync = open_library(library, index)
    try:
        return audit_document(document, opened, library=str(library), sync=sync)
    finally:
        opened.close()


def read_quotations(document: Document, index: LibraryIndex) -> Parse:
    """The quotations a check audits: those the page marks, read with the names of the library's
    works, and the passages of those works it copies without a mark."""
    library = [(meta.title, meta.author) for meta in index.metas().values()]
    parse = parse_quotations(document, library)
    return replace(parse, quotations=with_unmarked_quotations(document.text, parse, index, library))


def audit_document(document: Document, index: LibraryIndex, library: str | None = None,
                   sync: SyncReport | None = None) -> Report:
    parse = read_quotations(document, index)
    quotations = parse.quotations
    own_words = page_words(document.text)
    results = tuple(audit_quotation(document, quotation, index, own_words) for quotation in quotations)
    warnings = tuple(parse.warnings) + tuple(f"library file skipped: {problem}"
                                             for problem in (sync.skipped if sync else []))
    return Report(document=document, quotes=results, speakers=tuple(speaker_map(document.text, quotations)),
                  library=library, warnings=warnings)


def audit_quotation(document: Document, quotation: Quotation, index: LibraryIndex,
                    own_words: str | None = None) -> QuoteResult:
    """Locate, align and judge one quotation.

    Candidates come from shared word 4-grams; when none of them holds the quotation,
    from passages sharing its content words (a quotation whose every other word is
    changed or misspelt), aligned the same way; failing that, the best such passage
    may still be a paraphrase.
    """
    if not quotation.audited:
        return QuoteResult(quotation, UNAUDITED, judge_attribution(quotation.claim, None))
    quoted = quote_words(document.text, quotation)
    alignments = locate_quotation(quoted, index)
    result = located_result(document, quotation, index, alignments, own_words)
    if result is not None:
        return result
    passages = locate_by_meaning(quoted.norms, index)
    by_meaning = [align_in_work(quoted, p.work, list(p.hits)) for p in passages]
    result = located_result(document, quotation, index, sorted((a for a in by_meaning if a.segments),
                                                                 key=lambda al: -al.score), own_words)
    if result is not None:
        return result
    return paraphrase_result(quotation, index, [p for p in passages if is_paraphrase(p)], quoted.norms)


def located_result(document: Document, quotation: Quotation, index: LibraryIndex,
                   alignments: list[Alignment], own_words: str | None = None) -> QuoteResult | None:
    """The verdicts for the best alignment, if it really holds the quotation; its claim completed
    by the work, where the page's ``own_words`` (:func:`page_words`) name it or its author."""
    best = choose_alignment(alignments, quotation)
    if best is None:
        return None
    edits = best.edits(quotation.marks, document.text)
    similarity = best.similarity(edits)
    if not is_located(similarity, best.matched, len(best.words.tokens)):
        return None
    span = best.source_span()
    source = SourceMatch(best.work.meta, span, best.work.text[span[0]:span[1]], source_page(best))
    flags = meaning_flags(quotation, best, edits)
    wrong_page = page_flag(quotation, best)
    if wrong_page:
        flags.append(wrong_page)
    found_in = earliest_first([al.work.meta for al in alignments if al.score >= best.score * (1 - TIE_MARGIN)])
    original = found_in[0] if len(found_in) > 1 and found_in[0].year is not None else None
    versions = versions_of(best.work.meta, best.words.norms, index, alignments)
    flags.extend(translator_flags(quotation, best.work.meta, versions))
    fidelity = judge_fidelity(edits, reordered=any(flag.flag == "out_of_order" for flag in flags))
    meta, passage = best.work.meta, scene(best.work.text, span)
    claim = quotation.claim
    if own_words is not None:
        consistent = claim is not None and (claim_matches(claim, meta, passage, best.work.text)
                                            or is_character_of(claim, best.work.text, span, index))
        claim = claim_from_source(claim, meta, own_words, consistent, parts_before(best.work.text, span[0]))
        quotation = replace(quotation, claim=claim)
    attribution = judge_attribution(claim, meta, passage, best.work.text)
    return QuoteResult(quotation, fidelity, attribution,
                       source, similarity, tuple(edits), tuple(flags), tuple(found_in), original, versions)


SCENE_REACH = 1500  # characters either side of the words: where a speaker is named ("said Holmes")
CHAPTER_REACH = 20_000  # characters either side of the words: where a character of the work goes on appearing


def is_character_of(claim: Claim, text: str, span: tuple[int, int], index: LibraryIndex) -> bool:
    """Whether a claim of a person alone ("Victor pleads: “…”") names a character of the work the words
    are found in: a name the work writes in the chapters around them, and no author of the library's
    (a page that credits Shakespeare with Emerson's words misattributes them, whoever Emerson names)."""
    if claim.title or not claim.author:
        return False
    name = claim.author.strip()
    if name.split()[-1] in index.author_surnames():
        return False
    pattern = rf"(?<![\w'’]){re.escape(name)}(?![\w])"
    return re.search(pattern, text[max(0, span[0] - CHAPTER_REACH):span[1] + CHAPTER_REACH]) is not None



def scene(text: str, span: tuple[int, int]) -> str:
    """The source text around a located passage."""
    return text[max(0, span[0] - SCENE_REACH):span[1] + SCENE_REACH]


def is_paraphrase(passage: PassageMatch) -> bool:
    """Enough of the quotation's content words, mostly in its order."""
    return (passage.similarity >= MIN_PARAPHRASE_SIMILARITY and passage.shared >= MIN_PARAPHRASE_SHARED
            and passage.in_order >= MIN_PARAPHRASE_ORDER)


def paraphrase_result(quotation: Quotation, index: LibraryIndex, passages: list[PassageMatch],
                      norms: list[str]) -> QuoteResult:
    """A quotation whose wording is nowhere may still be a paraphrase or another translation."""
    if not passages:
        return QuoteResult(quotation, UNLOCATED, judge_attribution(quotation.claim, None))
    top = passages[0].similarity
    tied = [p for p in passages if p.similarity >= top - TIE_MARGIN]
    best = prefer_claimed(tied, quotation)
    span = best.span()
    source = SourceMatch(best.work.meta, span, best.work.text[span[0]:span[1]], best.work.page_at(span[0]))
    versions = versions_of(best.work.meta, norms, index, [])
    flags = translator_flags(quotation, best.work.meta, versions)
    return QuoteResult(quotation, PARAPHRASE, judge_attribution(quotation.claim, best.work.meta,
                                                                scene(best.work.text, span), best.work.text), source,
                       best.similarity, (), tuple(flags), tuple(earliest_first([p.work.meta for p in tied])), None,
                       versions)


def versions_of(found: WorkMeta, norms: list[str], index: LibraryIndex, alignments: list[Alignment]) -> tuple[Version, ...]:
    """The translations and editions of the found work in the library, closest to the quotation first."""
    siblings = {wid: meta for wid, meta in index.metas().items() if meta.slug == found.slug or same_work(meta, found)}
    if len(siblings) < 2:
        return ()
    meaning = {p.work.id: p.similarity for p in locate_by_meaning(norms, index, set(siblings), len(siblings))}
    wording = {al.work.id: round(al.matched / max(len(al.words.tokens), 1), 3) for al in alignments}
    versions = [Version(meta, wording.get(wid), meaning.get(wid)) for wid, meta in siblings.items()]
    return tuple(sorted(versions, key=lambda v: (-(v.wording or 0.0), -(v.meaning or 0.0), v.meta.slug)))


def translator_flags(quotation: Quotation, found: WorkMeta, versions: tuple[Version, ...]) -> list[Flag]:
    """``translator_wrong`` when the document names another translator than the found version's."""
    claimed = quotation.claim.translator if quotation.claim else None
    if not claimed or not found.translator or author_matches(claimed, found.translator):
        return []
    named = next((v.meta for v in versions if v.meta.translator and author_matches(claimed, v.meta.translator)), None)
    detail = f"claimed translator {claimed}; the words follow {found.translator}"
    if named is not None:
        detail += f", not {named.translator} ({named.slug})"
    return [Flag("translator_wrong", detail)]


def earliest_first(metas: list[WorkMeta]) -> list[WorkMeta]:
    """Works ordered by year (unknown years last), so the first is the likely original."""
    return sorted(metas, key=lambda meta: (meta.year is None, meta.year if meta.year is not None else 0))


def choose_alignment(alignments: list[Alignment], quotation: Quotation) -> Alignment | None:
    """The best-scoring alignment; among equally good ones, the work the document claims."""
    if not alignments:
        return None
    top = alignments[0].score
    return prefer_claimed([al for al in alignments if al.score >= top - abs(top) * TIE_MARGIN], quotation)


def prefer_claimed(tied: list, quotation: Quotation):
    """Of equally good candidates (each with a ``work``), the work the document claims, else the first
    that is no book of quotations (Macbeth's words, not Bartlett's entry of them), else the first."""
    if quotation.claim is not None:
        for candidate in tied:
            if claim_matches(quotation.claim, candidate.work.meta):
                return candidate
    return next((candidate for candidate in tied if not candidate.work.meta.is_anthology), tied[0])
