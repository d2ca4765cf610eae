"""The embedded event database: documents, events, actors, places, clusters, quarantine.

One DuckDB file.  :meth:`Store.add_batch` stores a batch of coded documents, and the
inputs that could not be read, in one transaction: a run killed at any moment loses at
most the batch in flight, and running it again redoes exactly that batch.  A document is
keyed by the SHA-256 of its text, so the same article read again (under any file name)
adds nothing.  Merging into clusters happens in the same transaction
(:mod:`flashpoint.store.merge` decides, this module only reads and writes).

Tables (``SELECT * FROM events`` works as you would expect):

- ``documents``: one row per distinct text (``hash``), in arrival order (``num``)
- ``events``: the CONTRACT.md record (``record``, JSON) plus its fields as columns,
  its document and its cluster
- ``actors``: each event's sources and targets, one row per actor
- ``places``: each document's place mentions
- ``clusters``: one row per happening, with GDELT-style counts
- ``quarantine``: every input that could not be read (origin, line, reason)
- ``happening_edges``: derived, for the monitor: one row per happening (cluster) and
  distinct pair of acting and acted-on actors among its reports that took place (asserted
  or historical), with the happening's day, quad class and Goldstein value.  Rewritten for
  the clusters a batch touches, in the batch's transaction (:meth:`Store.refresh_edges`).
- ``dyads`` and ``dyad_days``: derived from ``happening_edges``, for the alerts: every pair
  of countries (``dyads``: a small integer ``id`` per source and target), and per dyad and
  day the happenings, their count by quad class, Goldstein sum and conflict (minus the sum
  of negative Goldstein values).  The cells of the happenings a batch touches are
  recomputed in the same transaction.
- ``happening_countries`` and ``country_days``: the same for single countries, for a
  country's series: one row per happening (that took place) and country that acts in it,
  is acted on, or where one of its reports places it; and per country and day the same
  sums as ``dyad_days``.  Kept like ``happening_edges`` and ``dyad_days``.
- ``event_dyads`` and ``event_countries``: derived, for the listings' dyad and country
  filters: each event's distinct pairs of acting and acted-on countries, and its distinct
  countries (of its actors in either role, and where it happened), whatever its modality,
  by event ``num``.  Written with the events; events never change once stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import duckdb

from flashpoint.errors import InputError, StoreError
from flashpoint.model import Actor, Document, Event, Place, stable_id
from flashpoint.store.merge import (
    DEFAULT_POLICY,
    Cluster,
    Member,
    MergePolicy,
    Report,
    assign_clusters,
    summarise,
)

SCHEMA_VERSION = "1"
DEFAULT_DB = "flashpoint.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    hash VARCHAR PRIMARY KEY, num BIGINT NOT NULL UNIQUE, id VARCHAR NOT NULL,
    title VARCHAR, url VARCHAR, published DATE, source VARCHAR, origin VARCHAR,
    outlet VARCHAR NOT NULL, citation VARCHAR NOT NULL, text VARCHAR NOT NULL,
    words INTEGER NOT NULL, n_events INTEGER NOT NULL, lead_end INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    key VARCHAR PRIMARY KEY, num BIGINT NOT NULL UNIQUE, id VARCHAR NOT NULL,
    doc_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, position INTEGER NOT NULL,
    type VARCHAR NOT NULL, mode VARCHAR, contexts VARCHAR[], cameo VARCHAR,
    quad_class INTEGER, goldstein DOUBLE, date VARCHAR, day DATE, modality VARCHAR NOT NULL,
    confidence DOUBLE, trigger_text VARCHAR, sentence_index INTEGER, sentence_text VARCHAR,
    in_lead BOOLEAN NOT NULL, place_name VARCHAR, geonames_id BIGINT, country VARCHAR,
    admin1 VARCHAR, lat DOUBLE, lon DOUBLE, cluster_id VARCHAR NOT NULL, record VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    event_key VARCHAR NOT NULL, role VARCHAR NOT NULL, position INTEGER NOT NULL,
    text VARCHAR, start_char INTEGER, end_char INTEGER, name VARCHAR, country VARCHAR,
    sector VARCHAR, actor_id VARCHAR, PRIMARY KEY (event_key, role, position)
);
CREATE TABLE IF NOT EXISTS places (
    doc_hash VARCHAR NOT NULL, position INTEGER NOT NULL, text VARCHAR, start_char INTEGER,
    end_char INTEGER, name VARCHAR, geonames_id BIGINT, country VARCHAR, admin1 VARCHAR,
    lat DOUBLE, lon DOUBLE, feature_code VARCHAR, score DOUBLE, PRIMARY KEY (doc_hash, position)
);
CREATE TABLE IF NOT EXISTS clusters (
    id VARCHAR PRIMARY KEY, num BIGINT NOT NULL UNIQUE, type VARCHAR NOT NULL, mode VARCHAR,
    cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE, date DATE,
    place_name VARCHAR, geonames_id BIGINT, country VARCHAR, admin1 VARCHAR,
    lat DOUBLE, lon DOUBLE, mentions INTEGER NOT NULL, sources INTEGER NOT NULL,
    articles INTEGER NOT NULL, first_reported DATE, last_reported DATE,
    first_event VARCHAR NOT NULL, representative VARCHAR NOT NULL, source_url VARCHAR
);
CREATE TABLE IF NOT EXISTS happening_edges (
    cluster_id VARCHAR NOT NULL, source VARCHAR NOT NULL, target VARCHAR NOT NULL,
    source_name VARCHAR, target_name VARCHAR, countries BOOLEAN NOT NULL, day DATE,
    quad_class INTEGER, goldstein DOUBLE
);
CREATE TABLE IF NOT EXISTS dyads (id INTEGER NOT NULL, source VARCHAR NOT NULL,
    target VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS dyad_days (
    dyad INTEGER NOT NULL, day DATE NOT NULL, happenings INTEGER NOT NULL, q1 INTEGER NOT NULL,
    q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL, goldstein_sum DOUBLE NOT NULL,
    conflict DOUBLE NOT NULL
);
CREATE TABLE IF NOT EXISTS happening_countries (
    cluster_id VARCHAR NOT NULL, country VARCHAR NOT NULL, day DATE, quad_class INTEGER,
    goldstein DOUBLE
);
CREATE TABLE IF NOT EXISTS country_days (
    country VARCHAR NOT NULL, day DATE NOT NULL, happenings INTEGER NOT NULL,
    q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
    goldstein_sum DOUBLE NOT NULL, conflict DOUBLE NOT NULL
);
CREATE TABLE IF NOT EXISTS event_dyads (source VARCHAR NOT NULL, target VARCHAR NOT NULL,
    num BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS event_countries (country VARCHAR NOT NULL, num BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS quarantine (
    key VARCHAR PRIMARY KEY, origin VARCHAR NOT NULL, line INTEGER, reason VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL
);
"""

