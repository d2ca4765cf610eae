"""Monitoring the stored events: daily series, the escalation index and its alerts, the
actor network, listings and documents with their evidence.

Plain functions over a :class:`flashpoint.store.Store`; the HTTP API, the dashboard and
``flashpoint monitor`` call exactly these::

    with Store("events.duckdb", read_only=True) as store:
        for alert in current_alerts(store):
            print(alert.day, alert.dyad, alert.index)
"""

from __future__ import annotations

from flashpoint.monitor.alerts import Alert, alert_dicts, alerts, current_alerts, find_alerts
from flashpoint.monitor.escalation import (
    DEFAULT_ESCALATION,
    DEFAULT_THRESHOLDS,
    METHODS,
    EscalationPolicy,
    Method,
    alert_days,
    conflict_intensity,
    cusum,
    escalation,
    zscores,
)
from flashpoint.monitor.events import (
    Page,
    document_view,
    list_clusters,
    list_events,
    map_points,
    top_events,
)
from flashpoint.monitor.network import Edge, Network, network
from flashpoint.monitor.outlines import country_outlines
from flashpoint.monitor.query import HAPPENED, EventFilter, data_span, parse_dyad
from flashpoint.monitor.series import Day, Series, country_series, dyad_series, dyads

__all__ = [
    "DEFAULT_ESCALATION",
    "DEFAULT_THRESHOLDS",
    "HAPPENED",
    "METHODS",
    "Alert",
    "Day",
    "Edge",
    "EscalationPolicy",
    "EventFilter",
    "Method",
    "Network",
    "Page",
    "Series",
    "alert_days",
    "alert_dicts",
    "alerts",
    "conflict_intensity",
    "country_outlines",
    "country_series",
    "current_alerts",
    "cusum",
    "data_span",
    "document_view",
    "dyad_series",
    "dyads",
    "escalation",
    "find_alerts",
    "list_clusters",
    "list_events",
    "map_points",
    "network",
    "parse_dyad",
    "top_events",
    "zscores",
]
