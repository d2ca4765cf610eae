"""JSON Lines: one document per line, a bad line an error with its line number."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import read_jsonl
from flashpoint.model import Document

GOOD = {
    "id": "a1",
    "text": "Iran seized a tanker.",
    "title": "Seizure",
    "url": "https://x.example/1",
}


def line(record: object) -> bytes:
    return json.dumps(record).encode() + b"\n"


def test_good_lines_become_documents_with_line_origins() -> None:
    data = line(GOOD) + b"\n" + line({"text": "Second.", "source": "Wire", "date": "2026-02-10"})
    items = list(read_jsonl(data, "in.jsonl"))
    assert all(isinstance(item, Document) for item in items)
    first, second = items
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.text, first.title, first.url) == (
        "a1",
        "Iran seized a tanker.",
        "Seizure",
        "https://x.example/1",
    )
    assert first.origin == "in.jsonl:1"
    assert second.origin == "in.jsonl:3"  # blank line 2 skipped, numbering kept
    assert second.id == Document.content_id("Second.")
    assert second.source == "Wire"
    assert second.date == dt.date(2026, 2, 10)


def test_bad_lines_are_errors_with_line_numbers_and_the_rest_are_kept() -> None:
    lines = [
        line(GOOD),
        b'{"text": "unterminated\n',
        b"[1, 2]\n",
        line({"title": "no text"}),
        line({"text": ""}),
        line({"text": 42}),
        line({"text": "ok", "date": "last Tuesday"}),
        line({"text": "ok", "date": 20260210}),
        line({"id": "z", "text": "Last good line."}),
    ]
    items = list(read_jsonl(b"".join(lines), "feed.jsonl"))
    assert len(items) == 9
    errors = [item for item in items if isinstance(item, InputError)]
    assert [error.line for error in errors] == [2, 3, 4, 5, 6, 7, 8]
    assert all(error.origin == "feed.jsonl" for error in errors)
    reasons = [error.reason for error in errors]
    assert reasons[0].startswith("bad JSON")
    assert reasons[1] == "expected a JSON object, got an array"
    assert reasons[2].startswith('missing "text"')
    assert reasons[3] == '"text" is empty'
    assert reasons[4] == '"text" must be a string, got a number'
    assert reasons[5].startswith("bad \"date\" 'last Tuesday'")
    assert reasons[6].startswith('"date" must be a string')
    assert str(errors[0]).startswith("feed.jsonl:2: bad JSON")
    documents = [item for item in items if isinstance(item, Document)]
    assert [doc.id for doc in documents] == ["a1", "z"]
    assert [doc.origin for doc in documents] == ["feed.jsonl:1", "feed.jsonl:9"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-02-10", dt.date(2026, 2, 10)),
        ("2026-02-10T08:30:00", dt.date(2026, 2, 10)),
        ("2026-02-10T08:30:00Z", dt.date(2026, 2, 10)),
        ("2026-02-10T23:30:00-05:00", dt.date(2026, 2, 10)),  # the date where it was written
        (None, None),
    ],
)
def test_dates(value: str | None, expected: dt.date | None) -> None:
    (doc,) = read_jsonl(line({"text": "x", "date": value}), "d.jsonl")
    assert isinstance(doc, Document)
    assert doc.date == expected


@pytest.mark.parametrize(("value", "expected"), [(17, "17"), (2.5, "2.5"), ("  id-9 ", "id-9")])
def test_ids_are_strings(value: object, expected: str) -> None:
    (doc,) = read_jsonl(line({"id": value, "text": "x"}), "d.jsonl")
    assert isinstance(doc, Document)
    assert doc.id == expected


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"id": True, "text": "x"}, '"id" must be a string or a number, got true'),
        ({"id": [1], "text": "x"}, '"id" must be a string or a number, got an array'),
        ({"text": "x", "title": 3}, '"title" must be a string, got a number'),
        ({"text": "x", "url": {}}, '"url" must be a string, got an object'),
        ({"text": "\ud800"}, '"text" contains an unpaired surrogate (U+D800)'),
    ],
)
def test_mistyped_fields(record: dict[str, object], reason: str) -> None:
    (error,) = read_jsonl(line(record), "d.jsonl")
    assert isinstance(error, InputError)
    assert (error.origin, error.line, error.reason) == ("d.jsonl", 1, reason)


def test_invalid_utf8_on_one_line_spoils_only_that_line() -> None:
    data = line({"text": "one"}) + b'{"text": "caf\xe9"}\n' + line({"text": "three"})
    first, error, third = read_jsonl(data, "d.jsonl")
    assert isinstance(error, InputError)
    assert error.line == 2
    assert error.reason == "not valid UTF-8 (byte offset 29)"
    assert isinstance(first, Document) and isinstance(third, Document)
    assert third.origin == "d.jsonl:3"


def test_crlf_lines_and_bom() -> None:
    data = b"\xef\xbb\xbf" + line({"text": "one"}).replace(b"\n", b"\r\n") * 2
    items = list(read_jsonl(data, "d.jsonl"))
    assert [item.text for item in items if isinstance(item, Document)] == ["one", "one"]


def test_deeply_nested_json_is_an_error_not_a_crash() -> None:
    (error,) = read_jsonl(b"[" * 100_000 + b"]" * 100_000, "deep.jsonl")
    assert isinstance(error, InputError)
    assert error.reason.startswith("bad JSON")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"\n \n", "empty input"),
        (b'{"text": "a\x00"}', "binary file, not text"),
    ],
)
def test_whole_file_errors(data: bytes, reason: str) -> None:
    assert [
        (e.origin, e.reason) for e in read_jsonl(data, "d.jsonl") if isinstance(e, InputError)
    ] == [("d.jsonl", reason)]
