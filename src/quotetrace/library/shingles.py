"""Stable 64-bit hashes of word n-grams (shingles), computed with numpy."""

from __future__ import annotations

import hashlib

import numpy as np

from ..align import spelling_key

SHINGLE_SIZE = 4
_MULTIPLIERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
                        dtype=np.uint64)
_token_hash_cache: dict[str, int] = {}


def token_hash(word: str) -> int:
    cached = _token_hash_cache.get(word)
    if cached is None:
        cached = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")
        if len(_token_hash_cache) < 1_000_000:
            _token_hash_cache[word] = cached
    return cached


def shingle_hashes(norms: list[str], size: int = SHINGLE_SIZE) -> np.ndarray:
    """Hash of the shingle starting at each position (``len(norms) - size + 1`` values, int64 >= 0).

    Words are hashed in their spelling-key form, so that a quotation full of scanning
    slips (``qf``, ``giveen``, ``sorne``) still shares its 4-grams with the source.
    """
    if len(norms) < size:
        return np.zeros(0, dtype=np.int64)
    token_hashes = np.fromiter((token_hash(spelling_key(w)) for w in norms), dtype=np.uint64, count=len(norms))
    n = len(norms) - size + 1
    combined = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(size):
            combined = combined * np.uint64(31) + token_hashes[k:k + n] * _MULTIPLIERS[k]
    return (combined >> np.uint64(1)).astype(np.int64)
