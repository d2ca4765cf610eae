"""Event filters as parameterised SQL, shared by the listings, the series and the API.

Every value a user gives travels as a query parameter; the SQL text is built only from the
constants in this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from flashpoint.errors import UsageError
from flashpoint.model import MODALITIES, PLOVER_TYPES
from flashpoint.store.db import HAPPENED_MODALITIES, OTHER_MENTION, Store

HAPPENED: tuple[str, ...] = HAPPENED_MODALITIES
"""The modalities of events that took place: what the series, alerts and network count."""


def use_edges(store: Store, modalities: Sequence[str]) -> bool:
    """Whether the store's ``happening_edges`` table answers for these modalities."""
    return store.has_edges and set(modalities) == set(HAPPENED)


def use_dyad_days(store: Store, modalities: Sequence[str]) -> bool:
    """Whether the store's ``dyad_days`` table (daily sums per dyad) answers for these
    modalities."""
    return store.has_dyad_days and set(modalities) == set(HAPPENED)


def use_country_days(store: Store, modalities: Sequence[str]) -> bool:
    """Whether the store's ``country_days`` table (daily sums per country) answers for
    these modalities."""
    return store.has_country_days and set(modalities) == set(HAPPENED)


def parse_dyad(text: str) -> tuple[str, str]:
    """``"USA-IRN"`` (or ``USA>IRN``, ``USA,IRN``) -> ``("USA", "IRN")``."""
    for separator in ("-", ">", ","):
        left, sep, right = text.strip().partition(separator)
        if sep and left.strip() and right.strip():
            return left.strip().upper(), right.strip().upper()
    raise UsageError(f"{text!r} is not a dyad; write SOURCE-TARGET, e.g. USA-IRN")


def like_pattern(text: str) -> str:
    """A substring pattern for ``ILIKE ... ESCAPE '\\'`` matching ``text`` literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to list: every field left ``None`` matches everything."""

    start: date | None = None
    end: date | None = None
    type: str | None = None
    mode: str | None = None
    actor: str | None = None
    """An actor id (``USA``), or part of a resolved name or of the text of a mention."""
    country: str | None = None
    """Acting, acted on, or where it happened (ISO 3166-1 alpha-3)."""
    dyad: tuple[str, str] | None = None
    place: str | None = None
    text: str | None = None
    """Part of the sentence that reports the event."""
    modality: str | None = None
    cluster: str | None = None
    doc: str | None = None
    """A document's content hash."""

    def __post_init__(self) -> None:
        if self.type is not None and self.type.upper() not in PLOVER_TYPES:
            raise UsageError(f"{self.type!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        if self.modality is not None and self.modality not in MODALITIES:
            raise UsageError(f"{self.modality!r} is not a modality ({', '.join(MODALITIES)})")
        if self.start and self.end and self.start > self.end:
            raise UsageError(f"the date range starts ({self.start}) after it ends ({self.end})")

    def where(
        self, alias: str = "e", *, event_dyads: bool = False, event_countries: bool = False
    ) -> tuple[str, list[Any]]:
        """A ``WHERE`` clause over ``events AS alias`` and its parameters.  With
        ``event_dyads`` or ``event_countries`` (the store keeps that table) the dyad or the
        country is looked up there, not by searching the actors of every event."""
        e = alias
        clauses: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            clauses.append(sql)
            params.extend(values)

        if self.start is not None:
            add(f"{e}.day >= ?", self.start)
        if self.end is not None:
            add(f"{e}.day <= ?", self.end)
        if self.type:
            add(f"{e}.type = ?", self.type.upper())
        if self.mode:
            add(f"{e}.mode = ?", self.mode)
        if self.modality:
            add(f"{e}.modality = ?", self.modality)
        if self.cluster:
            add(f"{e}.cluster_id = ?", self.cluster)
        if self.doc:
            add(f"{e}.doc_hash = ?", self.doc)
        if self.place:
            add(f"{e}.place_name ILIKE ? ESCAPE '\\'", like_pattern(self.place))
        if self.text:
            add(f"{e}.sentence_text ILIKE ? ESCAPE '\\'", like_pattern(self.text))
        if self.actor:
            pattern = like_pattern(self.actor)
            add(
                f"EXISTS (SELECT 1 FROM actors a WHERE a.event_key = {e}.key AND "
                "(a.actor_id = ? OR a.name ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\'))",
                self.actor,
                pattern,
                pattern,
            )
        if self.country and event_countries:
            add(
                f"{e}.num IN (SELECT num FROM event_countries WHERE country = ?)",
                self.country.upper(),
            )
        elif self.country:
            add(
                f"({e}.country = ? OR EXISTS (SELECT 1 FROM actors a "
                f"WHERE a.event_key = {e}.key AND a.country = ?))",
                self.country.upper(),
                self.country.upper(),
            )
        if self.dyad and event_dyads:
            source, target = self.dyad
            add(
                f"{e}.num IN (SELECT num FROM event_dyads WHERE source = ? AND target = ?)",
                source.upper(),
                target.upper(),
            )
        elif self.dyad:
            source, target = self.dyad
            add(
                f"EXISTS (SELECT 1 FROM actors s JOIN actors t ON t.event_key = s.event_key "
                f"AND t.role = 'target' AND t.country = ? AND {OTHER_MENTION} "
                f"WHERE s.event_key = {e}.key AND s.role = 'source' AND s.country = ?)",
                target.upper(),
                source.upper(),
            )
        sql = " AND ".join(clauses) if clauses else "TRUE"
        return sql, params


def cursor(store: Store) -> duckdb.DuckDBPyConnection:
    """A cursor of its own, so that threads (the API's workers) never share one."""
    return store.con.cursor()


def fetch(store: Store, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    with cursor(store) as cur:
        return cur.execute(sql, list(params)).fetchall()


def fetch_dicts(store: Store, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    with cursor(store) as cur:
        cur.execute(sql, list(params))
        names = [d[0] for d in cur.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def data_span(store: Store) -> tuple[date, date] | None:
    """The first and last day with a dated happening, or ``None`` for an empty store."""
    rows = fetch(store, "SELECT min(coalesce(date, first_reported)), max(coalesce(date, "
                 "first_reported)) FROM clusters")  # fmt: skip
    first, last = rows[0]
    return (first, last) if first is not None else None
