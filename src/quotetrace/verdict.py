"""Verdicts: how faithful a quotation is, and whether it is attributed to the right work.

The two are orthogonal: a verbatim quotation can be misattributed, a faithful one
can be unclaimed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from .alignment import ELISION, INTERPOLATION, SUBSTANTIVE, Edit
from .claims import Claim
from .library.catalog import WorkMeta
from .text import words

VERBATIM, FAITHFUL, ALTERED, UNLOCATED, UNAUDITED = "verbatim", "faithful", "altered", "unlocated", "unaudited"
PARAPHRASE = "paraphrase"
CONFIRMED, WRONG, UNCLAIMED, UNKNOWN = "confirmed", "wrong", "unclaimed", "unknown"
MIN_SIMILARITY = 0.5  # below this share of words in place, a "match" is chance
MIN_MATCHED_WORDS = 4
MIN_PARAPHRASE_SIMILARITY = 0.6  # weighted share of content words a paraphrased passage must share
MIN_PARAPHRASE_SHARED = 5  # distinct content words in common
MIN_PARAPHRASE_ORDER = 0.6  # share of them in the quotation's order
_NAME_NOISE = {"and", "the", "of", "de", "von", "van", "by", "ed", "trans", "jr", "sr", "st", "saint", "et", "al"}


SHORT_QUOTATION = 12  # words; a short quotation half of whose words match anywhere is chance
MIN_SIMILARITY_SHORT = 0.65


def is_located(similarity: float, matched: int, length: int) -> bool:
    """Enough of the quotation is in place to call the passage its source."""
    needed = MIN_SIMILARITY_SHORT if length < SHORT_QUOTATION else MIN_SIMILARITY
    return similarity >= needed and matched >= MIN_MATCHED_WORDS


def judge_fidelity(edits: list[Edit], reordered: bool = False) -> str:
    """``verbatim``, ``faithful`` or ``altered`` for a located quotation.

    Parts put in another order than the source's are an unmarked change, whatever the words.
    """
    if reordered or any(e.op in SUBSTANTIVE and not e.marked for e in edits):
        return ALTERED
    if any(_changes_words(e) for e in edits):
        return FAITHFUL
    return VERBATIM


def _changes_words(edit: Edit) -> bool:
    """Page anchors and elisions that stand for nothing leave the quoted words as they are."""
    if edit.op == INTERPOLATION:
        return edit.kind != "page_anchor"
    if edit.op == ELISION:
        return bool(edit.source_text.strip())
    return True


def author_matches(claimed: str, actual: str | None) -> bool:
    """A claimed author matches when a distinctive name of it is among the work's authors."""
    if not actual:
        return False
    actual_names = {w for w in words(actual) if w not in _NAME_NOISE}
    claimed_names = [w for w in words(claimed) if w not in _NAME_NOISE and len(w) > 2]
    return bool(claimed_names) and any(name in actual_names for name in claimed_names)


def title_matches(claimed: str, actual: str) -> bool:
    """Titles match when one contains the other's words (subtitles and articles aside)."""
    a, b = " ".join(words(claimed)), " ".join(words(actual))
    a = re.sub(r"^(the|a|an) ", "", a)
    b = re.sub(r"^(the|a|an) ", "", b)
    if not a or not b:
        return False
    return a in b or b in a or fuzz.token_set_ratio(a, b) >= 90


def same_work(a: WorkMeta, b: WorkMeta) -> bool:
    """Two library works that are versions (translations, editions) of one work.

    Same author, and the same title, or the same year of first publication, or an
    author that names the work itself, as catalogues write "(Bible)".
    """
    if a.slug == b.slug or not a.author or not b.author or not author_matches(a.author, b.author):
        return False
    if title_matches(a.title, b.title) or (a.year is not None and a.year == b.year):
        return True
    return a.author.strip().startswith("(") and a.author.strip() == b.author.strip()


def claim_matches(claim: Claim, meta: WorkMeta, passage: str = "", text: str = "") -> bool:
    """Is this work the one the document claims? The title decides when one is given: the work's own,
    or that of a part of it (``text`` has it as a heading line: Bacon's essay "Of Anger" in his
    *Essays*, "Genesis" in the Bible).  An author alone matches the work's author or translator, and
    a speaker the source names around the words (``passage``: "Holmes warns, “…”")."""
    if claim.title and not (meta.author and author_matches(claim.title, meta.author)):
        # (a "title" that is the work's author is a header read awry: "A Modest Proposal / Jonathan Swift")
        return title_matches(claim.title, meta.title) or names_part(claim.title, text)
    author = claim.author or claim.title
    return bool(author) and (author_matches(author, meta.author) or author_matches(author, meta.translator)
                             or (not claim.title and names_speaker(author, passage)))


def names_part(title: str, text: str) -> bool:
    """Whether a work's text has ``title`` as a heading line of its own ("OF ANGER", "Genesis")."""
    if len(title) < 4 or not text:
        return False
    name = re.escape(title)
    if re.fullmatch(r"Psalm\s+\d{1,3}", title, re.IGNORECASE):
        name = r"Psalms?"  # "Psalm 121" is in the book of Psalms
    return re.search(rf"^[ \t]*(?:#{{1,6}}[ \t]+)?(?:[\w.]+[ \t]+)?{name}\.?[ \t]*$", text,
                     re.IGNORECASE | re.MULTILINE) is not None


def judge_attribution(claim: Claim | None, found: WorkMeta | None, passage: str = "", text: str = "") -> str:
    """``confirmed``, ``wrong``, ``unclaimed`` or ``unknown`` (see :func:`claim_matches` for
    ``passage``, the source text around the words, and ``text``, the whole work)."""
    if claim is None or claim.is_empty():
        return UNCLAIMED
    if found is None:
        return UNKNOWN
    if claim_matches(claim, found, passage, text):
        return CONFIRMED
    if found.is_anthology:
        return UNKNOWN  # a book of quotations holds many authors' words: it cannot refute the claim
    if claim.implied:
        # a work read from the page's layout is no accusation; the author may still be right, and an
        # author the page names at the quotation may be wrong
        if claim.author and claim_matches(replace(claim, title=None), found, passage, text):
            return CONFIRMED
        return WRONG if claim.author_named else UNCLAIMED
    return WRONG


def names_speaker(name: str, passage: str) -> bool:
    """Whether the source passage names the person ``name`` (every word of three letters or more)."""
    parts = [w for w in re.findall(r"[A-Z][\w'’\-]{2,}", name) if w not in ("Sir", "Lord", "Lady", "The")]
    return bool(parts) and all(re.search(rf"(?<![\w'’]){re.escape(w)}(?![\w'’])", passage) for w in parts)
