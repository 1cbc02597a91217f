"""Markdown stays as written; ``>`` blocks are reported as blockquote regions."""

from __future__ import annotations

import re

from . import Region

_QUOTE_LINE = re.compile(r"^[ \t]{0,3}>[ \t]?(.*)$")


def markdown_regions(text: str) -> list[Region]:
    """Regions of consecutive ``>`` lines, from the first quoted character to the last."""
    regions: list[Region] = []
    block_start = block_end = None
    offset = 0
    for line in text.splitlines(keepends=True):
        match = _QUOTE_LINE.match(line.rstrip("\r\n"))
        if match and match.group(1).strip():
            content_start = offset + match.start(1)
            if block_start is None:
                block_start = content_start
            block_end = offset + len(line.rstrip("\r\n"))
        elif block_start is not None and not (match and not match.group(1).strip()):
            regions.append(Region("blockquote", block_start, block_end))
            block_start = block_end = None
        offset += len(line)
    if block_start is not None:
        regions.append(Region("blockquote", block_start, block_end))
    return regions
