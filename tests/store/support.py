"""Shared by the store and CLI tests: hand-written article pairs and a loopback HTTP server."""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest

# The same drone attack in two outlets; two different attacks in Kabul on one day.
PAIRS = [
    {
        "id": "outlet-a-1",
        "source": "Outlet A",
        "date": "2026-03-03",
        "text": "Drone attack wounds five soldiers near Erbil\n\nA drone attack on a military base "
        "near Erbil wounded five soldiers on Tuesday, officials said. The Kurdistan Regional "
        "Government condemned the attack.",
    },
    {
        "id": "outlet-b-7",
        "source": "Outlet B",
        "date": "2026-03-03",
        "text": "Five soldiers hurt as drones strike base in Erbil\n\nDrones struck a military "
        "base near Erbil on Tuesday, wounding five soldiers, Kurdish security officials said.",
    },
    {
        "id": "outlet-c-2",
        "source": "Outlet C",
        "date": "2026-03-02",
        "text": "Gunmen attacked a police checkpoint in Kabul on Monday, killing three officers, "
        "the interior ministry said.",
    },
    {
        "id": "outlet-d-9",
        "source": "Outlet D",
        "date": "2026-03-02",
        "text": "A suicide bomber struck a crowded market in Kabul on Monday, killing twelve "
        "shoppers, witnesses said.",
    },
]


@pytest.fixture
def pairs_file(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in PAIRS), encoding="utf-8")
    return path


Routes = dict[str, tuple[int, str, bytes]]


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[Routes] = {}
    delays: ClassVar[dict[str, float]] = {}

    def do_GET(self) -> None:
        if self.path in self.delays:
            time.sleep(self.delays[self.path])
        status, kind, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        if status in (301, 302):
            self.send_header("Location", kind)
            kind = "text/plain"
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def serve() -> Iterator[Callable[..., str]]:
    """Start an HTTP server on 127.0.0.1 with the given routes; returns its base URL."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(routes: Routes, delays: dict[str, float] | None = None) -> str:
        handler = type("Handler", (_Handler,), {"routes": routes, "delays": delays or {}})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
