"""A database built once from the sample articles and the merge pairs, for the monitor,
API, CLI and browser tests."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from flashpoint import Pipeline
from flashpoint.store.db import Store
from flashpoint.store.ingest import Sources, ingest, read_sources
from tests.conftest import EXAMPLES
from tests.store.support import PAIRS

PUBLISHED = date(2026, 2, 28)


@pytest.fixture(scope="package")
def monitor_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    folder = tmp_path_factory.mktemp("monitor")
    pairs = folder / "pairs.jsonl"
    pairs.write_text("".join(json.dumps(p) + "\n" for p in PAIRS), encoding="utf-8")
    db = folder / "monitor.duckdb"
    with Store(db) as store:
        ingest(read_sources([str(EXAMPLES), str(pairs)], Sources(PUBLISHED)), store, pipeline)
    return db


@pytest.fixture(scope="package")
def batched_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """The sample articles ingested two at a time: later reports join clusters stored by
    earlier batches, so the kept tables are updated rather than made at once."""
    db = tmp_path_factory.mktemp("batched") / "batches.duckdb"
    with Store(db) as store:
        ingest(read_sources([str(EXAMPLES)], Sources(PUBLISHED)), store, pipeline, batch_size=2)
    return db


@pytest.fixture
def batched_copy(batched_db: Path, tmp_path: Path) -> Path:
    """A copy of :func:`batched_db` to rebuild."""
    return Path(shutil.copy(batched_db, tmp_path / "batches.duckdb"))


@pytest.fixture
def db_copy(monitor_db: Path, tmp_path: Path) -> Path:
    """A copy to write to."""
    return Path(shutil.copy(monitor_db, tmp_path / "copy.duckdb"))


@pytest.fixture
def store(monitor_db: Path) -> object:
    with Store(monitor_db, read_only=True) as readable:
        yield readable


@pytest.fixture
def slow(monitor_db: Path) -> Iterator[Store]:
    """The same database, read without its derived tables (from the events)."""
    with Store(monitor_db, read_only=True) as store:
        store.has_edges = store.has_dyad_days = False
        store.has_country_days = store.has_event_dyads = store.has_event_countries = False
        yield store
