"""Every export layout, read back with DuckDB and compared with the stored records."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flashpoint import Pipeline
from flashpoint.actors import load_countries
from flashpoint.store.db import Store, StoredCluster, StoredEvent
from flashpoint.store.exports import (
    CLUSTER_COLUMNS,
    GDELT_COLUMNS,
    POLECAT_COLUMNS,
    cluster_record,
    write_export,
    write_parquet,
)
from flashpoint.store.ingest import Sources, ingest, read_sources
from flashpoint.store.writers import CSV_COLUMNS, csv_row
from tests.conftest import EXAMPLES
from tests.store.support import PAIRS


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Any:
    folder = tmp_path_factory.mktemp("exports")
    pairs = folder / "pairs.jsonl"
    pairs.write_text("".join(json.dumps(p) + "\n" for p in PAIRS), encoding="utf-8")
    db = folder / "f.duckdb"
    sources = Sources(default_date=None)
    with Store(db) as writable:
        ingest(read_sources([str(EXAMPLES), str(pairs)], sources), writable, pipeline)
    with Store(db, read_only=True) as readable:
        yield readable


@pytest.fixture(scope="module")
def events(store: Store) -> list[StoredEvent]:
    return list(store.events())


@pytest.fixture(scope="module")
def clusters(store: Store) -> list[StoredCluster]:
    return list(store.clusters())


def export(store: Store, fmt: str, clusters: bool = False) -> str:
    out = io.StringIO()
    write_export(store, fmt, out, clusters=clusters, countries=load_countries().countries)
    return out.getvalue()


def read_tsv(path: Path, header: bool) -> list[tuple[Any, ...]]:
    con = duckdb.connect()
    sql = (
        "SELECT * FROM read_csv(?, delim = '\t', header = ?, quote = '', escape = '', "
        "all_varchar = true)"
    )
    return con.execute(sql, [str(path), header]).fetchall()


def test_jsonl_is_the_contract_record(store: Store, events: list[StoredEvent]) -> None:
    lines = export(store, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == [e.report.event.to_dict() for e in events]
    assert len(events) > 100


def test_csv_round_trips(store: Store, events: list[StoredEvent], tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(export(store, "csv"), encoding="utf-8")
    con = duckdb.connect()
    rel = con.execute("SELECT * FROM read_csv(?, header = true, all_varchar = true)", [str(path)])
    assert [d[0] for d in rel.description] == list(CSV_COLUMNS)
    rows = rel.fetchall()
    assert len(rows) == len(events)
    for row, stored in zip(rows, events, strict=True):
        expected = csv_row(stored.report.event)
        got = dict(zip(CSV_COLUMNS, row, strict=True))
        for column in ("id", "type", "cameo", "source_country", "trigger_text", "sentence_text"):
            assert (got[column] or "") == str(expected[column])
        assert float(got["confidence"]) == expected["confidence"]


def test_parquet_events_keep_the_nested_record(
    store: Store, events: list[StoredEvent], tmp_path: Path
) -> None:
    path = tmp_path / "events.parquet"
    assert write_parquet(store, path) == len(events)
    con = duckdb.connect()
    rows = con.execute(
        "SELECT id, type, contexts, sources, location, date, confidence, sentence "
        "FROM read_parquet(?)",
        [str(path)],
    ).fetchall()
    assert len(rows) == len(events)
    for row, stored in zip(rows, events, strict=True):
        record = stored.report.event.to_dict()
        ident, kind, contexts, sources, location, day, confidence, sentence = row
        assert (ident, kind, contexts, day, confidence) == (
            record["id"],
            record["type"],
            record["contexts"],
            record["date"],
            record["confidence"],
        )
        assert [s["country"] for s in sources] == [s["country"] for s in record["sources"]]
        assert sentence["text"] == record["sentence"]["text"]
        if record["location"] is None:
            assert location is None
        else:
            assert location["geonames_id"] == record["location"]["geonames_id"]


def test_parquet_and_csv_clusters(
    store: Store, clusters: list[StoredCluster], tmp_path: Path
) -> None:
    path = tmp_path / "clusters.parquet"
    assert write_parquet(store, path, clusters=True) == len(clusters)
    con = duckdb.connect()
    rel = con.execute("SELECT * FROM read_parquet(?) ORDER BY num", [str(path)])
    assert [d[0] for d in rel.description] == list(CLUSTER_COLUMNS)
    for row, stored in zip(rel.fetchall(), clusters, strict=True):
        got = dict(zip(CLUSTER_COLUMNS, row, strict=True))
        assert got["id"] == stored.cluster.id
        assert got["num_mentions"] == stored.cluster.mentions
        assert got["num_articles"] == stored.cluster.articles
        assert got["date"] == stored.cluster.date
        assert got["event_ids"] == [r.event.id for r in stored.cluster.reports]
    csv_path = tmp_path / "clusters.csv"
    csv_path.write_text(export(store, "csv", clusters=True), encoding="utf-8")
    rows = con.execute("SELECT id, num_sources FROM read_csv(?)", [str(csv_path)]).fetchall()
    assert rows == [(c.cluster.id, c.cluster.sources) for c in clusters]


def test_jsonl_clusters(store: Store, clusters: list[StoredCluster]) -> None:
    records = [json.loads(line) for line in export(store, "jsonl", clusters=True).splitlines()]
    assert len(records) == len(clusters) < sum(r["num_mentions"] for r in records)
    merged = [r for r in records if r["num_articles"] > 1]
    assert merged, "the two reports of the Erbil attack form one cluster"
    for record, stored in zip(records, clusters, strict=True):
        expected = cluster_record(stored)
        assert {k: v for k, v in record.items() if k != "event_ids"} == {
            k: v for k, v in expected.items() if k != "event_ids"
        }


def test_gdelt_events_and_clusters(
    store: Store, events: list[StoredEvent], clusters: list[StoredCluster], tmp_path: Path
) -> None:
    assert len(GDELT_COLUMNS) == 61
    path = tmp_path / "events.gdelt.tsv"
    path.write_text(export(store, "gdelt"), encoding="utf-8")
    rows = read_tsv(path, header=False)
    assert len(rows) == len(events)
    for row, stored in zip(rows, events, strict=True):
        assert len(row) == 61
        got = dict(zip(GDELT_COLUMNS, row, strict=True))
        event = stored.report.event
        assert int(got["GLOBALEVENTID"]) == stored.num
        day = stored.report.day
        assert got["SQLDATE"] == (day.strftime("%Y%m%d") if day else None)
        assert got["EventCode"] == event.cameo
        assert got["EventRootCode"] == (event.cameo or "")[:2] or got["EventRootCode"] is None
        assert int(got["QuadClass"]) == event.quad_class
        assert float(got["GoldsteinScale"]) == event.goldstein
        assert (got["NumMentions"], got["NumSources"], got["NumArticles"]) == ("1", "1", "1")
        assert got["Actor1CountryCode"] == (event.sources[0].country if event.sources else None)
        if event.location is not None and event.location.lat is not None:
            assert float(got["ActionGeo_Lat"]) == pytest.approx(event.location.lat)
            feature = got["ActionGeo_FeatureID"]
            assert (int(feature) if feature else None) == event.location.geonames_id
        assert got["SOURCEURL"] == stored.report.citation
    path = tmp_path / "clusters.gdelt.tsv"
    path.write_text(export(store, "gdelt", clusters=True), encoding="utf-8")
    rows = read_tsv(path, header=False)
    counts = [(int(r[31]), int(r[32]), int(r[33])) for r in rows]
    assert counts == [(c.cluster.mentions, c.cluster.sources, c.cluster.articles) for c in clusters]


def test_polecat(store: Store, events: list[StoredEvent], tmp_path: Path) -> None:
    path = tmp_path / "events.polecat.tsv"
    text = export(store, "polecat")
    assert text.splitlines()[0].split("\t") == list(POLECAT_COLUMNS)
    path.write_text(text, encoding="utf-8")
    rows = read_tsv(path, header=True)
    assert len(rows) == len(events)
    for row, stored in zip(rows, events, strict=True):
        got = dict(zip(POLECAT_COLUMNS, row, strict=True))
        event = stored.report.event
        assert got["Event ID"] == event.id
        assert got["Event Type"] == event.type
        assert got["Event Mode"] == event.mode
        assert got["Contexts"] == ("|".join(event.contexts) or None)
        assert float(got["Intensity"]) == event.goldstein
        assert got["Story ID"] == event.doc_id
        if event.location is not None:
            assert got["Placename"] == (event.location.name or event.location.text)
            assert got["Country"] == event.location.country
    sources = {r[20] for r in rows}
    assert {"Outlet A", "Outlet B"} <= sources
