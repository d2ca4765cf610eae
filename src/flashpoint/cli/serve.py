"""``flashpoint serve``: the HTTP API and the web dashboard over a database."""

from __future__ import annotations

import argparse
from pathlib import Path

from flashpoint.store.db import DEFAULT_DB


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "serve",
        help="serve the HTTP API and the web dashboard",
        description=(
            "Serve the events stored by flashpoint ingest: a JSON API (OpenAPI at "
            "/openapi.json, documentation at /docs) and a dashboard at /. The database is "
            "opened read-only; POST /api/ingest works only when FLASHPOINT_TOKEN is set and "
            "the request carries it as a bearer token."
        ),
    )
    parser.add_argument("--db", type=Path, default=Path(DEFAULT_DB), help="database file")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.add_argument(
        "--max-body", type=int, default=None, help="largest ingest request in bytes (5 MiB)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from flashpoint.api import DEFAULT_MAX_BODY, create_app

    app = create_app(args.db, max_body=args.max_body or DEFAULT_MAX_BODY)
    print(f"flashpoint: serving {args.db} on http://{args.host}:{args.port}/", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
