"""Reading documents and library works into one analysed plain text.

Each reader returns a :class:`Document`: the text that is analysed and reported on,
plus the regions that markup told us about (blockquotes, inline quotations,
headings).  Every later offset indexes into ``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QuotetraceError
from .decode import decode_bytes


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the text that markup labelled (``blockquote``, ``q``, ``heading``)."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """The analysed plain text of a document and the markup regions found in it."""

    path: str
    text: str
    format: str
    regions: tuple[Region, ...] = field(default_factory=tuple)


HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


def detect_format(path: str | Path, text: str) -> str:
    """Guess ``html``, ``markdown`` or ``text`` from the file name, then from the content."""
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"


def parse_document(text: str, path: str = "<string>", fmt: str | None = None) -> Document:
    """Turn already-decoded text into a :class:`Document`."""
    fmt = fmt or detect_format(path, text)
    if fmt == "html":
        from .html import html_to_text

        plain, regions = html_to_text(text)
        return Document(path=path, text=plain, format="html", regions=tuple(regions))
    if fmt == "markdown":
        from .markdown import markdown_regions

        return Document(path=path, text=text, format="markdown", regions=tuple(markdown_regions(text)))
    return Document(path=path, text=text, format="text")


def read_document(path: str | Path) -> Document:
    """Read a document file (text, Markdown or HTML), refusing what cannot be a document."""
    path = Path(path)
    if not path.exists():
        raise QuotetraceError(path, "no such file")
    if path.is_dir():
        raise QuotetraceError(path, "is a directory, not a document")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QuotetraceError(path, f"cannot be read ({exc.strerror or exc})") from None
    text = decode_bytes(data, path)
    document = parse_document(text, str(path))
    if not document.text.strip():
        raise QuotetraceError(path, "the document has no text")
    return document
