"""Meaning-risk flags: changes that may make a quotation say what its source does not.

Fidelity says *whether* the words differ; flags say which differences a reader
should look at first: a negation or a qualifier that disappeared, words slipped in
without brackets, a quotation whose next source sentence turns it around, pieces
joined from far apart or out of their order, a claimed page that is not the page.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from .alignment import ELISION, INSERTION, OMISSION, SUBSTITUTION, Alignment, Edit
from .quotes import Quotation
from .text import one_line, words

NEGATIONS = {"not", "no", "never", "nor", "neither", "nothing", "none", "nobody", "nowhere", "cannot", "cant",
             "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt",
             "couldnt", "hasnt", "havent", "hadnt", "without", "hardly", "scarcely", "nay"}
QUALIFIERS = {"only", "almost", "some", "perhaps", "often", "sometimes", "rarely", "seldom", "usually", "may",
              "might", "probably", "possibly", "partly", "nearly", "merely", "largely", "mostly", "generally",
              "somewhat", "few", "many", "most", "occasionally", "frequently", "apparently", "seemingly",
              "arguably", "relatively", "comparatively", "partially", "chiefly", "mainly", "except", "unless",
              "all", "always", "every"}
FAR_APART = 400  # tokens between two segments of one quotation: different passages, not an elision
SHORT_CUT = 25  # an elision of up to this many words cuts inside the quoted thought; longer ones skip passages
_REVERSAL = re.compile(r"^[\s\"'”’)\]]*[.?!:;,]?[\s\"'”’)\]]*(?:No\b|Not so\b|Not at all\b|By no means\b|Far from it\b|"
                       r"But\b|Yet\b|However\b|Nevertheless\b|Nonetheless\b|On the contrary\b|This is false\b|"
                       r"Nothing could be\b|That is not\b|This is not\b|It is not\b)")


@dataclass(frozen=True, slots=True)
class Flag:
    flag: str
    detail: str

    def to_dict(self) -> dict:
        return asdict(self)


def meaning_flags(quotation: Quotation, alignment: Alignment, edits: list[Edit]) -> list[Flag]:
    """Every flag that applies to a located quotation."""
    flags: list[Flag] = []
    dropped = [e for e in edits if (e.op == OMISSION and e.source_text.strip())
               or (e.op == ELISION and 0 < len(words(e.source_text)) <= SHORT_CUT)]
    replaced = [e for e in edits if e.op == SUBSTITUTION]
    for name, vocabulary in (("negation_removed", NEGATIONS), ("qualifier_removed", QUALIFIERS)):
        for edit in dropped + replaced:
            lost = [w for w in words(edit.source_text) if w in vocabulary]
            kept = set(words(edit.quote_text)) if edit.op == SUBSTITUTION else set()
            lost = [w for w in lost if w not in kept]
            if lost:
                how = {"elision": "elided", "omission": "dropped", "substitution": "replaced"}[edit.op]
                flags.append(Flag(name, f"{how} “{' '.join(lost)}” in “{one_line(edit.source_text, 80)}”"))
    inserted = [e for e in edits if e.op == INSERTION and not e.marked]
    if inserted:
        flags.append(Flag("interpolation_unmarked", "; ".join(f"“{one_line(e.quote_text, 80)}”" for e in inserted)))
    flags.extend(_order_flags(alignment))
    following = _following_text(alignment)
    if following and _REVERSAL.match(following):
        flags.append(Flag("context_reversed", f"the source goes on: “{one_line(following, 120)}”"))
    return flags


def page_flag(quotation: Quotation, alignment: Alignment) -> Flag | None:
    """``page_wrong`` when the work carries pages and the claimed page is not where the words are."""
    work = alignment.work
    if not work.pages or quotation.claim is None or not quotation.claim.page:
        return None
    claimed = _claimed_pages(quotation, alignment)
    wrong = []
    for token_index, page in claimed:
        source_token = _aligned_source_token(alignment, token_index)
        if source_token is None:
            continue
        actual = work.page_at(int(work.starts[source_token]))
        if actual is not None and actual != page:
            wrong.append((page, actual))
    if not wrong:
        return None
    return Flag("page_wrong", "; ".join(f"claimed p. {c}, found on p. {a}" for c, a in dict.fromkeys(wrong)))


def source_page(alignment: Alignment) -> str | None:
    span = alignment.source_span()
    return alignment.work.page_at(span[0]) if span else None


def _claimed_pages(quotation: Quotation, alignment: Alignment) -> list[tuple[int, str]]:
    """(first quote token, claimed page) for the start of the quotation and after each page anchor."""
    claimed = [(0, quotation.claim.page)]
    for mark in quotation.marks:
        if mark.kind == "page" and mark.page:
            claimed.append((alignment.words.boundaries[mark], mark.page))
    return claimed


def _aligned_source_token(alignment: Alignment, from_token: int) -> int | None:
    for segment in alignment.segments:
        for step in segment.steps:
            if step.q is not None and step.q >= from_token and step.s is not None and step.op in ("match", "variant"):
                return step.s
    return None


def _order_flags(alignment: Alignment) -> list[Flag]:
    flags = []
    ranges = [seg.source_range() for seg in alignment.segments]
    pairs = list(zip(ranges, ranges[1:]))
    if any(after[0] < before[0] for before, after in pairs):
        flags.append(Flag("out_of_order", "parts of the quotation appear in the source in another order"))
    gaps = [abs(after[0] - before[1]) for before, after in pairs]
    if any(gap > FAR_APART for gap in gaps):
        flags.append(Flag("merged_passages", f"parts are up to {max(gaps)} words apart in the source"))
    return flags


def _following_text(alignment: Alignment) -> str:
    span = alignment.source_span()
    if span is None:
        return ""
    return alignment.work.text[span[1]:span[1] + 200]
