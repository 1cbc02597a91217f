"""Who wrote every character: the speaker map of a document.

Plain text plus labelled, non-overlapping spans covering all of it (the shape of
rich's ``Text``/``Span``): ``quoted`` for the quoted author's words, ``editorial``
for the quoter's marks inside a quotation, ``compiler`` for everything else
(including scare quotes and titles in quotation marks, which are listed among the
quotations with kind ``scare`` / ``title`` but are the compiler's own words).
Rendering is left to the reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from .quotes import Quotation

COMPILER, QUOTED, EDITORIAL = "compiler", "quoted", "editorial"


@dataclass(frozen=True, slots=True)
class SpeakerSpan:
    start: int
    end: int
    speaker: str
    quote_id: str | None = None

    def to_dict(self) -> dict:
        return {"span": [self.start, self.end], "speaker": self.speaker, "quote_id": self.quote_id}


def speaker_map(text: str, quotations: list[Quotation]) -> list[SpeakerSpan]:
    """Spans covering ``text`` completely, in order, without overlaps."""
    spans: list[SpeakerSpan] = []
    position = 0

    def emit(start: int, end: int, speaker: str, quote_id: str | None) -> None:
        if end <= start:
            return
        if spans and spans[-1].speaker == speaker and spans[-1].quote_id == quote_id and spans[-1].end == start:
            spans[-1] = SpeakerSpan(spans[-1].start, end, speaker, quote_id)
        else:
            spans.append(SpeakerSpan(start, end, speaker, quote_id))

    for quotation in sorted(quotations, key=lambda q: q.start):
        if not getattr(quotation, "quoted", True):
            continue  # scare quotes and titles in quotation marks are the compiler's own words
        if quotation.start < position:
            continue  # nested inside an earlier quotation: already attributed
        emit(position, quotation.start, COMPILER, None)
        cursor = quotation.start
        for mark in quotation.marks:
            emit(cursor, mark.start, QUOTED, quotation.id)
            emit(mark.start, mark.end, EDITORIAL, quotation.id)
            cursor = mark.end
        emit(cursor, quotation.end, QUOTED, quotation.id)
        position = quotation.end
    emit(position, len(text), COMPILER, None)
    return spans
