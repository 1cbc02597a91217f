"""A quotation as words to compare: marks taken out, cut into segments at elisions.

The marks are masked (replaced by blanks of the same length), so every token keeps
its offset in the document; page anchors are masked with line breaks so that a
word split across a page break (``fet- {p. 145} ters``) is rejoined.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .marks import Mark
from .quotes import Quotation
from .text import Token, mask, tokenize


@dataclass(frozen=True)
class QuoteWords:
    """The tokens of a quotation, its elision-separated segments and where each mark falls."""

    tokens: list[Token]
    segments: list[tuple[int, int]]  # token index ranges [a, b)
    boundaries: dict[Mark, int]  # mark -> number of tokens before it

    @property
    def norms(self) -> list[str]:
        return [t.norm for t in self.tokens]


def quote_words(document_text: str, quotation: Quotation) -> QuoteWords:
    """Tokenise a quotation without its marks and cut it at its elisions."""
    start, end = quotation.start, quotation.end
    local = document_text[start:end]  # only the quotation is copied, so a long document stays linear

    def spans(kinds: set[str], exclude: bool = False) -> list[tuple[int, int]]:
        return [(m.start - start, m.end - start) for m in quotation.marks if (m.kind in kinds) != exclude]

    masked = mask(mask(local, spans({"page"}), "\n"), spans({"page", "letters"}, exclude=True), " ")
    local_tokens = _join_bracketed_letters(tokenize(masked), masked, spans({"letters"}))
    tokens = [Token(t.norm, t.start + start, t.end + start) for t in local_tokens]
    token_starts = [t.start for t in tokens]
    boundaries = {mark: bisect_left(token_starts, mark.start) for mark in quotation.marks}
    cuts = sorted({boundaries[m] for m in quotation.marks if m.kind == "elision"} | {0, len(tokens)})
    segments = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    return QuoteWords(tokens=tokens, segments=segments, boundaries=boundaries)


def _join_bracketed_letters(tokens: list[Token], text: str, spans: list[tuple[int, int]]) -> list[Token]:
    """``[T]he`` and ``employ[ed]`` are one word each: join the pieces the brackets split."""
    if not spans:
        return tokens
    joined: list[Token] = []
    for token in tokens:
        if joined:
            previous = joined[-1]
            gap = text[previous.end:token.start]
            if gap and set(gap) <= {"[", "]"} and any(s <= previous.end and token.start <= e for s, e in spans):
                joined[-1] = Token(previous.norm + token.norm, previous.start, token.end)
                continue
        joined.append(token)
    return joined
