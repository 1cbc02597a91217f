"""A readable table for the terminal (rich)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..alignment import SUBSTANTIVE
from ..audit import QuoteResult, Report
from ..text import one_line

FIDELITY_STYLES = {"verbatim": "green", "faithful": "cyan", "altered": "bold red", "unlocated": "magenta",
                   "unaudited": "dim"}
ATTRIBUTION_STYLES = {"confirmed": "green", "wrong": "bold red", "unclaimed": "dim", "unknown": "yellow"}


def describe_changes(result: QuoteResult) -> str:
    """The unmarked changes in a few words: what a reader needs to go and look."""
    parts = []
    for edit in result.edits:
        if edit.op not in SUBSTANTIVE or edit.marked:
            continue
        if edit.op in ("substitution", "inflection"):
            parts.append(f"“{one_line(edit.quote_text, 30)}” for “{one_line(edit.source_text, 30)}”")
        elif edit.op == "omission":
            parts.append(f"dropped “{one_line(edit.source_text, 40)}”")
        else:
            parts.append(f"added “{one_line(edit.quote_text, 40)}”")
    return "; ".join(parts)


def _claim_cell(result: QuoteResult) -> str:
    claim = result.quotation.claim
    if claim is None:
        return ""
    text = ", ".join(x for x in (claim.author, claim.title) if x)
    text = f"{text}, p. {claim.page}" if claim.page else text
    return f"{text} (implied)" if claim.implied else text


def _source_cell(result: QuoteResult) -> str:
    if result.source is None:
        return ""
    meta = result.source.meta
    return ", ".join(x for x in (meta.author, meta.title) if x)


def render_text(report: Report, width: int | None = None) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width or 160, force_terminal=False, color_system=None, highlight=False)
    render_to_console(report, console)
    return buffer.getvalue()


def render_to_console(report: Report, console: Console) -> None:
    table = Table(title=f"quotetrace: {report.document.path}", show_lines=True, expand=True)
    table.add_column("#", no_wrap=True, style="dim")
    for name, ratio in (("Quotation", 8), ("Claimed", 4), ("Found in", 4)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for name in ("Fidelity", "Attribution", "Sim."):
        table.add_column(name, no_wrap=True)
    table.add_column("Unmarked changes", ratio=5, overflow="fold")
    for result in report.quotes:
        table.add_row(
            result.quotation.id,
            one_line(result.quotation.text, 120),
            _claim_cell(result),
            _source_cell(result),
            Text(result.fidelity, style=FIDELITY_STYLES.get(result.fidelity, "")),
            Text(result.attribution, style=ATTRIBUTION_STYLES.get(result.attribution, "")),
            f"{result.similarity:.2f}" if result.source else "",
            describe_changes(result),
        )
    if report.quotes:
        console.print(table)
    else:
        console.print(f"quotetrace: {report.document.path}: no quotations found.")
    audited = [r for r in report.quotes if r.fidelity != "unaudited"]
    counts: dict[str, int] = {}
    for result in audited:
        counts[result.fidelity] = counts.get(result.fidelity, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    console.print(f"{len(report.quotes)} quotations, {len(audited)} audited" + (f": {summary}" if summary else ""))
    for warning in report.warnings:
        console.print(f"warning: {warning}")
