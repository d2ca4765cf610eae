"""Options shared by ``code`` and ``ingest``: which engine codes, and with how many workers."""

from __future__ import annotations

import argparse
from contextlib import AbstractContextManager
from pathlib import Path

from flashpoint.engine import ENGINES, Engine, PipelineSpec, open_engine
from flashpoint.errors import UsageError


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("engine")
    group.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where the pipeline runs: this machine (default) or a Dask cluster",
    )
    group.add_argument(
        "--workers",
        type=int,
        help="worker processes, each with its own pipeline (local default 1, dask default 2)",
    )
    group.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: a running scheduler (tcp://host:8786); "
        "default: start a local cluster",
    )
    group.add_argument(
        "--prefilter",
        action="store_true",
        help="parse only sentences whose words can form a trigger (faster; see docs/scale.md)",
    )
    group.add_argument("--processes", type=int, default=1, help="spaCy parser processes per worker")
    group.add_argument("--resources", type=Path, help="directory of your own resource tables")


def engine_from(args: argparse.Namespace) -> AbstractContextManager[Engine]:
    """The engine the options ask for (a context manager that closes it)."""
    if args.processes < 1:
        raise UsageError("--processes must be at least 1")
    spec = PipelineSpec(
        resources=args.resources, n_process=args.processes, prefilter=args.prefilter
    )
    return open_engine(spec, args.engine, workers=args.workers, scheduler=args.scheduler)
