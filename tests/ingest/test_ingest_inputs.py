"""read_inputs: paths, directories and standard input, errors as values in input order."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from flashpoint.errors import InputError, UsageError
from flashpoint.ingest import DEFAULT_MAX_BYTES, kind_for_path, read_inputs, sniff_kind
from flashpoint.ingest.inputs import format_size
from flashpoint.model import Document

ARTICLE = b"Headline\n\nThe army withdrew from the town on Monday.\n"
PAGE = (
    b"<!DOCTYPE html><html><head><title>Protest in Tbilisi</title></head><body>"
    b"<nav><a href='/'>Home</a></nav><article><p>Thousands of protesters marched through "
    b"Tbilisi on Sunday demanding new elections, organisers said.</p></article></body></html>"
)
JSONL = b'{"id": "j1", "text": "Line one."}\n{"id": "j2", "text": "Line two."}\n'
RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    b"<item><title>Item one</title><description>Body one.</description></item>"
    b"<item><title>Item two</title><description>Body two.</description></item></channel></rss>"
)


def origins(items: list[Document | InputError]) -> list[str | None]:
    return [item.origin for item in items]


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_each_kind_by_suffix_in_input_order(tmp_path: Path) -> None:
    names = [
        str(write(tmp_path / "b.xml", RSS)),
        str(write(tmp_path / "a.txt", ARTICLE)),
        str(write(tmp_path / "c.jsonl", JSONL)),
        str(write(tmp_path / "d.html", PAGE)),
    ]
    items = list(read_inputs(names))
    assert all(isinstance(item, Document) for item in items)
    assert origins(items) == [
        f"{names[0]}#item-1",
        f"{names[0]}#item-2",
        names[1],
        f"{names[2]}:1",
        f"{names[2]}:2",
        names[3],
    ]


def test_unknown_suffix_is_text(tmp_path: Path) -> None:
    path = write(tmp_path / "story", ARTICLE)
    (doc,) = read_inputs([str(path)])
    assert isinstance(doc, Document)
    assert doc.title == "Headline"
    assert kind_for_path(Path("x.MD")) == "text"
    assert kind_for_path(Path("x.HTM")) == "html"
    assert kind_for_path(Path("x.ndjson")) == "jsonl"
    assert kind_for_path(Path("x.atom")) == "feed"


def test_directory_recursive_sorted_hidden_and_binary_skipped(tmp_path: Path) -> None:
    root = tmp_path / "news"
    write(root / "b.txt", b"Bee.")
    write(root / "a" / "z.txt", b"Zed.")
    write(root / "a.txt", b"Ay.")
    write(root / "a" / "sub" / "m.jsonl", b'{"text": "Em."}\n')
    write(root / ".hidden.txt", b"Hidden.")
    write(root / ".git" / "config.txt", b"Hidden dir.")
    write(root / "photo.PNG", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(root / "data.parquet", b"PAR1\x00")
    items = list(read_inputs([str(root)]))
    assert all(isinstance(item, Document) for item in items)
    # Sorted by path parts, depth first: news/a/sub/ < news/a/z.txt < news/a.txt < news/b.txt
    assert origins(items) == [
        str(root / "a" / "sub" / "m.jsonl") + ":1",
        str(root / "a" / "z.txt"),
        str(root / "a.txt"),
        str(root / "b.txt"),
    ]


def test_directory_order_is_depth_first_by_name(tmp_path: Path) -> None:
    root = tmp_path / "d"
    for name in ["c.txt", "a/2.txt", "a/1.txt", "b/x.txt"]:
        write(root / name, name.encode())
    items = list(read_inputs([str(root)]))
    assert [item.text for item in items if isinstance(item, Document)] == [
        "a/1.txt",
        "a/2.txt",
        "b/x.txt",
        "c.txt",
    ]


def test_binary_suffix_named_explicitly_is_attempted(tmp_path: Path) -> None:
    path = write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    (error,) = read_inputs([str(path)])
    assert isinstance(error, InputError)
    assert (error.origin, error.reason) == (str(path), "binary file, not text")


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "empty" / ".only-hidden", b"x")
    (error,) = read_inputs([str(tmp_path / "empty")])
    assert isinstance(error, InputError)
    assert error.origin == str(tmp_path / "empty")


def test_symlink_loop_is_not_followed_forever(tmp_path: Path) -> None:
    root = tmp_path / "loop"
    write(root / "a.txt", b"Once.")
    (root / "again").symlink_to(root, target_is_directory=True)
    items = list(read_inputs([str(root)]))
    assert [item.text for item in items if isinstance(item, Document)] == ["Once."]


BAD_INPUTS = {
    "empty.txt": (b"", "empty input"),
    "blank.txt": (b" \n\t \n", "empty input"),
    "binary.txt": (b"GIF89a\x00\x01\x02", "binary file, not text"),
    "latin1.txt": (b"Caf\xe9 bombed", "not valid UTF-8 (byte offset 3)"),
    "page.html": (b"<html><body><script>x()</script></body></html>", "no article text found"),
    "bad.xml": (b"<rss><channel></rss>", "malformed XML"),
    "none.rss": (b"<rss><channel><title>T</title></channel></rss>", "feed has no items"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_reported_and_neighbours_still_read(tmp_path: Path, name: str) -> None:
    data, reason = BAD_INPUTS[name]
    before = write(tmp_path / "before.txt", ARTICLE)
    bad = write(tmp_path / name, data)
    after = write(tmp_path / "after.jsonl", JSONL)
    items = list(read_inputs([str(before), str(bad), str(after)]))
    assert origins(items) == [str(before), str(bad), f"{after}:1", f"{after}:2"]
    error = items[1]
    assert isinstance(error, InputError)
    assert error.reason.startswith(reason)
    assert str(error).startswith(f"{bad}: {reason}") or str(error).startswith(f"{bad}:1: {reason}")
    assert all(isinstance(item, Document) for item in items[:1] + items[2:])


def test_missing_path(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    missing = str(tmp_path / "nope.txt")
    error, doc = read_inputs([missing, str(good)])
    assert isinstance(error, InputError)
    assert (error.origin, error.reason) == (missing, "no such file or directory")
    assert str(error) == f"{missing}: no such file or directory"
    assert isinstance(doc, Document)


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", b"x" * 2048 + b"\n")
    small = write(tmp_path / "small.txt", b"Small.")
    error, doc = read_inputs([str(big), str(small)], max_bytes=2048)
    assert isinstance(error, InputError)
    assert error.origin == str(big)
    assert error.reason.startswith("larger than the 2 KiB limit")
    assert isinstance(doc, Document)
    exact = write(tmp_path / "exact.txt", b"y" * 2048)
    (fits,) = read_inputs([str(exact)], max_bytes=2048)
    assert isinstance(fits, Document)


def test_size_limit_wording() -> None:
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024
    assert format_size(DEFAULT_MAX_BYTES) == "50 MiB"
    assert format_size(100) == "100-byte"


def test_usage_errors_are_raised_at_once() -> None:
    with pytest.raises(UsageError):
        read_inputs(["-"], max_bytes=0)
    with pytest.raises(UsageError, match="list of paths"):
        read_inputs("news.txt")


def test_default_date_fills_only_missing_dates(tmp_path: Path) -> None:
    path = write(
        tmp_path / "d.jsonl",
        b'{"text": "dated", "date": "2020-01-02"}\n{"text": "undated"}\n',
    )
    dated, undated = read_inputs([str(path)], default_date=dt.date(2026, 2, 10))
    assert isinstance(dated, Document) and isinstance(undated, Document)
    assert dated.date == dt.date(2020, 1, 2)
    assert undated.date == dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (ARTICLE, "text"),
        (PAGE, "html"),
        (b"  <html><body><p>x</p></body></html>", "html"),
        (b'<?xml version="1.0"?>\n<!DOCTYPE html><html></html>', "html"),
        (JSONL, "jsonl"),
        (b'\n  {"text": "a"}\r\n\n{"text": "b"}', "jsonl"),
        (b'{"text": "a"}\nnot json', "text"),
        (RSS, "feed"),
        (b"<rss version='2.0'></rss>", "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"/>', "feed"),
        (b"<rdf:RDF/>", "feed"),
        (b"\xef\xbb\xbf<?xml version='1.0'?><rss/>", "feed"),
        (b"", "text"),
    ],
)
def test_sniff_kind(data: bytes, kind: str) -> None:
    assert sniff_kind(data) == kind


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ARTICLE, ["<stdin>"]),
        (PAGE, ["<stdin>"]),
        (JSONL, ["<stdin>:1", "<stdin>:2"]),
        (RSS, ["<stdin>#item-1", "<stdin>#item-2"]),
    ],
)
def test_stdin_is_sniffed(data: bytes, expected: list[str]) -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert all(isinstance(item, Document) for item in items)
    assert origins(items) == expected


def test_stdin_errors_name_stdin(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    error, doc = read_inputs(["-", str(good)], stdin=io.BytesIO(b""))
    assert isinstance(error, InputError)
    assert (error.origin, error.reason) == ("<stdin>", "empty input")
    assert isinstance(doc, Document)
    (too_big,) = read_inputs(["-"], stdin=io.BytesIO(b"x" * 101), max_bytes=100)
    assert isinstance(too_big, InputError)
    assert too_big.reason.startswith("larger than the 100-byte limit")


def test_stdin_jsonl_bad_line_keeps_the_others() -> None:
    data = JSONL + b"{bad\n" + json.dumps({"text": "Line four."}).encode()
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [type(item).__name__ for item in items] == [
        "Document",
        "Document",
        "InputError",
        "Document",
    ]
    bad = items[2]
    assert isinstance(bad, InputError)
    assert (bad.origin, bad.line) == ("<stdin>", 3)