_DOCUMENT_COLUMNS = (
    "hash", "num", "id", "title", "url", "published", "source", "origin", "outlet",
    "citation", "text", "words", "n_events", "lead_end", "ingested_at",
)  # fmt: skip
_EVENT_COLUMNS = (
    "key", "num", "id", "doc_hash", "doc_id", "position", "type", "mode", "contexts",
    "cameo", "quad_class", "goldstein", "date", "day", "modality", "confidence",
    "trigger_text", "sentence_index", "sentence_text", "in_lead", "place_name",
    "geonames_id", "country", "admin1", "lat", "lon", "cluster_id", "record",
)  # fmt: skip
_ACTOR_COLUMNS = (
    "event_key", "role", "position", "text", "start_char", "end_char", "name", "country",
    "sector", "actor_id",
)  # fmt: skip
_PLACE_COLUMNS = (
    "doc_hash", "position", "text", "start_char", "end_char", "name", "geonames_id",
    "country", "admin1", "lat", "lon", "feature_code", "score",
)  # fmt: skip
_CLUSTER_COLUMNS = (
    "id", "num", "type", "mode", "cameo", "quad_class", "goldstein", "date", "place_name",
    "geonames_id", "country", "admin1", "lat", "lon", "mentions", "sources", "articles",
    "first_reported", "last_reported", "first_event", "representative", "source_url",
)  # fmt: skip
_QUARANTINE_COLUMNS = ("key", "origin", "line", "reason", "first_seen")

# What a report is rebuilt from: events joined with their documents.
_REPORT_SELECT = """
SELECT e.key, e.record, d.hash, d.outlet, d.published, d.citation, e.cluster_id, e.num,
       e.in_lead, d.ingested_at
FROM events e JOIN documents d ON d.hash = e.doc_hash
"""


# The modalities of events that took place (what ``happening_edges`` counts).
HAPPENED_MODALITIES: tuple[str, ...] = ("asserted", "historical")

# A source and a target that are one mention are no pair: the sides of a mutual act
# ("Kenya and Uganda signed a deal") are its sources, and each side after the first its
# target too, but Uganda does not act on itself (:func:`_event_dyads` likewise).
OTHER_MENTION = (
    "(s.start_char IS DISTINCT FROM t.start_char OR s.end_char IS DISTINCT FROM t.end_char)"
)

