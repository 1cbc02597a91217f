"""One self-contained HTML file: each quotation beside its source, the document by speaker.

No script and no outside resource; every piece of document or library text goes
through Jinja2's autoescaping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from ..audit import QuoteResult, Report
from .json import SCHEMA
from .text import describe_changes

QUOTE_CLASSES = {"elision": "mark", "interpolation": "mark", "substitution": "changed", "inflection": "changed",
                 "insertion": "added", "variant": "variant"}
SOURCE_CLASSES = {"elision": "elided", "omission": "dropped", "substitution": "changed", "inflection": "changed",
                  "variant": "variant", "interpolation": "replaced"}
LONG_ELISION = 600


@dataclass(frozen=True, slots=True)
class Fragment:
    text: str
    css: str = ""
    title: str = ""


def fragments(text: str, offset: int, spans: list[tuple[int, int, str, str]]) -> list[Fragment]:
    """Cut ``text`` (which starts at ``offset``) into plain and highlighted pieces."""
    pieces: list[Fragment] = []
    cursor = 0
    for start, end, css, title in sorted(spans):
        start, end = max(start - offset, cursor), min(end - offset, len(text))
        if end < start or (end == start and css != "dropped-here"):
            continue
        if start > cursor:
            pieces.append(Fragment(_squash(text[cursor:start])))
        piece = _squash(text[start:end])
        if css == "elided" and len(piece) > LONG_ELISION:
            piece = f"{piece[:200]} [… {len(piece) - 400} characters not quoted …] {piece[-200:]}"
        pieces.append(Fragment(piece, css, title))
        cursor = end
    if cursor < len(text):
        pieces.append(Fragment(_squash(text[cursor:])))
    return pieces


def _squash(text: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", text)


def quote_fragments(result: QuoteResult) -> list[Fragment]:
    quotation = result.quotation
    spans = []
    for edit in result.edits:
        start, end = edit.quote_span
        if edit.op == "omission":
            spans.append((start, start, "dropped-here", f"dropped: {_squash(edit.source_text)}"))
        elif edit.op in QUOTE_CLASSES:
            title = f"{edit.op}{' (' + edit.kind + ')' if edit.kind else ''}"
            if edit.source_text:
                title += f": source has “{_squash(edit.source_text)[:200]}”"
            spans.append((start, end, QUOTE_CLASSES[edit.op], title))
    if not result.edits:
        spans = [(m.start, m.end, "mark", m.kind) for m in quotation.marks]
    return fragments(quotation.text, quotation.start, spans)


def source_fragments(result: QuoteResult) -> list[Fragment]:
    if result.source is None:
        return []
    spans = [(e.source_span[0], e.source_span[1], SOURCE_CLASSES[e.op], e.op)
             for e in result.edits if e.source_span and e.op in SOURCE_CLASSES]
    return fragments(result.source.text, result.source.span[0], spans)


def speaker_fragments(report: Report) -> list[Fragment]:
    text = report.document.text
    return [Fragment(text[s.start:s.end], s.speaker, f"{s.speaker} {s.quote_id or ''}".strip()) for s in report.speakers]


_environment = Environment(loader=PackageLoader("quotetrace", "report/templates"),
                           autoescape=select_autoescape(default=True, default_for_string=True))


def render_html(report: Report) -> str:
    template = _environment.get_template("report.html.j2")
    items = [{"result": r, "quote": quote_fragments(r), "source": source_fragments(r), "changes": describe_changes(r)}
             for r in report.quotes]
    return template.render(report=report, items=items, speakers=speaker_fragments(report), schema=SCHEMA)
