"""Daily series of happenings per dyad (source country -> target country) and per country.

A happening is a cluster of merged reports (``flashpoint.store.merge``): it counts once on
its day however many articles report it, with the quad class and Goldstein value of its
representative report.  Only events that took place (asserted or historical) count; a
threat that something "could" happen is not a happening.  Days without happenings are
filled with zeros, from the first to the last day asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from flashpoint.monitor.escalation import (
    DEFAULT_ESCALATION,
    EscalationPolicy,
    alert_days,
    escalation,
)
from flashpoint.monitor.query import (
    HAPPENED,
    cursor,
    data_span,
    fetch,
    use_country_days,
    use_dyad_days,
    use_edges,
)
from flashpoint.store.db import DAILY_SUMS, OTHER_MENTION, Store

# One row per (happening, dyad): a cluster whose reports name several dyads counts once
# for each of them, and once only for each.
_PAIRS = f"""
SELECT DISTINCT e.cluster_id, s.country AS source, t.country AS target
FROM events e
JOIN actors s ON s.event_key = e.key AND s.role = 'source' AND s.country IS NOT NULL
JOIN actors t ON t.event_key = e.key AND t.role = 'target' AND t.country IS NOT NULL
    AND {OTHER_MENTION}
WHERE e.modality IN (SELECT unnest(?::VARCHAR[]))
"""

# The happenings in which a country acts, is acted on, or which take place on its soil.
_COUNTRY = """
SELECT DISTINCT e.cluster_id FROM events e
WHERE e.modality IN (SELECT unnest(?::VARCHAR[])) AND (e.country = ? OR EXISTS
    (SELECT 1 FROM actors a WHERE a.event_key = e.key AND a.country = ?))
"""

_DAY = "coalesce(c.date, c.first_reported)"


def _happenings(store: Store, modalities: Sequence[str]) -> tuple[str, list[Any]]:
    """A relation ``h`` of (happening, dyad) rows: source, target, day, quad_class,
    goldstein; read from the store's ``happening_edges`` where it can answer."""
    if use_edges(store, modalities):
        return (
            "(SELECT source, target, day, quad_class, goldstein FROM happening_edges "
            "WHERE countries) h",
            [],
        )
    return (
        f"""(SELECT p.source, p.target, {_DAY} AS day, c.quad_class, c.goldstein
        FROM ({_PAIRS}) p JOIN clusters c ON c.id = p.cluster_id) h""",
        [list(modalities)],
    )


_AGGREGATES = "h.day AS day, " + DAILY_SUMS

# The same sums, kept by the store per dyad and day (``dyad_days``) and per country and
# day (``country_days``).
_DYAD_DAYS_OF_ONE = """
SELECT day, happenings, q1, q2, q3, q4, goldstein_sum, conflict FROM dyad_days
WHERE dyad = (SELECT id FROM dyads WHERE source = ? AND target = ?) AND day BETWEEN ? AND ?
ORDER BY day"""
_COUNTRY_DAYS_OF_ONE = """
SELECT day, happenings, q1, q2, q3, q4, goldstein_sum, conflict FROM country_days
WHERE country = ? AND day BETWEEN ? AND ? ORDER BY day"""
_DYAD_DAYS_OF_ALL = """
SELECT dyad, datediff('day', ?::DATE, day) AS t, happenings, conflict FROM dyad_days
WHERE day BETWEEN ? AND ?"""


@dataclass(frozen=True, slots=True)
class Day:
    """One day of a series."""

    day: date
    happenings: int = 0
    quad: tuple[int, int, int, int] = (0, 0, 0, 0)
    """Happenings by quad class: verbal and material cooperation, verbal and material
    conflict."""
    goldstein_sum: float = 0.0
    conflict: float = 0.0
    """The day's conflict intensity: minus the sum of its negative Goldstein values."""

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_sum / self.happenings if self.happenings else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "happenings": self.happenings,
            "quad": list(self.quad),
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": None
            if self.goldstein_mean is None
            else round(self.goldstein_mean, 3),
            "conflict": round(self.conflict, 3),
        }


@dataclass(frozen=True, slots=True)
class Series:
    """A daily series with its escalation index (``None`` where the baseline is short)."""

    key: str
    days: list[Day]
    index: list[float | None] = field(default_factory=list)
    alerts: list[date] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "days": [
                d.to_dict() | {"index": None if i is None else round(i, 3)}
                for d, i in zip(self.days, self.index, strict=True)
            ],
            "alerts": [d.isoformat() for d in self.alerts],
        }