# The rows of ``happening_edges``, from events, actors and clusters; ``{where}`` is one
# of the constant filters below.
_EDGES_SELECT = f"""
SELECT p.*, coalesce(c.date, c.first_reported), c.quad_class, c.goldstein FROM (
    SELECT DISTINCT e.cluster_id,
        coalesce(s.country, s.actor_id) AS source, coalesce(t.country, t.actor_id) AS target,
        CASE WHEN s.country IS NULL THEN s.name ELSE s.country END AS source_name,
        CASE WHEN t.country IS NULL THEN t.name ELSE t.country END AS target_name,
        s.country IS NOT NULL AND t.country IS NOT NULL AS countries
    FROM events e
    JOIN actors s ON s.event_key = e.key AND s.role = 'source'
    JOIN actors t ON t.event_key = e.key AND t.role = 'target' AND {OTHER_MENTION}
    WHERE e.modality IN (SELECT unnest(?::VARCHAR[])) {{where}}
      AND coalesce(s.country, s.actor_id) IS NOT NULL
      AND coalesce(t.country, t.actor_id) IS NOT NULL
) p JOIN clusters c ON c.id = p.cluster_id
"""
_EDGES_OF_CLUSTERS = "AND e.cluster_id IN (SELECT unnest(?::VARCHAR[]))"

# The (source, target, day) cells of ``dyad_days`` that the edges of some clusters fall in.
_CELLS_OF_CLUSTERS = """
SELECT DISTINCT source, target, day FROM happening_edges
WHERE countries AND day IS NOT NULL AND cluster_id IN (SELECT unnest(?::VARCHAR[]))
"""
# Number the dyads of the cells in ``dyad_cells`` that have no id yet, after the others.
_NEW_DYADS = """
INSERT INTO dyads
SELECT (SELECT coalesce(max(id), -1) FROM dyads) + row_number() OVER (ORDER BY source, target),
       source, target
FROM (SELECT DISTINCT source, target FROM dyad_cells) n
WHERE NOT EXISTS (SELECT 1 FROM dyads d WHERE d.source = n.source AND d.target = n.target)
"""
_DROP_CELLS = """
DELETE FROM dyad_days WHERE EXISTS (
    SELECT 1 FROM dyad_cells c JOIN dyads d ON d.source = c.source AND d.target = c.target
    WHERE d.id = dyad_days.dyad AND c.day = dyad_days.day)
"""
# A day's sums over happenings ``h`` (with ``quad_class`` and ``goldstein``): what
# ``dyad_days`` keeps and the monitor's series compute.  Floats are added in a fixed order,
# so the same happenings give the same bits however they were stored (a parallel sum's
# last bits vary from run to run, and an alert at the threshold with them).
_CONFLICT = "CASE WHEN h.goldstein < 0 THEN -h.goldstein ELSE 0 END"
DAILY_SUMS = f"""count(*) AS happenings,
count(*) FILTER (WHERE h.quad_class = 1) AS q1, count(*) FILTER (WHERE h.quad_class = 2) AS q2,
count(*) FILTER (WHERE h.quad_class = 3) AS q3, count(*) FILTER (WHERE h.quad_class = 4) AS q4,
coalesce(sum(h.goldstein ORDER BY h.goldstein), 0) AS goldstein_sum,
coalesce(sum({_CONFLICT} ORDER BY {_CONFLICT}), 0) AS conflict"""
_FILL_CELLS = f"""
INSERT INTO dyad_days
SELECT d.id, h.day, {DAILY_SUMS}
FROM happening_edges h
JOIN dyad_cells c ON c.source = h.source AND c.target = h.target AND c.day = h.day
JOIN dyads d ON d.source = h.source AND d.target = h.target
WHERE h.countries
GROUP BY d.id, h.day
"""


