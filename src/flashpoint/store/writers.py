"""The ``write`` edge: event records to JSON Lines, JSON or CSV.

JSON Lines and JSON carry the CONTRACT.md record unchanged; CSV flattens it
into one row per event (lists joined with ``|``, nested values as JSON).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Protocol, TextIO

from flashpoint.model import Actor, Event

FORMATS = ("jsonl", "json", "csv")

CSV_COLUMNS = (
    "id",
    "doc_id",
    "type",
    "mode",
    "contexts",
    "cameo",
    "quad_class",
    "goldstein",
    "source_text",
    "source_name",
    "source_country",
    "source_sector",
    "target_text",
    "target_name",
    "target_country",
    "target_sector",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "sentence_index",
    "sentence_start",
    "sentence_end",
    "sentence_text",
    "location_name",
    "location_geonames_id",
    "location_country",
    "location_lat",
    "location_lon",
    "date",
    "quantities",
    "quote_speaker",
    "quote_text",
    "modality",
    "confidence",
)


class EventWriter(Protocol):
    def write(self, event: Event) -> None: ...

    def close(self) -> None: ...


def _joined(actors: Iterable[Actor], field: str) -> str:
    return "|".join(str(getattr(a, field) or "") for a in actors)


def csv_row(event: Event) -> dict[str, Any]:
    """One flat CSV row for ``event``."""
    row: dict[str, Any] = {
        "id": event.id,
        "doc_id": event.doc_id,
        "type": event.type,
        "mode": event.mode or "",
        "contexts": "|".join(event.contexts),
        "cameo": event.cameo or "",
        "quad_class": event.quad_class if event.quad_class is not None else "",
        "goldstein": event.goldstein if event.goldstein is not None else "",
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence_index": event.sentence.index,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "sentence_text": event.sentence.text,
        "date": event.date or "",
        "quantities": json.dumps([q.to_dict() for q in event.quantities])
        if event.quantities
        else "",
        "quote_speaker": (event.quote.speaker or "") if event.quote else "",
        "quote_text": event.quote.text if event.quote else "",
        "modality": event.modality,
        "confidence": event.confidence,
    }
    for role, actors in (("source", event.sources), ("target", event.targets)):
        for field in ("text", "name", "country", "sector"):
            row[f"{role}_{field}"] = _joined(actors, field)
    place = event.location
    row["location_name"] = (place.name or place.text) if place else ""
    for field in ("geonames_id", "country", "lat", "lon"):
        value = getattr(place, field) if place else None
        row[f"location_{field}"] = "" if value is None else value
    return row


class JsonLinesWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, event: Event) -> None:
        self.out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.flush()


class JsonWriter:
    """A JSON array, written incrementally so memory stays flat."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0
        out.write("[")

    def write(self, event: Event) -> None:
        self.out.write(",\n" if self.count else "\n")
        self.out.write(json.dumps(event.to_dict(), ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()


class CsvWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def write(self, event: Event) -> None:
        self.writer.writerow(csv_row(event))

    def close(self) -> None:
        self.out.flush()


def event_writer(fmt: str, out: TextIO) -> EventWriter:
    """A writer of ``fmt`` (one of ``FORMATS``) over an open text stream."""
    writers: dict[str, type[JsonLinesWriter] | type[JsonWriter] | type[CsvWriter]] = {
        "jsonl": JsonLinesWriter,
        "json": JsonWriter,
        "csv": CsvWriter,
    }
    if fmt not in writers:
        raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return writers[fmt](out)
