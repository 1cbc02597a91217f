"""A page's key of abbreviations for the works it cites (sigla), and the citations that use them.

Scholarly pages list their sources once, each under a short name, and then cite by that name
and a page:

    PURG  Dante Alighieri. The Divine Comedy, vol. II: Purgatorio. Translated by ... 1895.
    MED   Marcus Aurelius Antoninus. His Meditations ... 1906.
    ...
    [MED 39] The time of a man's life is as a point; ...      (an excerpt of MED, from page 39)
    "had not been so courteous" [PURG 62]                     (a quotation of PURG, page 62)

The key is a run of lines ``SIGLUM  entry`` (two spaces, a tab, ``=``, ``:`` or a dash between
them), or an entry that names its own abbreviation: "David Hume, An Enquiry ... (cited as EHU)".
A citation is the siglum and a page in square brackets or parentheses: ``[MED 39]``,
``(EHU, p. 12)``.  It is the compiler's mark, a page anchor of the work it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .claims import Claim, claim_from_header, reference_entries
from .marks import PAGE_ABBREVIATION

# a siglum: capitals (PURG, EHU, CW2), or a short word with a full stop (Inf., Purg.)
_SIGLUM = r"[A-Z][A-Z0-9]{1,7}|[A-Z][a-z]{1,5}\."
_KEY_LINE = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?P<e>\*\*|\*|_|`)?(?P<key>{_SIGLUM})(?P=e)?"
    r"(?:[ \t]{2,}|\t|[ \t]*(?:=|:|—|–|--?)[ \t]+)(?P<entry>\S.{15,})$", re.MULTILINE)
# an entry that names its abbreviation: "(cited as EHU)", "(hereafter CPR)", "(abbreviated PL)"
_NAMED_KEY = re.compile(rf"[(\[]\s*(?:(?:hereafter|henceforth)(?:\s+cited\s+as)?|cited(?:\s+here)?\s+as|abbreviated"
                        rf"(?:\s+as)?|referred\s+to\s+as)\s+[*_`]?(?P<key>{_SIGLUM})[*_`]?\s*[)\]]")
MIN_KEY_LINES = 2  # one line that looks like "NOTE: ..." is no key


@dataclass(frozen=True)
class Sigla:
    """The works a page names by sigla, and where its key stands."""

    works: dict[str, Claim]
    spans: tuple[tuple[int, int], ...] = ()  # the key's lines: the compiler's apparatus

    def __bool__(self) -> bool:
        return bool(self.works)

    def citation_pattern(self) -> str | None:
        """A regular expression for a citation by siglum, with groups ``key`` and ``page``: ``[MED 39]``,
        ``(EHU, p. 12)``, ``[Inf. 140]``."""
        if not self.works:
            return None
        keys = "|".join(re.escape(key) for key in sorted(self.works, key=len, reverse=True))
        return (rf"[\[(](?P<key>{keys})\.?,?\s?(?:{PAGE_ABBREVIATION}\.\s?)?(?P<page>\d{{1,4}}[a-z]?)(?:\s?[-–]\s?\d{{1,4}})?"
                rf"(?![.:]?\d)[\])]")

    def citation(self, text: str) -> tuple[Claim, str] | None:
        """The work and page of a citation by siglum at the start of ``text``."""
        pattern = self.citation_pattern()
        match = re.match(pattern, text) if pattern else None
        return (self.works[match.group("key")], match.group("page")) if match else None

    def citation_after(self, text: str, end: int) -> tuple[Claim, str] | None:
        """The work and page of a citation by siglum right after a quotation's closing mark:
        ``"had not been so courteous" [PURG 62]``."""
        if not self.works:
            return None
        gap = re.match(r"[\"”’'»]?[.,;]?[ \t]?", text[end:end + 4])
        return self.citation(text[end + gap.end():end + gap.end() + 40])

    def in_key(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.spans)


def read_sigla(text: str) -> Sigla:
    """The page's key of sigla: runs of at least two ``SIGLUM  entry`` lines whose entries read as
    bibliographic entries, and entries that name their abbreviation."""
    works: dict[str, Claim] = {}
    spans: list[tuple[int, int]] = []
    run: list[tuple[re.Match, Claim]] = []

    def close_run() -> None:
        if len(run) >= MIN_KEY_LINES:
            for match, claim in run:
                works.setdefault(match.group("key"), claim)
            spans.append((run[0][0].start(), run[-1][0].end()))
        run.clear()

    last_end = -1
    for match in _KEY_LINE.finditer(text):
        between = text[last_end:match.start()] if last_end >= 0 else ""
        if run and between.count("\n") > 2:
            close_run()  # (entries may stand one to a paragraph, not further apart)
        claim = _entry_claim(match.group("entry"))
        if claim is None:
            close_run()
            last_end = -1
            continue
        run.append((match, claim))
        last_end = match.end()
    close_run()
    if "(" in text or "[" in text:
        for match in _NAMED_KEY.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            claim = _entry_claim(text[line_start:match.start()])
            if claim is not None:
                works.setdefault(match.group("key"), claim)
    return Sigla(works, tuple(spans))


def _entry_claim(entry: str) -> Claim | None:
    """The work a bibliographic entry names, when it names a title and its author or year."""
    entry = entry.strip().strip("*_").strip()
    listed = reference_entries(entry)
    claim = listed[0][2] if listed else claim_from_header([entry])
    if claim is None or not claim.title or not (claim.author or claim.year):
        return None
    return claim
