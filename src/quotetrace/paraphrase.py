"""Locate a quotation by meaning when its wording is not in the library.

A paraphrase, or the same passage in another translation, keeps few word
sequences of the source but many of its content words.  Each content word of the
quotation (in its dictionary form) is looked up in the index's ``lemma``
postings and weighted by its rarity (idf); in every work the densest window of
about the quotation's length is the candidate, and its score is the weighted
share of the quotation's content words it contains.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from .lexicon import is_content_word, lemma_hash
from .library.index import LibraryIndex
from .library.works import Work

MIN_CONTENT_WORDS = 4
CANDIDATE_WORKS = 3


@dataclass(frozen=True)
class PassageMatch:
    """A source passage that shares the quotation's content words."""

    work: Work
    token_range: tuple[int, int]
    similarity: float  # idf-weighted share of the quotation's content words found in the passage
    shared: int  # how many distinct content words the passage shares
    hits: tuple[tuple[int, int], ...] = ()  # (quotation token, work token) pairs of shared content words

    @property
    def in_order(self) -> float:
        """Share of the shared words that come in the quotation's order (1.0: all of them).

        A paraphrase keeps most of its source's order; words shuffled from a page do not.
        """
        first_q: dict[int, int] = {}
        for q, s in sorted(self.hits, key=lambda h: (h[1], h[0])):
            first_q.setdefault(s, q)
        sequence = [first_q[s] for s in sorted(first_q)]
        return _longest_increasing(sequence) / len(sequence) if sequence else 0.0

    def span(self) -> tuple[int, int]:
        low, high = self.token_range
        return int(self.work.starts[low]), int(self.work.ends[high - 1])


def locate_by_meaning(norms: list[str], index: LibraryIndex, works: set[int] | None = None,
                      limit: int = CANDIDATE_WORKS) -> list[PassageMatch]:
    """The passages, one per work (of ``works``, if given), that best share the quotation's
    content words; best first."""
    positions_of: dict[int, list[int]] = defaultdict(list)
    for q, word in enumerate(norms):
        if is_content_word(word):
            positions_of[lemma_hash(word)].append(q)
    lemmas = set(positions_of)
    if len(lemmas) < MIN_CONTENT_WORDS:
        return []
    postings = index.postings(list(lemmas), kind="lemma", limit=None)
    total = max(index.total_tokens(), 1)
    weights = {h: math.log(total / (1 + len(postings.get(h, ())))) for h in lemmas}
    weight_sum = sum(weights.values())
    by_work: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for h, hits in postings.items():
        for work_id, position in hits:
            by_work[work_id].append((position, h))
    width = max(20, int(1.5 * len(norms)))
    candidates = []
    for work_id, events in by_work.items():
        if works is not None and work_id not in works:
            continue
        events.sort()
        score, window, shared = _densest_window(events, weights, width)
        hits = tuple((q, s) for s, h in events if window[0] <= s < window[1] for q in positions_of[h])
        candidates.append((score / weight_sum, work_id, window, shared, hits))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    return [PassageMatch(index.work(work_id), window, round(score, 3), shared, hits)
            for score, work_id, window, shared, hits in candidates[:limit]]


def _longest_increasing(sequence: list[int]) -> int:
    tails: list[int] = []
    for value in sequence:
        k = bisect_left(tails, value)
        tails[k:k + 1] = [value]
    return len(tails)


def _densest_window(events: list[tuple[int, int]], weights: dict[int, float],
                    width: int) -> tuple[float, tuple[int, int], int]:
    """The window of ``width`` tokens with the largest weight of distinct content words."""
    counts: dict[int, int] = defaultdict(int)
    score = best = 0.0
    best_window = (events[0][0], events[0][0] + 1)
    best_shared = 0
    left = 0
    for right, (position, h) in enumerate(events):
        counts[h] += 1
        if counts[h] == 1:
            score += weights[h]
        while position - events[left][0] >= width:
            gone = events[left][1]
            counts[gone] -= 1
            if counts[gone] == 0:
                score -= weights[gone]
            left += 1
        if score > best:
            best, best_window = score, (events[left][0], position + 1)
            best_shared = sum(1 for c in counts.values() if c > 0)
    return best, best_window, best_shared
