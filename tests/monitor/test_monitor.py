"""The analytics over a real database built from the sample articles."""

from __future__ import annotations

from collections import Counter
from datetime import date

from flashpoint.monitor import (
    EscalationPolicy,
    EventFilter,
    alerts,
    country_series,
    current_alerts,
    data_span,
    document_view,
    dyad_series,
    dyads,
    list_clusters,
    list_events,
    network,
    top_events,
)
from flashpoint.monitor.query import HAPPENED, fetch
from flashpoint.store.db import Store
from tests.monitor.pairs import country_pairs


def expected_dyad_days(store: Store) -> Counter[tuple[str, str, date]]:
    """Happenings per dyad and day, counted in Python from the stored reports."""
    days = dict(fetch(store, "SELECT id, coalesce(date, first_reported) FROM clusters"))
    pairs = set()
    for stored in store.events():
        event = stored.report.event
        if event.modality not in HAPPENED:
            continue
        pairs |= {(stored.cluster, s, t) for s, t in country_pairs(event)}
    return Counter((s, t, days[c]) for c, s, t in pairs)


def test_dyad_series_count_happenings_not_reports(store: Store) -> None:
    expected = expected_dyad_days(store)
    assert expected, "the sample articles should give dyads"
    for dyad in dyads(store):
        series = dyad_series(store, dyad.source, dyad.target)
        found = {d.day: d.happenings for d in series.days if d.happenings}
        want = {
            day: n for (s, t, day), n in expected.items() if (s, t) == (dyad.source, dyad.target)
        }
        assert found == want
        assert dyad.happenings == sum(want.values())


def test_series_cover_the_span_with_zero_days(store: Store) -> None:
    span = data_span(store)
    assert span is not None
    series = dyad_series(store, "POL", "RUS")
    assert series.days[0].day == span[0] and series.days[-1].day == span[1]
    assert len(series.days) == (span[1] - span[0]).days + 1
    for day in series.days:
        assert sum(day.quad) == day.happenings
        assert day.conflict >= 0


def test_a_merged_pair_counts_once_for_its_country(store: Store) -> None:
    # The Erbil drone attack, reported by two outlets, is one happening in Iraq on March 3.
    sql = (
        "SELECT count(*), count(DISTINCT cluster_id) FROM events "
        "WHERE type = 'ASSAULT' AND place_name = 'Erbil' AND day = '2026-03-03'"
    )
    rows = fetch(store, sql)
    reports, happenings = rows[0]
    assert reports > happenings >= 1
    days = dict(fetch(store, "SELECT id, coalesce(date, first_reported) FROM clusters"))
    clusters = set()
    for stored in store.events():
        event = stored.report.event
        countries = {a.country for a in (*event.sources, *event.targets)}
        if event.location:
            countries.add(event.location.country)
        if event.modality in HAPPENED and "IRQ" in countries:
            clusters.add(stored.cluster)
    expected = Counter(days[c] for c in clusters)
    found = {d.day: d.happenings for d in country_series(store, "IRQ").days if d.happenings}
    assert found == dict(expected)
    assert found[date(2026, 3, 3)] >= happenings


def test_alerts_are_the_series_days_over_the_threshold(store: Store) -> None:
    policy = EscalationPolicy(window=4, min_history=2, threshold=2.0)
    found = alerts(store, policy=policy)
    assert found
    for alert in found:
        series = dyad_series(store, alert.source, alert.target, policy=policy)
        assert alert.day in series.alerts
        assert alert.index >= 2.0 and alert.happenings >= 1
    recent = current_alerts(store, days=2, policy=policy)
    span = data_span(store)
    assert span is not None
    assert all(a.day >= date.fromordinal(span[1].toordinal() - 1) for a in recent)
    # The default policy: the alerts of the last 7 days, each at or over its threshold.
    week = current_alerts(store)
    first = date.fromordinal(span[1].toordinal() - 6)
    assert week == [a for a in alerts(store) if first <= a.day <= span[1]]
    assert all(a.index >= 3.0 for a in week)


def test_network_balance(store: Store) -> None:
    net = network(store)
    pol_rus = next(e for e in net.edges if (e.source, e.target) == ("POL", "RUS"))
    assert pol_rus.conflict >= 1 and pol_rus.balance == -1.0
    assert all(e.source in net.nodes and e.target in net.nodes for e in net.edges)
    assert all(e.source != e.target for e in net.edges)


def test_event_filters(store: Store) -> None:
    everything = list_events(store, limit=500)
    assert everything.total == store.counts().events
    assaults = list_events(store, EventFilter(type="assault"), limit=500)
    assert assaults.total and all(e["type"] == "ASSAULT" for e in assaults.items)
    dyad = list_events(store, EventFilter(dyad=("POL", "RUS")), limit=500)
    for e in dyad.items:
        assert "POL" in {a["country"] for a in e["sources"]}
        assert "RUS" in {a["country"] for a in e["targets"]}
    text = list_events(store, EventFilter(text="tear gas"), limit=500)
    assert text.total and all("tear gas" in e["sentence"]["text"].lower() for e in text.items)
    # LIKE wildcards in the search are taken literally.
    assert list_events(store, EventFilter(text="%"), limit=5).total == 0
    page = list_events(store, limit=5, offset=5)
    assert [e["key"] for e in page.items] == [e["key"] for e in everything.items[5:10]]


def test_clusters_top_and_document(store: Store) -> None:
    clusters = list_clusters(store, limit=500)
    assert clusters.total == store.counts().clusters
    top = top_events(store, limit=3)
    assert top[0]["articles"] >= top[-1]["articles"]
    view = document_view(store, top[0]["doc"])
    assert view is not None and view["events"]
    text = view["text"]
    for span in view["spans"]:
        assert text[span["start"] : span["end"]]
    triggers = [s for s in view["spans"] if s["kind"] == "trigger"]
    assert len(triggers) == len(view["events"])
    for s in triggers:
        assert text[s["start"] : s["end"]] == view["events"][s["event"]]["trigger"]["text"]
    assert document_view(store, view["id"])["hash"] == view["hash"]  # type: ignore[index]
    assert document_view(store, "nope") is None
