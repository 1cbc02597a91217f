"""EPUB to analysed plain text: the spine's documents in reading order, through ebooklib.

Each spine document is converted with :func:`html_to_text` (so its blockquotes,
``<q>`` and headings are kept as regions, shifted to their place in the whole
text); documents are separated by a blank line.  Pages are recorded when the book
says where they are: its page list (the EPUB 3 navigation document's
``page-list``, else the NCX ``pageList``), else its inline page-break markers
(``epub:type="pagebreak"`` / ``role="doc-pagebreak"`` elements).  The printed page
numbers inside such markers are not part of the text.  Otherwise ``pages`` stays
empty.

Nothing is executed (``html_to_text`` drops scripts) and images are ignored.
DRM-encrypted books cannot be read and say so.
"""

from __future__ import annotations

import io
import posixpath
import re
import warnings
import zipfile
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from ..errors import QuotetraceError
from . import Region

if TYPE_CHECKING:
    from . import Document

DOCUMENT_TYPES = {"application/xhtml+xml", "text/html", "application/html"}
# A private-use sentinel stands for a page start while a document is converted:
# "\ue000" + marker number + "\ue001"; it is taken out (with the offsets mapped) afterwards.
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_MARKER = re.compile(f"{_MARK_OPEN}(\\d+){_MARK_CLOSE}")
# taken out of the text: sentinels, soft hyphens, zero-width spaces and stray BOMs (they would split words)
_REMOVED = re.compile(f"{_MARK_OPEN}\\d+{_MARK_CLOSE}|[\u00ad\u200b\ufeff]")
_TRAILING_REMOVED = re.compile(f"(?:{_MARK_OPEN}\\d+{_MARK_CLOSE}|[\u00ad\u200b\ufeff])+$")
_PAGEBREAK_TAG = re.compile(r"<([A-Za-z][\w:.-]*)(\s[^<>]*?\bpagebreak\b[^<>]*?)(/?)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_TAG = re.compile(r"<[^<>]*>")
_NAV = re.compile(r"<nav\b([^<>]*)>[\s\S]*?</nav\s*>", re.IGNORECASE)
_PAGE_NUMBER_IN_ID = re.compile(r"(\d+|[ivxlcdm]+)$", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
NCX_NS = "http://www.daisy.org/z3986/2005/ncx/"


@dataclass(frozen=True)
class _PageTarget:
    label: str
    file_name: str  # relative to the package (OPF) folder, as ebooklib names items
    fragment: str | None


def read_epub(data: bytes, path: str | Path) -> Document:
    """The spine documents' text in reading order, with their regions and the book's pages where known."""
    from . import Document
    from .html import html_to_text

    _check_container(data, path)
    book = _open(data, path)
    documents = _spine_documents(book)
    if not documents:
        raise QuotetraceError(path, "the EPUB's spine lists no readable (X)HTML document")
    targets = _page_list(book)
    by_file: dict[str, list[_PageTarget]] = {}
    for target in targets:
        by_file.setdefault(target.file_name, []).append(target)
    use_pagebreaks = not targets

    parts: list[str] = []
    regions: list[Region] = []
    pages: list[tuple[int, str]] = []
    offset = 0
    for item in documents:
        markup = _drop_hidden_navigation(_decode(item.content, path, item.file_name))
        markup, labels = _mark_pages(markup, by_file.get(item.file_name, []), use_pagebreaks)
        try:
            text, doc_regions = html_to_text(markup)
        except Exception as exc:
            raise QuotetraceError(path, f"the EPUB's document {item.file_name} cannot be parsed "
                                        f"({type(exc).__name__}: {exc})") from None
        text, doc_regions, marks = _take_out_markers(text, doc_regions)
        if not text.strip():
            continue
        if parts:
            parts.append("\n")
            offset += 1
        parts.append(text)
        regions.extend(Region(r.kind, r.start + offset, r.end + offset) for r in doc_regions)
        pages.extend((position + offset, labels[number]) for position, number in marks if number < len(labels))
        offset += len(text)
    if not parts:
        raise QuotetraceError(path, "the EPUB has no text (only images?)")
    pages.sort(key=lambda page: page[0])
    return Document(path=str(path), text="".join(parts), format="epub",
                    regions=tuple(sorted(regions, key=lambda r: (r.start, -r.end))), pages=tuple(pages))


# --- opening the book ---------------------------------------------------------------

def _check_container(data: bytes, path: str | Path) -> None:
    """A clear word for what is not an EPUB at all, or is one that DRM keeps closed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise QuotetraceError(path, "is not an EPUB: it is not a ZIP archive (the file may be damaged, "
                                    "truncated, or another format renamed .epub)") from None
    with archive:
        names = set(archive.namelist())
        if "META-INF/container.xml" not in names:
            raise QuotetraceError(path, "is a ZIP archive but not an EPUB (it has no META-INF/container.xml)")
        if "META-INF/encryption.xml" in names and _encrypts_documents(archive.read("META-INF/encryption.xml")):
            raise QuotetraceError(path, "is protected by DRM (its text is encrypted): quotetrace can read "
                                        "only DRM-free EPUBs")


def _encrypts_documents(xml: bytes) -> bool:
    """Whether encryption.xml encrypts anything but fonts (font obfuscation is harmless)."""
    from lxml import etree

    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True, recover=True))
    except Exception:
        return False
    if root is None:
        return False
    for data in root.iter("{*}EncryptedData"):
        method = next(iter(data.iter("{*}EncryptionMethod")), None)
        algorithm = method.get("Algorithm", "") if method is not None else ""
        if algorithm in _FONT_OBFUSCATION:
            continue
        for reference in data.iter("{*}CipherReference"):
            uri = reference.get("URI", "").lower()
            if not uri.endswith((".otf", ".ttf", ".woff", ".woff2", ".jpg", ".jpeg", ".png", ".gif", ".svg")):
                return True
    return False


def _open(data: bytes, path: str | Path):
    """The book as ebooklib reads it; a navigation document it cannot parse is retried with the NCX's contents."""
    from ebooklib import epub

    failure: Exception | None = None
    for options in ({"ignore_ncx": True}, {"ignore_ncx": False}):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return epub.read_epub(io.BytesIO(data), options)
        except KeyError as exc:
            missing = exc.args[0] if exc.args else exc
            raise QuotetraceError(path, f"is a damaged EPUB: a file it lists is missing from the archive ({missing}); "
                                        "re-download it or repair it (for example by converting it with Calibre)") from None
        except Exception as exc:
            failure = failure or exc
    message = " ".join(str(failure).split())[:160] or type(failure).__name__
    raise QuotetraceError(path, f"cannot be read as an EPUB, it is damaged ({message}); "
                                "re-download it or repair it (for example by converting it with Calibre)") from None


def _spine_documents(book) -> list:
    """The spine's (X)HTML items: linear ones in reading order, then the non-linear ones."""
    linear, auxiliary = [], []
    for entry in book.spine:
        idref, is_linear = (entry if isinstance(entry, tuple) else (entry, "yes"))[:2]
        item = book.get_item_with_id(idref)
        if item is None or (item.media_type or "").lower() not in DOCUMENT_TYPES or not item.content:
            continue
        (auxiliary if str(is_linear).lower() == "no" else linear).append(item)
    seen: set[str] = set()
    ordered = []
    for item in linear + auxiliary:
        if item.file_name not in seen:
            seen.add(item.file_name)
            ordered.append(item)
    return ordered


def _decode(content: bytes | str, path: str | Path, name: str) -> str:
    if isinstance(content, str):
        return content
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _XML_ENCODING.match(content)
    if declared:
        try:
            return content.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(content).best()
    if best is None:
        raise QuotetraceError(path, f"the EPUB's document {name} cannot be decoded as text")
    return str(best)


# --- pages -----------------------------------------------------------------------------

def _page_list(book) -> list[_PageTarget]:
    """The book's page list: EPUB 3 navigation ``page-list`` (as ebooklib read it), else the NCX ``pageList``."""
    targets = []
    for link in getattr(book, "pages", None) or []:
        href = getattr(link, "href", None)
        if href:
            targets.append(_target(getattr(link, "title", "") or "", href, ""))
    if targets:
        return [t for t in targets if t.label]
    from lxml import etree

    for item in book.get_items():
        if (item.media_type or "").lower() != "application/x-dtbncx+xml" or not item.content:
            continue
        try:
            root = etree.fromstring(item.content, etree.XMLParser(resolve_entities=False, no_network=True,
                                                                   recover=True))
        except Exception:
            continue
        if root is None:
            continue
        base = posixpath.dirname(item.file_name)
        for target in root.iter(f"{{{NCX_NS}}}pageTarget"):
            nav_label = target.find(f"{{{NCX_NS}}}navLabel")
            label = " ".join("".join(nav_label.itertext()).split()) if nav_label is not None else ""
            label = label or target.get("value", "")
            content = target.find(f"{{{NCX_NS}}}content")
            if content is not None and content.get("src") and label:
                targets.append(_target(label, content.get("src"), base))
    return targets


def _target(label: str, href: str, base: str) -> _PageTarget:
    file_part, _, fragment = href.partition("#")
    file_name = posixpath.normpath(posixpath.join(base, unquote(file_part))) if file_part else ""
    return _PageTarget(" ".join(label.split()), file_name, unquote(fragment) or None)


def _mark_pages(markup: str, targets: list[_PageTarget], use_pagebreaks: bool) -> tuple[str, list[str]]:
    """The markup with a sentinel at every page start, and the page label of each sentinel number.

    Page-break elements are always replaced by their sentinel (their printed page
    number is not text of the book); they are counted as pages only when the book
    has no page list.
    """
    labels: list[str] = []
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the markup
    element_at_id: dict[str, int] = {}  # id -> index into edits of the page-break element with it
    for match in _PAGEBREAK_TAG.finditer(markup):
        attributes = _attributes(match.group(2))
        kinds = (attributes.get("epub:type", "") + " " + attributes.get("role", "")).lower().split()
        kinds += [v.lower() for k, v in attributes.items() if k.endswith(":type")]
        if not any(kind in ("pagebreak", "doc-pagebreak") for kind in " ".join(kinds).split()):
            continue
        start, end = match.span()
        inner = ""
        if not match.group(3) and not match.group(2).rstrip().endswith("/"):
            closing = re.compile(rf"(?:(?!<{re.escape(match.group(1))}\b)[\s\S]){{0,300}}?</{re.escape(match.group(1))}\s*>",
                                 re.IGNORECASE).match(markup, end)
            if closing:
                inner = " ".join(_TAG.sub(" ", closing.group()).split())
                end = closing.end()
        if edits and start < edits[-1][1]:
            continue
        label = attributes.get("title") or attributes.get("aria-label") or inner or _label_from_id(attributes.get("id", ""))
        if use_pagebreaks:
            number = len(labels)
            labels.append(" ".join(label.split()) or str(number + 1))
            replacement = f"{_MARK_OPEN}{number}{_MARK_CLOSE}"
        else:
            replacement = ""
        if attributes.get("id"):
            element_at_id[attributes["id"]] = len(edits)
        edits.append((start, end, replacement))
    for target in targets:
        number = len(labels)
        labels.append(target.label)
        sentinel = f"{_MARK_OPEN}{number}{_MARK_CLOSE}"
        if target.fragment is None:
            edits.append((0, 0, sentinel))  # the page starts with the document
            continue
        if target.fragment in element_at_id:
            index = element_at_id[target.fragment]
            start, end, replacement = edits[index]
            edits[index] = (start, end, replacement + sentinel)
            continue
        match = re.search(rf"""<[A-Za-z][^<>]*?\sid\s*=\s*["']{re.escape(target.fragment)}["'][^<>]*>""", markup)
        if match:
            edits.append((match.end(), match.end(), sentinel))
    if not edits:
        return markup, labels
    edits.sort(key=lambda edit: (edit[0], edit[1]))
    if edits[0][0] == 0 and edits[0][1] == 0:
        # a page that starts with the document: put its sentinel at the start of the body
        body = re.search(r"<body\b[^<>]*>", markup, re.IGNORECASE)
        if body:
            edits = [(body.end(), body.end(), r) if (s, e) == (0, 0) else (s, e, r) for s, e, r in edits]
            edits.sort(key=lambda edit: (edit[0], edit[1]))
    out, position = [], 0
    for start, end, replacement in edits:
        if start < position:
            continue
        out.append(markup[position:start])
        out.append(replacement)
        position = end
    out.append(markup[position:])
    return "".join(out), labels


def _drop_hidden_navigation(markup: str) -> str:
    """Page lists, landmarks and hidden ``<nav>`` blocks are for reading systems, not text of the book."""
    def replace(match: re.Match) -> str:
        attributes = _attributes(match.group(1))
        kinds = " ".join(v for k, v in attributes.items() if k.endswith(":type") or k == "role").lower().split()
        hidden = "hidden" in attributes or re.search(r"\bhidden\b", match.group(1), re.IGNORECASE)
        if hidden or {"page-list", "landmarks", "doc-pagelist"} & set(kinds):
            return ""
        return match.group()

    return _NAV.sub(replace, markup) if "<nav" in markup.lower() else markup


def _attributes(text: str) -> dict[str, str]:
    found = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((g for g in match.groups()[1:] if g is not None), "")
        found[match.group(1).lower()] = value
    return found


def _label_from_id(identifier: str) -> str:
    match = _PAGE_NUMBER_IN_ID.search(identifier)
    return match.group(1) if match else ""


def _take_out_markers(text: str, regions: list[Region]) -> tuple[str, list[Region], list[tuple[int, int]]]:
    """Remove the page sentinels (and invisible characters), mapping region offsets; where each page starts.

    A sentinel alone on its line takes its line with it; one between two spaces takes
    one of them, so no double space or extra blank line is left behind.
    """
    removals: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []  # (offset in the old text, marker number)
    for match in _REMOVED.finditer(text):
        start, end = match.span()
        if match.group().startswith(_MARK_OPEN):
            found.append((start, int(_MARKER.fullmatch(match.group()).group(1))))
            window = text[max(0, start - 400):start]
            before = window[:len(window) - len(_TRAILING_REMOVED.search(window).group())] \
                if _TRAILING_REMOVED.search(window) else window
            after = text[end:end + 400]
            line_start = (start <= 400 and not before.strip()) or before.endswith("\n")
            if line_start and (not after or after.startswith("\n")):
                preceding = len(before) - len(before.rstrip("\n")) if before.strip() else 10**9
                following = len(after) - len(after.lstrip("\n"))
                end += min(preceding, following)
            elif after.startswith(" ") and (line_start or before.endswith(" ")):
                end += 1
        if removals and start < removals[-1][1]:
            start = removals[-1][1]
        if end > start:
            removals.append((start, end))
    if not removals:
        return text, regions, []
    kept, position = [], 0
    for start, end in removals:
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    new_text = "".join(kept)
    starts = [s for s, _ in removals]
    removed_before = [0]
    for s, e in removals:
        removed_before.append(removed_before[-1] + (e - s))

    def shift(offset: int) -> int:
        i = bisect_right(starts, offset)
        if i and offset < removals[i - 1][1]:  # inside a removed stretch: its start
            return removals[i - 1][0] - removed_before[i - 1]
        return offset - removed_before[i]

    if not new_text.strip():
        return new_text, [], []
    new_text = new_text.rstrip() + "\n"
    new_regions = []
    for region in regions:
        start, end = shift(region.start), min(shift(region.end), len(new_text.rstrip()))
        if end > start:
            new_regions.append(Region(region.kind, start, end))
    marks = [(min(shift(offset), len(new_text)), number) for offset, number in found]
    return new_text, new_regions, marks
