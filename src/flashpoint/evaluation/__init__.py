"""Scoring flashpoint against public gold data (``flashpoint eval ...``).

Each suite is a module with ``run(data: Path, out: TextIO, limit: int | None) -> int``
that prints its figures and returns an exit status.  The gold data lives outside
the product (``../shared/data`` by default, or ``--data DIR``); a suite whose
files are absent says so and exits 0 without scoring.
"""

from __future__ import annotations

from pathlib import Path

SUITES = ("events", "geo", "actors")


def default_data_dir() -> Path:
    """``../shared/data`` beside the current directory, the usual checkout layout."""
    return Path.cwd().parent / "shared" / "data"
