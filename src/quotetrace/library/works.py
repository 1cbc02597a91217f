"""Reading one library work: decode, find the body (past any Gutenberg header), tokenise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..readers import SUPPORTED_SUFFIXES, Document, page_at
from ..text import mask, tokenize
from .catalog import WorkMeta
from .pages import page_markers, page_starts

# "John 3:16<TAB>" opening a line: a verse reference of a verse-per-line text, not its words.
_VERSE_REFERENCE = re.compile(r"^[^\t\n]{1,40}? \d{1,3}:\d{1,3}\t", re.MULTILINE)
_PG_START = re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG[^\n]*$", re.IGNORECASE | re.MULTILINE)
_PG_END = re.compile(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG[^\n]*$|^End of (?:the )?Project Gutenberg", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Work:
    """A work as read: its text, metadata, and the normalised tokens of its body with offsets."""

    id: int
    meta: WorkMeta
    text: str
    norms: list[str]
    starts: np.ndarray
    ends: np.ndarray
    pages: tuple[tuple[int, str], ...] = ()

    @property
    def slug(self) -> str:
        return self.meta.slug

    def page_at(self, offset: int) -> str | None:
        """The printed page of a character offset, when the work carries pages."""
        return page_at(self.pages, offset)


def library_files(library_dir: Path) -> list[Path]:
    """The work files of a library folder (sub-folders included), in a stable order.

    README files describe a library; they are not works of it.
    """
    return sorted(p for p in library_dir.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                  and not p.name.startswith(".") and not p.stem.upper() == "README")


def work_pages(document: Document) -> list[tuple[int, str]]:
    """Where each printed page of the work starts: the file's own pages (PDF, EPUB page
    list) or else the page markers or form feeds of its text."""
    if document.pages:
        return [(int(offset), str(label)) for offset, label in document.pages]
    return page_starts(document.text, *body_bounds(document.text))


def body_bounds(text: str) -> tuple[int, int]:
    """Where the work itself starts and ends: inside Project Gutenberg's header and footer, if any."""
    start, end = 0, len(text)
    match = _PG_START.search(text)
    if match:
        start = match.end()
    ends = list(_PG_END.finditer(text, start))  # several volumes in one file: up to the last footer
    if ends:
        end = ends[-1].start()
    return start, end


def tokenize_work(text: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Normalised tokens of the body of a work and their character spans in ``text``.

    Page markers and verse references are not words of the work: they are blanked
    (with line breaks, so that a word broken across a page is rejoined) before tokenising.
    """
    start, end = body_bounds(text)
    blanked = [(s, e) for s, e, _ in page_markers(text, start, end)]
    blanked += [m.span() for m in _VERSE_REFERENCE.finditer(text, start, end)]
    if blanked:
        text = mask(text[:end], blanked, "\n")
    tokens = tokenize(text, start, end)
    norms = [t.norm for t in tokens]
    starts = np.fromiter((t.start for t in tokens), dtype=np.int64, count=len(tokens))
    ends = np.fromiter((t.end for t in tokens), dtype=np.int64, count=len(tokens))
    return norms, starts, ends
