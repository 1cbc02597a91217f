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
import simplemma
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import cdist

MATCH, VARIANT, SUBSTITUTION, INSERTION, OMISSION = "match", "variant", "substitution", "insertion", "omission"
INFLECTION = "inflection"
# Matches earn (negative cost) so that a quotation is aligned to its end rather than
# left dangling.  Skipping source words costs an opening plus a small amount per
# word (affine gap), so a silently dropped clause shows as one omission and not as
# a cascade of substitutions.
MATCH_COST = -1.0
VARIANT_COST = -0.75
INFLECTION_COST = -0.25
SUBSTITUTION_COST = 1.0
INSERTION_COST = 1.0
OMISSION_OPEN = 1.0
OMISSION_EXTEND = 0.15

_OCR = [("rn", "m"), ("1", "l"), ("0", "o"), ("ſ", "s")]
_WHOLE_WORD_OCR = {"qf": "of", "tbe": "the", "aud": "and", "tlie": "the", "bnt": "but", "wbich": "which"}


@lru_cache(maxsize=200_000)
def spelling_key(word: str) -> str:
    """A looser form of a word under which scanning errors and spelling variants coincide.

    ``atttacks``/``attacks``, ``willl``/``will``, ``honour``/``honor``, ``realise``/``realize``,
    ``qf``/``of``.  A letter tripled is always a slip; doubled letters are only let go in
    words of five letters or more, so ``good``/``god`` and ``not``/``now`` never meet.
    Doubled letters are collapsed before scanning confusions are undone, so that
    ``learrn`` and ``learn`` meet.
    """
    word = re.sub(r"(.)\1\1+", r"\1\1", _WHOLE_WORD_OCR.get(word, word))
    if len(word) < 5:
        return word
    word = re.sub(r"(.)\1+", r"\1", word)
    for wrong, right in _OCR:
        word = word.replace(wrong, right)
    word = word.replace("xion", "ction")
    if len(word) >= 6:
        word = word.replace("our", "or")
    word = re.sub(r"is(e|es|ed|ing|ation|ations)$", r"iz\1", word)
    word = re.sub(r"ys(e|es|ed|ing)$", r"yz\1", word)
    word = re.sub(r"([^aeiou])re$", r"\1er", word)
    word = re.sub(r"ence$", "ense", word)
    return word


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Dictionary form of an English word (simplemma): ``fought`` and ``fights`` give ``fight``."""
    return simplemma.lemmatize(word, lang="en").casefold()


def is_inflection(quoted: str, source: str) -> bool:
    """Two forms of one word: a change of tense, number or degree, not a different word."""
    return quoted != source and lemma(quoted) == lemma(source)


def is_variant(quoted: str, source: str) -> bool:
    """True when two different words are the same word spelt or scanned differently."""
    if quoted == source:
        return False
    if spelling_key(quoted) == spelling_key(source):
        return True
    if min(len(quoted), len(source)) >= 4 and _undoubled(quoted) == _undoubled(source):
        return True  # "poorr" for "poor": a doubled letter in a short word
    if len(quoted) >= 5 and _scanned_first(quoted) == _scanned_first(source):
        return True  # "forrns" for "forms", "comrnerce" for "commerce": the scanning confusion came first
    # A dropped or doubled letter, or two letters swapped, in a long word is a slip of
    # the pen or the scanner; a changed letter ("confirmed"/"conformed") may be a new word.
    if min(len(quoted), len(source)) < 7:
        return False
    if abs(len(quoted) - len(source)) == 1:
        return Levenshtein.distance(quoted, source) == 1
    return len(quoted) == len(source) and _one_transposition(quoted, source)


def _scanned_first(word: str) -> str:
    for wrong, right in _OCR:
        word = word.replace(wrong, right)
    return _undoubled(word)


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _one_transposition(a: str, b: str) -> bool:
    diffs = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]


@dataclass(frozen=True, slots=True)
class Step:
    """One column of an alignment: a quote token index, a source token index, or both."""

    op: str
    q: int | None
    s: int | None


def align_words(quote: list[str], source: list[str]) -> tuple[list[Step], float]:
    """Best alignment of all of ``quote`` against a part of ``source``, and its cost.

    Gotoh's three-state recurrence, one numpy row at a time: ``direct`` ends in a
    match, substitution or quote-only word; ``skip`` ends in a run of omitted source
    words, whose row minimum is a running minimum over the direct states before it.
    """
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
    lemmas = np.array([lemma(w) for w in words])
    pair_costs[lemmas[:, None] == lemmas[None, :]] = INFLECTION_COST
    for a, b in zip(*np.nonzero(likeness >= 0.6)):  # the few look-alike pairs: slips of pen or scanner?
        if a != b and is_variant(words[a], words[b]):
            pair_costs[a, b] = VARIANT_COST
    np.fill_diagonal(pair_costs, MATCH_COST)

    def substitution_costs(i: int) -> np.ndarray:
        return np.where(s_ids == q_ids[i], MATCH_COST,
                        np.where(s_keys == q_keys[i], VARIANT_COST, pair_costs[q_ids[i], s_ids]))

    direct = np.zeros((m + 1, n + 1))
    skip = np.full((m + 1, n + 1), np.inf)
    best_prev = np.zeros(n + 1)  # row 0: the quotation may start anywhere in the source
    ramp = np.arange(n + 1) * OMISSION_EXTEND
    for i in range(1, m + 1):
        row = best_prev + INSERTION_COST
        row[1:] = np.minimum(row[1:], best_prev[:-1] + substitution_costs(i - 1))
        direct[i] = row
        opened = np.minimum.accumulate(row - ramp)
        skip[i, 1:] = opened[:-1] + ramp[1:] + OMISSION_OPEN
        best_prev = np.minimum(row, skip[i])
    end = int(np.argmin(best_prev))
    total = float(best_prev[end])

    steps: list[Step] = []
    i, j, in_skip = m, end, skip[m, end] < direct[m, end]
    while i > 0:
        if in_skip:
            k = j - 1
            while not np.isclose(skip[i, j], direct[i, k] + OMISSION_OPEN + (j - k) * OMISSION_EXTEND):
                k -= 1
            steps.extend(Step(OMISSION, None, s) for s in range(j - 1, k - 1, -1))
            j, in_skip = k, False
            continue
        previous = np.minimum(direct[i - 1], skip[i - 1])
        if j > 0:
            if q_ids[i - 1] == s_ids[j - 1]:
                sub, op = MATCH_COST, MATCH
            elif q_keys[i - 1] == s_keys[j - 1]:
                sub, op = VARIANT_COST, VARIANT
            else:
                sub = float(pair_costs[q_ids[i - 1], s_ids[j - 1]])
                op = VARIANT if sub == VARIANT_COST else SUBSTITUTION
            if np.isclose(direct[i, j], previous[j - 1] + sub):
                steps.append(Step(op, i - 1, j - 1))
                i, j = i - 1, j - 1
                in_skip = skip[i, j] < direct[i, j]
                continue
        steps.append(Step(INSERTION, i - 1, None))
        i -= 1
        in_skip = skip[i, j] < direct[i, j]
    steps.reverse()
    for k, step in enumerate(steps):  # typos of long words are variants; other forms of a word, inflections
        if step.op == SUBSTITUTION and is_variant(quote[step.q], source[step.s]):
            steps[k] = Step(VARIANT, step.q, step.s)
        elif step.op == SUBSTITUTION and is_inflection(quote[step.q], source[step.s]):
            steps[k] = Step(INFLECTION, step.q, step.s)
    return steps, total
