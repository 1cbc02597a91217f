"""HTML to analysed plain text, through a real parser (selectolax / lexbor).

Nothing from the page is executed or fetched: scripts, styles, templates and
embedded objects are dropped; block elements become paragraphs, and a horizontal
rule becomes a paragraph ``* * *`` (a page's end marker between excerpts); ``<blockquote>``,
``<q>`` and headings are kept as regions because they are evidence of quotation
and of the compiler's own structure.  The walk is iterative, so deeply nested
markup cannot exhaust the stack.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from . import Region

SKIPPED = {"script", "style", "noscript", "template", "head", "iframe", "object", "embed",
           "svg", "math", "canvas", "select", "button", "-comment", "!doctype"}
BLOCKS = {"p", "div", "section", "article", "main", "aside", "header", "footer", "nav",
          "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "ul", "ol", "dl", "dt",
          "dd", "table", "tr", "td", "th", "pre", "hr", "figure", "figcaption", "form",
          "address", "center", "body", "html", "details", "summary", "fieldset"}
REGION_KINDS = {"blockquote": "blockquote", "q": "q", "h1": "heading", "h2": "heading",
                "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
                "i": "italic", "em": "italic", "cite": "italic"}  # italics: where titles of works stand
_POST_BODY_CLASS = re.compile(r"\bpost-?(?:content|body|message|text)\b|\bmessage-?(?:body|content)\b", re.IGNORECASE)
HR_TEXT = "* * *"  # what a horizontal rule becomes in the analysed text
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


class _TextBuilder:
    """Accumulates text with HTML whitespace rules and paragraph breaks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.at_line_start = True

    def add(self, text: str, preformatted: bool = False) -> None:
        if not preformatted:
            text = _SPACES.sub(" ", text)
            if self.at_line_start:
                text = text.lstrip(" ")
        if not text:
            return
        self.parts.append(text)
        self.length += len(text)
        self.at_line_start = text.endswith("\n")

    def trim_trailing_space(self) -> None:
        while self.parts and self.parts[-1].endswith(" "):
            last = self.parts.pop()
            self.length -= len(last)
            last = last.rstrip(" ")
            if last:
                self.parts.append(last)
                self.length += len(last)
                break

    def break_block(self) -> None:
        self.trim_trailing_space()
        if not self.parts:
            return
        tail = "".join(self.parts[-2:])[-2:]
        needed = "\n\n" if not tail.endswith("\n") else ("\n" if not tail.endswith("\n\n") else "")
        if needed:
            self.parts.append(needed)
            self.length += len(needed)
        self.at_line_start = True

    def break_line(self) -> None:
        self.trim_trailing_space()
        self.parts.append("\n")
        self.length += 1
        self.at_line_start = True

    def text(self) -> str:
        return "".join(self.parts).rstrip() + "\n"


MAX_DEPTH = 256  # deeper nesting is flattened before parsing
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "keygen", "frame", "basefont", "isindex"}
_RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"}
_SELF_ENDING = {"p", "li", "dt", "dd", "tr", "td", "th", "option"}
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)")


def limit_nesting(html: str, max_depth: int = MAX_DEPTH) -> str:
    """The page with elements nested deeper than ``max_depth`` unwrapped (their text kept).

    An HTML parser spends time proportional to the depth of open elements on every block
    tag, so 100,000 nested ``<div>`` would take quadratic time.  One linear pass over the
    tags counts the depth (closing what a new ``<p>``/``<li>``/``<td>`` implicitly closes); a
    start tag past the limit is dropped together with its end tag (a block one leaves an
    empty paragraph, so paragraphs stay apart).
    """
    if html.count("<") <= max_depth:
        return html
    out: list[str] = []
    flushed = 0  # html[:flushed] is in out
    stack: list[tuple[str, bool]] = []  # (tag, kept)
    open_count: dict[str, int] = {}
    depth = 0  # kept elements open
    position = 0

    def drop(lt: int, gt: int, name: str) -> None:
        nonlocal flushed
        out.append(html[flushed:lt])
        out.append("<p></p>" if name in BLOCKS else "")
        flushed = gt + 1

    while True:
        lt = html.find("<", position)
        if lt < 0:
            break
        if html.startswith("<!--", lt):
            close = html.find("-->", lt + 4)
            if close < 0:
                break
            position = close + 3
            continue
        match = _TAG_NAME.match(html, lt)
        if match is None:
            position = lt + 1
            continue
        gt = html.find(">", match.end())
        if gt < 0:
            break
        position = gt + 1
        name = match.group(1).lower()
        if html[lt + 1] == "/":
            if not open_count.get(name):
                continue
            while stack:
                tag, kept = stack.pop()
                open_count[tag] -= 1
                depth -= kept
                if tag == name:
                    break
            if not kept:
                drop(lt, gt, name)
            continue
        if name in _VOID or html[gt - 1] == "/":
            continue
        if name in _RAW_TEXT:
            close = _find_ci(html, f"</{name}", gt + 1)
            position = len(html) if close < 0 else close
            stack.append((name, True))
            open_count[name] = open_count.get(name, 0) + 1
            depth += 1
            continue
        ends = _implicitly_ended(stack, name)
        for _ in range(ends):  # <p>a<p>b, <li>a<li>b: the new one ends the open one
            tag, was_kept = stack.pop()
            open_count[tag] -= 1
            depth -= was_kept
        kept = depth < max_depth
        stack.append((name, kept))
        open_count[name] = open_count.get(name, 0) + 1
        depth += kept
        if not kept:
            drop(lt, gt, name)
    if not out:
        return html
    out.append(html[flushed:])
    return "".join(out)


