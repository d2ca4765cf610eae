"""Alerts: the days on which a dyad's escalation index crosses the threshold."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from flashpoint.monitor.escalation import DEFAULT_ESCALATION, EscalationPolicy, zscores_many
from flashpoint.monitor.query import HAPPENED, data_span
from flashpoint.monitor.series import Series, dyad_days
from flashpoint.store.db import Store


@dataclass(frozen=True, slots=True)
class Alert:
    """A dyad's day whose conflict stands ``index`` deviations above its baseline."""

    day: date
    source: str
    target: str
    index: float
    happenings: int
    conflict: float
    baseline: float
    """The mean daily conflict of the baseline window."""

    @property
    def dyad(self) -> str:
        return f"{self.source}-{self.target}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "dyad": self.dyad,
            "source": self.source,
            "target": self.target,
            "index": round(self.index, 3),
            "happenings": self.happenings,
            "conflict": round(self.conflict, 3),
            "baseline": round(self.baseline, 3),
        }


def alerts_of(series: Series, policy: EscalationPolicy = DEFAULT_ESCALATION) -> list[Alert]:
    """The alerts of one dyad's series."""
    source, _, target = series.key.partition("-")
    found = []
    positions = {d.day: t for t, d in enumerate(series.days)}
    for day in series.alerts:
        t = positions[day]
        index = series.index[t]
        assert index is not None
        baseline = [d.conflict for d in series.days[max(0, t - policy.window) : t]]
        mean = math.fsum(baseline) / len(baseline)
        d = series.days[t]
        found.append(Alert(day, source, target, index, d.happenings, d.conflict, mean))
    return found


def alerts(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    modalities: Sequence[str] = HAPPENED,
    policy: EscalationPolicy = DEFAULT_ESCALATION,
) -> list[Alert]:
    """Every alert from ``since`` to ``until`` (by default the whole store), latest and
    strongest first.  The baseline reaches back ``policy.window`` days before ``since``."""
    span = data_span(store)
    if span is None:
        return []
    # The baseline never reaches before the first stored day: days before the data began
    # are unknown, not quiet.
    start = max(since - timedelta(days=policy.window), span[0]) if since else span[0]
    # Every dyad's series at once, scored day by day across all dyads (as alerts_of
    # would score each dyad's series).
    days = dyad_days(store, start, until or span[1], modalities=modalities)
    index = zscores_many(days.conflict, policy)
    with np.errstate(invalid="ignore"):
        hits = (index >= policy.threshold) & (days.happenings >= policy.min_events)
    found = []
    rows, columns = np.nonzero(hits)
    first = 0 if since is None else (since - days.start).days
    for row, t in zip(rows.tolist(), columns.tolist(), strict=True):
        if t < first:
            continue
        source, target = days.keys[row]
        baseline = days.conflict[row, max(0, t - policy.window) : t].tolist()
        found.append(
            Alert(
                days.start + timedelta(days=t),
                source,
                target,
                float(index[row, t]),
                int(days.happenings[row, t]),
                float(days.conflict[row, t]),
                math.fsum(baseline) / len(baseline),
            )
        )
    return sorted(found, key=lambda a: (-a.day.toordinal(), -a.index, a.dyad))


def current_alerts(
    store: Store,
    *,
    days: int = 7,
    as_of: date | None = None,
    policy: EscalationPolicy = DEFAULT_ESCALATION,
) -> list[Alert]:
    """The alerts of the ``days`` days up to ``as_of`` (default: the store's last day)."""
    span = data_span(store)
    if span is None:
        return []
    last = as_of or span[1]
    return alerts(store, since=last - timedelta(days=days - 1), until=last, policy=policy)
