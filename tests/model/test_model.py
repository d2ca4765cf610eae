from __future__ import annotations

import json
from datetime import date

import pytest

from flashpoint import Actor, Document, Event, Place, Quantity, Quote, Sentence, Span
from flashpoint.model import stable_id

CONTRACT_KEYS = [
    "id",
    "doc_id",
    "type",
    "mode",
    "contexts",
    "cameo",
    "quad_class",
    "goldstein",
    "sources",
    "targets",
    "trigger",
    "sentence",
    "location",
    "date",
    "quantities",
    "quote",
    "modality",
    "confidence",
]


def full_event() -> Event:
    return Event(
        id="e1",
        doc_id="d1",
        type="SANCTION",
        mode=None,
        contexts=("economic",),
        cameo="163",
        quad_class=4,
        goldstein=-8.0,
        sources=(Actor("The United States", 0, 17, "United States", "USA", "GOV", "USA"),),
        targets=(Actor("Iran", 40, 44, "Iran", "IRN", None, "IRN"),),
        trigger=Span("imposed", 18, 25),
        sentence=Sentence(0, 0, 60, "x" * 60),
        location=Place(
            "Diyala province", 63, 78, "Diyala", 96965, "IRQ", "Diyala", 33.77, 45.0, "ADM1"
        ),
        date="2026-02-10",
        quantities=(Quantity(14, "vessels", "14 vessels", 30, 40),),
        quote=Quote("Mohammad Akraminia", "encompass the entire region", 80, 107),
        modality="asserted",
        confidence=0.82,
    )


def test_event_serialises_with_exactly_the_contract_keys_in_order() -> None:
    record = full_event().to_dict()
    assert list(record) == CONTRACT_KEYS
    assert record["quantities"] == [
        {
            "value": 14,
            "unit": "vessels",
            "text": "14 vessels",
            "start": 30,
            "end": 40,
            "qualifier": None,
            "kind": None,
        }
    ]
    assert record["location"]["geonames_id"] == 96965
    assert set(record["sources"][0]) == {"text", "start", "end", "name", "country", "sector", "id"}


def test_event_round_trips_through_json() -> None:
    event = full_event()
    again = Event.from_dict(json.loads(json.dumps(event.to_dict())))
    assert again.to_dict() == event.to_dict()


def test_empty_optionals_serialise_as_null_and_empty_lists() -> None:
    event = Event(
        id="e",
        doc_id="d",
        type="AID",
        trigger=Span("sent", 0, 4),
        sentence=Sentence(0, 0, 4, "sent"),
    )
    record = event.to_dict()
    assert record["location"] is None and record["quote"] is None and record["date"] is None
    assert record["quantities"] == [] and record["sources"] == [] and record["contexts"] == []


def test_unknown_modality_is_refused() -> None:
    record = full_event().to_dict() | {"modality": "rumoured"}
    with pytest.raises(ValueError, match="rumoured"):
        Event.from_dict(record)


def test_document_id_is_derived_from_content_when_absent() -> None:
    a = Document.from_text("Same text.", date=date(2026, 1, 1))
    b = Document.from_text("Same text.", origin="elsewhere.txt")
    assert a.id == b.id and a.id.startswith("doc-")
    assert Document.from_text("Other text.").id != a.id
    assert Document.from_text("x", id="given").id == "given"


def test_stable_id_is_deterministic() -> None:
    assert stable_id("a", 1) == stable_id("a", 1) != stable_id("a", 2)


def test_place_record_has_score() -> None:
    place = Place("Oman", 0, 4, "Oman", 286963, "OMN", None, 21.0, 57.0, "PCLI", 0.95)
    assert place.to_record("d")["score"] == 0.95
    assert place.to_record("d")["doc_id"] == "d"
