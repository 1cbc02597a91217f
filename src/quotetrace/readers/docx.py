"""DOCX (Word) to analysed plain text, through python-docx.

The body's paragraphs in document order (table cells and content controls
included) become paragraphs separated by blank lines; empty paragraphs are
dropped.  A paragraph whose style (or a style it is based on) is named like
``Quote``, ``Intense Quote`` or ``Quotation`` becomes a blockquote region
(consecutive ones make one region, as a multi-paragraph ``<blockquote>`` does);
``Heading N``, ``Title`` and ``Subtitle`` paragraphs (or ones with an outline
level) become heading regions.  Tracked deletions are left out, tracked
insertions kept; text boxes and drawings are ignored.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..errors import QuotetraceError
from . import Region

if TYPE_CHECKING:
    from . import Document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: an encrypted .docx or an old .doc
# Elements whose text is not part of the paragraph as it reads.
_SKIPPED = {f"{{{W}}}{name}" for name in ("del", "moveFrom", "txbxContent", "instrText", "delText", "rPr", "pPr",
                                            "footnoteReference", "endnoteReference", "commentReference")}
_SKIPPED |= {f"{{{MC}}}Fallback"}
HEADING_NAMES = {"title", "subtitle"}


def read_docx(data: bytes, path: str | Path) -> Document:
    """The document's paragraphs separated by blank lines, with quote and heading regions."""
    from . import Document

    document = _open(data, path)
    styles = _styles(document)
    parts: list[str] = []
    regions: list[Region] = []
    offset = 0
    quote_start = quote_end = None
    for paragraph in _paragraphs(document.element.body):
        text = _paragraph_text(paragraph)
        if not text:
            continue
        kind = _paragraph_kind(paragraph, styles)
        if parts:
            parts.append("\n\n")
            offset += 2
        start, end = offset, offset + len(text)
        parts.append(text)
        offset = end
        if kind == "blockquote":
            quote_start = start if quote_start is None else quote_start
            quote_end = end
            continue
        if quote_start is not None:
            regions.append(Region("blockquote", quote_start, quote_end))
            quote_start = quote_end = None
        if kind == "heading":
            regions.append(Region("heading", start, end))
    if quote_start is not None:
        regions.append(Region("blockquote", quote_start, quote_end))
    if not parts:
        raise QuotetraceError(path, "the Word document has no text")
    return Document(path=str(path), text="".join(parts) + "\n", format="docx",
                    regions=tuple(sorted(regions, key=lambda r: (r.start, -r.end))))


def _open(data: bytes, path: str | Path):
    import docx

    if data[:8] == _CFB_MAGIC:
        raise QuotetraceError(path, "is password-protected (encrypted) or an old binary Word .doc, not a readable "
                                    ".docx: remove the password, or save it as .docx in Word, and try again")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise QuotetraceError(path, "is not a Word .docx file: it is not a ZIP archive (the file may be damaged, "
                                    "truncated, or another format renamed .docx)") from None
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        raise QuotetraceError(path, "is a ZIP archive but not a Word .docx document")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:
        message = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise QuotetraceError(path, f"cannot be read as a Word document, it is damaged or of another kind "
                                    f"({message}); open and re-save it in Word or LibreOffice") from None


def _styles(document) -> dict[str, tuple[str, str | None]]:
    """Paragraph style id -> (lower-cased name, id of the style it is based on)."""
    found: dict[str, tuple[str, str | None]] = {}
    try:
        element = document.styles.element
    except Exception:
        return found
    for style in element.iterchildren(f"{{{W}}}style"):
        style_id = style.get(f"{{{W}}}styleId")
        if not style_id:
            continue
        name = style.find(f"{{{W}}}name")
        based = style.find(f"{{{W}}}basedOn")
        style_name = (name.get(f"{{{W}}}val") if name is not None else None) or style_id
        found[style_id] = (style_name.lower(), based.get(f"{{{W}}}val") if based is not None else None)
    return found


def _paragraphs(container) -> Iterator:
    """The ``w:p`` elements of a body, table cell or content control, in document order."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{{{W}}}p":
            yield child
        elif tag == f"{{{W}}}tbl":
            for row in child.iterchildren(f"{{{W}}}tr"):
                for cell in row.iterchildren(f"{{{W}}}tc"):
                    yield from _paragraphs(cell)
        elif tag in (f"{{{W}}}sdt", f"{{{W}}}customXml"):
            content = child.find(f"{{{W}}}sdtContent") if tag == f"{{{W}}}sdt" else child
            if content is not None:
                yield from _paragraphs(content)


def _paragraph_text(paragraph) -> str:
    """The text of a paragraph as it reads: runs, hyperlinks, fields, tracked insertions; tabs and breaks."""
    pieces: list[str] = []
    stack = list(reversed(list(paragraph.iterchildren())))
    while stack:
        node = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIPPED:
            continue
        if tag == f"{{{W}}}t":
            pieces.append(node.text or "")
        elif tag == f"{{{W}}}tab" or tag == f"{{{W}}}ptab":
            pieces.append("\t")
        elif tag in (f"{{{W}}}br", f"{{{W}}}cr"):
            pieces.append("\n")
        elif tag == f"{{{W}}}noBreakHyphen":
            pieces.append("-")
        else:
            stack.extend(reversed(list(node.iterchildren())))
    lines = [" ".join(line.replace("\t", " ").split()) for line in "".join(pieces).replace("\u00ad", "").split("\n")]
    return "\n".join(line for line in lines if line).strip()


def _paragraph_kind(paragraph, styles: dict[str, tuple[str, str | None]]) -> str | None:
    properties = paragraph.find(f"{{{W}}}pPr")
    if properties is None:
        return None
    style = properties.find(f"{{{W}}}pStyle")
    style_id = style.get(f"{{{W}}}val") if style is not None else None
    seen: set[str] = set()
    while style_id and style_id not in seen and len(seen) < 12:
        seen.add(style_id)
        name, based_on = styles.get(style_id, (style_id.lower(), None))
        if "quot" in name:
            return "blockquote"
        if name.startswith("heading") or name in HEADING_NAMES:
            return "heading"
        style_id = based_on
    outline = properties.find(f"{{{W}}}outlineLvl")
    if outline is not None and (outline.get(f"{{{W}}}val") or "9").isdigit() and int(outline.get(f"{{{W}}}val")) < 9:
        return "heading"
    return None
