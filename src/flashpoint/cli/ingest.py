"""``flashpoint ingest``: documents and feeds into the embedded event database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from flashpoint.cli.code import parse_date
from flashpoint.cli.engine import add_engine_options, engine_from
from flashpoint.engine import Engine
from flashpoint.errors import InputError, UsageError
from flashpoint.net import DEFAULT_TIMEOUT
from flashpoint.store.db import DEFAULT_DB, Store
from flashpoint.store.ingest import (
    DEFAULT_BATCH,
    DEFAULT_MAX_CHARS,
    IngestStats,
    Sources,
    ingest,
    parse_interval,
    read_sources,
    watch,
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "ingest",
        help="code documents and feeds into the event database",
        description=(
            "Code documents (files, directories, -, http(s) feeds and pages) and store "
            "documents, events and event clusters in an embedded DuckDB database. Texts "
            "already stored are skipped; unreadable inputs are reported and quarantined."
        ),
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="file, directory, - for stdin, or URL"
    )
    parser.add_argument("--db", type=Path, default=Path(DEFAULT_DB), help="database file")
    parser.add_argument("--date", type=parse_date, help="publication date where the input has none")
    parser.add_argument("--watch", type=Path, metavar="FEEDS.txt", help="poll the feeds listed")
    parser.add_argument(
        "--every", default="15m", help="with --watch: time between polls (30s, 15m, 1h)"
    )
    parser.add_argument(
        "--cycles", type=int, help="with --watch: stop after this many polls (default: never)"
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow fetching from private and loopback addresses",
    )
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds allowed per download"
    )
    parser.add_argument(
        "--batch-size", type=int, default=DEFAULT_BATCH, help="documents per transaction"
    )
    parser.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        help="quarantine documents longer than this",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    add_engine_options(parser)
    parser.set_defaults(run=run)


def _check(args: argparse.Namespace) -> None:
    if not args.inputs and args.watch is None:
        raise UsageError("give at least one INPUT, or --watch FEEDS.txt")
    if args.watch is None and args.cycles is not None:
        raise UsageError("--cycles goes with --watch")
    if args.timeout <= 0:
        raise UsageError("--timeout must be a positive number of seconds")


def run(args: argparse.Namespace) -> int:
    _check(args)
    every = parse_interval(args.every)
    console = Console(stderr=True)
    show = console.is_terminal and not args.quiet
    sources = Sources(
        default_date=args.date, timeout=args.timeout, allow_private=args.allow_private
    )
    progress = _progress(console) if show else None
    report = _reporter(progress)
    with engine_from(args) as pipeline, Store(args.db) as store, progress or nullcontext():
        task = progress.add_task("reading", total=None) if progress else None

        def on_batch(stats: IngestStats) -> None:
            if progress is not None and task is not None:
                progress.update(task, description=_line(stats))

        try:
            stats = _run(args, store, pipeline, sources, every, on_batch, report)
        except KeyboardInterrupt:
            report("flashpoint: interrupted; stored batches are kept, run again to go on")
            return 130
        totals = store.counts()
    if show:
        _summary(console, stats, totals.documents, totals.events, totals.clusters, args.db)
    return 1 if stats.errors else 0


def _run(
    args: argparse.Namespace,
    store: Store,
    pipeline: Engine,
    sources: Sources,
    every: float,
    on_batch: Callable[[IngestStats], None],
    report: Callable[[str], None],
) -> IngestStats:
    def on_error(error: InputError) -> None:
        report(f"flashpoint: cannot read {error}")

    stats = IngestStats()
    if args.inputs:
        ingest(
            read_sources(args.inputs, sources),
            store,
            pipeline,
            batch_size=args.batch_size,
            max_chars=args.max_chars,
            on_batch=on_batch,
            on_error=on_error,
            stats=stats,
        )
    if args.watch is not None:
        watch(
            args.watch,
            store,
            pipeline,
            every=every,
            cycles=args.cycles,
            sources=sources,
            on_cycle=lambda cycle, s: on_batch(s),
            on_error=on_error,
            batch_size=args.batch_size,
            stats=stats,
        )
    return stats


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def _reporter(progress: Progress | None) -> Callable[[str], None]:
    """Errors go to standard error, above the progress bar when there is one."""
    if progress is None:
        return lambda text: print(text, file=sys.stderr, flush=True)
    return lambda text: progress.console.print(text, markup=False, highlight=False)


def _line(stats: IngestStats) -> str:
    return (
        f"{stats.stored} new documents, {stats.duplicates} already stored, "
        f"{stats.events} events, {stats.new_clusters} new clusters, "
        f"{len(stats.errors)} unreadable"
    )


def _summary(
    console: Console, stats: IngestStats, documents: int, events: int, clusters: int, db: Path
) -> None:
    seconds = stats.seconds
    table = Table(title=f"flashpoint ingest → {db}", show_header=True, header_style="bold")
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("in the database", justify="right")
    table.add_row("documents stored", f"{stats.stored:,}", f"{documents:,}")
    table.add_row("already stored (skipped)", f"{stats.duplicates:,}", "")
    table.add_row("events", f"{stats.events:,}", f"{events:,}")
    table.add_row("clusters (happenings)", f"{stats.new_clusters:,} new", f"{clusters:,}")
    table.add_row("unreadable inputs", f"{len(stats.errors):,}", "")
    rate = stats.stored / seconds if seconds else 0.0
    table.caption = f"{seconds:.1f} s, {rate:.1f} documents/s, {stats.words:,} words coded"
    console.print(table)
