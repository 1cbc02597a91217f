"""An aligned quotation: its segments placed in one work, and the edits read off them."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .align import INFLECTION, INSERTION, MATCH, OMISSION, SUBSTITUTION, VARIANT, Step
from .library.works import Work
from .marks import Mark
from .segments import QuoteWords

ELISION, INTERPOLATION = "elision", "interpolation"
SUBSTANTIVE = {INSERTION, OMISSION, SUBSTITUTION, INFLECTION}
_STEP_SCORE = {MATCH: 1.0, VARIANT: 0.75, INFLECTION: 0.25, SUBSTITUTION: -1.0, INSERTION: -1.0, OMISSION: -0.5}


@dataclass(frozen=True, slots=True)
class Edit:
    """One difference between quotation and source, or one editorial mark of the quoter.

    ``op``: elision, interpolation, omission, insertion, substitution, inflection (another
    form of the same word: ``fights`` for ``fought``) or variant (spelling, scanning).
    ``marked``: the quoter signalled it (elision marks, brackets, braces, ``[sic]``).
    ``kind`` refines interpolations: ``gloss`` (``{i.e. ...}``), ``sic``, ``page_anchor``,
    ``letters`` (``[T]he``: letters of a word changed, with a mark).
    Spans index into the document text (quote side) and the work text (source side).
    """

    op: str
    marked: bool
    quote_span: tuple[int, int]
    quote_text: str
    source_span: tuple[int, int] | None
    source_text: str
    kind: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["quote_span"] = list(self.quote_span)
        data["source_span"] = list(self.source_span) if self.source_span else None
        return data


@dataclass(frozen=True)
class SegmentMatch:
    """One elision-separated segment of the quotation and its alignment steps.

    Step indices are absolute: quote token indices and work token indices.
    """

    segment: tuple[int, int]
    steps: tuple[Step, ...]

    def source_range(self) -> tuple[int, int] | None:
        positions = [s.s for s in self.steps if s.s is not None and s.op != OMISSION]
        return (min(positions), max(positions) + 1) if positions else None


@dataclass(frozen=True)
class Alignment:
    """A quotation aligned against one work."""

    work: Work
    words: QuoteWords
    segments: tuple[SegmentMatch, ...]

    @property
    def score(self) -> float:
        return sum(_STEP_SCORE[step.op] for seg in self.segments for step in seg.steps)

    @property
    def matched(self) -> int:
        return sum(1 for seg in self.segments for step in seg.steps if step.op in (MATCH, VARIANT))

    def source_token_range(self) -> tuple[int, int] | None:
        ranges = [r for seg in self.segments if (r := seg.source_range())]
        return (min(r[0] for r in ranges), max(r[1] for r in ranges)) if ranges else None

    def source_span(self) -> tuple[int, int] | None:
        tokens = self.source_token_range()
        if tokens is None:
            return None
        return int(self.work.starts[tokens[0]]), int(self.work.ends[tokens[1] - 1])

    def similarity(self, edits: list[Edit]) -> float:
        """Share of the quotation's words found in place, against everything quoted or dropped."""
        total = len(self.words.tokens) + sum(
            len(e.source_text.split()) for e in edits if e.op == OMISSION and not e.marked)
        return round(self.matched / total, 3) if total else 0.0

    def edits(self, marks: tuple[Mark, ...], document_text: str) -> list[Edit]:
        """Every difference and every mark, in document order."""
        tokens = self.words.tokens
        work = self.work
        groups = [group for seg in self.segments for group in _group_steps(seg)]
        edits: list[tuple[int, Edit]] = []

        def quote_position(boundary: int) -> int:
            if boundary < len(tokens):
                return tokens[boundary].start
            return tokens[-1].end if tokens else 0

        def source_of(positions: list[int]) -> tuple[tuple[int, int] | None, str]:
            if not positions:
                return None, ""
            span = (int(work.starts[min(positions)]), int(work.ends[max(positions)]))
            return span, work.text[span[0]:span[1]]

        absorbed: set[int] = set()
        for mark in marks:
            boundary = self.words.boundaries[mark]
            position = mark.start
            if mark.kind in ("page", "letters"):
                kind = "page_anchor" if mark.kind == "page" else "letters"
                edits.append((position, Edit(INTERPOLATION, True, (mark.start, mark.end), mark.text, None, "", kind)))
            elif mark.kind in ("interpolation", "sic"):
                source_positions: list[int] = []
                for g, (op, gb, steps) in enumerate(groups):  # words the bracketed ones stand in for
                    if g not in absorbed and op == OMISSION and abs(gb - boundary) <= 1:
                        source_positions = [s.s for s in steps]
                        absorbed.add(g)
                        break
                span, text = source_of(source_positions)
                kind = "sic" if mark.kind == "sic" else "gloss"
                edits.append((position, Edit(INTERPOLATION, True, (mark.start, mark.end), mark.text, span, text, kind)))
        edits.extend(self._elisions(marks, source_of))
        for g, (op, boundary, steps) in enumerate(groups):
            if g in absorbed:
                continue
            q_positions = [s.q for s in steps if s.q is not None]
            if q_positions:
                q_span = (tokens[min(q_positions)].start, tokens[max(q_positions)].end)
            else:
                at = tokens[boundary - 1].end if boundary > 0 else quote_position(0)
                q_span = (at, at)
            span, text = source_of([s.s for s in steps if s.s is not None])
            marked = op == VARIANT
            edits.append((q_span[0], Edit(op, marked, q_span, document_text[q_span[0]:q_span[1]], span, text)))
        for segment in self.words.segments:  # segments that could not be placed at all
            if not any(seg.segment == segment for seg in self.segments):
                a, b = segment
                q_span = (tokens[a].start, tokens[b - 1].end)
                edits.append((q_span[0], Edit(INSERTION, False, q_span, document_text[q_span[0]:q_span[1]], None, "")))
        edits.sort(key=lambda item: item[0])
        return [edit for _, edit in edits]

    def _elisions(self, marks: tuple[Mark, ...], source_of) -> list[tuple[int, Edit]]:
        """Elision marks, each with the source text it stands for (between its two segments)."""
        placed = {seg.segment: seg.source_range() for seg in self.segments}
        out: list[tuple[int, Edit]] = []
        used: set[int] = set()
        for mark in marks:
            if mark.kind != "elision":
                continue
            boundary = self.words.boundaries[mark]
            before = next((placed[s] for s in placed if s[1] == boundary and placed[s]), None)
            after = next((placed[s] for s in placed if s[0] == boundary and placed[s]), None)
            positions: list[int] = []
            if before and after and boundary not in used and after[0] > before[1]:
                positions = list(range(before[1], after[0]))
                used.add(boundary)
            span, text = source_of(positions)
            out.append((mark.start, Edit(ELISION, True, (mark.start, mark.end), mark.text, span, text)))
        return out


def _group_steps(segment: SegmentMatch) -> list[tuple[str, int, list[Step]]]:
    """Runs of equal non-matching steps, each with the number of quote tokens before it."""
    groups: list[tuple[str, int, list[Step]]] = []
    next_q = segment.segment[0]
    for step in segment.steps:
        boundary = step.q if step.q is not None else next_q
        if step.op == MATCH:
            pass
        elif step.op != VARIANT and groups and groups[-1][0] == step.op and _adjacent(groups[-1][2][-1], step):
            groups[-1][2].append(step)
        else:
            groups.append((step.op, boundary, [step]))
        if step.q is not None:
            next_q = step.q + 1
    return groups


def _adjacent(previous: Step, step: Step) -> bool:
    if step.q is not None and previous.q is not None:
        return step.q == previous.q + 1
    if step.s is not None and previous.s is not None:
        return step.s == previous.s + 1
    return False
