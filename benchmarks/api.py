"""API latency over a large database of SYNTHETIC events (generated here, not real news).

    .venv/bin/python benchmarks/api.py [--events 1000000] [--runs 20] [--db PATH]

Fills a fresh flashpoint database with ``--events`` made-up events (random types,
countries, days over one year, two actors each, about 1.4 reports per happening) directly
in SQL, then times the main API queries in-process (FastAPI's TestClient, so routing and
JSON encoding count) and prints p50/p95 per query.  The target is p95 < 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from flashpoint.api import create_app
from flashpoint.store.db import Store

COUNTRIES = ["USA", "IRN", "RUS", "UKR", "CHN", "ISR", "PSE", "SYR", "IRQ", "TUR", "SAU",
             "YEM", "SDN", "ETH", "IND", "PAK", "AFG", "PRK", "KOR", "JPN", "FRA", "DEU",
             "GBR", "POL", "GEO", "ARM", "AZE", "LBN", "EGY", "LBY", "NGA", "MLI", "COD",
             "VEN", "COL", "MEX", "BRA", "MMR", "PHL", "TWN"]  # fmt: skip
TYPES = [("AGREE", 1, 4.0), ("CONSULT", 1, 1.0), ("SUPPORT", 1, 3.4), ("CONCEDE", 2, 5.0),
         ("COOPERATE", 2, 6.0), ("AID", 2, 7.4), ("RETREAT", 2, 9.0), ("REQUEST", 3, -5.0),
         ("ACCUSE", 3, -2.0), ("REJECT", 3, -4.0), ("THREATEN", 3, -4.4),
         ("PROTEST", 4, -6.5), ("SANCTION", 4, -8.0), ("MOBILIZE", 4, -7.2),
         ("COERCE", 4, -5.0), ("ASSAULT", 4, -10.0)]  # fmt: skip

# Skewed country choice: a few countries act (and are acted on) far more than the rest.
PICK = "list_extract(?::VARCHAR[], 1 + floor(pow(random(), 2) * 40)::INTEGER)"


def fill(db: Path, events: int) -> None:
    with Store(db) as store:
        con = store.con
        con.execute("SELECT setseed(0.42)")
        con.execute("CREATE TEMP TABLE kinds (k INTEGER, type VARCHAR, quad INTEGER, g DOUBLE)")
        con.executemany("INSERT INTO kinds VALUES (?, ?, ?, ?)",
                        [(i, t, q, g) for i, (t, q, g) in enumerate(TYPES)])  # fmt: skip
        docs = max(1, events // 5)
        con.execute(
            f"""CREATE TEMP TABLE ev AS SELECT i,
                (i * 7919) % {docs} AS d, floor(i / 1.4)::BIGINT AS c,
                (i % 16) AS k, DATE '2025-01-01' + (floor(random() * 365))::INTEGER AS day,
                {PICK} AS src, {PICK} AS tgt,
                CASE WHEN random() < 0.85 THEN 'asserted' ELSE 'future' END AS modality,
                random() * 80 - 10 AS lat, random() * 360 - 180 AS lon
            FROM range({events}) t(i)""",
            [COUNTRIES, COUNTRIES],
        )
        con.execute(
            f"""INSERT INTO documents SELECT 'h' || d, d + 1, 'synthetic-' || d,
                'Synthetic document ' || d, NULL, DATE '2025-01-01', 'synthetic', 'synthetic',
                'synthetic', 'synthetic', 'SYNTHETIC TEXT: Xland struck Yland. ' || d, 6, 5,
                10, now()::TIMESTAMP FROM range({docs}) t(d)"""
        )
        con.execute(
            """INSERT INTO events SELECT 'e' || i, i + 1, 'e' || i, 'h' || d, 'synthetic-' || d,
                i, type, NULL, []::VARCHAR[], NULL, quad, g, day::VARCHAR, day, modality, 0.5,
                'struck', 0, 'Xland struck Yland (synthetic).', true, 'Place ' || (i % 997),
                NULL, src, NULL, lat, lon, 'c' || c,
                json_object('id', 'e' || i, 'doc_id', 'synthetic-' || d, 'type', type,
                  'mode', NULL, 'contexts', []::VARCHAR[], 'cameo', NULL, 'quad_class', quad,
                  'goldstein', g,
                  'sources', [json_object('text', src, 'start', 17, 'end', 22, 'name', src,
                               'country', src, 'sector', 'GOV', 'id', src)],
                  'targets', [json_object('text', tgt, 'start', 31, 'end', 36, 'name', tgt,
                               'country', tgt, 'sector', 'GOV', 'id', tgt)],
                  'trigger', json_object('text', 'struck', 'start', 23, 'end', 29),
                  'sentence', json_object('index', 0, 'start', 17, 'end', 37,
                               'text', 'Xland struck Yland.'),
                  'location', NULL, 'date', day::VARCHAR, 'quantities', []::VARCHAR[],
                  'quote', NULL, 'modality', modality, 'confidence', 0.5)::VARCHAR
            FROM ev JOIN kinds USING (k)"""
        )
        con.execute(
            """INSERT INTO actors SELECT 'e' || i, 'source', 0, src, 17, 22, src, src, 'GOV', src
               FROM ev UNION ALL
               SELECT 'e' || i, 'target', 0, tgt, 31, 36, tgt, tgt, 'GOV', tgt FROM ev"""
        )
        con.execute(
            """INSERT INTO clusters SELECT 'c' || c, c + 1, any_value(type), NULL, NULL,
                any_value(quad), any_value(g), min(day), NULL, NULL, any_value(src), NULL,
                any_value(lat), any_value(lon), count(*), 1, count(DISTINCT d), min(day),
                max(day), 'e' || min(i), 'e' || min(i), NULL
            FROM ev JOIN kinds USING (k) GROUP BY c"""
        )
        store.refresh_edges()  # the monitor's derived tables, as ingest keeps them
        con.execute("CHECKPOINT")


def timed(client: TestClient, path: str, params: dict[str, Any], runs: int) -> list[float]:
    client.get(path, params=params).raise_for_status()  # warm
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        client.get(path, params=params).raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    return times


QUERIES: list[tuple[str, str, dict[str, Any]]] = [
    ("events, first page", "/api/events", {}),
    (
        "events, type + date range",
        "/api/events",
        {"type": "ASSAULT", "start": "2025-03-01", "end": "2025-03-31"},
    ),
    ("events, dyad", "/api/events", {"dyad": "USA-IRN"}),
    ("events, country", "/api/events", {"country": "RUS", "limit": 100}),
    ("events, text search", "/api/events", {"q": "yland (synth"}),
    ("events, deep page", "/api/events", {"offset": 400_000}),
    ("clusters, first page", "/api/clusters", {}),
    ("top happenings, a month", "/api/top", {"start": "2025-06-01", "end": "2025-06-30"}),
    ("series, one dyad", "/api/series", {"dyad": "USA-IRN"}),
    ("series, one country", "/api/series", {"country": "UKR"}),
    ("dyads", "/api/dyads", {}),
    ("alerts, every dyad", "/api/alerts", {}),
    ("alerts, every dyad, CUSUM", "/api/alerts", {"method": "cusum"}),
    ("network", "/api/network", {}),
    ("map, a month", "/api/map", {"start": "2025-06-01", "end": "2025-06-30"}),
    ("document", "/api/documents/synthetic-77", {}),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", type=Path, help="keep the database here (default: temporary)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "bench.duckdb"
        started = time.perf_counter()
        if not db.exists():
            fill(db, args.events)
        print(f"database           {db.stat().st_size / 1e6:,.0f} MB, {args.events:,} synthetic "
              f"events, filled in {time.perf_counter() - started:.1f} s")  # fmt: skip
        app = create_app(db, token="")
        with TestClient(app) as client:
            print(f"{'query':32} {'p50 ms':>8} {'p95 ms':>8}")
            for name, path, params in QUERIES:
                times = sorted(timed(client, path, params, args.runs))
                p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
                flag = "" if p95 < 200 else "  over 200 ms"
                print(f"{name:32} {statistics.median(times):8.1f} {p95:8.1f}{flag}")
        app.state.database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
