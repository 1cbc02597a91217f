"""Quote blocks of plain text set off by a bar: every line of the block starts with ``|`` (a
convention of mail, Usenet and typed handouts, like ``>``).  A line that is only ``|`` parts two
paragraphs of the block.  A table row has more bars than the one that opens it, so no table is
read as a quote block."""

from __future__ import annotations

import re

from . import Region

BAR_LINE = r"[ \t]*\|(?:[ \t][^|\n]*)?"  # a line of a bar-quoted block: one bar, then the quoted words
_BAR_LINES = re.compile(rf"(?:^{BAR_LINE}[ \t]*(?:\n|\Z)){{2,}}", re.MULTILINE)


def bar_quote_regions(text: str) -> list[Region]:
    """A blockquote region for each run of two or more bar-prefixed lines that holds some words."""
    regions = []
    for block in _BAR_LINES.finditer(text):
        body = block.group().rstrip()
        if re.search(r"\w", body):
            start = block.start() + len(body) - len(body.lstrip())
            regions.append(Region("blockquote", start, block.start() + len(body)))
    return regions