def _day_from_row(row: Sequence[Any]) -> Day:
    day, happenings, q1, q2, q3, q4, goldstein_sum, conflict = row
    return Day(day, int(happenings), (q1, q2, q3, q4), float(goldstein_sum), float(conflict))


def fill(days: Sequence[Day], start: date, end: date) -> list[Day]:
    """Every day from ``start`` to ``end``, zeros where ``days`` has none."""
    known = {d.day: d for d in days}
    span = (end - start).days + 1
    every = (start + timedelta(days=k) for k in range(max(span, 0)))
    return [known.get(day) or Day(day) for day in every]


def _span(store: Store, start: date | None, end: date | None) -> tuple[date, date] | None:
    whole = data_span(store)
    if whole is None and (start is None or end is None):
        return None
    first = start or (whole[0] if whole else None)
    last = end or (whole[1] if whole else None)
    assert first is not None and last is not None
    return first, last


def _series(
    store: Store,
    key: str,
    rows: list[tuple[Any, ...]],
    span: tuple[date, date] | None,
    policy: EscalationPolicy,
) -> Series:
    if span is None:
        return Series(key, [], [], [])
    days = fill([_day_from_row(r) for r in rows], *span)
    index = escalation([d.conflict for d in days], policy)
    alerts = alert_days(index, [d.happenings for d in days], policy)
    return Series(key, days, index, [days[t].day for t in alerts])


def dyad_series(
    store: Store,
    source: str,
    target: str,
    *,
    start: date | None = None,
    end: date | None = None,
    modalities: Sequence[str] = HAPPENED,
    policy: EscalationPolicy = DEFAULT_ESCALATION,
) -> Series:
    """The daily happenings in which ``source`` acts on ``target`` (both ISO alpha-3), by
    default over the whole span of the store, with the escalation index."""
    span = _span(store, start, end)
    if use_dyad_days(store, modalities):
        sql = _DYAD_DAYS_OF_ONE
        params: list[Any] = []
    else:
        rel, params = _happenings(store, modalities)
        sql = f"""SELECT {_AGGREGATES} FROM {rel} WHERE h.source = ? AND h.target = ?
            AND h.day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1"""
    params += [source.upper(), target.upper()]
    rows = fetch(store, sql, [*params, *span]) if span else []
    return _series(store, f"{source.upper()}-{target.upper()}", rows, span, policy)


def country_series(
    store: Store,
    country: str,
    *,
    start: date | None = None,
    end: date | None = None,
    modalities: Sequence[str] = HAPPENED,
    policy: EscalationPolicy = DEFAULT_ESCALATION,
) -> Series:
    """The daily happenings in which ``country`` acts, is acted on, or which take place
    there, with the escalation index."""
    span = _span(store, start, end)
    code = country.upper()
    if use_country_days(store, modalities):
        sql = _COUNTRY_DAYS_OF_ONE
        params: list[Any] = [code]
    else:
        sql = f"""SELECT {_AGGREGATES} FROM (SELECT {_DAY} AS day, c.quad_class, c.goldstein
            FROM ({_COUNTRY}) p JOIN clusters c ON c.id = p.cluster_id) h
            WHERE h.day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1"""
        params = [list(modalities), code, code]
    rows = fetch(store, sql, [*params, *span]) if span else []
    return _series(store, code, rows, span, policy)


@dataclass(frozen=True, slots=True)
class Dyad:
    source: str
    target: str
    happenings: int
    conflict: float
    goldstein_sum: float

    @property
    def key(self) -> str:
        return f"{self.source}-{self.target}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "source": self.source,
            "target": self.target,
            "happenings": self.happenings,
            "conflict": round(self.conflict, 3),
            "goldstein_sum": round(self.goldstein_sum, 3),
        }


def dyads(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    modalities: Sequence[str] = HAPPENED,
    limit: int = 100,
) -> list[Dyad]:
    """The dyads with the most happenings (most conflict first among equals)."""
    rel, params = _happenings(store, modalities)
    sql = f"""SELECT h.source, h.target, count(*),
               coalesce(sum(CASE WHEN h.goldstein < 0 THEN -h.goldstein ELSE 0 END), 0),
               coalesce(sum(h.goldstein), 0)
        FROM {rel}
        WHERE (?::DATE IS NULL OR h.day >= ?) AND (?::DATE IS NULL OR h.day <= ?)
        GROUP BY 1, 2 ORDER BY 3 DESC, 4 DESC, 1, 2 LIMIT ?"""
    rows = fetch(store, sql, [*params, start, start, end, end, limit])
    return [Dyad(s, t, int(n), float(c), float(g)) for s, t, n, c, g in rows]


