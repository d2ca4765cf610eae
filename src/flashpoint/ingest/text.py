"""Plain-text articles (``.txt`` and any textual file without a known suffix).

One file is one article.  The document text is the whole file (newlines
normalised), so character offsets index what the user sees; the first line is
also taken as the title when it is short and followed by a blank line.
"""

from __future__ import annotations

from collections.abc import Iterator

from flashpoint.errors import InputError
from flashpoint.ingest._common import Item, decode_text, normalise_newlines
from flashpoint.model import Document

MAX_TITLE_CHARS = 300
"""A first line this long or longer is a paragraph, not a headline."""


def read_text(data: bytes, origin: str) -> Iterator[Item]:
    """Yield the one document in a plain-text file, or the reason it cannot be read."""
    try:
        text = normalise_newlines(decode_text(data, origin))
    except InputError as error:
        yield error
        return
    yield Document.from_text(text, title=find_title(text), origin=origin)


def find_title(text: str) -> str | None:
    """The first non-blank line, when a blank line and then more text follow it."""
    lines = text.lstrip().split("\n")
    if len(lines) < 3:
        return None
    first, blank, rest = lines[0].strip(), lines[1], lines[2:]
    if blank.strip() or len(first) >= MAX_TITLE_CHARS:
        return None
    if not any(line.strip() for line in rest):
        return None
    return first
