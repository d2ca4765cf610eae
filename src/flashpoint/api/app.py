"""The FastAPI application: thin routes over :mod:`flashpoint.monitor`.

Reads are always allowed and go through a read-only connection.  ``POST /api/ingest``
codes and stores documents only for a caller holding the bearer token set in the
``FLASHPOINT_TOKEN`` environment variable (403 when none is set, 401 for a missing or
wrong token), and refuses bodies over ``max_body`` bytes (413).
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from flashpoint import monitor
from flashpoint._version import __version__
from flashpoint.api.database import Database
from flashpoint.errors import StoreError, UsageError
from flashpoint.pipeline import Pipeline
from flashpoint.store.db import Store

TOKEN_VARIABLE = "FLASHPOINT_TOKEN"
DEFAULT_MAX_BODY = 5 * 1024 * 1024
STATIC = Path(__file__).parent / "static"

# The dashboard loads nothing from elsewhere; the policy makes sure of it.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

Day = Annotated[date | None, Query(description="YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=monitor.events.MAX_PAGE)]
Offset = Annotated[int, Query(ge=0)]


@dataclass
class _Ingester:
    """Loads the coding pipeline on the first ingest, once."""

    load: Callable[[], Pipeline]
    pipeline: Pipeline | None = field(default=None)

    def get(self) -> Pipeline:
        if self.pipeline is None:
            self.pipeline = self.load()
        return self.pipeline


def _policy(
    window: int | None,
    min_history: int | None,
    threshold: float | None,
    method: monitor.Method = "zscore",
) -> monitor.EscalationPolicy:
    base = monitor.DEFAULT_ESCALATION
    return monitor.EscalationPolicy(
        window=window or base.window,
        min_history=min_history or min(base.min_history, window or base.window),
        min_std=base.min_std,
        threshold=threshold,
        min_events=base.min_events,
        method=method,
        slack=base.slack,
    )


Method = Annotated[
    monitor.Method,
    Query(
        description="zscore: one day's conflict against its trailing baseline (threshold "
        "in standard deviations, default 3); cusum: the excess over baseline accumulated "
        "over consecutive days (default threshold 5)"
    ),
]


def create_app(
    db_path: Path | str,
    *,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    load_pipeline: Callable[[], Pipeline] = Pipeline.default,
) -> FastAPI:
    """The app over the database at ``db_path`` (which must exist).  ``token`` defaults to
    the ``FLASHPOINT_TOKEN`` environment variable; without one, ingest is refused."""
    token = (token if token is not None else os.environ.get(TOKEN_VARIABLE)) or None
    db = Database(Path(db_path))
    ingester = _Ingester(load_pipeline)
    app = FastAPI(
        title="flashpoint",
        version=__version__,
        description="PLOVER events coded from news: listings, series, escalation alerts, "
        "the actor network and documents with their evidence.",
    )

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(UsageError)
    async def usage_error(request: Request, error: UsageError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=503)

    @app.get("/api/summary", tags=["monitor"])
    def summary() -> dict[str, Any]:
        """How much is stored, and the first and last day with a happening."""

        def build(store: Store) -> dict[str, Any]:
            counts = store.counts()
            span = monitor.data_span(store)
            return {
                "documents": counts.documents,
                "events": counts.events,
                "clusters": counts.clusters,
                "first_day": span[0].isoformat() if span else None,
                "last_day": span[1].isoformat() if span else None,
            }

        return db.read(build)

    @app.get("/api/events", tags=["listings"])
    def events(
        start: Day = None,
        end: Day = None,
        type: str | None = None,
        mode: str | None = None,
        actor: Annotated[str | None, Query(description="actor id, name or text")] = None,
        country: Annotated[str | None, Query(description="acting, acted on or where")] = None,
        dyad: Annotated[str | None, Query(description="SOURCE-TARGET, e.g. USA-IRN")] = None,
        place: str | None = None,
        q: Annotated[str | None, Query(description="words of the sentence")] = None,
        modality: str | None = None,
        cluster: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Events, latest first, each with its CONTRACT.md record and document."""
        where = monitor.EventFilter(
            start=start, end=end, type=type or None, mode=mode or None, actor=actor or None,
            country=country or None, dyad=monitor.parse_dyad(dyad) if dyad else None,
            place=place or None, text=q or None, modality=modality or None,
            cluster=cluster or None,
        )  # fmt: skip
        return db.read(
            lambda s: monitor.list_events(s, where, limit=limit, offset=offset)
        ).to_dict()

    @app.get("/api/map", tags=["listings"])
    def map_points(
        start: Day = None,
        end: Day = None,
        type: str | None = None,
        country: str | None = None,
        modality: str | None = None,
        q: str | None = None,
    ) -> list[dict[str, Any]]:
        """Where events happened: one point per place, with counts."""
        where = monitor.EventFilter(
            start=start, end=end, type=type or None, country=country or None,
            modality=modality or None, text=q or None,
        )  # fmt: skip
        return db.read(lambda s: monitor.map_points(s, where))

    @app.get("/api/clusters", tags=["listings"])
    def clusters(
        start: Day = None,
        end: Day = None,
        type: str | None = None,
        country: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Happenings (merged reports), latest first, with mention/source/article counts."""
        return db.read(
            lambda s: monitor.list_clusters(
                s, start=start, end=end, type=type, country=country, limit=limit, offset=offset
            )
        ).to_dict()

    @app.get("/api/top", tags=["listings"])
    def top(
        start: Day = None, end: Day = None, country: str | None = None, limit: Limit = 10
    ) -> list[dict[str, Any]]:
        """The most reported happenings of a period."""
        return db.read(
            lambda s: monitor.top_events(s, start=start, end=end, country=country, limit=limit)
        )

    @app.get("/api/dyads", tags=["monitor"])
    def dyads(start: Day = None, end: Day = None, limit: Limit = 100) -> list[dict[str, Any]]:
        """Source -> target country pairs with the most happenings."""
        found = db.read(lambda s: monitor.dyads(s, start=start, end=end, limit=limit))
        return [d.to_dict() for d in found]

    @app.get("/api/series", tags=["monitor"])
    def series(
        dyad: Annotated[str | None, Query(description="SOURCE-TARGET, e.g. USA-IRN")] = None,
        country: str | None = None,
        start: Day = None,
        end: Day = None,
        window: Annotated[int | None, Query(ge=1, le=365)] = None,
        min_history: Annotated[int | None, Query(ge=1, le=365)] = None,
        threshold: float | None = None,
        method: Method = "zscore",
    ) -> dict[str, Any]:
        """The daily series of a dyad or a country, with its escalation index."""
        if (dyad is None) == (country is None):
            raise UsageError("give either dyad=SOURCE-TARGET or country=ISO3")
        policy = _policy(window, min_history, threshold, method)
        if dyad:
            source, target = monitor.parse_dyad(dyad)
            found = db.read(
                lambda s: monitor.dyad_series(
                    s, source, target, start=start, end=end, policy=policy
                )
            )
        else:
            assert country is not None
            found = db.read(
                lambda s: monitor.country_series(s, country, start=start, end=end, policy=policy)
            )
        return found.to_dict()

    @app.get("/api/alerts", tags=["monitor"], response_model=list[dict[str, Any]])
    def alerts(
        since: Day = None,
        until: Day = None,
        window: Annotated[int | None, Query(ge=1, le=365)] = None,
        min_history: Annotated[int | None, Query(ge=1, le=365)] = None,
        threshold: float | None = None,
        method: Method = "zscore",
        limit: Annotated[int, Query(ge=1, le=100_000)] = 1000,
    ) -> JSONResponse:
        """Dyad-days whose escalation index reaches the threshold, latest and strongest
        first: the first ``limit`` of them; the header ``X-Total-Count`` says how many
        there are in all."""
        policy = _policy(window, min_history, threshold, method)
        found = db.read(lambda s: monitor.find_alerts(s, since=since, until=until, policy=policy))
        # Plain JSON values already: encoded directly, without response validation (a
        # large store has many thousand alerts).
        return JSONResponse(
            found.first(limit).to_dicts(), headers={"X-Total-Count": str(len(found))}
        )

    @app.get("/api/network", tags=["monitor"])
    def network(
        start: Day = None,
        end: Day = None,
        min_happenings: Annotated[int, Query(ge=1)] = 1,
        limit: Limit = 200,
    ) -> dict[str, Any]:
        """Who acts on whom: edges with their happenings and cooperation/conflict balance."""
        return db.read(
            lambda s: monitor.network(
                s, start=start, end=end, min_happenings=min_happenings, limit=limit
            )
        ).to_dict()

    @app.get("/api/outlines", tags=["monitor"])
    def outlines(response: Response) -> dict[str, Any]:
        """Country outlines for the map: GeoJSON in longitude/latitude degrees, each
        feature's ``id`` its ISO alpha-3 code (from the installed ``countryinfo``
        package; nothing is downloaded)."""
        response.headers["Cache-Control"] = "public, max-age=86400"
        return monitor.country_outlines()

    @app.get("/api/documents/{key}", tags=["listings"])
    def document(key: str) -> dict[str, Any]:
        """A document (by content hash or id): its text, coded events, and the spans of
        their actors, triggers and places."""
        found = db.read(lambda s: monitor.document_view(s, key))
        if found is None:
            raise HTTPException(404, f"no document {key!r}")
        return found

    @app.post("/api/ingest", tags=["ingest"])
    async def ingest(request: Request) -> dict[str, Any]:
        """Code and store documents sent as JSON Lines (one ``{"id", "text", "title"?,
        "url"?, "date"?, "source"?}`` a line).  Needs ``Authorization: Bearer TOKEN``."""
        _authorise(request, token)
        body = await _read_limited(request, max_body)
        pipeline = ingester.get()
        from flashpoint.ingest import read_bytes
        from flashpoint.store.ingest import ingest as store_ingest

        stats = db.write(
            lambda store: store_ingest(read_bytes(body, "<api>", "jsonl"), store, pipeline)
        )
        return {
            "read": stats.read,
            "stored": stats.stored,
            "duplicates": stats.duplicates,
            "events": stats.events,
            "errors": [{"origin": e.origin, "line": e.line, "reason": e.reason}
                       for e in stats.errors],
        }  # fmt: skip

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.state.database = db
    return app


def _authorise(request: Request, token: str | None) -> None:
    if token is None:
        raise HTTPException(
            403, f"ingest is disabled: set {TOKEN_VARIABLE} where the server runs to allow it"
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(
            401, "a valid bearer token is needed", headers={"WWW-Authenticate": "Bearer"}
        )


async def _read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is over ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the body is over the {limit:,}-byte limit")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the body is over the {limit:,}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)
