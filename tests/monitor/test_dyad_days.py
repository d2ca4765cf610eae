"""The store's ``dyad_days`` (daily sums per dyad, kept at ingest) against the slow paths
and a reference computed in Python from the stored reports."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from flashpoint.monitor import (
    Alert,
    EscalationPolicy,
    alert_dicts,
    alerts,
    data_span,
    dyad_series,
    dyads,
    escalation,
)
from flashpoint.monitor.query import HAPPENED, fetch
from flashpoint.monitor.series import dyad_days
from flashpoint.store.db import Store
from tests.monitor.pairs import country_pairs

POLICIES = [
    EscalationPolicy(window=4, min_history=2, threshold=2.0),
    EscalationPolicy(window=3, min_history=1, threshold=0.5),
    EscalationPolicy(window=4, min_history=2, method="cusum", threshold=2.0),
    EscalationPolicy(window=5, min_history=1, method="cusum", slack=0.0, threshold=1.0),
]


def table(store: Store) -> list[tuple[Any, ...]]:
    return fetch(
        store,
        "SELECT d.source, d.target, x.* EXCLUDE (dyad) FROM dyad_days x "
        "JOIN dyads d ON d.id = x.dyad ORDER BY 1, 2, 3",
    )


def reference_alerts(store: Store, policy: EscalationPolicy) -> list[tuple[Any, ...]]:
    """Every alert, from each dyad's daily happenings and conflict counted in Python
    from the stored reports and their clusters' Goldstein values and days."""
    clusters = {
        cid: (day, goldstein)
        for cid, day, goldstein in fetch(
            store, "SELECT id, coalesce(date, first_reported), goldstein FROM clusters"
        )
    }
    pairs = set()
    for stored in store.events():
        event = stored.report.event
        if event.modality in HAPPENED:
            pairs |= {(stored.cluster, s, t) for s, t in country_pairs(event)}
    per_dyad: dict[tuple[str, str], dict[date, list[float]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for cluster, source, target in pairs:
        day, goldstein = clusters[cluster]
        per_dyad[source, target][day].append(goldstein)
    span = data_span(store)
    assert span is not None
    length = (span[1] - span[0]).days + 1
    found = []
    for (source, target), days in per_dyad.items():
        every = [span[0] + timedelta(days=k) for k in range(length)]
        conflict = [
            math.fsum(-g for g in days.get(d, []) if g is not None and g < 0) for d in every
        ]
        counts = [len(days.get(d, [])) for d in every]
        for t, score in enumerate(escalation(conflict, policy)):
            if score is not None and score >= policy.level and counts[t] >= policy.min_events:
                base = conflict[max(0, t - policy.window) : t]
                found.append(
                    (every[t], source, target, score, counts[t], conflict[t], sum(base) / len(base))
                )
    return sorted(found, key=lambda a: (-a[0].toordinal(), -a[3], f"{a[1]}-{a[2]}"))


def approx_rows(found: list[Alert]) -> list[tuple[Any, ...]]:
    return [
        (a.day, a.source, a.target, pytest.approx(a.index), a.happenings,
         pytest.approx(a.conflict), pytest.approx(a.baseline))
        for a in found
    ]  # fmt: skip


@pytest.mark.parametrize("policy", POLICIES)
def test_alerts_match_a_reference_from_the_reports(store: Store, policy: EscalationPolicy) -> None:
    expected = reference_alerts(store, policy)
    assert expected, "the sample should raise alerts with these settings"
    assert approx_rows(alerts(store, policy=policy)) == expected


@pytest.mark.parametrize("policy", POLICIES)
def test_the_kept_sums_give_what_the_events_give(
    store: Store, slow: Store, policy: EscalationPolicy
) -> None:
    assert store.has_dyad_days and not slow.has_dyad_days
    for since in (None, date(2026, 3, 2)):
        fast_found = alerts(store, since=since, policy=policy)
        assert fast_found == alerts(slow, since=since, policy=policy)  # the very same bits
        assert alert_dicts(store, since=since, policy=policy) == [a.to_dict() for a in fast_found]
    for dyad in dyads(store):
        fast = dyad_series(store, dyad.source, dyad.target, policy=policy)
        assert fast == dyad_series(slow, dyad.source, dyad.target, policy=policy)
    span = data_span(store)
    assert span is not None
    kept, counted = dyad_days(store, *span), dyad_days(slow, *span)
    assert kept.keys == counted.keys
    assert np.array_equal(kept.happenings, counted.happenings)
    assert np.array_equal(kept.conflict, counted.conflict)


def test_cusum_alerts_count_from_the_first_day(store: Store) -> None:
    policy = POLICIES[3]
    whole = alerts(store, policy=policy)
    since = date(2026, 3, 3)
    assert alerts(store, since=since, policy=policy) == [a for a in whole if a.day >= since]


def test_ingest_keeps_the_sums_as_a_rebuild_makes_them(batched_copy: Path) -> None:
    with Store(batched_copy) as kept:
        by_batch = table(kept)
        assert by_batch
        kept.refresh_edges()
        assert table(kept) == by_batch


def test_an_older_database_without_the_sums(db_copy: Path, store: Store) -> None:
    with Store(db_copy) as writable:
        writable.con.execute("DELETE FROM meta WHERE key = 'dyad_days'")
        writable.con.execute("DROP TABLE dyad_days")
    policy = POLICIES[0]
    with Store(db_copy, read_only=True) as old:
        assert not old.has_dyad_days
        assert alerts(old, policy=policy) == alerts(store, policy=policy)
    with Store(db_copy) as reopened:  # a writable open builds it
        assert reopened.has_dyad_days
        assert table(reopened) == table(store)