def _is_indented_quotation(node) -> bool:
    """A wiki's quotation under its citation: a ``<dd>`` of a list with no terms, right after a
    ``cited-source`` line (Wiktionary's "1791, James Boswell, *The Life of Samuel Johnson*, page 15:")."""
    dl = node.parent
    if dl is None or dl.tag != "dl" or any(child.tag == "dt" for child in dl.iter()):
        return False
    cited = dl.prev
    while cited is not None and cited.tag == "-text" and not (cited.text_content or "").strip():
        cited = cited.prev
    return cited is not None and "cited-source" in (cited.attributes.get("class") or "")


def _implicitly_ended(stack: list[tuple[str, bool]], name: str) -> int:
    """How many open elements a start tag ``name`` closes: an open ``<p>`` before a block, or an
    open element of the same kind (``li``, ``td``, ...), when only inline elements lie between."""
    for k in range(1, min(len(stack), 8) + 1):
        tag = stack[-k][0]
        if tag == name and name in _SELF_ENDING or tag == "p" and name in BLOCKS:
            return k
        if tag in BLOCKS:
            return 0
    return 0


def _find_ci(text: str, needle: str, start: int) -> int:
    """Case-insensitive find of an ASCII needle, without lowering a huge text."""
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    match = pattern.search(text, start)
    return match.start() if match else -1


def html_to_text(html: str) -> tuple[str, list[Region]]:
    """Plain text of the page's body, and the regions of its quotations and headings."""
    tree = LexborHTMLParser(limit_nesting(html))

    root = tree.body or tree.root
    out = _TextBuilder()
    regions: list[Region] = []
    if root is None:
        return "", regions
    open_regions: list[tuple[str, int]] = []
    stack = [(root, False)]  # (node, leaving)
    pre_depth = 0
    while stack:
        node, leaving = stack.pop()
        tag = node.tag or ""
        if leaving:
            if tag in BLOCKS:
                out.trim_trailing_space()
            if tag in REGION_KINDS or (tag == "dd" and _is_indented_quotation(node)):
                kind, start = open_regions.pop()
                end = out.length
                if end > start and kind != "post":
                    regions.append(Region(kind, start, end))
            if tag == "pre":
                pre_depth -= 1
            if tag in BLOCKS:
                out.break_block()
            continue
        if tag == "-text":
            out.add(node.text_content or "", preformatted=pre_depth > 0)
            continue
        if tag in SKIPPED:
            continue
        if tag == "br":
            out.break_line()
            continue
        if tag == "hr":
            # a visible separator, so that a rule used as an end marker reaches the parser
            out.break_block()
            out.add(HR_TEXT)
            out.break_block()
            continue
        if tag in BLOCKS:
            out.break_block()
        if tag == "pre":
            pre_depth += 1
        if tag in REGION_KINDS or (tag == "dd" and _is_indented_quotation(node)):
            # a forum's post body set in a blockquote (vBulletin's "postcontent") is the poster's own words
            own_post = tag == "blockquote" and _POST_BODY_CLASS.search(node.attributes.get("class") or "")
            open_regions.append(("post" if own_post else REGION_KINDS.get(tag, "blockquote"), out.length))
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, False))
    text = out.text()
    trimmed = []
    for region in regions:
        end = min(region.end, len(text))
        end = region.start + len(text[region.start:end].rstrip())
        if end > region.start:
            trimmed.append(Region(region.kind, region.start, end))
    return text, sorted(trimmed, key=lambda r: (r.start, -r.end))
