"""The embedded gazetteer: GeoNames entries by name, read from a SQLite file.

The file is built once, offline, by ``flashpoint gazetteer build`` (see
``flashpoint.geo.build``) from registry packages; nothing is downloaded at run
time.  Lookups go through a normalised name key (``name_key``), so "St. Louis",
"Saint Louis" and "ST LOUIS" meet, and accents and hyphens do not matter.
"""

from __future__ import annotations

import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flashpoint.errors import ResourceError

#: Bumped whenever the file layout or its contents change meaning.
SCHEMA_VERSION = 2
FILE_NAME = f"gazetteer-v{SCHEMA_VERSION}.sqlite"
#: Where a name came from: the entry's own name, or one of its alternate names.
MAIN, ALTERNATE = 0, 1

_DROP = re.compile(r"[.'’`‘]")
_SPACE = re.compile(r"[\s\-‐–—/,]+")
_ABBREVIATIONS = (("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft "))


def fold(text: str) -> str:
    """``text`` without accents: "Diyālá" -> "Diyala"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """The lookup key of a name: folded, lowercased, punctuation-free, abbreviations
    expanded ("St. Louis" -> "saint louis")."""
    key = _SPACE.sub(" ", _DROP.sub("", fold(text).lower())).strip()
    for long, short in _ABBREVIATIONS:
        if key.startswith(short):
            key = long + key[len(short) :]
    return key


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry, as a candidate for a name (``kind``: MAIN or ALTERNATE)."""

    geonames_id: int
    name: str
    feature_code: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    kind: int = MAIN


def default_path() -> Path:
    """``$FLASHPOINT_GAZETTEER``, else the user's cache directory."""
    override = os.environ.get("FLASHPOINT_GAZETTEER")
    if override:
        return Path(override)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "flashpoint" / FILE_NAME


class SqliteGazetteer:
    """Read-only lookups into a built gazetteer file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise ResourceError(
                f"the gazetteer {path} is missing; build it with `flashpoint gazetteer build` "
                "(scripts/setup.sh does this after installing)"
            )
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            row = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.Error as exc:
            raise ResourceError(
                f"the gazetteer {path} is unreadable ({exc}); rebuild it with "
                "`flashpoint gazetteer build --force`"
            ) from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise ResourceError(
                f"the gazetteer {path} has schema {row[0] if row else '?'}, flashpoint needs "
                f"{SCHEMA_VERSION}; rebuild it with `flashpoint gazetteer build --force`"
            )
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def _lookup(self, key: str) -> tuple[Entry, ...]:
        """Every entry called ``key`` (a ``name_key``), best name match first."""
        rows = self._db.execute(
            "SELECT p.id, p.name, p.feature_code, p.country, p.admin1, p.lat, p.lon, "
            "p.population, MIN(n.kind) FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.key = ? GROUP BY p.id",
            (key,),
        ).fetchall()
        return tuple(Entry(*row) for row in rows)

    def get(self, geonames_id: int) -> Entry | None:
        row = self._db.execute(
            "SELECT id, name, feature_code, country, admin1, lat, lon, population, 0 "
            "FROM places WHERE id = ?",
            (geonames_id,),
        ).fetchone()
        return Entry(*row) if row else None

    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())


def load_gazetteer(path: Path | None = None) -> SqliteGazetteer:
    """Open the built gazetteer (default: ``default_path()``)."""
    return SqliteGazetteer(path or default_path())
