"""The actor network: who acts on whom, and the balance of cooperation and conflict.

A node is a state (its ISO alpha-3 code) or, for actors without a country, a resolved
actor (an international organisation, an armed group: its id).  Unresolved mentions
("five soldiers") are left out.  Each happening counts once per edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from flashpoint.monitor.query import HAPPENED, fetch, use_edges
from flashpoint.store.db import Store

_FROM_EVENTS = """(
    SELECT p.*, coalesce(c.date, c.first_reported) AS day, c.quad_class, c.goldstein FROM (
        SELECT DISTINCT e.cluster_id,
            coalesce(s.country, s.actor_id) AS source, coalesce(t.country, t.actor_id) AS target,
            CASE WHEN s.country IS NULL THEN s.name ELSE s.country END AS source_name,
            CASE WHEN t.country IS NULL THEN t.name ELSE t.country END AS target_name
        FROM events e
        JOIN actors s ON s.event_key = e.key AND s.role = 'source'
        JOIN actors t ON t.event_key = e.key AND t.role = 'target'
        WHERE e.modality IN (SELECT unnest(?::VARCHAR[]))
          AND coalesce(s.country, s.actor_id) IS NOT NULL
          AND coalesce(t.country, t.actor_id) IS NOT NULL
          AND coalesce(s.country, s.actor_id) <> coalesce(t.country, t.actor_id)
    ) p JOIN clusters c ON c.id = p.cluster_id
) h"""

# The same rows, from the store's ``happening_edges`` (one row per happening and edge).
_FROM_TABLE = "(SELECT * FROM happening_edges WHERE source <> target) h"

_EDGES = """
SELECT h.source, any_value(h.source_name), h.target, any_value(h.target_name), count(*),
       count(*) FILTER (WHERE h.quad_class IN (1, 2)),
       count(*) FILTER (WHERE h.quad_class IN (3, 4)),
       coalesce(sum(h.goldstein), 0)
FROM {relation}
WHERE (?::DATE IS NULL OR h.day >= ?) AND (?::DATE IS NULL OR h.day <= ?)
GROUP BY h.source, h.target
HAVING count(*) >= ?
ORDER BY 5 DESC, 1, 3
LIMIT ?
"""


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    happenings: int
    cooperation: int
    conflict: int
    goldstein_sum: float

    @property
    def balance(self) -> float:
        """From -1 (all conflict) to +1 (all cooperation)."""
        total = self.cooperation + self.conflict
        return (self.cooperation - self.conflict) / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "happenings": self.happenings,
            "cooperation": self.cooperation,
            "conflict": self.conflict,
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": round(self.goldstein_sum / self.happenings, 3),
            "balance": round(self.balance, 3),
        }


@dataclass(frozen=True, slots=True)
class Network:
    nodes: dict[str, str]
    """Node id -> label."""
    edges: list[Edge]

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [{"id": k, "label": v} for k, v in sorted(self.nodes.items())],
            "edges": [e.to_dict() for e in self.edges],
        }


def network(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    min_happenings: int = 1,
    limit: int = 500,
    modalities: Sequence[str] = HAPPENED,
) -> Network:
    """The edges with the most happenings between ``start`` and ``end``."""
    params: list[Any] = [start, start, end, end, min_happenings, limit]
    if use_edges(store, modalities):
        sql = _EDGES.format(relation=_FROM_TABLE)
    else:
        sql = _EDGES.format(relation=_FROM_EVENTS)
        params.insert(0, list(modalities))
    nodes: dict[str, str] = {}
    edges = []
    for source, source_name, target, target_name, n, coop, conf, gold in fetch(store, sql, params):
        nodes.setdefault(source, source_name or source)
        nodes.setdefault(target, target_name or target)
        edges.append(Edge(source, target, int(n), int(coop), int(conf), float(gold)))
    return Network(nodes, edges)
