"""The event database: idempotent, transactional storage of documents, events and clusters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from flashpoint import Document, InputError, Pipeline
from flashpoint.errors import StoreError
from flashpoint.ingest import read_inputs
from flashpoint.store.db import Store, content_hash, lead_end
from flashpoint.store.ingest import ingest, read_sources
from tests.conftest import EXAMPLES

TABLES = ("documents", "events", "actors", "places", "clusters", "quarantine")


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}
    finally:
        con.close()


def test_ingesting_the_same_corpus_twice_changes_nothing(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    db = tmp_path / "f.duckdb"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    inputs = [str(EXAMPLES), str(bad)]
    with Store(db) as store:
        first = ingest(read_sources(inputs), store, pipeline, batch_size=3)
    assert first.stored == 10 and first.events > 50 and len(first.errors) == 1
    before = dump(db)
    assert len(before["documents"]) == 10 and len(before["quarantine"]) == 1
    with Store(db) as store:
        second = ingest(read_sources(inputs), store, pipeline, batch_size=4)
    assert (second.stored, second.duplicates, second.events) == (0, 10, 0)
    assert dump(db) == before


def test_the_same_text_under_another_name_adds_nothing(tmp_path: Path, pipeline: Pipeline) -> None:
    copy = tmp_path / "renamed-copy.txt"
    copy.write_bytes((EXAMPLES / "05-drone-attack.txt").read_bytes())
    with Store(tmp_path / "f.duckdb") as store:
        ingest(read_sources([str(EXAMPLES / "05-drone-attack.txt")]), store, pipeline)
        counts = store.counts()
        stats = ingest(read_sources([str(copy), str(copy)]), store, pipeline)
        assert stats.stored == 0 and stats.duplicates == 2
        assert store.counts() == counts


def test_pairs_merge_into_clusters_with_counts(pairs_file: Path, pipeline: Pipeline) -> None:
    with Store(pairs_file.with_suffix(".duckdb")) as store:
        ingest(read_sources([str(pairs_file)]), store, pipeline, batch_size=1)
        by_doc: dict[str, set[str]] = {}
        for stored in store.events():
            if stored.report.event.type == "ASSAULT":
                by_doc.setdefault(stored.report.event.doc_id, set()).add(stored.cluster)
        clusters = {c.cluster.id: c.cluster for c in store.clusters()}
    # The drone attack in Outlet A and Outlet B is one happening ...
    shared = by_doc["outlet-a-1"] & by_doc["outlet-b-7"]
    assert len(shared) == 1
    erbil = clusters[shared.pop()]
    assert (erbil.articles, erbil.sources) == (2, 2)
    assert erbil.mentions >= 2
    assert erbil.location is not None and erbil.location.name == "Erbil"
    assert str(erbil.date) == "2026-03-03"
    # ... and the checkpoint and the market attacks in Kabul are not.
    assert not by_doc["outlet-c-2"] & by_doc["outlet-d-9"]
    assert not (by_doc["outlet-c-2"] | by_doc["outlet-d-9"]) & (
        by_doc["outlet-a-1"] | by_doc["outlet-b-7"]
    )


def test_a_failing_batch_stores_nothing(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "f.duckdb"
    docs = list(pipeline.pipe(d for d in read_inputs([str(EXAMPLES)]) if isinstance(d, Document)))
    with Store(db) as store:
        store.add_batch(docs[:2])

        def broken(self: Store, ids: object) -> int:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(Store, "_update_clusters", broken)
        with pytest.raises(RuntimeError):
            store.add_batch(docs[2:5], [InputError("x.txt", "empty input")])
        monkeypatch.undo()
        counts = store.counts()
    assert (counts.documents, counts.quarantined) == (2, 0)
    assert counts.events == sum(len(d.events) for d in docs[:2])


def test_quarantine_records_origin_line_and_reason(tmp_path: Path) -> None:
    with Store(tmp_path / "f.duckdb") as store:
        error = InputError("corpus.jsonl", "malformed JSON", line=3)
        result = store.add_batch([], [error, InputError("a.bin", "binary file, not text")])
        assert result.quarantined == 2
        assert store.add_batch([], [error]).quarantined == 0
        rows = {(q.origin, q.line, q.reason) for q in store.quarantined()}
    assert rows == {("corpus.jsonl", 3, "malformed JSON"), ("a.bin", None, "binary file, not text")}


def test_export_needs_an_existing_database_and_one_writer(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    not_ours = tmp_path / "other.duckdb"
    duckdb.connect(str(not_ours)).close()
    with pytest.raises(StoreError, match="not a flashpoint database"):
        Store(not_ours, read_only=True)


def test_content_hash_and_lead(pipeline: Pipeline) -> None:
    assert content_hash("a") == content_hash("a") != content_hash("b")
    doc = pipeline(
        Document.from_text(
            "Title here\n\nFirst sentence. Second sentence. Third sentence.\n\nMore.",
            title="Title here",
        )
    )
    assert doc.text[: lead_end(doc)].endswith("Second sentence.")


def test_the_sides_of_a_mutual_act_do_not_act_on_themselves(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """ "Kenya and Uganda signed a deal": both sides are its sources and Uganda its target
    too, but the store's dyads (kept and rebuilt) are Kenya on Uganda only."""
    text = tmp_path / "deal.txt"
    text.write_text("Kenya and Uganda signed a trade agreement in Nairobi on Monday.\n")
    with Store(tmp_path / "f.duckdb") as store:
        ingest(read_sources([str(text)]), store, pipeline)
        [stored] = store.events()
        event = stored.report.event
        assert [a.country for a in event.sources] == ["KEN", "UGA"]
        assert [a.country for a in event.targets] == ["UGA"]
        query = "SELECT source, target FROM event_dyads"
        assert store.con.execute(query).fetchall() == [("KEN", "UGA")]
        edges = "SELECT source, target FROM happening_edges"
        assert store.con.execute(edges).fetchall() == [("KEN", "UGA")]
        store.refresh_edges()
        assert store.con.execute(query).fetchall() == [("KEN", "UGA")]
        assert store.con.execute(edges).fetchall() == [("KEN", "UGA")]
