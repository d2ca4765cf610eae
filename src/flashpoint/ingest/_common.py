"""What every reader shares: turning bytes into checked text, and reading dates.

Readers never raise for a bad input: they yield an :class:`InputError` value in
place of the document, so one broken file, line or feed item never hides its
neighbours.  The helpers here raise ``InputError`` and the readers catch it.
"""

from __future__ import annotations

import codecs
import re
from datetime import date, datetime
from typing import TypeAlias

from flashpoint.errors import InputError
from flashpoint.model import Document

Item: TypeAlias = Document | InputError
"""What readers yield: a document, or the reason an input (or part of one) failed."""

UTF8_BOM = b"\xef\xbb\xbf"

_XML_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_HTML_DECLARED = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# How far into a page to look for a declared encoding (browsers look at 1024 bytes).
_PRESCAN_BYTES = 4096


def strip_bom(data: bytes) -> tuple[bytes, int]:
    """``data`` without a leading UTF-8 byte-order mark, and how many bytes were dropped."""
    if data.startswith(UTF8_BOM):
        return data[len(UTF8_BOM) :], len(UTF8_BOM)
    return data, 0


def check_bytes(data: bytes, origin: str) -> tuple[bytes, int]:
    """Strip a BOM and refuse binary or empty input; see :func:`strip_bom` for the result."""
    data, skipped = strip_bom(data)
    if b"\x00" in data:
        raise InputError(origin, "binary file, not text")
    if not data.strip():
        raise InputError(origin, "empty input")
    return data, skipped


def decode(
    data: bytes,
    origin: str,
    *,
    encoding: str = "utf-8",
    offset: int = 0,
    line: int | None = None,
) -> str:
    """Decode strictly: a byte that is not valid in ``encoding`` is an error, never replaced.

    ``offset`` is where ``data`` starts in the input, so the error names the byte
    offset in the file as a user would count it.
    """
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise InputError(origin, f"unknown character encoding {encoding!r}", line) from None
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError as error:
        label = "UTF-8" if codec.name == "utf-8" else encoding
        reason = f"not valid {label} (byte offset {offset + error.start})"
        raise InputError(origin, reason, line) from None


def decode_text(data: bytes, origin: str, *, encoding: str | None = None) -> str:
    """Check, decode (UTF-8 unless ``encoding`` is given) and refuse blank input."""
    data, skipped = check_bytes(data, origin)
    text = decode(data, origin, encoding=encoding or "utf-8", offset=skipped)
    if not text.strip():
        raise InputError(origin, "empty input")
    return text


def declared_xml_encoding(data: bytes) -> str | None:
    """The encoding named in an XML declaration (``<?xml ... encoding="..."?>``), if any."""
    match = _XML_DECLARED.match(strip_bom(data)[0][:_PRESCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def declared_html_encoding(data: bytes) -> str | None:
    """The encoding a page declares in ``<meta charset>`` or its XML declaration, if any."""
    head = strip_bom(data)[0][:_PRESCAN_BYTES]
    match = _HTML_DECLARED.search(head)
    declared = match.group(1).decode("ascii") if match else declared_xml_encoding(head)
    # A page that could declare itself in ASCII is not UTF-16/32, whatever it says
    # (browsers read such a declaration as UTF-8).
    if declared and declared.lower().replace("_", "-").startswith(("utf-16", "utf-32")):
        return "utf-8"
    return declared


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: str) -> date:
    """A publication date from ``YYYY-MM-DD`` or an ISO 8601 datetime.

    A datetime with a UTC offset gives the date where it was published, not the
    UTC date.  Raises ``ValueError`` for anything else.
    """
    return datetime.fromisoformat(value.strip()).date()
