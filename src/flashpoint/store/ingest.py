"""Documents into the store: read, skip what is stored, code, store in batches.

::

    ingest(read_sources(["news/", "https://example.org/feed.xml"]), store, pipeline)

Texts already stored are skipped before coding, so a second run over the same inputs
does no work and changes nothing.  Each batch of coded documents is stored, with the
inputs that could not be read so far, in one transaction (:meth:`Store.add_batch`).
:func:`watch` polls a list of feeds and ingests what is new on each cycle.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flashpoint.engine import Engine
from flashpoint.errors import InputError, UsageError
from flashpoint.ingest import read_inputs
from flashpoint.model import Document
from flashpoint.net import DEFAULT_MAX_BYTES as DEFAULT_MAX_FETCH
from flashpoint.net import DEFAULT_TIMEOUT, is_url, read_url
from flashpoint.store.db import BatchResult, Store, content_hash

DEFAULT_BATCH = 32
DEFAULT_MAX_CHARS = 1_000_000
"""Longer documents are quarantined rather than coded (spaCy's own default limit)."""

Item = Document | InputError


@dataclass(frozen=True, slots=True)
class Sources:
    """How inputs are read: the date of undated documents and the network settings."""

    default_date: date | None = None
    timeout: float = DEFAULT_TIMEOUT
    max_fetch_bytes: int = DEFAULT_MAX_FETCH
    allow_private: bool = False


def read_sources(inputs: Iterable[str], sources: Sources = Sources()) -> Iterator[Item]:
    """Documents and errors from paths, directories, ``-`` and http(s) URLs, in order."""
    for name in inputs:
        if is_url(name):
            yield from read_url(
                name,
                default_date=sources.default_date,
                timeout=sources.timeout,
                max_bytes=sources.max_fetch_bytes,
                allow_private=sources.allow_private,
            )
        else:
            yield from read_inputs([name], default_date=sources.default_date)


@dataclass
class IngestStats:
    """What a run read, skipped, stored and could not read."""

    read: int = 0
    words: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    new_clusters: int = 0
    errors: list[InputError] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def add(self, result: BatchResult) -> None:
        self.stored += result.documents
        self.duplicates += result.duplicates
        self.events += result.events
        self.new_clusters += result.new_clusters


class _Feeder:
    """Passes on documents to code; sets aside errors, over-long and stored documents."""

    def __init__(self, store: Store, stats: IngestStats, max_chars: int) -> None:
        self.store = store
        self.stats = stats
        self.max_chars = max_chars
        self.pending: list[InputError] = []
        self.seen: set[str] = set()
        self.on_error: Callable[[InputError], None] = lambda error: None

    def error(self, error: InputError) -> None:
        self.stats.errors.append(error)
        self.pending.append(error)
        self.on_error(error)

    def documents(self, items: Iterable[Item]) -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                self.error(item)
                continue
            if len(item.text) > self.max_chars:
                reason = (
                    f"document of {len(item.text):,} characters is over the "
                    f"{self.max_chars:,}-character limit; split it"
                )
                self.error(InputError(item.origin or item.id, reason))
                continue
            self.stats.read += 1
            digest = content_hash(item.text)
            if digest in self.seen or self.store.known([digest]):
                self.stats.duplicates += 1
                continue
            self.seen.add(digest)
            self.stats.words += len(item.text.split())
            yield item

    def take_errors(self) -> list[InputError]:
        errors, self.pending = self.pending, []
        return errors


def ingest(
    items: Iterable[Item],
    store: Store,
    pipeline: Engine,
    *,
    batch_size: int = DEFAULT_BATCH,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_batch: Callable[[IngestStats], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    stats: IngestStats | None = None,
) -> IngestStats:
    """Code and store every new document of ``items``; errors go to the quarantine table.

    ``on_error`` hears of each unreadable input as it is found, ``on_batch`` of each
    stored batch.  Pass ``stats`` to add to a running tally (as :func:`watch` does).
    """
    if batch_size < 1:
        raise UsageError(f"the batch size must be at least 1, not {batch_size}")
    stats = stats if stats is not None else IngestStats()
    feeder = _Feeder(store, stats, max_chars)
    if on_error is not None:
        feeder.on_error = on_error
    batch: list[Document] = []

    def flush() -> None:
        result = store.add_batch(batch, feeder.take_errors())
        stats.add(result)
        batch.clear()
        if on_batch is not None:
            on_batch(stats)

    for doc in pipeline.pipe(feeder.documents(items)):
        batch.append(doc)
        if len(batch) >= batch_size:
            flush()
    if batch or feeder.pending:
        flush()
    return stats


def read_feed_list(path: Path) -> list[str]:
    """The URLs in a feed list: one a line, blank lines and ``#`` comments ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read the feed list ({error})") from error
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    bad = [u for u in urls if not is_url(u)]
    if bad:
        raise UsageError(f"{path}: not http(s) addresses: {', '.join(bad[:3])}")
    return urls


def parse_interval(value: str) -> float:
    """``"15m"`` -> 900.0; ``s``, ``m``, ``h`` suffixes, a bare number is seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    text = value.strip().lower()
    factor = units.get(text[-1:])
    number = text[:-1] if factor else text
    try:
        seconds = float(number) * (factor or 1)
    except ValueError:
        raise UsageError(f"{value!r} is not an interval such as 30s, 15m or 1h") from None
    if seconds < 0:
        raise UsageError(f"the interval must not be negative, got {value!r}")
    return seconds


def watch(
    feed_list: Path,
    store: Store,
    pipeline: Engine,
    *,
    every: float,
    cycles: int | None = None,
    sources: Sources = Sources(),
    sleep: Callable[[float], None] = time.sleep,
    on_cycle: Callable[[int, IngestStats], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    batch_size: int = DEFAULT_BATCH,
    stats: IngestStats | None = None,
) -> IngestStats:
    """Poll the feeds listed in ``feed_list`` every ``every`` seconds, ingesting new items,
    for ``cycles`` cycles (forever when ``None``).  The list is read again on each cycle."""
    if cycles is not None and cycles < 1:
        raise UsageError(f"--cycles must be at least 1, not {cycles}")
    stats = stats if stats is not None else IngestStats()
    cycle = 0
    while cycles is None or cycle < cycles:
        if cycle:
            sleep(every)
        cycle += 1
        urls: Sequence[str] = read_feed_list(feed_list)
        ingest(
            read_sources(urls, sources),
            store,
            pipeline,
            batch_size=batch_size,
            on_error=on_error,
            stats=stats,
        )
        if on_cycle is not None:
            on_cycle(cycle, stats)
    return stats
