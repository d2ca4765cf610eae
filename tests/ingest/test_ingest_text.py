"""Plain-text articles: one document per file, the first line maybe a title."""

from __future__ import annotations

from flashpoint.errors import InputError
from flashpoint.ingest import read_text
from flashpoint.ingest.text import MAX_TITLE_CHARS, find_title
from flashpoint.model import Document


def read_one(data: bytes, origin: str = "a.txt") -> Document | InputError:
    items = list(read_text(data, origin))
    assert len(items) == 1
    return items[0]


def test_title_is_the_first_line_before_a_blank_line() -> None:
    data = b"Iran seizes tanker\n\nIran's navy seized a tanker on Tuesday.\n"
    doc = read_one(data)
    assert isinstance(doc, Document)
    assert doc.title == "Iran seizes tanker"
    # The text is the whole file, title included, so offsets index the file.
    assert doc.text == data.decode()
    assert doc.text[: len(doc.title)] == doc.title
    assert doc.origin == "a.txt"
    assert doc.id == Document.content_id(doc.text)


def test_no_title_without_a_blank_line() -> None:
    doc = read_one(b"Iran's navy seized a tanker.\nOfficials confirmed it.\n")
    assert isinstance(doc, Document)
    assert doc.title is None
    assert doc.text == "Iran's navy seized a tanker.\nOfficials confirmed it.\n"


def test_a_long_first_paragraph_is_not_a_title() -> None:
    first = "word " * (MAX_TITLE_CHARS // 5 + 1)
    assert find_title(f"{first}\n\nSecond paragraph.") is None
    assert find_title("Short\n\nSecond paragraph.") == "Short"


def test_a_single_line_file_has_no_title() -> None:
    assert find_title("Only a headline\n\n") is None
    assert find_title("Only a sentence.") is None


def test_leading_blank_lines_are_skipped_when_finding_the_title() -> None:
    assert find_title("\n\n  Headline  \n\nBody.") == "Headline"


def test_crlf_is_normalised_and_bom_stripped() -> None:
    doc = read_one(b"\xef\xbb\xbfHeadline\r\n\r\nBody one.\r\nBody two.\r")
    assert isinstance(doc, Document)
    assert doc.text == "Headline\n\nBody one.\nBody two.\n"
    assert doc.title == "Headline"


def test_bad_bytes_are_errors_naming_the_input() -> None:
    cases = {
        b"": "empty input",
        b"  \n\t\n": "empty input",
        "\u00a0\u2003\n".encode(): "empty input",
        b"abc\x00def": "binary file, not text",
        b"caf\xe9 au lait": "not valid UTF-8 (byte offset 3)",
        b"\xef\xbb\xbfcaf\xe9": "not valid UTF-8 (byte offset 6)",
    }
    for data, reason in cases.items():
        error = read_one(data, "news/x.txt")
        assert isinstance(error, InputError), data
        assert error.origin == "news/x.txt"
        assert error.reason == reason
        assert str(error) == f"news/x.txt: {reason}"
