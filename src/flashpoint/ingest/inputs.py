"""Command-line inputs (paths, directories, ``-``) to documents: the "read" stage.

Everything here yields values: a document, or an :class:`InputError` saying which
input failed and why.  Nothing raises for a bad input, so the caller reports each
failure and goes on, and nothing read successfully is lost because a neighbour
failed.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO, Literal, TypeAlias

from flashpoint.errors import InputError, UsageError
from flashpoint.ingest._common import Item, strip_bom
from flashpoint.ingest.feeds import read_feed
from flashpoint.ingest.html import read_html
from flashpoint.ingest.jsonl import read_jsonl
from flashpoint.ingest.text import read_text
from flashpoint.model import Document

Kind: TypeAlias = Literal["text", "html", "jsonl", "feed"]
Reader: TypeAlias = Callable[[bytes, str], Iterator[Item]]

READERS: MappingProxyType[Kind, Reader] = MappingProxyType(
    {"text": read_text, "html": read_html, "jsonl": read_jsonl, "feed": read_feed}
)
SUFFIX_KINDS: MappingProxyType[str, Kind] = MappingProxyType(
    {
        ".txt": "text",
        ".html": "html",
        ".htm": "html",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".xml": "feed",
        ".rss": "feed",
        ".atom": "feed",
    }
)
SKIPPED_SUFFIXES = frozenset(
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico",
        ".zip", ".gz", ".bz2", ".xz", ".tar", ".7z",
        ".pdf", ".pyc", ".so", ".parquet", ".duckdb",
    }
)  # fmt: skip
"""Suffixes of files that are clearly not articles: skipped silently inside a directory
(a file named on the command line is always attempted)."""

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"
STDIN_ORIGIN = "<stdin>"

_CHUNK = 1 << 20
_FIRST_ELEMENT = re.compile(rb"<([A-Za-z][\w:.-]*)")
_SNIFF_BYTES = 4096


def read_inputs(
    inputs: Iterable[str],
    *,
    default_date: date | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | InputError]:
    """Read every input, in order, yielding its documents and errors as values.

    An input is a file path, a directory (read recursively in sorted order,
    hidden files and folders skipped) or ``-`` for ``stdin`` (default
    ``sys.stdin.buffer``), whose kind is sniffed from its first bytes.
    ``default_date`` is the date of documents whose input gives none.  A single
    file larger than ``max_bytes`` is refused.
    """
    if isinstance(inputs, str | bytes):
        raise UsageError(f"inputs must be a list of paths, not one string: [{inputs!r}]")
    if max_bytes < 1:
        raise UsageError(f"max_bytes must be a positive number of bytes, not {max_bytes}")
    return _read_all(inputs, default_date=default_date, stdin=stdin, max_bytes=max_bytes)


def _read_all(
    inputs: Iterable[str], *, default_date: date | None, stdin: BinaryIO | None, max_bytes: int
) -> Iterator[Item]:
    for name in inputs:
        for item in read_input(name, stdin=stdin, max_bytes=max_bytes):
            if isinstance(item, Document) and item.date is None:
                item.date = default_date
            yield item


def read_input(
    name: str, *, stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """The documents and errors of one command-line input."""
    if name == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from read_stream(stream, STDIN_ORIGIN, max_bytes=max_bytes)
        return
    path = Path(name)
    try:
        is_dir = path.is_dir()
    except OSError:
        is_dir = False  # reading it as a file reports why it cannot be read
    if is_dir:
        yield from read_directory(path, max_bytes=max_bytes)
    else:
        yield from read_file(path, origin=name, max_bytes=max_bytes)


def read_file(
    path: Path, *, origin: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """The documents of one file, read as its suffix says (unknown suffixes as text)."""
    origin = origin or str(path)
    try:
        with path.open("rb") as stream:
            data = _read_checked(stream, origin, max_bytes)
    except OSError as error:
        data = InputError(origin, _os_reason(error))
    if isinstance(data, InputError):
        yield data
    else:
        yield from read_bytes(data, origin, kind_for_path(path))


def _read_checked(stream: BinaryIO, origin: str, max_bytes: int) -> bytes | InputError:
    """The stream's bytes, or the error that stopped reading them."""
    try:
        return _read_limited(stream, origin, max_bytes)
    except InputError as error:
        return error
    except OSError as error:
        return InputError(origin, _os_reason(error))


