"""HTML to analysed plain text, through a real parser (selectolax / lexbor).

Nothing from the page is executed or fetched: scripts, styles, templates and
embedded objects are dropped; block elements become paragraphs; ``<blockquote>``,
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
                "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading"}
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


def html_to_text(html: str) -> tuple[str, list[Region]]:
    """Plain text of the page's body, and the regions of its quotations and headings."""
    tree = LexborHTMLParser(html)
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
            if tag in REGION_KINDS:
                kind, start = open_regions.pop()
                end = out.length
                if end > start:
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
        if tag in BLOCKS:
            out.break_block()
        if tag == "pre":
            pre_depth += 1
        if tag in REGION_KINDS:
            open_regions.append((REGION_KINDS[tag], out.length))
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
