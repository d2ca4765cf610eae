"""``flashpoint export`` end to end: every format to a file, read back with DuckDB."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flashpoint import Pipeline
from flashpoint.cli import main
from flashpoint.store.exports import CLUSTER_COLUMNS, GDELT_COLUMNS, POLECAT_COLUMNS
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("export") / "f.duckdb"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Pipeline, "default", classmethod(lambda cls, *a, **k: pipeline))
        assert main(["ingest", str(EXAMPLES), "--db", str(path), "--date", "2026-02-12"]) == 0
    yield path


def query(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return duckdb.connect().execute(sql, list(params)).fetchall()


def stored(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def export(db: Path, out: Path, fmt: str, *extra: str) -> Path:
    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(out), *extra]) == 0
    return out


def test_jsonl_to_stdout_by_default(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(db)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = stored(db, "SELECT record FROM events ORDER BY num")
    assert records == [json.loads(r) for (r,) in expected]


def test_csv_and_parquet(db: Path, tmp_path: Path) -> None:
    ids = [i for (i,) in stored(db, "SELECT id FROM events ORDER BY num")]
    csv_path = export(db, tmp_path / "e.csv", "csv")
    assert [
        i for (i,) in query("SELECT id FROM read_csv(?, all_varchar = true)", str(csv_path))
    ] == ids
    parquet = export(db, tmp_path / "e.parquet", "parquet")
    rows = query("SELECT id, trigger.text FROM read_parquet(?)", str(parquet))
    assert rows == stored(db, "SELECT id, trigger_text FROM events ORDER BY num")
    clusters = export(db, tmp_path / "c.parquet", "parquet", "--clusters")
    rel = duckdb.connect().execute("SELECT * FROM read_parquet(?)", [str(clusters)])
    assert [d[0] for d in rel.description] == list(CLUSTER_COLUMNS)
    got = [(r[0], r[20]) for r in rel.fetchall()]
    assert got == stored(db, "SELECT id, mentions FROM clusters ORDER BY num")


def test_gdelt_and_polecat(db: Path, tmp_path: Path) -> None:
    gdelt = export(db, tmp_path / "e.tsv", "gdelt", "--clusters")
    sql = "SELECT * FROM read_csv(?, delim = '\t', header = ?, quote = '', all_varchar = true)"
    rows = query(sql, str(gdelt), False)
    assert {len(r) for r in rows} == {len(GDELT_COLUMNS)}
    expected = stored(db, "SELECT num, cameo, mentions, articles FROM clusters ORDER BY num")
    assert [(int(r[0]), r[26], int(r[31]), int(r[33])) for r in rows] == expected
    polecat = export(db, tmp_path / "p.tsv", "polecat")
    rel = duckdb.connect().execute(sql, [str(polecat), True])
    assert [d[0] for d in rel.description] == list(POLECAT_COLUMNS)
    assert [(r[0], r[2]) for r in rel.fetchall()] == stored(
        db, "SELECT id, type FROM events ORDER BY num"
    )


def test_errors(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(db), "--format", "parquet"]) == 2
    assert main(["export", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "no such database" in capsys.readouterr().err