def read_stream(
    stream: BinaryIO, origin: str = STDIN_ORIGIN, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """The documents of a byte stream whose kind is sniffed from its content."""
    data = _read_checked(stream, origin, max_bytes)
    if isinstance(data, InputError):
        yield data
    else:
        yield from read_bytes(data, origin, sniff_kind(data))


def read_directory(directory: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The documents of every article file under ``directory``, in sorted path order."""
    found = False
    for entry in walk_directory(directory):
        if isinstance(entry, InputError):
            yield entry
            continue
        found = True
        yield from read_file(entry, max_bytes=max_bytes)
    if not found:
        yield InputError(str(directory), "no input files in this directory")


def walk_directory(directory: Path) -> Iterator[Path | InputError]:
    """Files under ``directory`` in sorted order, depth first, skipping hidden names,
    non-article suffixes and anything that is not a regular file or a folder.

    Symbolic links to folders are followed once each, so a link loop cannot recur.
    """
    seen: set[str] = set()

    def walk(folder: Path) -> Iterator[Path | InputError]:
        real = os.path.realpath(folder)
        if real in seen:
            return
        seen.add(real)
        try:
            entries = sorted(folder.iterdir())
        except OSError as error:
            yield InputError(str(folder), _os_reason(error))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError as error:  # e.g. no permission to look at it
                yield InputError(str(entry), _os_reason(error))
                continue
            if is_dir:
                yield from walk(entry)
            elif is_file and entry.suffix.lower() not in SKIPPED_SUFFIXES:
                yield entry

    return walk(directory)


def read_bytes(data: bytes, origin: str, kind: Kind) -> Iterator[Item]:
    """The documents in ``data``, read as ``kind``; ``origin`` names it in documents and errors."""
    return READERS[kind](data, origin)


def kind_for_path(path: Path) -> Kind:
    """The reader a file's suffix calls for: text unless the suffix is a known one."""
    return SUFFIX_KINDS.get(path.suffix.lower(), "text")


def sniff_kind(data: bytes) -> Kind:
    """Guess what a stream holds from its first bytes.

    A feed starts with ``<?xml``, ``<rss``, ``<feed`` or ``<rdf`` (an XML
    declaration followed by ``<html>`` is a page); a page starts with
    ``<!doctype html`` or ``<html``; JSON Lines has every non-blank line starting
    with ``{``; anything else is text.
    """
    head = strip_bom(data)[0][:_SNIFF_BYTES].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        root = _FIRST_ELEMENT.search(head)
        return "html" if root and root.group(1) == b"html" else "feed"
    lines = [line for line in data.split(b"\n") if line.strip()]
    if lines and all(strip_bom(line)[0].lstrip().startswith(b"{") for line in lines):
        return "jsonl"
    return "text"


def format_size(size: int) -> str:
    """``52428800`` -> ``"50 MiB"``; sizes that are not whole KiB or MiB in bytes."""
    for unit, factor in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size}-byte"


def _read_limited(stream: BinaryIO, origin: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from ``stream``; an ``InputError`` when there is more."""
    chunks: list[bytes] = []
    remaining = max_bytes + 1
    while remaining > 0:
        chunk = stream.read(min(remaining, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    if remaining <= 0:
        limit = format_size(max_bytes)
        raise InputError(origin, f"larger than the {limit} limit; split it into smaller files")
    return b"".join(chunks)


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    reason = error.strerror or str(error)
    return reason[:1].lower() + reason[1:]
