"""HTML fragments (feed item bodies) to plain text, keeping paragraphs.

The standard library's tokenizer is enough for fragments and needs no untyped
dependency; whole pages go through trafilatura instead (see ``html.py``).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title"})
_SPACES = re.compile(r"\s+")
_PARAGRAPH_BREAK = "\n\n"
_LINE_BREAK = "\n"


class _TextCollector(HTMLParser):
    """Collects text, with a paragraph break at each block element and a line break at ``<br>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden_depth += 1
        elif tag == "br":
            self.chunks.append(_LINE_BREAK)
        elif tag in _BLOCK_TAGS:
            self.chunks.append(_PARAGRAPH_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.chunks.append(_LINE_BREAK)
        elif tag in _BLOCK_TAGS:
            self.chunks.append(_PARAGRAPH_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.chunks.append(_PARAGRAPH_BREAK)

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.chunks.append(_SPACES.sub(" ", data))

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # The base class raises AssertionError on "<![" followed by anything but a
        # handful of keywords; in HTML a marked section is a bogus comment, so skip it.
        end = self.rawdata.find("]>", i + 3)
        return -1 if end < 0 else end + 2


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by a blank line, spaces collapsed."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    paragraphs = []
    for block in "".join(collector.chunks).split(_PARAGRAPH_BREAK):
        lines = [line.strip() for line in block.split(_LINE_BREAK)]
        paragraph = _LINE_BREAK.join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return _PARAGRAPH_BREAK.join(paragraphs)
