"""Stored events and clusters in other layouts: JSON Lines, CSV, Parquet, GDELT, POLECAT.

Events (the default) are written one row per coded event; with ``clusters=True`` one row
per happening, with its GDELT-style counts.  JSON Lines and CSV of events are exactly what
``flashpoint code`` writes (:mod:`flashpoint.store.writers`); Parquet of events holds the
same record with nested columns.

GDELT 2.0 Events: the 61 tab-separated columns of the GDELT 2.0 event table, no header
row.  Where flashpoint has no counterpart the column is empty (tone, actor geography,
ethnic and religious codes, ADM codes).  Two deliberate differences: the
``*Geo_CountryCode`` column holds ISO 3166-1 alpha-2 (GDELT uses FIPS 10-4, which
differs for some states) and ``*Geo_FeatureID`` holds the GeoNames id.

POLECAT: tab-separated with a header row, PLOVER fields as in the POLECAT release.
``Intensity`` is the Goldstein value of the event's nearest CAMEO code (flashpoint ships
no separate PLOVER intensity table); several actors on one side are joined with ``|``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import duckdb

from flashpoint.actors.countries import Country
from flashpoint.model import Actor, Event, Place
from flashpoint.store.db import Store, StoredCluster, StoredEvent
from flashpoint.store.merge import is_country_level
from flashpoint.store.writers import event_writer

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "polecat")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
"""The GDELT 2.0 Events table, in order (GDELT 2.0 event codebook, September 2016)."""

POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor Sector", "Recipient Name",
    "Recipient Country", "Recipient Sector", "Placename", "Province", "Country",
    "Latitude", "Longitude", "GeoNames ID", "Story ID", "Source", "Publication Date",
)  # fmt: skip

CLUSTER_COLUMNS = (
    "id", "num", "type", "mode", "cameo", "quad_class", "goldstein", "date",
    "location_name", "location_geonames_id", "location_country", "location_admin1",
    "location_lat", "location_lon", "source_name", "source_country", "source_sector",
    "target_name", "target_country", "target_sector", "num_mentions", "num_sources",
    "num_articles", "first_reported", "last_reported", "source_url", "event_ids",
)  # fmt: skip
"""Flat cluster rows (CSV and Parquet with ``--clusters``)."""

# CAMEO actor type codes that PLOVER sectors carry over as they are (JRN is CAMEO's MED).
_CAMEO_TYPE_TEXT = (
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG "
    "MED REF MOD RAD"
)
_CAMEO_TYPES = frozenset(_CAMEO_TYPE_TEXT.split())
_SECTOR_TO_CAMEO = {"JRN": "MED"}

# The contract record as DuckDB types, for nested Parquet columns.
_ACTOR_TYPE = (
    '{"text":"VARCHAR","start":"INTEGER","end":"INTEGER","name":"VARCHAR",'
    '"country":"VARCHAR","sector":"VARCHAR","id":"VARCHAR"}'
)
_RECORD_TYPE = (
    '{"id":"VARCHAR","doc_id":"VARCHAR","type":"VARCHAR","mode":"VARCHAR",'
    '"contexts":["VARCHAR"],"cameo":"VARCHAR","quad_class":"INTEGER","goldstein":"DOUBLE",'
    f'"sources":[{_ACTOR_TYPE}],"targets":[{_ACTOR_TYPE}],'
    '"trigger":{"text":"VARCHAR","start":"INTEGER","end":"INTEGER"},'
    '"sentence":{"index":"INTEGER","start":"INTEGER","end":"INTEGER","text":"VARCHAR"},'
    '"location":{"text":"VARCHAR","start":"INTEGER","end":"INTEGER","name":"VARCHAR",'
    '"geonames_id":"BIGINT","country":"VARCHAR","admin1":"VARCHAR","lat":"DOUBLE",'
    '"lon":"DOUBLE","feature_code":"VARCHAR"},"date":"VARCHAR",'
    '"quantities":[{"value":"DOUBLE","unit":"VARCHAR","text":"VARCHAR","start":"INTEGER",'
    '"end":"INTEGER"}],"quote":{"speaker":"VARCHAR","text":"VARCHAR","start":"INTEGER",'
    '"end":"INTEGER"},"modality":"VARCHAR","confidence":"DOUBLE"}'
)


@dataclass(frozen=True, slots=True)
class Row:
    """What the GDELT and POLECAT layouts need of an event or a cluster."""

    num: int
    id: str
    event: Event
    date: dt.date | None
    location: Place | None
    mentions: int
    sources: int
    articles: int
    added: dt.datetime
    citation: str
    in_lead: bool
    doc_id: str
    outlet: str
    published: dt.date | None


def event_row(stored: StoredEvent) -> Row:
    report = stored.report
    return Row(
        num=stored.num,
        id=report.event.id,
        event=report.event,
        date=report.day,
        location=report.event.location,
        mentions=1,
        sources=1,
        articles=1,
        added=stored.added,
        citation=report.citation or report.event.doc_id,
        in_lead=stored.in_lead,
        doc_id=report.event.doc_id,
        outlet=report.outlet,
        published=report.published,
    )


def cluster_row(stored: StoredCluster) -> Row:
    c = stored.cluster
    first = c.first_report
    return Row(
        num=stored.num,
        id=c.id,
        event=c.representative.event,
        date=c.date,
        location=c.location,
        mentions=c.mentions,
        sources=c.sources,
        articles=c.articles,
        added=stored.added,
        citation=first.citation or first.event.doc_id,
        in_lead=stored.in_lead,
        doc_id=first.event.doc_id,
        outlet=first.outlet,
        published=first.published,
    )


# --- GDELT ---------------------------------------------------------------------------


def _clean(value: object) -> str:
    """A field value: empty for null, no tabs or line breaks inside."""
    if value is None:
        return ""
    text = str(value)
    return " ".join(text.split()) if any(c in text for c in "\t\r\n") else text


def cameo_actor(actor: Actor | None) -> tuple[str, str, str, str]:
    """GDELT's (code, name, country code, type code) for an actor."""
    if actor is None:
        return "", "", "", ""
    sector = _SECTOR_TO_CAMEO.get(actor.sector or "", actor.sector or "")
    type_code = sector if sector in _CAMEO_TYPES else ""
    country = actor.country or ""
    name = (actor.name or actor.text).upper()
    return country + type_code, name, country, type_code


