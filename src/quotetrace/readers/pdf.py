"""PDF to analysed plain text, through pypdf's text layer.

Each page's text is taken in the order pypdf extracts it, with its whitespace
tidied: runs of spaces collapse, lines are trimmed, and a vertical gap clearly
larger than the page's usual line pitch becomes a blank line (a paragraph
break).  Words hyphenated at a line end are kept as they are (the tokenizer
rejoins them).  Every page ends with a line break, and pages are separated by a
form feed, so a word hyphenated across a page break is still rejoined.
``Document.pages`` records where each page starts and its label (the PDF's own
page labels, which pypdf falls back to 1-based numbers for).

Nothing in the PDF is executed; images are ignored.  Every failure of a broken
file is a :class:`QuotetraceError` naming the file.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
import unicodedata
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..errors import QuotetraceError

if TYPE_CHECKING:
    from . import Document

PAGE_SEPARATOR = "\f"
PARAGRAPH_GAP = 1.4  # a gap this many line pitches high (or more) breaks a paragraph
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_VERTICAL_SPACE = re.compile(r"\r\n?|[\v\f\x1c-\x1e\x85\u2028\u2029]")
_BLANK_LINES = re.compile(r"\n{3,}")


def read_pdf(data: bytes, path: str | Path) -> Document:
    """The text of every page in order, pages separated by ``\\f``, with page offsets and labels."""
    from . import Document

    if b"%PDF-" not in data[:1024]:
        raise QuotetraceError(path, "is not a PDF file (it does not start with %PDF-): "
                                    "the file may be damaged, or another format renamed .pdf")
    with _quiet_pypdf():
        reader = _open(data, path)
        labels = _page_labels(reader)
        texts: list[str] = []
        failures: list[Exception] = []
        for page in _pages(reader, path):
            try:
                texts.append(_page_text(page))
            except Exception as exc:  # a damaged content stream: this page has no usable text
                failures.append(exc)
                texts.append("")
    if not any(t.strip() for t in texts):
        if failures:
            raise QuotetraceError(path, "is damaged: the text of its pages cannot be extracted "
                                        f"({_describe(failures[0])}); re-save or re-download it")
        raise QuotetraceError(path, "has no text layer (its pages are probably scanned images): "
                                    "run OCR on it first (for example with ocrmypdf) and try again")
    parts: list[str] = []
    pages: list[tuple[int, str]] = []
    offset = 0
    for number, text in enumerate(texts):
        if number:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        label = labels[number] if number < len(labels) and labels[number] else str(number + 1)
        pages.append((offset, label))
        parts.append(text)
        offset += len(text)
    return Document(path=str(path), text="".join(parts), format="pdf", pages=tuple(pages))


def _open(data: bytes, path: str | Path):
    import pypdf
    from pypdf.errors import DependencyError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:
        raise QuotetraceError(path, f"cannot be read as a PDF, it is damaged or truncated ({_describe(exc)}): "
                                    "re-download it or re-save it from a PDF viewer") from None
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise QuotetraceError(path, f"cannot be read as a PDF, it is damaged ({_describe(exc)})") from None
    if encrypted:
        from pypdf import PasswordType

        try:
            opened = reader.decrypt("")
        except DependencyError:
            raise QuotetraceError(path, "is encrypted with AES, which needs the 'cryptography' package: "
                                        "pip install 'pypdf[crypto]'") from None
        except NotImplementedError as exc:
            raise QuotetraceError(path, f"uses an encryption that cannot be opened ({_describe(exc)}): "
                                        "save an unencrypted copy and try again") from None
        except Exception as exc:
            raise QuotetraceError(path, f"is encrypted and cannot be opened ({_describe(exc)})") from None
        if opened == PasswordType.NOT_DECRYPTED:
            raise QuotetraceError(path, "is password-protected: remove the password (for example with "
                                        "qpdf --decrypt, or by printing it to a new PDF) and try again")
    return reader


def _pages(reader, path: str | Path) -> Iterator:
    try:
        count = len(reader.pages)
    except Exception as exc:
        raise QuotetraceError(path, f"cannot be read as a PDF, it is damaged or truncated ({_describe(exc)}): "
                                    "re-download it or re-save it from a PDF viewer") from None
    if count == 0:
        raise QuotetraceError(path, "has no pages")
    for number in range(count):
        try:
            page = reader.pages[number]
        except Exception as exc:
            raise QuotetraceError(path, f"is damaged: page {number + 1} cannot be read ({_describe(exc)}); "
                                        "re-download it or re-save it from a PDF viewer") from None
        yield page


def _page_labels(reader) -> list[str]:
    try:
        return [str(label) for label in reader.page_labels]
    except Exception:  # a malformed /PageLabels tree: fall back to numbers
        return []


def _page_text(page) -> str:
    """One page's text with tidy whitespace and paragraph breaks where the layout shows them."""
    chunks: list[tuple[str, float | None, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        y, size = None, 0.0
        if text.strip():
            try:
                y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
                size = abs(float(font_size or 0)) * math.hypot(float(tm[2]) * float(cm[0]) + float(tm[3]) * float(cm[2]),
                                                               float(tm[2]) * float(cm[1]) + float(tm[3]) * float(cm[3]))
            except (TypeError, ValueError, IndexError):
                y = None
        chunks.append((text, y, size))

    raw = page.extract_text(visitor_text=visit) or ""
    breaks = _paragraph_breaks(chunks) if "".join(c[0] for c in chunks) == raw else set()
    return tidy_page(raw, breaks)


def _paragraph_breaks(chunks: list[tuple[str, float | None, float]]) -> set[int]:
    """Numbers of the lines (of the raw text) that follow a paragraph-sized vertical gap.

    The line pitch is the median downward step between lines; steps much smaller
    than the text's size (superscripts, subscripts) are left out of it.  Without a
    few ordinary steps to go by, no paragraph break is guessed.
    """
    line_y: dict[int, float] = {}
    sizes: list[float] = []
    line = 0
    for text, y, size in chunks:
        if size > 0:
            sizes.append(size)
        for i, piece in enumerate(text.split("\n")):
            if i:
                line += 1
            if y is not None and piece.strip() and line not in line_y:
                line_y[line] = y
    ordered = sorted(line_y.items())
    gaps = [(number, previous_y - y) for (_, previous_y), (number, y) in zip(ordered, ordered[1:])]
    smallest = 0.6 * statistics.median(sizes) if sizes else 0.5
    ordinary = [gap for _, gap in gaps if gap > max(smallest, 0.5)]
    if len(ordinary) < 3:
        return set()
    pitch = statistics.median(ordinary)
    return {number for number, gap in gaps if gap > PARAGRAPH_GAP * pitch}


def tidy_page(raw: str, breaks: set[int] = frozenset()) -> str:
    """Collapse spaces, trim lines, keep at most one blank line; ``breaks`` are lines to put a blank line before."""
    raw = _VERTICAL_SPACE.sub("\n", raw)
    lines: list[str] = []
    for number, line in enumerate(raw.split("\n")):
        line = _clean_line(line)
        if number in breaks and lines and lines[-1]:
            lines.append("")
        lines.append(line)
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""


def _clean_line(line: str) -> str:
    line = "".join(ch for ch in line if ch == "\t" or unicodedata.category(ch) != "Cc")
    line = _HORIZONTAL_SPACE.sub(" ", line).strip()
    if line.endswith("\u00ad"):  # a soft hyphen where the line was broken is a printed hyphen
        line = line[:-1] + "-"
    return line.replace("\u00ad", "")


def _describe(exc: BaseException) -> str:
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message[:160]}" if message else type(exc).__name__


@contextmanager
def _quiet_pypdf():
    """pypdf reports recoverable damage through logging and warnings; the reader decides what to say."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