# The rows of ``happening_countries``, from events, actors and clusters; ``{where}`` is
# empty or ``_EDGES_OF_CLUSTERS``.  An actor counts in either role.
_COUNTRIES_SELECT = """
WITH e AS (
    SELECT e.key, e.cluster_id, e.country FROM events e
    WHERE e.modality IN (SELECT unnest(?::VARCHAR[])) {where}
)
SELECT p.cluster_id, p.country, coalesce(c.date, c.first_reported), c.quad_class, c.goldstein
FROM (
    SELECT cluster_id, country FROM e WHERE country IS NOT NULL
    UNION
    SELECT e.cluster_id, a.country FROM e JOIN actors a ON a.event_key = e.key
    WHERE a.country IS NOT NULL
) p JOIN clusters c ON c.id = p.cluster_id
"""
# The (country, day) cells of ``country_days`` that some clusters fall in.
_COUNTRY_CELLS_OF_CLUSTERS = """
SELECT DISTINCT country, day FROM happening_countries
WHERE day IS NOT NULL AND cluster_id IN (SELECT unnest(?::VARCHAR[]))
"""
_DROP_COUNTRY_CELLS = """
DELETE FROM country_days WHERE EXISTS (
    SELECT 1 FROM country_cells c WHERE c.country = country_days.country
    AND c.day = country_days.day)
"""
_FILL_COUNTRY_CELLS = f"""
INSERT INTO country_days
SELECT h.country, h.day, {DAILY_SUMS}
FROM happening_countries h JOIN country_cells c ON c.country = h.country AND c.day = h.day
GROUP BY h.country, h.day
"""
# Every event's pairs of acting and acted-on countries (``event_dyads``) and its
# countries (``event_countries``), for a rebuild; a batch's own are made from its reports
# (:func:`_event_dyads`, :func:`_event_countries`), the same rows.
_EVENT_DYADS_SELECT = f"""
SELECT DISTINCT s.country, t.country, e.num FROM events e
JOIN actors s ON s.event_key = e.key AND s.role = 'source' AND s.country IS NOT NULL
JOIN actors t ON t.event_key = e.key AND t.role = 'target' AND t.country IS NOT NULL
    AND {OTHER_MENTION}
ORDER BY 1, 2, 3
"""
_EVENT_COUNTRIES_SELECT = """
SELECT * FROM (
    SELECT country, num FROM events WHERE country IS NOT NULL
    UNION
    SELECT a.country, e.num FROM events e JOIN actors a ON a.event_key = e.key
    WHERE a.country IS NOT NULL
) ORDER BY 1, 2
"""

# The derived tables, by their key in ``meta`` (present once built).
DERIVED = ("edges", "dyad_days", "country_days", "event_dyads", "event_countries")
_DERIVED_TABLES = (
    "happening_edges", "dyad_days", "dyads", "happening_countries", "country_days",
    "event_dyads", "event_countries",
)  # fmt: skip


def _insert_sql(table: str, columns: Sequence[str], rows: int = 1) -> str:
    # Table and column names are the constants above, never input; values are parameters.
    marks = "(" + ", ".join("?" for _ in columns) + ")"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ", ".join([marks] * rows)


_CHUNK_ROWS = 32


