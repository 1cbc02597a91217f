"""Word lists and content words: what carries meaning when the wording changes.

A paraphrase or another translation keeps few word sequences of its source but
many of its content words, in their dictionary forms.  Those are indexed too.
"""

from __future__ import annotations

import numpy as np

from .align import lemma
from .library.shingles import token_hash

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers herself
him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same shall she should so some such than that the their theirs them themselves
then there these they this those through thy thee thou thine to too under until up upon very was we were what when
where which while who whom why will with would ye you your yours yourself yourselves unto hath doth shalt wilt art
one two may might must let us yet also even every much many upon said say says saith
""".split())


def is_content_word(word: str) -> bool:
    return len(word) > 2 and word not in STOPWORDS and not word.isdigit()


def content_lemma_hashes(norms: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of the dictionary forms of the content words, and their token positions."""
    positions = [i for i, word in enumerate(norms) if is_content_word(word)]
    hashes = np.fromiter((lemma_hash(norms[i]) for i in positions), dtype=np.int64, count=len(positions))
    return hashes, np.asarray(positions, dtype=np.int32)


def lemma_hash(word: str) -> int:
    return token_hash("\x00" + lemma(word)) >> 1
