"""The database behind the API: read-only for every read, briefly writable for ingest.

DuckDB lets one process open a file either read-only or read-write, so an ingest closes
the read-only connection, writes, and opens it again; reads wait meanwhile (a
readers-writer lock), and never see a half-written batch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from flashpoint.store.db import Store

T = TypeVar("T")


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._store = Store(path, read_only=True)
        self._changed = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def reading(self) -> Iterator[Store]:
        with self._changed:
            self._changed.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield self._store
        finally:
            with self._changed:
                self._readers -= 1
                self._changed.notify_all()

    def read(self, query: Callable[[Store], T]) -> T:
        with self.reading() as store:
            return query(store)

    def write(self, change: Callable[[Store], T]) -> T:
        """Run ``change`` on a writable store, with every read held back meanwhile."""
        with self._changed:
            self._changed.wait_for(lambda: not self._writing)
            self._writing = True
            self._changed.wait_for(lambda: self._readers == 0)
        try:
            self._store.close()
            try:
                with Store(self.path) as writable:
                    return change(writable)
            finally:
                self._store = Store(self.path, read_only=True)
        finally:
            with self._changed:
                self._writing = False
                self._changed.notify_all()

    def close(self) -> None:
        self._store.close()
