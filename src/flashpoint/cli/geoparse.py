"""``flashpoint geoparse``: documents in, one place record per toponym out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from flashpoint.cli.code import Tally, documents_only
from flashpoint.geo import PlaceResolver
from flashpoint.ingest import read_inputs
from flashpoint.model import Document
from flashpoint.nlp import DEFAULT_MODEL, SpacyParser
from flashpoint.pipeline import Resources


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "geoparse",
        help="find and resolve place names",
        description="Write one JSON record per place mention (toponym) found, resolved to "
        "GeoNames where possible (geonames_id, lat and lon null where not).",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="file, directory, or - for stdin"
    )
    parser.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parser.add_argument("--resources", type=Path, help="directory of your own resource tables")
    parser.set_defaults(run=run)


def geoparse(docs: Iterable[Document], resources: Resources) -> Iterator[dict[str, Any]]:
    """Place records (CONTRACT.md) for a stream of documents."""
    parser = SpacyParser(DEFAULT_MODEL)
    places = PlaceResolver(resources.gazetteer, resources.countries)
    for doc in parser.pipe(docs):
        for place in places.places(doc):
            yield place.to_record(doc.id)


def write_records(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run(args: argparse.Namespace) -> int:
    resources = Resources.load(args.resources)
    tally = Tally()
    docs = documents_only(read_inputs(args.inputs), tally, sys.stderr)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        with args.output.open("w", encoding="utf-8") as out:
            write_records(geoparse(docs, resources), out)
    else:
        write_records(geoparse(docs, resources), sys.stdout)
    return 1 if tally.failures else 0
