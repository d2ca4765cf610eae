"""Listings: events, happenings (clusters), the top happenings of a period, map points,
and one document with its evidence spans.  Each returns plain data for Python users, the
JSON API and the dashboard alike."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from flashpoint.errors import UsageError
from flashpoint.monitor.query import EventFilter, fetch, fetch_dicts
from flashpoint.store.db import Store

MAX_PAGE = 500
ALL = EventFilter()


@dataclass(frozen=True, slots=True)
class Page:
    total: int
    offset: int
    limit: int
    items: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "offset": self.offset, "limit": self.limit,
                "items": self.items}  # fmt: skip


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise UsageError(f"limit must be 1 to {MAX_PAGE} and offset at least 0")


def _event_item(row: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(row.pop("record"))
    day = row.pop("day")
    return {
        "key": row["key"],
        "num": row["num"],
        "doc": row["doc_hash"],
        "title": row["title"],
        "cluster": row["cluster_id"],
        "day": day.isoformat() if day else None,
    } | record


def _where(store: Store, where: EventFilter) -> tuple[str, list[Any]]:
    """The filter's SQL, using the lookup tables the store keeps."""
    return where.where(
        "e", event_dyads=store.has_event_dyads, event_countries=store.has_event_countries
    )


_EVENT_SELECT = """
SELECT e.key, e.num, e.doc_hash, d.title, e.cluster_id, e.day, e.record
FROM events e JOIN documents d ON d.hash = e.doc_hash
"""


def list_events(
    store: Store, where: EventFilter = ALL, *, limit: int = 50, offset: int = 0
) -> Page:
    """Events matching ``where``, latest first, with their CONTRACT.md records."""
    _check_page(limit, offset)
    sql, params = _where(store, where)
    total = fetch(store, f"SELECT count(*) FROM events e WHERE {sql}", params)[0][0]
    # The page is chosen from the narrow columns first, and only its rows are read in
    # full (sorting the JSON records of every match is what made deep pages slow).
    rows = fetch_dicts(
        store,
        f"""WITH page AS (SELECT e.num FROM events e WHERE {sql}
            ORDER BY e.day DESC NULLS LAST, e.num DESC LIMIT ? OFFSET ?)
        {_EVENT_SELECT} WHERE e.num IN (SELECT num FROM page)
        ORDER BY e.day DESC NULLS LAST, e.num DESC""",
        [*params, limit, offset],
    )
    return Page(int(total), offset, limit, [_event_item(r) for r in rows])


def map_points(
    store: Store, where: EventFilter = ALL, *, limit: int = 2000
) -> list[dict[str, Any]]:
    """Where the matching events happened: one point per place, with its happenings
    (clusters), events and mean Goldstein value."""
    sql, params = _where(store, where)
    return fetch_dicts(
        store,
        f"""SELECT round(e.lat, 3) AS lat, round(e.lon, 3) AS lon,
                   any_value(e.place_name) AS place, any_value(e.country) AS country,
                   count(DISTINCT e.cluster_id) AS happenings, count(*) AS events,
                   round(avg(e.goldstein), 2) AS goldstein_mean
            FROM events e WHERE {sql} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
            GROUP BY 1, 2 ORDER BY happenings DESC LIMIT ?""",
        [*params, limit],
    )


# ``{page}`` is a query for the clusters wanted (as ``c``), in a constant shape: the
# representative reports are joined to that page only.
_CLUSTER_SELECT = """
WITH c AS ({page})
SELECT c.id, c.num, c.type, c.mode, c.cameo, c.quad_class, c.goldstein, c.date,
       c.place_name, c.country, c.lat, c.lon, c.mentions, c.sources, c.articles,
       c.first_reported, c.last_reported, c.source_url, r.doc_hash AS doc, r.record
FROM c JOIN events r ON r.key = c.representative
"""


def _cluster_item(row: dict[str, Any]) -> dict[str, Any]:
    record = json.loads(row.pop("record"))
    for name in ("date", "first_reported", "last_reported"):
        row[name] = row[name].isoformat() if row[name] else None
    row["sources_actors"] = record["sources"]
    row["targets"] = record["targets"]
    row["sentence"] = record["sentence"]["text"]
    row["trigger"] = record["trigger"]
    row["modality"] = record["modality"]
    return row


