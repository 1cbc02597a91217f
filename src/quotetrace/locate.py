"""Find where a quotation comes from: shingle retrieval, segment placement, alignment.

1. Every word 4-gram inside a segment is looked up in the index; works are ranked
   by how many quotation positions they explain.
2. In each candidate work, each segment gets its densest region(s) of hits; a
   chain picks one region per segment so that segments appear in source order
   (an elided quotation may skip pages, but never runs backwards).
3. Each placed segment is aligned word by word in a window around its region;
   segments too short to have shingles are aligned in the gap their neighbours leave.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .align import INSERTION, MATCH, OMISSION, SUBSTITUTION, Step, align_words
from .alignment import Alignment, SegmentMatch
from .lexicon import is_content_word
from .library.index import LibraryIndex
from .library.shingles import SHINGLE_SIZE, shingle_hashes
from .library.works import Work
from .segments import QuoteWords

CANDIDATE_WORKS = 5
REGIONS_PER_SEGMENT = 2
EDGE_REACH = 30  # how far before (after) the aligned text a kept first (last) word is looked for
EDGE_REACH_COMMON = 12  # the same for a common word ("there", "the"), which is found anywhere


@dataclass(frozen=True, slots=True)
class Region:
    """A dense run of hits for one segment: its weight and estimated source token range."""

    segment: int
    weight: int
    low: int
    high: int


def candidate_hits(words: QuoteWords, index: LibraryIndex) -> dict[int, list[tuple[int, int]]]:
    """Shingle hits per work, as (quote token position, work token position), best works first."""
    norms = words.norms
    queries: list[tuple[int, int]] = []  # (hash, quote position)
    for a, b in words.segments:
        for offset, value in enumerate(shingle_hashes(norms[a:b], SHINGLE_SIZE)):
            queries.append((int(value), a + offset))
    if not queries:
        return {}
    postings = index.postings([h for h, _ in queries])
    hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for value, q in queries:
        for work, position in postings.get(value, ()):
            hits[work].append((q, position))
    coverage = {work: len({q for q, _ in pairs}) for work, pairs in hits.items()}
    ranked = sorted(coverage, key=lambda w: (-coverage[w], w))
    best = coverage[ranked[0]] if ranked else 0
    keep = [w for w in ranked[:CANDIDATE_WORKS] if coverage[w] >= max(1, best // 4)]
    return {w: hits[w] for w in keep}


def segment_regions(words: QuoteWords, hits: list[tuple[int, int]], n_tokens: int) -> list[Region]:
    """Up to two dense, non-overlapping hit regions per segment."""
    regions: list[Region] = []
    for k, (a, b) in enumerate(words.segments):
        length = b - a
        seg_hits = sorted((s, q) for q, s in hits if a <= q < b)
        width = 2 * length + 20
        found: list[Region] = []
        remaining = seg_hits
        while remaining and len(found) < REGIONS_PER_SEGMENT:
            best_count, best_span = 0, (0, 0)
            left = 0
            for right in range(len(remaining)):
                while remaining[right][0] - remaining[left][0] > width:
                    left += 1
                count = len({q for _, q in remaining[left:right + 1]})
                if count > best_count:
                    best_count, best_span = count, (left, right + 1)
            chosen = remaining[best_span[0]:best_span[1]]
            low = max(0, min(s - (q - a) for s, q in chosen))
            high = min(n_tokens, max(s + (b - q) for s, q in chosen))
            found.append(Region(k, best_count, low, high))
            remaining = [(s, q) for s, q in remaining if s < low - width or s > high + width]
        regions.extend(found)
    return regions


def chain_regions(regions: list[Region]) -> dict[int, Region]:
    """The heaviest choice of at most one region per segment with segments in source order."""
    ordered = sorted(regions, key=lambda r: (r.segment, r.low))
    best: list[float] = []
    back: list[int | None] = []
    for i, region in enumerate(ordered):
        tolerance = 3
        best_prev, best_value = None, 0.0
        for j in range(i):
            other = ordered[j]
            if other.segment < region.segment and other.high - tolerance <= region.low and best[j] > best_value:
                best_prev, best_value = j, best[j]
        best.append(best_value + region.weight)
        back.append(best_prev)
    if not best:
        return {}
    i: int | None = max(range(len(best)), key=lambda k: best[k])
    chosen: dict[int, Region] = {}
    while i is not None:
        chosen[ordered[i].segment] = ordered[i]
        i = back[i]
    return chosen


def align_in_work(words: QuoteWords, work: Work, hits: list[tuple[int, int]]) -> Alignment:
    """Place and align every segment of the quotation in one work.

    Segments are placed in source order first; a segment that only fits earlier in
    the source than the one before it is then placed where it is (out of order).
    """
    n = len(work.norms)
    regions = segment_regions(words, hits, n)
    chosen = chain_regions(regions)
    for k in list(chosen):  # order yields to much stronger evidence elsewhere: parts quoted out of order
        strongest = max((r for r in regions if r.segment == k), key=lambda r: r.weight)
        if strongest.weight >= 2 * chosen[k].weight + 2:
            del chosen[k]
    matches: dict[int, SegmentMatch] = {}
    previous_end = 0
    for k, (a, b) in enumerate(words.segments):
        window = _window(k, b - a, chosen, n)
        if window is None:
            continue
        match = _align_segment(words, work, k, (max(window[0], previous_end), window[1]), strict=k not in chosen)
        if match is not None:
            matches[k] = match
            previous_end = match.source_range()[1]
    for region in sorted(regions, key=lambda r: -r.weight):
        k = region.segment
        if k in matches:
            continue
        a, b = words.segments[k]
        slack = 3 + (b - a) // 4
        match = _align_segment(words, work, k, (max(0, region.low - slack), min(n, region.high + slack)), strict=True)
        if match is not None:
            matches[k] = match
    return Alignment(work=work, words=words, segments=tuple(matches[k] for k in sorted(matches)))


def _align_segment(words: QuoteWords, work: Work, k: int, window: tuple[int, int], strict: bool) -> SegmentMatch | None:
    """Align segment ``k`` in a window; with ``strict``, refuse a placement that explains under half of it."""
    low, high = window
    a, b = words.segments[k]
    if high <= low:
        return None
    steps, _ = align_words(words.norms[a:b], work.norms[low:high])
    steps = [Step(s.op, None if s.q is None else s.q + a, None if s.s is None else s.s + low) for s in steps]
    steps = _reach_for_edge_words(steps, words.norms, work.norms)
    match = SegmentMatch((a, b), tuple(steps))
    if match.source_range() is None:
        return None
    if strict and sum(1 for s in steps if s.op in ("match", "variant")) * 2 < b - a:
        return None
    return match


def _reach_for_edge_words(steps: list[Step], quote: list[str], source: list[str]) -> list[Step]:
    """Keep an edge word the quoter kept while dropping the words after (before) it.

    "There [are dangers ... of] liberty is ..." starts with a word that stands a few
    words before the rest in the source; a semi-global alignment, free to start
    anywhere, would rather call it a substitution.  When the first (last) quoted word
    is unmatched but stands within reach before (after) the aligned text, it is
    matched there and the words between become one omission.
    """
    if len(steps) < 2:
        return steps

    def reach(word: str) -> int:
        return EDGE_REACH if is_content_word(word) else EDGE_REACH_COMMON

    def replaced_by_look_alike(step: Step) -> bool:  # "Here" for "There" is a changed word, not a cut
        return step.s is not None and Levenshtein.normalized_similarity(quote[step.q], source[step.s]) >= 0.5

    first = steps[0]
    if (first.op in (SUBSTITUTION, INSERTION) and first.q is not None and len(quote[first.q]) >= 3
            and not replaced_by_look_alike(first)):
        begin = first.s if first.s is not None else next((s.s for s in steps if s.s is not None), None)
        if begin is not None:
            for p in range(begin - 1, max(-1, begin - 1 - reach(quote[first.q])), -1):
                if source[p] == quote[first.q]:
                    end = begin + 1 if first.s is not None else begin
                    steps = [Step(MATCH, first.q, p), *(Step(OMISSION, None, j) for j in range(p + 1, end)), *steps[1:]]
                    break
    last = steps[-1]
    if (last.op in (SUBSTITUTION, INSERTION) and last.q is not None and len(quote[last.q]) >= 3
            and not replaced_by_look_alike(last)):
        finish = last.s if last.s is not None else next((s.s for s in reversed(steps) if s.s is not None), None)
        if finish is not None:
            for p in range(finish + 1, min(len(source), finish + 1 + reach(quote[last.q]))):
                if source[p] == quote[last.q]:
                    start = finish if last.s is not None else finish + 1
                    steps = [*steps[:-1], *(Step(OMISSION, None, j) for j in range(start, p)), Step(MATCH, last.q, p)]
                    break
    return steps


def _window(k: int, length: int, chosen: dict[int, Region], n: int) -> tuple[int, int] | None:
    slack = 3 + length // 4
    if k in chosen:
        region = chosen[k]
        return max(0, region.low - slack), min(n, region.high + slack)
    before = max((r.high for s, r in chosen.items() if s < k), default=None)
    after = min((r.low for s, r in chosen.items() if s > k), default=None)
    reach = 2 * length + 30
    if before is not None and after is not None:
        return (before, after) if after - before <= 3 * length + 60 else (before, min(after, before + reach))
    if before is not None:
        return before, min(n, before + reach)
    if after is not None:
        return max(0, after - reach), after
    return None


def locate_quotation(words: QuoteWords, index: LibraryIndex) -> list[Alignment]:
    """Alignments of the quotation in its candidate works, best first."""
    alignments = []
    for work_id, hits in candidate_hits(words, index).items():
        alignment = align_in_work(words, index.work(work_id), hits)
        if alignment.segments:
            alignments.append(alignment)
    return sorted(alignments, key=lambda al: -al.score)
