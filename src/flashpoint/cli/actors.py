"""``flashpoint actors``: import actor dictionaries, look up how a name resolves."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from flashpoint.actors import load_actor_table, load_countries, load_sectors
from flashpoint.actors.countries import CountryTable
from flashpoint.actors.importers import merge, read_cameo, read_wikidata
from flashpoint.actors.resolve import SPONSOR_SUFFIXES, resolve_mention
from flashpoint.actors.table import ActorEntry, ActorTable, read_entries, write_entries
from flashpoint.errors import UsageError
from flashpoint.model import Actor

FORMATS = ("auto", "cameo", "wikidata")
DEFAULT_DIR = Path("flashpoint-resources")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "actors",
        help="import actor dictionaries; show how a name resolves",
        description="Extend the actor table with your own sources, or show how a name resolves.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    importer = actions.add_parser(
        "import",
        help="merge CAMEO/Phoenix dictionaries or Wikidata JSON dumps into your actor table",
        description="Read CAMEO/Phoenix actor dictionaries or Wikidata JSON dumps and write "
        "them, merged with the shipped table, to DIR/actors/ (people.imported.tsv, "
        "organisations.imported.tsv); `flashpoint code --resources DIR` and "
        "`flashpoint actors lookup --resources DIR` then use them.",
    )
    importer.add_argument("inputs", nargs="+", type=Path, metavar="FILE")
    importer.add_argument("--format", choices=FORMATS, default="auto", help="input format")
    importer.add_argument(
        "--resources",
        type=Path,
        default=DEFAULT_DIR,
        help=f"your resource directory ({DEFAULT_DIR})",
    )
    importer.set_defaults(run=run_import)
    lookup = actions.add_parser(
        "lookup",
        help="show how a name resolves",
        description="Resolve NAME as an actor mention and print the result as JSON.",
    )
    lookup.add_argument("name", metavar="NAME")
    lookup.add_argument("--date", type=date.fromisoformat, help="publication date (YYYY-MM-DD)")
    lookup.add_argument("--role", choices=("source", "target"), default="source")
    lookup.add_argument("--resources", type=Path, help="a resource directory with actors/")
    lookup.set_defaults(run=run_lookup)
    parser.set_defaults(run=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _format(path: Path, chosen: str) -> str:
    if chosen != "auto":
        return chosen
    return "wikidata" if path.suffix.lower() in (".json", ".jsonl", ".ndjson") else "cameo"


def import_files(paths: list[Path], chosen: str, directory: Path) -> dict[str, int]:
    """Read, merge and write; returns counts (read, extending known actors, written)."""
    table = load_actor_table(directory)
    sectors = load_sectors()
    entries: list[ActorEntry] = []
    for path in paths:
        if _format(path, chosen) == "wikidata":
            entries.extend(read_wikidata(path, sectors))
        else:
            entries.extend(read_cameo(path))
    merged, known = merge(entries, table)
    written = 0
    for kind in ("people", "organisations"):
        target = directory / "actors" / f"{kind}.imported.tsv"
        previous = list(read_entries(target)) if target.is_file() else []
        mine = [e for e in merged if (e.kind == "people") == (kind == "people")]
        combined = _combine(previous, mine)
        if combined:
            written += write_entries(target, combined, "Imported by `flashpoint actors import`.")
    return {"read": len(entries), "known": known, "written": written}


def _combine(previous: list[ActorEntry], new: list[ActorEntry]) -> list[ActorEntry]:
    entries = {e.id: e for e in previous}
    for entry in new:
        entries[entry.id] = entries[entry.id].merged(entry) if entry.id in entries else entry
    return list(entries.values())


def run_import(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.inputs if not p.is_file()]
    if missing:
        raise UsageError(f"no such file: {', '.join(missing)}")
    counts = import_files(args.inputs, args.format, args.resources)
    print(
        f"read {counts['read']} actors ({counts['known']} extend actors already in the table); "
        f"{counts['written']} entries in {args.resources / 'actors'}",
        file=sys.stderr,
    )
    return 0


def lookup(
    name: str, table: ActorTable, when: date | None, role: str, directory: Path | None
) -> dict[str, object]:
    own = directory / "countries.tsv" if directory is not None else None
    countries = load_countries(own if own is not None and own.is_file() else None)
    sectors = load_sectors()
    actor = resolve_mention(
        Actor(name, 0, len(name)),
        countries,
        sectors,
        "target" if role == "target" else "source",
        table=table,
        date=when,
    )
    record: dict[str, object] = actor.to_dict()
    entry = table.get(actor.id) if actor.id else None
    if entry is not None:
        role_now = entry.role_at(when)
        record["kind"] = entry.kind
        record["role"] = role_now.to_cell() if role_now else None
        record["aliases"] = list(entry.aliases)
        record["sponsors"] = list(entry.sponsors)
    backed = sorted({s for w in name.split() for s in _sponsor_of(w, countries)})
    if backed:
        record["backed_by"] = backed
        record["groups_backed"] = sorted(i for s in backed for i in table.sponsored.get(s, ()))
    return record


def _sponsor_of(word: str, countries: CountryTable) -> list[str]:
    base, _, suffix = word.lower().rpartition("-")
    if base and suffix in SPONSOR_SUFFIXES:
        hit = countries.lookup(word[: len(base)])
        return [hit[0].iso3] if hit else []
    return []


def run_lookup(args: argparse.Namespace) -> int:
    table = load_actor_table(args.resources)
    record = lookup(args.name, table, args.date, args.role, args.resources)
    print(json.dumps(record, ensure_ascii=False))
    return 0
