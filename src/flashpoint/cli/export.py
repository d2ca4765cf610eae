"""``flashpoint export``: stored events or clusters in JSON Lines, CSV, Parquet, GDELT, POLECAT."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console

from flashpoint.actors import load_countries
from flashpoint.errors import UsageError
from flashpoint.store.db import DEFAULT_DB, Store
from flashpoint.store.exports import EXPORT_FORMATS, write_export, write_parquet


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export",
        help="write stored events or clusters in another layout",
        description=(
            "Write the events stored by flashpoint ingest (or, with --clusters, one row per "
            "happening with its mention, source and article counts) as JSON Lines, CSV, "
            "Parquet, GDELT 2.0 Events (tab-separated, no header) or POLECAT (tab-separated)."
        ),
    )
    parser.add_argument("--db", type=Path, default=Path(DEFAULT_DB), help="database file")
    parser.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl", help="layout")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parser.add_argument("--clusters", action="store_true", help="one row per event cluster")
    parser.add_argument(
        "--resources", type=Path, help="directory of your own resource tables (countries.tsv)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and args.output is None:
        raise UsageError("Parquet is a binary file: give it a name with -o FILE")
    countries = load_countries(args.resources / "countries.tsv" if args.resources else None)
    with Store(args.db, read_only=True) as store:
        if args.output:
            args.output.parent.mkdir(parents=True, exist_ok=True)
        if args.format == "parquet":
            count = write_parquet(store, args.output, clusters=args.clusters)
        elif args.output:
            with args.output.open("w", encoding="utf-8", newline="") as out:
                count = write_export(
                    store, args.format, out, clusters=args.clusters, countries=countries.countries
                )
        else:
            count = write_export(
                store,
                args.format,
                sys.stdout,
                clusters=args.clusters,
                countries=countries.countries,
            )
            sys.stdout.flush()
    console = Console(stderr=True)
    if args.output and console.is_terminal:
        what = "clusters" if args.clusters else "events"
        console.print(f"Wrote {count:,} {what} ({args.format}) to {args.output.resolve()}")
    return 0
