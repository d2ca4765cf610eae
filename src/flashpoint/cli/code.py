"""``flashpoint code``: documents in, event records out."""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from flashpoint.cli.engine import add_engine_options, engine_from
from flashpoint.errors import InputError
from flashpoint.ingest import read_inputs
from flashpoint.model import Document, Event
from flashpoint.store import FORMATS, EventWriter, event_writer


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "code",
        help="code documents into events",
        description="Code documents into PLOVER events and write them (JSON Lines by default).",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="file, directory, or - for stdin"
    )
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output layout")
    parser.add_argument("--date", type=parse_date, help="publication date where the input has none")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    add_engine_options(parser)
    parser.set_defaults(run=run)


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from exc


@dataclass
class Tally:
    """What a run read, failed to read, and produced."""

    documents: int = 0
    words: int = 0
    failures: int = 0
    types: Counter[str] = field(default_factory=Counter)
    examples: list[Event] = field(default_factory=list)


def documents_only(
    items: Iterable[Document | InputError], tally: Tally, err: TextIO
) -> Iterator[Document]:
    """Pass documents on; report each unreadable input on ``err`` and count it."""
    for item in items:
        if isinstance(item, InputError):
            tally.failures += 1
            print(f"flashpoint: cannot read {item}", file=err)
            continue
        tally.documents += 1
        tally.words += len(item.text.split())
        yield item


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    tally = Tally()
    with engine_from(args) as engine:
        if args.output:
            args.output.parent.mkdir(parents=True, exist_ok=True)
        out = args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout
        try:
            writer = event_writer(args.format, out)
            items = read_inputs(args.inputs, default_date=args.date)
            _write(engine.pipe(documents_only(items, tally, sys.stderr)), writer, tally)
            writer.close()
        finally:
            if args.output:
                out.close()
    if args.output and not args.quiet:
        print_summary(tally, args.output, time.perf_counter() - started, sys.stderr)
    return 1 if tally.failures else 0


def _write(docs: Iterable[Document], writer: EventWriter, tally: Tally) -> None:
    for doc in docs:
        for event in doc.events:
            writer.write(event)
            tally.types[event.type] += 1
            if len(tally.examples) < 8 and event.sources and event.targets:
                tally.examples.append(event)


def _actors(event: Event, role: str) -> str:
    actors = event.sources if role == "source" else event.targets
    return ", ".join(a.country or a.name or a.text for a in actors) or "-"


def print_summary(tally: Tally, output: Path, seconds: float, err: TextIO) -> None:
    total = sum(tally.types.values())
    print(
        f"\nCoded {tally.documents} documents ({tally.words:,} words) into {total} events "
        f"in {seconds:.1f} s."
        + (f" {tally.failures} input(s) could not be read." if tally.failures else ""),
        file=err,
    )
    if total:
        print("\nEvents by PLOVER type:", file=err)
        for event_type, count in tally.types.most_common():
            print(f"  {event_type:<10} {count:>5}", file=err)
    if tally.examples:
        print("\nA few of them (type: source -> target, trigger, modality):", file=err)
        for event in tally.examples:
            print(
                f"  {event.type:<10} {_actors(event, 'source')} -> {_actors(event, 'target')}"
                f'  "{event.trigger.text}"  {event.modality}',
                file=err,
            )
    print(f"\nEvents written to {output.resolve()}", file=err)
