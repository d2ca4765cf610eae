"""The HTTP API in-process (FastAPI's TestClient) over the sample database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flashpoint import Pipeline
from flashpoint.api import create_app
from flashpoint.monitor import EscalationPolicy, alerts
from flashpoint.store.db import Store

TOKEN = "test-token-7c1f"


@pytest.fixture(scope="module")
def client(monitor_db: Path) -> Iterator[TestClient]:
    app = create_app(monitor_db, token="")  # an empty token disables ingest too
    with TestClient(app) as test_client:
        yield test_client
    app.state.database.close()


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/clusters", "/api/series", "/api/alerts", "/api/network",
                 "/api/documents/{key}", "/api/ingest"):  # fmt: skip
        assert path in paths


def test_events_filters_and_pages(client: TestClient, monitor_db: Path) -> None:
    with Store(monitor_db, read_only=True) as store:
        total = store.counts().events
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] == total == len(everything["items"])
    page = client.get("/api/events", params={"limit": 7, "offset": 7}).json()
    assert [e["key"] for e in page["items"]] == [e["key"] for e in everything["items"][7:14]]
    sanctions = client.get("/api/events", params={"type": "SANCTION", "limit": 500}).json()
    assert 0 < sanctions["total"] < total
    assert {e["type"] for e in sanctions["items"]} == {"SANCTION"}
    dyad = client.get("/api/events", params={"dyad": "POL-RUS"}).json()
    assert dyad["total"] and all(
        "RUS" in {a["country"] for a in e["targets"]} for e in dyad["items"]
    )
    negated = client.get("/api/events", params={"modality": "negated"}).json()
    assert negated["total"] and {e["modality"] for e in negated["items"]} == {"negated"}
    tbilisi = client.get("/api/events", params={"place": "tbilisi"}).json()
    assert tbilisi["total"] and all(e["location"]["name"] == "Tbilisi" for e in tbilisi["items"])
    geo = client.get("/api/events", params={"country": "GEO"}).json()
    assert geo["total"] >= tbilisi["total"]
    actor = client.get("/api/events", params={"actor": "World Food"}).json()
    assert actor["total"]


def test_bad_parameters_are_client_errors(client: TestClient) -> None:
    assert client.get("/api/events", params={"type": "BOMB"}).status_code == 400
    assert client.get("/api/events", params={"dyad": "USA"}).status_code == 400
    assert client.get("/api/events", params={"limit": 10_000}).status_code == 422
    assert client.get("/api/events", params={"start": "yesterday"}).status_code == 422
    assert client.get("/api/series").status_code == 400
    assert client.get("/api/documents/nope").status_code == 404


def test_series_alerts_and_network(client: TestClient, monitor_db: Path) -> None:
    params = {"window": 4, "min_history": 2, "threshold": 2}
    series = client.get("/api/series", params={"dyad": "POL-RUS", **params}).json()
    assert series["key"] == "POL-RUS" and series["days"]
    assert sum(d["happenings"] for d in series["days"]) > 0
    found = client.get("/api/alerts", params=params).json()
    with Store(monitor_db, read_only=True) as store:
        policy = EscalationPolicy(window=4, min_history=2, threshold=2)
        assert found == [a.to_dict() for a in alerts(store, policy=policy)]
    assert found
    cusum = {**params, "method": "cusum"}
    found = client.get("/api/alerts", params=cusum).json()
    with Store(monitor_db, read_only=True) as store:
        policy = EscalationPolicy(window=4, min_history=2, threshold=2, method="cusum")
        assert found == [a.to_dict() for a in alerts(store, policy=policy)]
    assert found
    series = client.get("/api/series", params={"dyad": found[0]["dyad"], **cusum}).json()
    assert found[0]["day"] in series["alerts"]
    assert client.get("/api/alerts", params={"method": "ewma"}).status_code == 422
    first = client.get("/api/alerts", params={**cusum, "limit": 1})
    assert first.json() == found[:1] and first.headers["x-total-count"] == str(len(found))
    country = client.get("/api/series", params={"country": "GEO"}).json()
    assert country["key"] == "GEO"
    edges = client.get("/api/network").json()["edges"]
    assert {"source", "target", "cooperation", "conflict", "balance"} <= set(edges[0])
    assert client.get("/api/clusters").json()["total"] > 0
    assert client.get("/api/top", params={"limit": 3}).json()


def test_document_spans(client: TestClient) -> None:
    event = client.get("/api/events", params={"type": "SANCTION", "limit": 1}).json()["items"][0]
    view = client.get(f"/api/documents/{event['doc']}").json()
    assert event["id"] in {e["id"] for e in view["events"]}
    kinds = {s["kind"] for s in view["spans"]}
    assert {"source", "trigger", "place"} <= kinds
    for span in view["spans"]:
        assert view["text"][span["start"] : span["end"]]


def test_the_dashboard_is_served_with_a_strict_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "flashpoint" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in page.text.split("<body>")[0].replace('charset="utf-8"', "")
    assert client.get("/static/app.js").status_code == 200


def test_ingest_is_forbidden_without_a_configured_token(client: TestClient) -> None:
    response = client.post("/api/ingest", content=b"{}", headers={"Authorization": "Bearer x"})
    assert response.status_code == 403


def test_ingest_needs_the_token_and_a_small_body(db_copy: Path, pipeline: Pipeline) -> None:
    app = create_app(db_copy, token=TOKEN, max_body=4096, load_pipeline=lambda: pipeline)
    doc = {"id": "api-1", "date": "2026-03-04", "source": "Outlet E",
           "text": "Ukraine accused Russia of shelling Kharkiv on Wednesday."}  # fmt: skip
    body = (json.dumps(doc) + "\n").encode()
    with TestClient(app) as client:
        assert client.post("/api/ingest", content=body).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert client.post("/api/ingest", content=body, headers=wrong).status_code == 401
        good = {"Authorization": f"Bearer {TOKEN}"}
        big = client.post("/api/ingest", content=b"x" * 5000, headers=good)
        assert big.status_code == 413
        before = client.get("/api/summary").json()["documents"]
        stored = client.post("/api/ingest", content=body, headers=good).json()
        assert stored["stored"] == 1 and stored["events"] >= 1 and stored["errors"] == []
        assert client.get("/api/summary").json()["documents"] == before + 1
        found = client.get("/api/events", params={"q": "Kharkiv"}).json()
        assert found["total"] >= 1
        again = client.post("/api/ingest", content=body, headers=good).json()
        assert again["stored"] == 0 and again["duplicates"] == 1
        bad = client.post("/api/ingest", content=b"{not json\n", headers=good).json()
        assert bad["stored"] == 0 and bad["errors"]
    app.state.database.close()


def test_reads_go_through_a_read_only_connection(monitor_db: Path) -> None:
    app = create_app(monitor_db, token="")
    with app.state.database.reading() as store, pytest.raises(Exception, match="read-only"):
        store.con.execute("DELETE FROM events")
    app.state.database.close()
