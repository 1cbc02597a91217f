"""Tokens with offsets: the one place where text is normalised for comparison.

Every token keeps the character span it came from, so anything found by comparing
normalised words can be shown in the original text.  Normalisation forgives case,
accents, ligatures, apostrophes, hyphens (including line-break hyphenation) and all
punctuation; it never changes which letters a word has beyond that.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A word: letters/digits, optionally joined by apostrophes or single hyphens, with a
# trailing hyphen kept so that a word broken at a line end can be rejoined.
_WORD = re.compile(r"[^\W_]+(?:['’‘][^\W_]+|-[^\W_]+)*-?")
_FOLD = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "ſ": "s", "đ": "d", "ð": "d", "þ": "th"})


@dataclass(frozen=True, slots=True)
class Token:
    """A normalised word and the span of the original text it stands for."""

    norm: str
    start: int
    end: int


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """Fold a word to the form used for comparison (case, accents, ligatures, inner marks)."""
    word = unicodedata.normalize("NFKD", word)
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    word = word.casefold().translate(_FOLD)
    return word.replace("'", "").replace("’", "").replace("‘", "").replace("-", "")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into normalised tokens with offsets into ``text``.

    A word ending in a hyphen followed by a line break (or by text that was masked
    with line breaks, such as a page anchor) is joined with the next word:
    ``fet-\\n ters`` becomes ``fetters``.
    """
    end = len(text) if end is None else end
    tokens: list[Token] = []
    pending: tuple[str, int, int] | None = None  # a hyphen-broken word waiting for its tail
    for match in _WORD.finditer(text, start, end):
        word, w_start, w_end = match.group(), match.start(), match.end()
        if pending is not None:
            head, h_start, h_end = pending
            pending = None
            gap = text[h_end:w_start]
            if gap and not gap.strip() and "\n" in gap:
                word, w_start = head + word, h_start
            else:
                _append(tokens, head, h_start, h_end)
        if word.endswith("-"):
            pending = (word, w_start, w_end)
            continue
        _append(tokens, word, w_start, w_end)
    if pending is not None:
        _append(tokens, *pending)
    return tokens


def _append(tokens: list[Token], word: str, start: int, end: int) -> None:
    norm = normalize_word(word)
    if norm:
        tokens.append(Token(norm, start, end))


def words(text: str) -> list[str]:
    """The normalised words of a text, without offsets."""
    return [t.norm for t in tokenize(text)]


def one_line(text: str, limit: int = 0) -> str:
    """Whitespace folded to single spaces, and cut to ``limit`` characters with an ellipsis."""
    text = re.sub(r"\s+", " ", text).strip()
    if limit and len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    return text


def mask(text: str, spans: list[tuple[int, int]], fill: str = " ") -> str:
    """Blank out spans of ``text`` without moving any offset (same length, same positions)."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] not in "\r\n":
                chars[i] = fill
    return "".join(chars)
