"""Alerts: the days on which a dyad's escalation index crosses the threshold."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from flashpoint.monitor.escalation import DEFAULT_ESCALATION, EscalationPolicy, escalation_many
from flashpoint.monitor.query import HAPPENED, data_span
from flashpoint.monitor.series import DyadDays, Series, dyad_days
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
    strongest first.  A z-score's baseline reaches back ``policy.window`` days before
    ``since``; a CUSUM adds up from the store's first day."""
    return find_alerts(
        store, since=since, until=until, modalities=modalities, policy=policy
    ).alerts()


def alert_dicts(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    modalities: Sequence[str] = HAPPENED,
    policy: EscalationPolicy = DEFAULT_ESCALATION,
) -> list[dict[str, Any]]:
    """``[a.to_dict() for a in alerts(...)]``, built without the :class:`Alert` objects
    (the API sends many thousand of them)."""
    return find_alerts(
        store, since=since, until=until, modalities=modalities, policy=policy
    ).to_dicts()


@dataclass(frozen=True, slots=True)
class FoundAlerts:
    """Alerts as columns, latest and strongest first: the dyad (a row of ``days``), the
    day (a column) and the numbers of each."""

    days: DyadDays
    rows: npt.NDArray[np.intp]
    columns: npt.NDArray[np.intp]
    index: npt.NDArray[np.float64]
    baseline: npt.NDArray[np.float64]

    def _columns(self) -> Iterator[tuple[int, int, float, int, float, float]]:
        rows, columns = self.rows, self.columns
        return zip(
            rows.tolist(),
            columns.tolist(),
            self.index.tolist(),
            self.days.happenings[rows, columns].tolist(),
            self.days.conflict[rows, columns].tolist(),
            self.baseline.tolist(),
            strict=True,
        )

    def _day_list(self) -> list[date]:
        length = self.days.conflict.shape[1]
        return [self.days.start + timedelta(days=t) for t in range(length)]

    def alerts(self) -> list[Alert]:
        keys, days = self.days.keys, self._day_list()
        return [
            Alert(days[t], *keys[row], score, n, conflict, baseline)
            for row, t, score, n, conflict, baseline in self._columns()
        ]

    def __len__(self) -> int:
        return len(self.rows)

    def first(self, count: int) -> FoundAlerts:
        """The first ``count`` alerts (the latest and strongest)."""
        return FoundAlerts(
            self.days,
            self.rows[:count],
            self.columns[:count],
            self.index[:count],
            self.baseline[:count],
        )

    def to_dicts(self) -> list[dict[str, Any]]:
        days = [day.isoformat() for day in self._day_list()]
        keys = self.days.keys
        names = [f"{source}-{target}" for source, target in keys]
        return [
            {
                "day": days[t],
                "dyad": names[row],
                "source": keys[row][0],
                "target": keys[row][1],
                "index": round(score, 3),
                "happenings": n,
                "conflict": round(conflict, 3),
                "baseline": round(baseline, 3),
            }
            for row, t, score, n, conflict, baseline in self._columns()
        ]


def find_alerts(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    modalities: Sequence[str] = HAPPENED,
    policy: EscalationPolicy = DEFAULT_ESCALATION,
) -> FoundAlerts:
    """The alerts of :func:`alerts`, as columns."""
    span = data_span(store)
    if span is None:
        empty = np.zeros(0, dtype=np.intp)
        nothing = DyadDays(date.min, [], np.zeros((0, 0), np.int64), np.zeros((0, 0)))
        return FoundAlerts(nothing, empty, empty, np.zeros(0), np.zeros(0))
    # The baseline never reaches before the first stored day: days before the data began
    # are unknown, not quiet.
    start = span[0]
    if since is not None and policy.method == "zscore":
        start = max(since - timedelta(days=policy.window), span[0])
    # Every dyad's series at once, scored day by day across all dyads (as alerts_of
    # would score each dyad's series).
    days = dyad_days(store, start, until or span[1], modalities=modalities)
    index = escalation_many(days.conflict, policy)
    with np.errstate(invalid="ignore"):
        hits = (index >= policy.level) & (days.happenings >= policy.min_events)
    if since is not None:
        hits[:, : max((since - days.start).days, 0)] = False
    rows, columns = np.nonzero(hits)
    # Latest first, then strongest, then by the dyad's "SRC-TGT" name.
    names = [f"{source}-{target}" for source, target in days.keys]
    rank = np.empty(len(names), dtype=np.int64)
    rank[sorted(range(len(names)), key=names.__getitem__)] = np.arange(len(names))
    scores = index[rows, columns]
    order = np.lexsort((rank[rows], -scores, -columns))
    rows, columns = rows[order], columns[order]
    baseline = _baselines(days.conflict, rows, columns, policy.window)
    return FoundAlerts(days, rows, columns, scores[order], baseline)


def _baselines(
    conflict: npt.NDArray[np.float64],
    rows: npt.NDArray[np.intp],
    columns: npt.NDArray[np.intp],
    window: int,
) -> npt.NDArray[np.float64]:
    """The mean conflict of the ``window`` days before each (row, column), or as many as
    there are, each sum exactly rounded (``math.fsum``)."""
    if not len(rows):
        return np.zeros(0)
    back = columns[:, None] - window + np.arange(window)[None, :]
    # Zeros where the window reaches before the first day: exact zeros leave an exact
    # sum unchanged.
    windows = np.where(back >= 0, conflict[rows[:, None], np.maximum(back, 0)], 0.0)
    flat = windows.ravel().tolist()
    sums = [math.fsum(flat[k : k + window]) for k in range(0, len(flat), window)]
    return np.asarray(sums, dtype=np.float64) / np.minimum(columns, window)


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
