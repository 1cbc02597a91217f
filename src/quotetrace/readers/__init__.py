"""Reading documents and library works into one analysed plain text.

Each reader returns a :class:`Document`: the text that is analysed and reported on,
plus the regions that markup told us about (blockquotes, inline quotations,
headings) and, for paged formats, where each page starts.  Every later offset
indexes into ``Document.text``.

Text formats (``.txt``, ``.md``, ``.html``) are decoded here; books and office
documents have their own readers: ``pdf.py`` (pypdf), ``epub.py`` (ebooklib) and
``docx.py`` (python-docx), each reading the file's bytes and raising
:class:`QuotetraceError` for a broken file.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QuotetraceError
from .decode import decode_bytes


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the text that markup labelled (``blockquote``, ``q``, ``heading``, ``italic``)."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """The analysed plain text of a document, the markup regions found in it and, for paged formats, its pages."""

    path: str
    text: str
    format: str
    regions: tuple[Region, ...] = field(default_factory=tuple)
    # (offset in ``text`` where a page starts, page label), in order; empty when unknown.
    pages: tuple[tuple[int, str], ...] = field(default_factory=tuple)

    def page_at(self, offset: int) -> str | None:
        """The label of the page that holds ``offset``, or ``None`` when pages are unknown."""
        return page_at(self.pages, offset)


def page_at(pages: Sequence[tuple[int, str]], offset: int) -> str | None:
    """The label of the page that holds ``offset`` in ``(start, label)`` pages, or None before the first."""
    k = bisect_right(pages, offset, key=lambda page: page[0]) - 1
    return pages[k][1] if k >= 0 else None


HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
BOOK_SUFFIXES = {".pdf", ".epub", ".docx"}
# What a document or a library work may be.
SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", *BOOK_SUFFIXES})


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
    from .org import org_regions

    if fmt == "markdown":
        from .markdown import markdown_regions

        # (Logseq writes Org's quote blocks into Markdown pages)
        return Document(path=path, text=text, format="markdown",
                        regions=tuple(sorted(markdown_regions(text) + org_regions(text), key=lambda r: r.start)))
    from .kindle import clipping_regions
    from .plaintext import bar_quote_regions

    return Document(path=path, text=text, format="text", regions=tuple(sorted(org_regions(text) + clipping_regions(text)
                                                                            + bar_quote_regions(text),
                                                                            key=lambda r: r.start)))


def read_document(path: str | Path) -> Document:
    """Read a document file (text, Markdown, HTML, PDF, EPUB or DOCX), refusing what cannot be a document."""
    path = Path(path)
    data = _read_bytes(path)
    if path.suffix.lower() in BOOK_SUFFIXES:
        return read_book_bytes(data, path)
    text = decode_bytes(data, path)
    document = parse_document(text, str(path))
    if not document.text.strip():
        raise QuotetraceError(path, "the document has no text")
    return document


def read_work_file(path: str | Path) -> Document:
    """Read a library work of any supported suffix into a :class:`Document` (formats by suffix)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise QuotetraceError(path, f"unsupported kind of file ({suffix or 'no suffix'}); expected one of {supported}")
    data = _read_bytes(path)
    if suffix in BOOK_SUFFIXES:
        return read_book_bytes(data, path)
    fmt = "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    document = parse_document(decode_bytes(data, path), str(path), fmt)
    if not document.text.strip():
        raise QuotetraceError(path, "the work has no text")
    return document


def read_book_bytes(data: bytes, path: str | Path) -> Document:
    """A PDF, EPUB or DOCX file's bytes (chosen by the suffix of ``path``) as a :class:`Document`."""
    suffix = Path(path).suffix.lower()
    if not data.strip():
        raise QuotetraceError(path, "the file is empty")
    if suffix == ".pdf":
        from .pdf import read_pdf as reader
    elif suffix == ".epub":
        from .epub import read_epub as reader
    elif suffix == ".docx":
        from .docx import read_docx as reader
    else:
        raise QuotetraceError(path, f"not a PDF, EPUB or DOCX file ({suffix or 'no suffix'})")
    document = reader(data, path)
    if not document.text.strip():
        raise QuotetraceError(path, "the document has no text")
    return document


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise QuotetraceError(path, "no such file")
    if path.is_dir():
        raise QuotetraceError(path, "is a directory, not a document")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise QuotetraceError(path, f"cannot be read ({exc.strerror or exc})") from None
