"""Bytes to text: UTF-8 first, then a detector, then mojibake repair where it is obvious."""

from __future__ import annotations

from pathlib import Path

import ftfy
from charset_normalizer import from_bytes

from ..errors import QuotetraceError

_CONTROL_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


def decode_bytes(data: bytes, path: str | Path) -> str:
    """Decode a file's bytes, or raise a :class:`QuotetraceError` naming the file."""
    if not data.strip():
        raise QuotetraceError(path, "the file is empty")
    if looks_binary(data):
        raise QuotetraceError(path, "looks like a binary file, not text (expected .txt, .md, .html, .pdf, .epub or .docx)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise QuotetraceError(path, "cannot be decoded as text in any known encoding") from None
        text = str(best)
    return repair_mojibake(text)


def looks_binary(data: bytes) -> bool:
    """A NUL byte or many control bytes in the first 8 KiB mean this is not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return controls > max(8, len(head) // 100)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 (``â€™`` for ``’``) only where ftfy sees that damage."""
    if not ftfy.badness.is_bad(text[:100_000]):
        return text
    return ftfy.fix_encoding(text)
