"""Word-level alignment of a quotation segment against a stretch of source text.

A semi-global Needleman-Wunsch: the quotation segment must be used entirely, the
source window only where it matches (free leading and trailing source gaps).  Rows
are vectorised with numpy (the horizontal gap recurrence becomes a running
minimum), so a 200-word segment against a 600-word window costs about a
millisecond.  General aligners do not know about elisions and interpolations;
the caller cuts the quotation at those marks and aligns each segment on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import cdist

MATCH, VARIANT, SUBSTITUTION, INSERTION, OMISSION = "match", "variant", "substitution", "insertion", "omission"
# Matches earn (negative cost) so that a quotation is aligned to its end rather than
# left dangling; skipping source words is cheaper than inventing quote words, so a
# silently dropped clause shows as an omission and not as a cascade of substitutions.
MATCH_COST = -1.0
VARIANT_COST = -0.75
SUBSTITUTION_COST = 1.0
INSERTION_COST = 1.0
OMISSION_COST = 0.5

_OCR = [("rn", "m"), ("vv", "w"), ("1", "l"), ("0", "o"), ("ſ", "s")]
_WHOLE_WORD_OCR = {"qf": "of", "tbe": "the", "aud": "and", "tlie": "the", "bnt": "but", "wbich": "which"}


@lru_cache(maxsize=200_000)
def spelling_key(word: str) -> str:
    """A looser form of a word under which scanning errors and spelling variants coincide.

    ``atttacks``/``attacks``, ``honour``/``honor``, ``realise``/``realize``, ``qf``/``of``.
    Short words are only forgiven known scanning errors, so ``not``/``now`` never meet.
    """
    word = _WHOLE_WORD_OCR.get(word, word)
    if len(word) < 5:
        return word
    for wrong, right in _OCR:
        word = word.replace(wrong, right)
    word = re.sub(r"(.)\1+", r"\1", word)
    if len(word) >= 6:
        word = word.replace("our", "or")
    word = re.sub(r"is(e|es|ed|ing|ation|ations)$", r"iz\1", word)
    word = re.sub(r"ys(e|es|ed|ing)$", r"yz\1", word)
    word = re.sub(r"([^aeiou])re$", r"\1er", word)
    word = re.sub(r"ence$", "ense", word)
    return word


def is_variant(quoted: str, source: str) -> bool:
    """True when two different words are the same word spelt or scanned differently."""
    if quoted == source:
        return False
    if spelling_key(quoted) == spelling_key(source):
        return True
    shortest = min(len(quoted), len(source))
    return shortest >= 7 and Levenshtein.distance(quoted, source) <= 1


@dataclass(frozen=True, slots=True)
class Step:
    """One column of an alignment: a quote token index, a source token index, or both."""

    op: str
    q: int | None
    s: int | None


def align_words(quote: list[str], source: list[str]) -> tuple[list[Step], float]:
    """Best alignment of all of ``quote`` against a part of ``source``, and its cost."""
    m, n = len(quote), len(source)
    if m == 0:
        return [], 0.0
    if n == 0:
        return [Step(INSERTION, i, None) for i in range(m)], m * INSERTION_COST
    vocabulary: dict[str, int] = {}
    q_ids = np.array([vocabulary.setdefault(w, len(vocabulary)) for w in quote])
    s_ids = np.array([vocabulary.setdefault(w, len(vocabulary)) for w in source])
    keys: dict[str, int] = {}
    q_keys = np.array([keys.setdefault(spelling_key(w), len(keys)) for w in quote])
    s_keys = np.array([keys.setdefault(spelling_key(w), len(keys)) for w in source])
    # A substitution of a similar-looking word is a little cheaper, so that a changed
    # word lines up with the word it replaced rather than with a neighbour.
    words = list(vocabulary)
    likeness = cdist(words, words, scorer=Levenshtein.normalized_similarity, dtype=np.float32)
    pair_costs = SUBSTITUTION_COST - 0.4 * likeness

    costs = np.zeros((m + 1, n + 1))
    ramp = np.arange(n + 1) * OMISSION_COST
    for i in range(1, m + 1):
        substitution = np.where(s_ids == q_ids[i - 1], MATCH_COST,
                                np.where(s_keys == q_keys[i - 1], VARIANT_COST, pair_costs[q_ids[i - 1], s_ids]))
        row = np.empty(n + 1)
        row[0] = i * INSERTION_COST
        row[1:] = np.minimum(costs[i - 1, :-1] + substitution, costs[i - 1, 1:] + INSERTION_COST)
        costs[i] = np.minimum.accumulate(row - ramp) + ramp
    end = int(np.argmin(costs[m]))
    total = float(costs[m, end])

    # Trace back, preferring to skip source words on ties, so that an omitted clause
    # comes out as one run instead of being broken by a stray match of "and".
    steps: list[Step] = []
    i, j = m, end
    while i > 0:
        here = costs[i, j]
        if j > 0 and np.isclose(here, costs[i, j - 1] + OMISSION_COST):
            steps.append(Step(OMISSION, None, j - 1))
            j -= 1
            continue
        if j > 0:
            if q_ids[i - 1] == s_ids[j - 1]:
                sub, op = MATCH_COST, MATCH
            elif q_keys[i - 1] == s_keys[j - 1]:
                sub, op = VARIANT_COST, VARIANT
            else:
                sub, op = float(pair_costs[q_ids[i - 1], s_ids[j - 1]]), SUBSTITUTION
            if np.isclose(here, costs[i - 1, j - 1] + sub):
                steps.append(Step(op, i - 1, j - 1))
                i, j = i - 1, j - 1
                continue
        steps.append(Step(INSERTION, i - 1, None))
        i -= 1
    steps.reverse()
    for k, step in enumerate(steps):  # typos of long words count as variants, not substitutions
        if step.op == SUBSTITUTION and is_variant(quote[step.q], source[step.s]):
            steps[k] = Step(VARIANT, step.q, step.s)
    return steps, total