def _cluster_where(
    start: date | None, end: date | None, type: str | None, country: str | None
) -> tuple[str, list[Any]]:
    clauses: list[str] = ["TRUE"]
    params: list[Any] = []
    if start:
        clauses.append("coalesce(c.date, c.first_reported) >= ?")
        params.append(start)
    if end:
        clauses.append("coalesce(c.date, c.first_reported) <= ?")
        params.append(end)
    if type:
        clauses.append("c.type = ?")
        params.append(type.upper())
    if country:
        clauses.append("c.country = ?")
        params.append(country.upper())
    return " AND ".join(clauses), params


def list_clusters(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    type: str | None = None,
    country: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Happenings, latest first, each with its counts and its representative report."""
    _check_page(limit, offset)
    sql, params = _cluster_where(start, end, type, country)
    total = fetch(store, f"SELECT count(*) FROM clusters c WHERE {sql}", params)[0][0]
    order = "coalesce(c.date, c.first_reported) DESC NULLS LAST, c.num DESC"
    page = f"SELECT * FROM clusters c WHERE {sql} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = fetch_dicts(
        store, _CLUSTER_SELECT.format(page=page) + f" ORDER BY {order}", [*params, limit, offset]
    )
    return Page(int(total), offset, limit, [_cluster_item(r) for r in rows])


def top_events(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    country: str | None = None,
    limit: int = 10,
) -> list[dict[str, Any]]:
    """The most reported happenings of a period: most articles, then most sources and
    mentions, then the strongest Goldstein value."""
    _check_page(limit, 0)
    sql, params = _cluster_where(start, end, None, country)
    order = (
        "c.articles DESC, c.sources DESC, c.mentions DESC, abs(c.goldstein) DESC NULLS LAST, c.num"
    )
    page = f"SELECT * FROM clusters c WHERE {sql} ORDER BY {order} LIMIT ?"
    rows = fetch_dicts(
        store, _CLUSTER_SELECT.format(page=page) + f" ORDER BY {order}", [*params, limit]
    )
    return [_cluster_item(r) for r in rows]


def _spans(events: list[dict[str, Any]], places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every evidence span of a document: actors, triggers and places, in text order."""
    spans: list[dict[str, Any]] = []
    for n, event in enumerate(events):
        for role in ("sources", "targets"):
            for actor in event[role]:
                if actor.get("start") is not None:
                    label = actor.get("name") or actor["text"]
                    spans.append({"start": actor["start"], "end": actor["end"],
                                  "kind": role[:-1], "event": n, "label": label})  # fmt: skip
        trigger = event["trigger"]
        spans.append({"start": trigger["start"], "end": trigger["end"], "kind": "trigger",
                      "event": n, "label": event["type"]})  # fmt: skip
    for place in places:
        if place["start"] is not None:
            spans.append({"start": place["start"], "end": place["end"], "kind": "place",
                          "event": None, "label": place["name"] or place["text"]})  # fmt: skip
    return sorted(spans, key=lambda s: (s["start"], -s["end"]))


def document_view(store: Store, key: str) -> dict[str, Any] | None:
    """A document (by content hash or by its id) with its coded events and the spans of
    their actors, triggers and places; ``None`` when there is no such document."""
    docs = fetch_dicts(
        store,
        "SELECT hash, id, title, url, published, source, origin, text FROM documents "
        "WHERE hash = ? OR id = ? ORDER BY num LIMIT 1",
        [key, key],
    )
    if not docs:
        return None
    doc = docs[0]
    doc["published"] = doc["published"].isoformat() if doc["published"] else None
    rows = fetch_dicts(
        store,
        f"{_EVENT_SELECT} WHERE e.doc_hash = ? ORDER BY e.position",
        [doc["hash"]],
    )
    events = [_event_item(r) for r in rows]
    places = fetch_dicts(
        store,
        'SELECT text, start_char AS start, end_char AS "end", name, geonames_id, country, '
        "lat, lon FROM places WHERE doc_hash = ? ORDER BY position",
        [doc["hash"]],
    )
    return doc | {"events": events, "places": places, "spans": _spans(events, places)}
