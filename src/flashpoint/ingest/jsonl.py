"""JSON Lines (``.jsonl``, ``.ndjson``): one document per line.

Each line is an object ``{"id", "text", "title"?, "url"?, "date"?, "source"?}``.
A bad line yields an :class:`InputError` with its 1-based line number and the
other lines still yield their documents.  Keys other than these are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from flashpoint.errors import InputError
from flashpoint.ingest._common import Item, check_bytes, decode, parse_date
from flashpoint.model import Document

_OPTIONAL_STRINGS = ("title", "url", "source")

_Fail = Callable[[str], InputError]


def read_jsonl(data: bytes, origin: str) -> Iterator[Item]:
    """Yield one document (or one error) per non-blank line, in order."""
    try:
        data, offset = check_bytes(data, origin)
    except InputError as error:
        yield error
        return
    found = False
    for number, raw in enumerate(data.split(b"\n"), start=1):
        item = read_line(raw, origin, number, offset=offset)
        offset += len(raw) + 1
        if item is not None:
            found = True
            yield item
    if not found:
        yield InputError(origin, "empty input")


def read_line(raw: bytes, origin: str, number: int, *, offset: int = 0) -> Item | None:
    """The document on one line (``None`` for a blank line), or why it cannot be read.

    ``offset`` is where the line starts in the file, for decoding errors.
    """
    try:
        line = decode(raw, origin, offset=offset, line=number)
        if not line.strip():
            return None
        return document_from_record(parse_line(line, origin, number), origin, number)
    except InputError as error:
        return error


def parse_line(line: str, origin: str, number: int) -> dict[str, Any]:
    """The JSON object on one line; anything else is an ``InputError``."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(origin, f"bad JSON: {error.msg} (column {error.colno})", number) from None
    except RecursionError:
        raise InputError(origin, "bad JSON: nested too deeply", number) from None
    except ValueError as error:  # e.g. an integer with more digits than Python will convert
        raise InputError(origin, f"bad JSON: {error}", number) from None
    if not isinstance(value, dict):
        raise InputError(origin, f"expected a JSON object, got {_json_type(value)}", number)
    return value


def document_from_record(record: dict[str, Any], origin: str, number: int) -> Document:
    """A document from one parsed line; a missing or mistyped field is an ``InputError``."""

    def fail(reason: str) -> InputError:
        return InputError(origin, reason, number)

    text = record.get("text")
    if text is None:
        raise fail('missing "text" (each line needs {"text": "..."})')
    if not isinstance(text, str):
        raise fail(f'"text" must be a string, got {_json_type(text)}')
    if not text.strip():
        raise fail('"text" is empty')
    fields = {key: _optional_string(record, key, fail) for key in _OPTIONAL_STRINGS}
    _check_encodable("text", text, fail)
    return Document.from_text(
        text,
        id=_record_id(record, fail),
        title=fields["title"],
        url=fields["url"],
        date=_record_date(record, fail),
        source=fields["source"],
        origin=f"{origin}:{number}",
    )


def _record_id(record: dict[str, Any], fail: _Fail) -> str | None:
    value = record.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise fail(f'"id" must be a string or a number, got {_json_type(value)}')
    ident = str(value).strip()
    _check_encodable("id", ident, fail)
    return ident or None


def _record_date(record: dict[str, Any], fail: _Fail) -> date | None:
    value = record.get("date")
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise fail(f'"date" must be a string (YYYY-MM-DD), got {_json_type(value)}')
    try:
        return parse_date(value)
    except ValueError:
        raise fail(f'bad "date" {value!r}: expected YYYY-MM-DD or an ISO 8601 datetime') from None


def _optional_string(record: dict[str, Any], key: str, fail: _Fail) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise fail(f'"{key}" must be a string, got {_json_type(value)}')
    _check_encodable(key, value, fail)
    return value.strip() or None


def _check_encodable(key: str, value: str, fail: _Fail) -> None:
    # JSON may escape lone surrogates ("\ud800"); such a string can never be written out.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        bad = value[error.start]
        raise fail(f'"{key}" contains an unpaired surrogate (U+{ord(bad):04X})') from None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