def all_dyad_series(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    modalities: Sequence[str] = HAPPENED,
    policy: EscalationPolicy = DEFAULT_ESCALATION,
) -> list[Series]:
    """The series of every dyad, read in one query (what the alerts are computed from)."""
    span = _span(store, start, end)
    if span is None:
        return []
    rel, params = _happenings(store, modalities)
    sql = f"""SELECT h.source, h.target, {_AGGREGATES} FROM {rel}
        WHERE h.day BETWEEN ? AND ? GROUP BY ALL ORDER BY 1, 2, 3"""
    grouped: dict[str, list[tuple[Any, ...]]] = {}
    for source, target, *row in fetch(store, sql, [*params, *span]):
        grouped.setdefault(f"{source}-{target}", []).append(tuple(row))
    return [_series(store, key, rows, span, policy) for key, rows in grouped.items()]


@dataclass(frozen=True, slots=True)
class DyadDays:
    """Every dyad's daily happenings and conflict from ``start``, as matrices with a row
    per dyad (``keys``) and a column per day, zeros where nothing happened."""

    start: date
    keys: list[tuple[str, str]]
    happenings: npt.NDArray[np.int64]
    conflict: npt.NDArray[np.float64]


def dyad_days(
    store: Store,
    start: date,
    end: date,
    *,
    modalities: Sequence[str] = HAPPENED,
) -> DyadDays:
    """The daily happenings and conflict of every dyad from ``start`` to ``end``, in one
    query (the numbers :func:`all_dyad_series` gives, without building a series each);
    read from the store's ``dyad_days`` where it can answer."""
    if use_dyad_days(store, modalities):
        return _from_dyad_days(store, start, end)
    return _from_happenings(store, start, end, modalities)


def _from_dyad_days(store: Store, start: date, end: date) -> DyadDays:
    length = max((end - start).days + 1, 0)
    with cursor(store) as cur:
        cur.execute(_DYAD_DAYS_OF_ALL, [start, start, end])
        columns = cur.fetchnumpy()
        names = cur.execute("SELECT id, source, target FROM dyads ORDER BY source, target")
        named = names.fetchall()
    ids = np.asarray(columns["dyad"], dtype=np.int64)
    # The dyads with a day in the span, in (source, target) order, a row each.
    seen = np.zeros(max((i for i, _, _ in named), default=-1) + 1, dtype=bool)
    seen[ids] = True
    keys = [(source, target) for i, source, target in named if seen[i]]
    rows = np.full(len(seen), -1, dtype=np.int64)
    rows[[i for i, _, _ in named if seen[i]]] = np.arange(len(keys))
    happenings = np.zeros((len(keys), length), dtype=np.int64)
    conflict = np.zeros((len(keys), length))
    days = np.asarray(columns["t"], dtype=np.int64)
    happenings[rows[ids], days] = np.asarray(columns["happenings"], dtype=np.int64)
    conflict[rows[ids], days] = np.asarray(columns["conflict"], dtype=np.float64)
    return DyadDays(start, keys, happenings, conflict)


def _from_happenings(store: Store, start: date, end: date, modalities: Sequence[str]) -> DyadDays:
    rel, params = _happenings(store, modalities)
    sql = f"""SELECT h.source, h.target, datediff('day', ?::DATE, h.day) AS t, {DAILY_SUMS}
        FROM {rel} WHERE h.day BETWEEN ? AND ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"""
    length = max((end - start).days + 1, 0)
    with cursor(store) as cur:
        cur.execute(sql, [start, *params, start, end])
        columns = cur.fetchnumpy()
    sources, targets = columns["source"], columns["target"]
    # Rows come sorted by dyad: a new dyad starts wherever source or target changes.
    starts = np.ones(len(sources), dtype=bool)
    starts[1:] = (sources[1:] != sources[:-1]) | (targets[1:] != targets[:-1])
    row = np.cumsum(starts) - 1
    keys = list(zip(sources[starts].tolist(), targets[starts].tolist(), strict=True))
    happenings = np.zeros((len(keys), length), dtype=np.int64)
    conflict = np.zeros((len(keys), length))
    days = np.asarray(columns["t"], dtype=np.int64)
    happenings[row, days] = np.asarray(columns["happenings"], dtype=np.int64)
    conflict[row, days] = np.asarray(columns["conflict"], dtype=np.float64)
    return DyadDays(start, keys, happenings, conflict)
