"""The store's ``country_days`` (daily sums per country, kept at ingest) against the query
over the events and a reference counted in Python from the stored reports."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from flashpoint import Pipeline
from flashpoint.monitor import EscalationPolicy, country_series, data_span
from flashpoint.monitor.query import HAPPENED, fetch
from flashpoint.store.db import Store
from flashpoint.store.ingest import Sources, ingest, read_sources
from tests.conftest import EXAMPLES
from tests.monitor.conftest import PUBLISHED
from tests.store.support import PAIRS

POLICY = EscalationPolicy(window=3, min_history=1, threshold=0.5)


def table(store: Store) -> list[tuple[Any, ...]]:
    return fetch(store, "SELECT * FROM country_days ORDER BY 1, 2")


def reference(store: Store) -> dict[str, dict[date, list[float | None]]]:
    """Per country and day, the Goldstein values of the happenings (clusters) that took
    place in which the country acts, is acted on, or where a report places them."""
    clusters = {
        cid: (day, goldstein)
        for cid, day, goldstein in fetch(
            store, "SELECT id, coalesce(date, first_reported), goldstein FROM clusters"
        )
    }
    involved: set[tuple[str, str]] = set()
    for stored in store.events():
        event = stored.report.event
        if event.modality not in HAPPENED:
            continue
        countries = {a.country for a in (*event.sources, *event.targets)}
        if event.location is not None:
            countries.add(event.location.country)
        involved |= {(stored.cluster, c) for c in countries if c is not None}
    found: dict[str, dict[date, list[float | None]]] = defaultdict(lambda: defaultdict(list))
    for cluster, country in involved:
        day, goldstein = clusters[cluster]
        if day is not None:
            found[country][day].append(goldstein)
    return found


def test_country_series_match_a_reference_from_the_reports(store: Store) -> None:
    assert store.has_country_days
    expected = reference(store)
    assert len(expected) > 3, "the sample should involve several countries"
    span = data_span(store)
    assert span is not None
    for country, days in expected.items():
        series = country_series(store, country, policy=POLICY)
        assert [d.day for d in series.days] == [
            span[0] + timedelta(days=k) for k in range((span[1] - span[0]).days + 1)
        ]
        for day in series.days:
            values = [g for g in days.get(day.day, []) if g is not None]
            assert day.happenings == len(days.get(day.day, []))
            assert day.goldstein_sum == pytest.approx(math.fsum(values))
            assert day.conflict == pytest.approx(math.fsum(-g for g in values if g < 0))


def test_the_kept_sums_give_what_the_events_give(store: Store, slow: Store) -> None:
    assert not slow.has_country_days
    countries = [row[0] for row in fetch(store, "SELECT DISTINCT country FROM country_days")]
    assert countries
    for country in [*countries, "XXX"]:
        for start, end in ((None, None), (date(2026, 2, 20), date(2026, 3, 3))):
            fast = country_series(store, country, start=start, end=end, policy=POLICY)
            assert fast == country_series(slow, country, start=start, end=end, policy=POLICY)
    # Other modalities than the default read the events, on either store.
    ask = ("asserted", "future")
    assert country_series(store, countries[0], modalities=ask) == country_series(
        slow, countries[0], modalities=ask
    )


def test_ingest_keeps_the_sums_as_a_rebuild_makes_them(batched_copy: Path) -> None:
    with Store(batched_copy) as kept:
        by_batch = table(kept)
        countries = fetch(kept, "SELECT * FROM happening_countries ORDER BY ALL")
        assert by_batch and countries
        kept.refresh_edges()
        assert table(kept) == by_batch
        assert fetch(kept, "SELECT * FROM happening_countries ORDER BY ALL") == countries


def test_an_older_database_without_the_sums(db_copy: Path, store: Store) -> None:
    with Store(db_copy) as writable:
        writable.con.execute("DELETE FROM meta WHERE key = 'country_days'")
        writable.con.execute("DROP TABLE country_days")
        writable.con.execute("DROP TABLE happening_countries")
    with Store(db_copy, read_only=True) as old:
        assert not old.has_country_days and old.has_dyad_days
        for country in ("POL", "RUS"):
            assert country_series(old, country) == country_series(store, country)
    with Store(db_copy) as reopened:  # a writable open builds it
        assert reopened.has_country_days
        assert table(reopened) == table(store)


DERIVED_ROWS = {
    "happening_edges": "SELECT * FROM happening_edges",
    "dyad_days": "SELECT d.source, d.target, x.* EXCLUDE (dyad) FROM dyad_days x "
    "JOIN dyads d ON d.id = x.dyad",
    "happening_countries": "SELECT * FROM happening_countries",
    "country_days": "SELECT * FROM country_days",
    "event_dyads": "SELECT * FROM event_dyads",
    "event_countries": "SELECT * FROM event_countries",
}


def test_reports_joining_stored_clusters_keep_every_table(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    # One document a batch, with the merge pairs: clusters stored by an earlier batch gain
    # reports on the same day, so a day cell is both left and joined by the same cluster
    # (and must be summed once).
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("".join(json.dumps(p) + "\n" for p in PAIRS), encoding="utf-8")
    sources = read_sources([str(EXAMPLES), str(pairs)], Sources(PUBLISHED))
    with Store(tmp_path / "one-by-one.duckdb") as kept:
        ingest(sources, kept, pipeline, batch_size=1)
        by_batch = {name: fetch(kept, f"{sql} ORDER BY ALL") for name, sql in DERIVED_ROWS.items()}
        assert all(by_batch.values())
        kept.refresh_edges()
        for name, sql in DERIVED_ROWS.items():
            assert fetch(kept, f"{sql} ORDER BY ALL") == by_batch[name], name