def content_hash(text: str) -> str:
    """The key of a document: SHA-256 of its text, whatever file or feed it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def outlet_of(doc: Document, doc_hash: str) -> str:
    """Who published it, for counting sources: its source, else its web host, else
    the document itself (an unknown outlet counts once per document)."""
    if doc.source:
        return doc.source.strip()
    if doc.url:
        host = urlsplit(doc.url).hostname
        if host:
            return host.removeprefix("www.")
    return f"doc:{doc_hash}"


def lead_end(doc: Document) -> int:
    """Where a document's lead ends: the title and the first paragraph after it, at most
    two sentences of it (GDELT's ``IsRootEvent`` marks events in the lead)."""
    body = 0
    if doc.title and doc.text.startswith(doc.title):
        body = len(doc.title)
    body_sentences = [s for s in doc.sentences if s.start >= body and s.text.strip()]
    if not body_sentences:
        return len(doc.text)
    paragraph_end = doc.text.find("\n", body_sentences[0].start)
    limit = paragraph_end if paragraph_end != -1 else len(doc.text)
    lead = [s for s in body_sentences[:2] if s.start < limit]
    return min(limit, lead[-1].end) if lead else limit


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one batch added."""

    documents: int = 0
    duplicates: int = 0
    events: int = 0
    new_clusters: int = 0
    quarantined: int = 0


@dataclass(frozen=True, slots=True)
class Counts:
    documents: int
    words: int
    events: int
    clusters: int
    quarantined: int


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored: its report, its number (GDELT ``GLOBALEVENTID``), its cluster,
    when it was added, and whether it is in its document's lead."""

    num: int
    report: Report
    cluster: str
    added: datetime
    in_lead: bool


@dataclass(frozen=True, slots=True)
class StoredCluster:
    num: int
    cluster: Cluster
    added: datetime
    in_lead: bool


@dataclass(frozen=True, slots=True)
class Quarantined:
    origin: str
    line: int | None
    reason: str
    first_seen: datetime


class Store:
    """The event database in one DuckDB file; use as a context manager.

    ``read_only`` opens an existing database for reading (exports); otherwise the file
    is created with its tables when missing.  Only one process may write at a time.
    """

    def __init__(
        self,
        path: Path | str = DEFAULT_DB,
        *,
        read_only: bool = False,
        policy: MergePolicy = DEFAULT_POLICY,
    ) -> None:
        self.path = Path(path)
        self.policy = policy
        if read_only and not self.path.is_file():
            raise StoreError(f"{self.path}: no such database; create it with flashpoint ingest")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as error:
            raise StoreError(
                f"{self.path}: cannot open the database ({error}); is another flashpoint "
                "process writing to it?"
            ) from error
        if not read_only:
            self._create()
        self._check_version()
        self.has_edges = self._ready("edges")
        self.has_dyad_days = self._ready("dyad_days")
        self.has_country_days = self._ready("country_days")
        self.has_event_dyads = self._ready("event_dyads")
        self.has_event_countries = self._ready("event_countries")
        # Reports already rebuilt from their JSON, by key: merging reads the same
        # candidates batch after batch.  Records never change once stored.
        self._reports: dict[str, Report] = {}

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # --- schema ---------------------------------------------------------------------

    def _create(self) -> None:
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute(SCHEMA)
        self.con.execute(
            "INSERT INTO meta VALUES (?, ?) ON CONFLICT DO NOTHING",
            ["schema_version", SCHEMA_VERSION],
        )
        self.con.execute("COMMIT")
        # A database made before the derived tables existed gets them built.
        if not all(self._ready(key) for key in DERIVED):
            self.refresh_edges()

    def _ready(self, table: str) -> bool:
        """Whether a derived table has been built (its key is in ``meta``)."""
        try:
            row = _first(self.con.execute("SELECT value FROM meta WHERE key = ?", [table]))
        except duckdb.CatalogException:
            return False
        return row is not None

    def refresh_edges(self) -> None:
        """Rebuild the derived tables (``happening_edges``, ``dyads``, ``dyad_days``,
        ``happening_countries``, ``country_days``, ``event_dyads``, ``event_countries``)
        from the events, in one transaction (for databases filled by other means than
        :meth:`add_batch`)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in _DERIVED_TABLES:
                self.con.execute(f"DELETE FROM {table}")
            happened = [list(HAPPENED_MODALITIES)]
            self.con.execute(
                "INSERT INTO happening_edges " + _EDGES_SELECT.format(where=""), happened
            )
            self.con.execute(
                "INSERT INTO happening_countries " + _COUNTRIES_SELECT.format(where=""), happened
            )
            self.con.execute("INSERT INTO event_dyads " + _EVENT_DYADS_SELECT)
            self.con.execute("INSERT INTO event_countries " + _EVENT_COUNTRIES_SELECT)
            self.con.execute(
                "CREATE OR REPLACE TEMP TABLE dyad_cells AS SELECT DISTINCT source, target, day "
                "FROM happening_edges WHERE countries AND day IS NOT NULL"
            )
            self.con.execute(
                "CREATE OR REPLACE TEMP TABLE country_cells AS SELECT DISTINCT country, day "
                "FROM happening_countries WHERE day IS NOT NULL"
            )
            self._fill_cells()
            for key in DERIVED:
                self.con.execute("INSERT INTO meta VALUES (?, '1') ON CONFLICT DO NOTHING", [key])
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")
        self.has_edges = self.has_dyad_days = True
        self.has_country_days = self.has_event_dyads = self.has_event_countries = True

    def _fill_cells(self) -> None:
        """Recompute the ``dyad_days`` and ``country_days`` cells listed in the temporary
        tables ``dyad_cells`` and ``country_cells`` (inside the caller's transaction)."""
        # A cell that clusters both leave and join (one staying on its day) is listed
        # twice, and must be summed once.
        for cells in ("dyad_cells", "country_cells"):
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE {cells} AS SELECT DISTINCT * FROM {cells}"
            )
        self.con.execute(_NEW_DYADS)
        self.con.execute(_DROP_CELLS)
        self.con.execute(_FILL_CELLS)
        self.con.execute(_DROP_COUNTRY_CELLS)
        self.con.execute(_FILL_COUNTRY_CELLS)
        self.con.execute("DROP TABLE dyad_cells")
        self.con.execute("DROP TABLE country_cells")

    def _check_version(self) -> None:
        try:
            row = _first(
                self.con.execute("SELECT value FROM meta WHERE key = ?", ["schema_version"])
            )
        except duckdb.CatalogException as error:
            raise StoreError(f"{self.path}: not a flashpoint database") from error
        if row is None or row[0] != SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise StoreError(
                f"{self.path}: database schema version {found}, this flashpoint reads "
                f"version {SCHEMA_VERSION}; ingest into a new file"
            )

    # --- reading --------------------------------------------------------------------

    def known(self, hashes: Sequence[str]) -> set[str]:
        """Which of these content hashes are stored already."""
        if not hashes:
            return set()
        rows = self.con.execute(
            "SELECT hash FROM documents WHERE hash IN (SELECT unnest(?))", [list(hashes)]
        ).fetchall()
        return {row[0] for row in rows}

    def counts(self) -> Counts:
        row = _first(
            self.con.execute(
                """SELECT (SELECT count(*) FROM documents), (SELECT coalesce(sum(words), 0)
                FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM clusters),
                (SELECT count(*) FROM quarantine)"""
            )
        )
        assert row is not None
        return Counts(*(int(v) for v in row))

    def events(self) -> Iterator[StoredEvent]:
        """Every stored event, in the order they were stored."""
        cursor = self.con.cursor()  # its own cursor: callers may query while iterating
        cursor.execute(_REPORT_SELECT + " ORDER BY e.num")
        for row in _rows(cursor):
            report, cluster, num, in_lead, added = self._report(row)
            yield StoredEvent(num, report, cluster, added, in_lead)

    def clusters(self) -> Iterator[StoredCluster]:
        """Every cluster, in the order they were founded, summarised from its reports."""
        numbers = dict(self.con.execute("SELECT id, num FROM clusters").fetchall())
        cursor = self.con.cursor()
        cursor.execute(
            _REPORT_SELECT + " JOIN clusters c ON c.id = e.cluster_id ORDER BY c.num, e.num"
        )
        current: list[tuple[Report, bool, datetime]] = []
        current_id = ""
        for row in _rows(cursor):
            report, cluster, _num, in_lead, added = self._report(row)
            if cluster != current_id and current:
                yield _stored_cluster(numbers[current_id], current_id, current)
                current = []
            current_id = cluster
            current.append((report, in_lead, added))
        if current:
            yield _stored_cluster(numbers[current_id], current_id, current)

    def quarantined(self) -> list[Quarantined]:
        rows = self.con.execute(
            "SELECT origin, line, reason, first_seen FROM quarantine ORDER BY first_seen, origin,"
            " line"
        ).fetchall()
        return [Quarantined(*row) for row in rows]

    def _report(self, row: tuple[Any, ...]) -> tuple[Report, str, int, bool, datetime]:
        """A report from a ``_REPORT_SELECT`` row, with its cluster, number, lead flag and
        time added."""
        key, record, doc_hash, outlet, published, citation, cluster, num, in_lead, added = row
        report = self._reports.get(key)
        if report is None:
            event = Event.from_dict(json.loads(record))
            report = Report(key, event, doc_hash, outlet, published, citation)
            self._reports[key] = report
        return report, cluster, int(num), bool(in_lead), added

    # --- writing --------------------------------------------------------------------

    def add_batch(self, docs: Sequence[Document], errors: Sequence[InputError] = ()) -> BatchResult:
        """Store coded documents (skipping texts already stored), merge their events into
        clusters, and quarantine the errors: all in one transaction."""
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        self.con.execute("BEGIN TRANSACTION")
        try:
            result = self._add(docs, errors, now)
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")
        return result

    def _add(
        self, docs: Sequence[Document], errors: Sequence[InputError], now: datetime
    ) -> BatchResult:
        fresh: list[tuple[str, Document]] = []
        seen = self.known([content_hash(d.text) for d in docs])
        for doc in docs:
            doc_hash = content_hash(doc.text)
            if doc_hash not in seen:
                seen.add(doc_hash)
                fresh.append((doc_hash, doc))
        doc_num = self._next("documents")
        event_num = self._next("events")
        reports: list[Report] = []
        leads: list[bool] = []
        for offset, (doc_hash, doc) in enumerate(fresh):
            self._insert_document(doc_hash, doc, doc_num + offset, now)
            end = lead_end(doc)
            for event in doc.events:
                reports.append(_new_report(doc_hash, doc, event))
                leads.append(event.sentence.start < end)
        clusters = assign_clusters(reports, self._candidates(reports), self.policy)
        self._insert_events(reports, clusters, leads, event_num)
        new_clusters = self._update_clusters(sorted(set(clusters), key=clusters.index))
        quarantined = self._quarantine(errors, now)
        return BatchResult(
            documents=len(fresh),
            duplicates=len(docs) - len(fresh),
            events=len(reports),
            new_clusters=new_clusters,
            quarantined=quarantined,
        )

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows, many per statement (DuckDB's ``executemany`` runs one per row)."""
        for start in range(0, len(rows), _CHUNK_ROWS):
            chunk = rows[start : start + _CHUNK_ROWS]
            params = [value for row in chunk for value in row]
            self.con.execute(_insert_sql(table, columns, len(chunk)), params)

    def _next(self, table: str) -> int:
        row = _first(self.con.execute(f"SELECT coalesce(max(num), 0) + 1 FROM {table}"))
        assert row is not None
        return int(row[0])

    def _insert_document(self, doc_hash: str, doc: Document, num: int, now: datetime) -> None:
        citation = doc.url or doc.origin or doc.id
        values = (
            doc_hash, num, doc.id, doc.title, doc.url, doc.date, doc.source, doc.origin,
            outlet_of(doc, doc_hash), citation, doc.text, len(doc.text.split()),
            len(doc.events), lead_end(doc), now,
        )  # fmt: skip
        self._insert("documents", _DOCUMENT_COLUMNS, [values])
        places = [
            (doc_hash, i, p.text, p.start, p.end, p.name, p.geonames_id, p.country, p.admin1,
             p.lat, p.lon, p.feature_code, p.score)
            for i, p in enumerate(doc.places)
        ]  # fmt: skip
        self._insert("places", _PLACE_COLUMNS, places)

    def _candidates(self, reports: Sequence[Report]) -> list[Member]:
        """Stored reports that a new one could merge with: same type, nearby day."""
        if not reports:
            return []
        types = sorted({r.event.type for r in reports})
        sql = _REPORT_SELECT + " WHERE e.type IN (SELECT unnest(?))"
        params: list[Any] = [types]
        days = [r.day for r in reports]
        if None not in days:  # an undated report may match any day
            window = range(-self.policy.window_days, self.policy.window_days + 1)
            near = sorted({d + timedelta(days=k) for d in days if d is not None for k in window})
            sql += " AND (e.day IS NULL OR e.day IN (SELECT unnest(?::DATE[])))"
            params.append(near)
        self.con.execute(sql + " ORDER BY e.num", params)
        return [Member(r, c) for r, c, *_ in map(self._report, _rows(self.con))]

    def _insert_events(
        self, reports: Sequence[Report], clusters: Sequence[str], leads: Sequence[bool], first: int
    ) -> None:
        events, actors = [], []
        positions: dict[str, int] = {}
        for i, (report, cluster, in_lead) in enumerate(zip(reports, clusters, leads, strict=True)):
            position = positions.get(report.doc, 0)
            positions[report.doc] = position + 1
            events.append(_event_row(report, first + i, position, cluster, in_lead))
            for role, group in (("source", report.event.sources), ("target", report.event.targets)):
                actors += [_actor_row(report.key, role, j, a) for j, a in enumerate(group)]
        self._insert("events", _EVENT_COLUMNS, events)
        self._insert("actors", _ACTOR_COLUMNS, actors)
        dyads = [
            (source, target, first + i)
            for i, report in enumerate(reports)
            for source, target in _event_dyads(report.event)
        ]
        countries = [
            (country, first + i)
            for i, report in enumerate(reports)
            for country in _event_countries(report.event)
        ]
        self._insert("event_dyads", ("source", "target", "num"), dyads)
        self._insert("event_countries", ("country", "num"), countries)

    def _update_clusters(self, ids: Sequence[str]) -> int:
        """Recompute the clusters these events joined; returns how many are new."""
        if not ids:
            return 0
        wanted = list(ids)
        next_num = self._next("clusters")  # before the delete, which may remove the highest
        numbers = dict(
            self.con.execute(
                "SELECT id, num FROM clusters WHERE id IN (SELECT unnest(?))", [wanted]
            ).fetchall()
        )
        self.con.execute("DELETE FROM clusters WHERE id IN (SELECT unnest(?))", [wanted])
        self.con.execute(
            _REPORT_SELECT + " WHERE e.cluster_id IN (SELECT unnest(?)) ORDER BY e.num", [wanted]
        )
        members: dict[str, list[Report]] = {cluster_id: [] for cluster_id in ids}
        for report, cluster, *_ in map(self._report, _rows(self.con)):
            members[cluster].append(report)
        rows = []
        for cluster_id in ids:
            num = numbers.get(cluster_id)
            if num is None:
                num, next_num = next_num, next_num + 1
            rows.append(_cluster_row(summarise(cluster_id, members[cluster_id]), int(num)))
        self._insert("clusters", _CLUSTER_COLUMNS, rows)
        self._update_derived(wanted)
        return len(ids) - len(numbers)

    def _update_derived(self, wanted: list[str]) -> None:
        """Rewrite the derived rows of these clusters and recompute the day cells they
        leave and join (a cluster may have moved to another day, or gained a dyad or a
        country), inside the caller's transaction."""
        for cells, select in (
            ("dyad_cells", _CELLS_OF_CLUSTERS),
            ("country_cells", _COUNTRY_CELLS_OF_CLUSTERS),
        ):
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {cells} AS {select}", [wanted])
        for table, select in (
            ("happening_edges", _EDGES_SELECT),
            ("happening_countries", _COUNTRIES_SELECT),
        ):
            self.con.execute(
                f"DELETE FROM {table} WHERE cluster_id IN (SELECT unnest(?))", [wanted]
            )
            self.con.execute(
                f"INSERT INTO {table} " + select.format(where=_EDGES_OF_CLUSTERS),
                [list(HAPPENED_MODALITIES), wanted],
            )
        self.con.execute("INSERT INTO dyad_cells " + _CELLS_OF_CLUSTERS, [wanted])
        self.con.execute("INSERT INTO country_cells " + _COUNTRY_CELLS_OF_CLUSTERS, [wanted])
        self._fill_cells()

    def _quarantine(self, errors: Sequence[InputError], now: datetime) -> int:
        rows = [
            (stable_id(e.origin, e.line, e.reason), e.origin, e.line, e.reason, now) for e in errors
        ]
        if not rows:
            return 0
        before = self.counts().quarantined
        self.con.executemany(
            _insert_sql("quarantine", _QUARANTINE_COLUMNS) + " ON CONFLICT DO NOTHING", rows
        )
        return self.counts().quarantined - before


# --- rows ----------------------------------------------------------------------------


def _first(con: duckdb.DuckDBPyConnection) -> tuple[Any, ...] | None:
    """The first row of a result, reading it to the end (DuckDB wants results finished)."""
    rows = con.fetchall()
    return rows[0] if rows else None


def _rows(con: duckdb.DuckDBPyConnection, size: int = 1000) -> Iterator[tuple[Any, ...]]:
    while True:
        chunk = con.fetchmany(size)
        if not chunk:
            return
        yield from chunk


def _new_report(doc_hash: str, doc: Document, event: Event) -> Report:
    return Report(
        key=stable_id(doc_hash, event.id, length=20),
        event=event,
        doc=doc_hash,
        outlet=outlet_of(doc, doc_hash),
        published=doc.date,
        citation=doc.url or doc.origin or doc.id,
    )


def _stored_cluster(
    number: int, cluster_id: str, members: Sequence[tuple[Report, bool, datetime]]
) -> StoredCluster:
    summary = summarise(cluster_id, [m[0] for m in members])
    return StoredCluster(
        num=number,
        cluster=summary,
        added=min(m[2] for m in members),
        in_lead=any(m[1] for m in members),
    )


def _event_row(
    report: Report, num: int, position: int, cluster: str, in_lead: bool
) -> tuple[Any, ...]:
    e = report.event
    loc = e.location
    return (
        report.key, num, e.id, report.doc, e.doc_id, position, e.type, e.mode,
        list(e.contexts), e.cameo, e.quad_class, e.goldstein, e.date, report.day,
        e.modality, e.confidence, e.trigger.text, e.sentence.index, e.sentence.text,
        in_lead, (loc.name or loc.text) if loc else None, loc.geonames_id if loc else None,
        loc.country if loc else None, loc.admin1 if loc else None,
        loc.lat if loc else None, loc.lon if loc else None, cluster,
        json.dumps(e.to_dict(), ensure_ascii=False),
    )  # fmt: skip


def _event_dyads(event: Event) -> list[tuple[str, str]]:
    """An event's distinct pairs of acting and acted-on countries (its ``event_dyads``)."""
    pairs = {
        (s.country, t.country)
        for s in event.sources
        for t in event.targets
        if s.country is not None and t.country is not None and not _same_mention(s, t)
    }
    return sorted(pairs)


def _same_mention(source: Actor, target: Actor) -> bool:
    """Are a source and a target one mention of the text (a side of a mutual act, as
    ``OTHER_MENTION`` says)?"""
    return (source.start, source.end) == (target.start, target.end)


def _event_countries(event: Event) -> list[str]:
    """An event's distinct countries: of its actors, and where it happened (its
    ``event_countries``)."""
    countries = {a.country for a in (*event.sources, *event.targets)}
    if event.location is not None:
        countries.add(event.location.country)
    return sorted(c for c in countries if c is not None)


def _actor_row(key: str, role: str, position: int, a: Actor) -> tuple[Any, ...]:
    return (key, role, position, a.text, a.start, a.end, a.name, a.country, a.sector, a.id)


def _cluster_row(c: Cluster, num: int) -> tuple[Any, ...]:
    e = c.representative.event
    loc: Place | None = c.location
    return (
        c.id, num, e.type, e.mode, e.cameo, e.quad_class, e.goldstein, c.date,
        (loc.name or loc.text) if loc else None, loc.geonames_id if loc else None,
        loc.country if loc else None, loc.admin1 if loc else None,
        loc.lat if loc else None, loc.lon if loc else None, c.mentions, c.sources,
        c.articles, c.first_reported, c.last_reported, c.first_report.key,
        c.representative.key, c.first_report.citation,
    )  # fmt: skip
