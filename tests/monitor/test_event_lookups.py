"""The listings' dyad and country filters read from the store's ``event_dyads`` and
``event_countries`` against the search over the actors and a reference from the stored
reports."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from flashpoint.monitor import EventFilter, list_events, map_points
from flashpoint.monitor.query import fetch
from flashpoint.store.db import Store
from tests.monitor.pairs import country_pairs


def table(store: Store) -> list[tuple[Any, ...]]:
    return fetch(store, "SELECT * FROM event_dyads ORDER BY ALL") + fetch(
        store, "SELECT * FROM event_countries ORDER BY ALL"
    )


def point(p: dict[str, Any]) -> tuple[float, float]:
    return p["lat"], p["lon"]


def reference(store: Store) -> dict[tuple[str, str], set[int]]:
    """Per (source, target) country pair, the numbers of the events in which a source of
    that country acts on a target of that country (another mention, as
    ``country_pairs`` reads them), whatever their modality."""
    found: dict[tuple[str, str], set[int]] = {}
    for stored in store.events():
        event = stored.report.event
        for pair in country_pairs(event):
            found.setdefault(pair, set()).add(stored.num)
    return found


def countries(store: Store) -> dict[str, set[int]]:
    """Per country, the numbers of the events in which it acts, is acted on, or where
    they happened, whatever their modality."""
    found: dict[str, set[int]] = {}
    for stored in store.events():
        event = stored.report.event
        named = [a.country for a in (*event.sources, *event.targets)]
        named.append(event.location.country if event.location else None)
        for country in named:
            if country is not None:
                found.setdefault(country, set()).add(stored.num)
    return found


def test_the_country_filter_matches_a_reference_from_the_reports(store: Store) -> None:
    assert store.has_event_countries
    expected = countries(store)
    assert len(expected) > 3, "the sample should involve several countries"
    for country, nums in expected.items():
        page = list_events(store, EventFilter(country=country.lower()), limit=500)
        assert page.total == len(nums)
        assert {item["num"] for item in page.items} == nums
    assert list_events(store, EventFilter(country="XXX")).total == 0


def test_the_dyad_filter_matches_a_reference_from_the_reports(store: Store) -> None:
    assert store.has_event_dyads
    expected = reference(store)
    assert len(expected) > 3, "the sample should have several dyads"
    for dyad, nums in expected.items():
        page = list_events(store, EventFilter(dyad=dyad), limit=500)
        assert page.total == len(nums)
        assert {item["num"] for item in page.items} == nums
    assert list_events(store, EventFilter(dyad=("XXX", "YYY"))).total == 0


def test_the_lookups_give_what_the_actors_give(store: Store, slow: Store) -> None:
    assert not slow.has_event_dyads and not slow.has_event_countries
    filters = [EventFilter(country=c) for c in countries(store)] + [
        EventFilter(dyad=dyad, **extra)
        for dyad in reference(store)
        for extra in (
            {},
            {"modality": "asserted"},
            {"start": date(2026, 2, 25), "end": date(2026, 3, 3)},
            {"country": dyad[0], "text": "the"},
        )
    ]
    for where in filters:
        for limit, offset in ((500, 0), (2, 0), (2, 1), (3, 5)):
            fast = list_events(store, where, limit=limit, offset=offset)
            assert fast == list_events(slow, where, limit=limit, offset=offset)
        # Points with as many happenings come in no fixed order.
        assert sorted(map_points(store, where), key=point) == sorted(
            map_points(slow, where), key=point
        )


def test_ingest_keeps_the_lookups_as_a_rebuild_makes_them(batched_copy: Path) -> None:
    with Store(batched_copy) as kept:
        by_batch = table(kept)
        assert by_batch
        kept.refresh_edges()
        assert table(kept) == by_batch


def test_an_older_database_without_the_lookups(db_copy: Path, store: Store) -> None:
    with Store(db_copy) as writable:
        for table_name in ("event_dyads", "event_countries"):
            writable.con.execute("DELETE FROM meta WHERE key = ?", [table_name])
            writable.con.execute(f"DROP TABLE {table_name}")
    with Store(db_copy, read_only=True) as old:
        assert not old.has_event_dyads and not old.has_event_countries
        for where in (EventFilter(dyad=("POL", "RUS")), EventFilter(country="RUS")):
            assert list_events(old, where, limit=500) == list_events(store, where, limit=500)
    with Store(db_copy) as reopened:  # a writable open builds them
        assert reopened.has_event_dyads and reopened.has_event_countries
        assert table(reopened) == table(store)
