"""The ``flashpoint`` command line: argument parsing and exit statuses only.

Each command lives in its own module with ``add_parser`` and a ``run(args)``
that calls the same functions a Python user calls.  Exit status: 0 success,
1 some inputs could not be read, 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from flashpoint._version import __version__
from flashpoint.errors import FlashpointError, UsageError


def build_parser() -> argparse.ArgumentParser:
    from flashpoint.cli import (
        actors,
        code,
        evaluate,
        export,
        gazetteer,
        geoparse,
        ingest,
        monitor,
        serve,
    )

    parser = argparse.ArgumentParser(
        prog="flashpoint",
        description="Turn news into open, evidence-linked political event data.",
    )
    parser.add_argument("--version", action="version", version=f"flashpoint {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for command in (code, evaluate, gazetteer, geoparse, ingest, export, actors, serve, monitor):
        command.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = args.run(args)
    except UsageError as exc:
        print(f"flashpoint: error: {exc}", file=sys.stderr)
        return 2
    except FlashpointError as exc:
        print(f"flashpoint: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``flashpoint code ... | head``): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
