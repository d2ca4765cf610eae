from __future__ import annotations

import csv
import io
import json

import pytest

from flashpoint.store import event_writer
from flashpoint.store.writers import CSV_COLUMNS
from tests.model.test_model import full_event


def written(fmt: str) -> str:
    out = io.StringIO()
    writer = event_writer(fmt, out)
    writer.write(full_event())
    writer.write(full_event())
    writer.close()
    return out.getvalue()


def test_jsonl_is_one_contract_record_per_line() -> None:
    lines = written("jsonl").splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0]) == full_event().to_dict()


def test_json_is_an_array() -> None:
    assert json.loads(written("json")) == [full_event().to_dict()] * 2


def test_empty_json_array() -> None:
    out = io.StringIO()
    event_writer("json", out).close()
    assert json.loads(out.getvalue()) == []


def test_csv_rows_flatten_the_record() -> None:
    rows = list(csv.DictReader(io.StringIO(written("csv"))))
    assert len(rows) == 2 and tuple(rows[0]) == CSV_COLUMNS
    row = rows[0]
    assert row["source_country"] == "USA" and row["target_country"] == "IRN"
    assert row["location_geonames_id"] == "96965" and row["contexts"] == "economic"
    assert json.loads(row["quantities"])[0]["value"] == 14


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="yaml"):
        event_writer("yaml", io.StringIO())