def geo_type(place: Place) -> int:
    """GDELT's resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if is_country_level(place):
        return 1
    state = (place.feature_code or "").startswith("ADM")
    if place.country == "USA":
        return 2 if state else 3
    return 5 if state else 4


def geo_full_name(place: Place, countries: Mapping[str, Country]) -> str:
    country = countries.get(place.country or "")
    parts = [place.name or place.text]
    if not is_country_level(place):
        if place.admin1 and place.admin1 != parts[0]:
            parts.append(place.admin1)
        if country:
            parts.append(country.name)
    return ", ".join(parts)


def gdelt_row(row: Row, countries: Mapping[str, Country]) -> list[str]:
    """The 61 GDELT 2.0 event fields of a row, as text."""
    e = row.event
    day = row.date
    date_fields: list[object] = ["", "", "", ""]
    if day is not None:
        fraction = round(day.year + (day.month * 30 + day.day) / 365, 4)
        date_fields = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, f"{fraction:.4f}"]
    actors: list[object] = []
    for group in (e.sources, e.targets):
        code, name, country, type_code = cameo_actor(group[0] if group else None)
        actors += [code, name, country, "", "", "", "", type_code, "", ""]
    cameo = e.cameo or ""
    event_fields: list[object] = [
        int(row.in_lead), cameo, cameo[:3], cameo[:2], e.quad_class, e.goldstein,
        row.mentions, row.sources, row.articles, "",
    ]  # fmt: skip
    no_geo: list[object] = [""] * 8
    action: list[object] = list(no_geo)
    place = row.location
    if place is not None:
        state = countries.get(place.country or "")
        action = [
            geo_type(place), geo_full_name(place, countries), state.iso2 if state else "",
            "", "", place.lat, place.lon, place.geonames_id,
        ]  # fmt: skip
    fields = [
        row.num, *date_fields, *actors, *event_fields, *no_geo, *no_geo, *action,
        row.added.strftime("%Y%m%d%H%M%S"), row.citation,
    ]  # fmt: skip
    assert len(fields) == len(GDELT_COLUMNS)
    return [_clean(v) for v in fields]


# --- POLECAT ---------------------------------------------------------------------------


def _join(actors: Sequence[Actor], field: str) -> str:
    values = [getattr(a, field) or (a.text if field == "name" else "") for a in actors]
    return "|".join(values) if any(values) else ""


def outlet_name(outlet: str) -> str:
    """An outlet for display: empty where it is only known as the document itself."""
    return "" if outlet.startswith("doc:") else outlet


def polecat_row(row: Row) -> list[str]:
    e = row.event
    place = row.location
    fields: list[object] = [
        row.id, row.date.isoformat() if row.date else "", e.type, e.mode, e.goldstein,
        e.quad_class, "|".join(e.contexts),
        _join(e.sources, "name"), _join(e.sources, "country"), _join(e.sources, "sector"),
        _join(e.targets, "name"), _join(e.targets, "country"), _join(e.targets, "sector"),
        (place.name or place.text) if place else "", place.admin1 if place else "",
        place.country if place else "", place.lat if place else "",
        place.lon if place else "", place.geonames_id if place else "",
        row.doc_id, outlet_name(row.outlet), row.published.isoformat() if row.published else "",
    ]  # fmt: skip
    return [_clean(v) for v in fields]


# --- cluster records -----------------------------------------------------------------


def cluster_record(stored: StoredCluster) -> dict[str, Any]:
    """A cluster as JSON: the happening, its counts, and the ids of its events."""
    c = stored.cluster
    e = c.representative.event
    return {
        "id": c.id,
        "num": stored.num,
        "type": e.type,
        "mode": e.mode,
        "cameo": e.cameo,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "date": c.date.isoformat() if c.date else None,
        "location": c.location.to_dict() if c.location else None,
        "sources": [a.to_dict() for a in e.sources],
        "targets": [a.to_dict() for a in e.targets],
        "num_mentions": c.mentions,
        "num_sources": c.sources,
        "num_articles": c.articles,
        "first_reported": c.first_reported.isoformat() if c.first_reported else None,
        "last_reported": c.last_reported.isoformat() if c.last_reported else None,
        "source_url": c.first_report.citation,
        "representative": e.id,
        "event_ids": [],  # filled below, from the reports in arrival order
    }


def cluster_flat(stored: StoredCluster, event_ids: Sequence[str]) -> dict[str, Any]:
    """A flat cluster row (``CLUSTER_COLUMNS``): first actor of each side, ids joined by |."""
    record = cluster_record(stored)
    loc = record["location"] or {}
    flat = {k: record[k] for k in ("id", "num", "type", "mode", "cameo", "quad_class")}
    flat.update(goldstein=record["goldstein"], date=stored.cluster.date)
    for key in ("name", "geonames_id", "country", "admin1", "lat", "lon"):
        flat[f"location_{key}"] = loc.get(key)
    for role in ("source", "target"):
        first = (record[f"{role}s"] or [{}])[0]
        for key in ("name", "country", "sector"):
            flat[f"{role}_{key}"] = first.get(key) or (first.get("text") if key == "name" else None)
    flat.update(
        num_mentions=record["num_mentions"],
        num_sources=record["num_sources"],
        num_articles=record["num_articles"],
        first_reported=stored.cluster.first_reported,
        last_reported=stored.cluster.last_reported,
        source_url=record["source_url"],
        event_ids="|".join(event_ids),
    )
    return flat


def _event_ids(stored: StoredCluster) -> list[str]:
    return [r.event.id for r in stored.cluster.reports]


# --- writing -------------------------------------------------------------------------


def _write_tsv(out: TextIO, fields: Sequence[str]) -> None:
    # GDELT and POLECAT files are plain tab-separated lines, no quoting: ``_clean``
    # keeps tabs and line breaks out of the fields.
    out.write("\t".join(fields) + "\n")


def write_export(
    store: Store,
    fmt: str,
    out: TextIO,
    *,
    clusters: bool = False,
    countries: Mapping[str, Country] | None = None,
) -> int:
    """Write the stored events (or clusters) in a text layout; returns the rows written."""
    countries = countries or {}
    if fmt == "parquet":
        raise ValueError("Parquet is written to a file: use write_parquet")
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {EXPORT_FORMATS}")
    if fmt in ("gdelt", "polecat"):
        rows: Iterable[Row] = (
            map(cluster_row, store.clusters()) if clusters else map(event_row, store.events())
        )
        if fmt == "polecat":
            _write_tsv(out, POLECAT_COLUMNS)
        count = 0
        for row in rows:
            _write_tsv(out, gdelt_row(row, countries) if fmt == "gdelt" else polecat_row(row))
            count += 1
        return count
    if clusters:
        return _write_clusters(store, fmt, out)
    events = event_writer(fmt, out)
    count = 0
    for stored in store.events():
        events.write(stored.report.event)
        count += 1
    events.close()
    return count


def _write_clusters(store: Store, fmt: str, out: TextIO) -> int:
    count = 0
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CLUSTER_COLUMNS, lineterminator="\n")
        writer.writeheader()
    for stored in store.clusters():
        ids = _event_ids(stored)
        if writer is not None:
            writer.writerow(cluster_flat(stored, ids))
        else:
            record = cluster_record(stored)
            record["event_ids"] = ids
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(store: Store, path: Path, *, clusters: bool = False) -> int:
    """Write events (nested contract record columns) or flat clusters to a Parquet file."""
    if not clusters:
        relation = store.con.sql(
            f"SELECT unnest(json_transform(record, '{_RECORD_TYPE}')) FROM events ORDER BY num"
        )
        relation.write_parquet(str(path))
        return int(store.counts().events)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE clusters (id VARCHAR, num BIGINT, type VARCHAR, mode VARCHAR, "
        "cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE, date DATE, "
        "location_name VARCHAR, location_geonames_id BIGINT, location_country VARCHAR, "
        "location_admin1 VARCHAR, location_lat DOUBLE, location_lon DOUBLE, "
        "source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR, "
        "target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR, "
        "num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, "
        "first_reported DATE, last_reported DATE, source_url VARCHAR, event_ids VARCHAR[])"
    )
    rows = []
    for stored in store.clusters():
        flat = cluster_flat(stored, [])
        flat["event_ids"] = _event_ids(stored)
        rows.append([flat[c] for c in CLUSTER_COLUMNS])
    marks = ", ".join("?" for _ in CLUSTER_COLUMNS)
    if rows:
        con.executemany(f"INSERT INTO clusters VALUES ({marks})", rows)
    con.table("clusters").order("num").write_parquet(str(path))
    con.close()
    return len(rows)
