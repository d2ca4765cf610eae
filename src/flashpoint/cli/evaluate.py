"""``flashpoint eval SUITE``: score flashpoint on public gold data."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from flashpoint.evaluation import SUITES, default_data_dir


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "eval",
        help="score flashpoint on public gold data",
        description="Score flashpoint on the gold sets in ../shared/data (or --data DIR). "
        "A suite whose data is absent is skipped with a message.",
    )
    parser.add_argument("suite", choices=SUITES, help="what to score")
    parser.add_argument("--data", type=Path, help="gold data directory (default ../shared/data)")
    parser.add_argument("--limit", type=int, help="score only the first N items of each set")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    data = args.data or default_data_dir()
    module = importlib.import_module(f"flashpoint.evaluation.{args.suite}")
    status: int = module.run(data, sys.stdout, args.limit)
    return status
