"""Properties: whatever bytes arrive, read_inputs yields values and never raises."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.errors import InputError
from flashpoint.ingest import read_bytes, read_inputs
from flashpoint.ingest.inputs import READERS, SUFFIX_KINDS
from flashpoint.model import Document

PREFIXES = st.sampled_from(
    [
        b"",
        b"\xef\xbb\xbf",
        b"{",
        b'{"text": ',
        b"<?xml version='1.0'?>",
        b"<rss version='2.0'><channel>",
        b"<feed xmlns='http://www.w3.org/2005/Atom'>",
        b"<!doctype html><html><body><p>",
        b"Title\n\n",
    ]
)
RANDOM_INPUT = st.builds(lambda prefix, rest: prefix + rest, PREFIXES, st.binary(max_size=300))

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "id": JSON_VALUES,
        "text": st.text(max_size=40) | JSON_VALUES,
        "title": st.text(max_size=20) | JSON_VALUES,
        "url": st.text(max_size=20) | JSON_VALUES,
        "date": st.sampled_from(["2026-02-10", "2026-02-10T08:00:00+01:00", "2026-13-01"])
        | JSON_VALUES,
        "source": st.text(max_size=20) | JSON_VALUES,
    },
)

FAST = settings(deadline=None)


def assert_values(items: list[Any]) -> None:
    for item in items:
        assert isinstance(item, Document | InputError)
        if isinstance(item, InputError):
            assert item.origin and item.reason
        else:
            assert item.text.strip() and item.id and item.origin


@FAST
@given(RANDOM_INPUT)
def test_random_stdin_never_raises(data: bytes) -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert items
    assert_values(items)


@FAST
@given(st.sampled_from(sorted(READERS)), RANDOM_INPUT)
def test_every_reader_takes_random_bytes(kind: Any, data: bytes) -> None:
    items = list(read_bytes(data, "random", kind))
    assert items
    assert_values(items)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([*sorted(SUFFIX_KINDS), "", ".md", ".png"]), RANDOM_INPUT)
def test_random_files_never_raise(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_inputs([str(path), folder], max_bytes=200))
    assert_values(items)


@FAST
@given(st.lists(JSON_VALUES | RECORDS, min_size=1, max_size=6))
def test_random_json_lines_give_one_value_per_line(values: list[Any]) -> None:
    lines = [json.dumps(value) for value in values]
    items = list(read_inputs(["-"], stdin=io.BytesIO("\n".join(lines).encode())))
    assert_values(items)
    if all(line.startswith("{") for line in lines):  # sniffed as JSON Lines
        assert len(items) == len(lines)
        assert [item.line if isinstance(item, InputError) else None for item in items] == [
            i if isinstance(item, InputError) else None for i, item in enumerate(items, start=1)
        ]


def xml_char(c: str) -> bool:
    """Whether XML 1.0 allows ``c`` in character data."""
    return c in "\t\n\r" or " " <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c >= "\U00010000"


@FAST
@given(st.lists(st.tuples(st.text(max_size=30), st.text(max_size=60)), min_size=1, max_size=5))
def test_random_feed_items_give_one_value_per_item(entries: list[tuple[str, str]]) -> None:
    def clean(text: str) -> str:
        return "".join(c for c in text if xml_char(c))

    items_xml = "".join(
        f"<item><title>{escape(clean(title))}</title>"
        f"<description>{escape(clean(body))}</description></item>"
        for title, body in entries
    )
    feed = f"<?xml version='1.0'?><rss><channel><title>T</title>{items_xml}</channel></rss>"
    items = list(read_inputs(["-"], stdin=io.BytesIO(feed.encode())))
    assert_values(items)
    assert len(items) == len(entries)
    assert [item.origin for item in items] == [
        f"<stdin>#item-{n}" for n in range(1, len(entries) + 1)
    ]
