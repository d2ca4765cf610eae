"""Protest read from an event noun's "by" phrase, strikers and crowds read through a
participle, human shields with any verb, and lexicon readings of force and
sanctions; sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        (
            "The blockade of the ring road by taxi drivers entered its second day.",
            "blockade",
            "144",
        ),
        ("The storming of the town hall by protesters shocked the country.", "storming", "145"),
    ],
)
def test_a_crowd_in_an_event_nouns_by_phrase_protests(
    pipeline: Pipeline, text: str, word: str, cameo: str
) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.cameo) == ("PROTEST", cameo)


def test_the_by_phrase_is_the_source_not_the_of_phrase(pipeline: Pipeline) -> None:
    text = "The blockade of the ring road by angry farmers entered its second day."
    event = by_trigger(pipeline.code(text), "blockade")
    assert [a.text for a in event.sources] == ["angry farmers"]


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (
            "The naval blockade of the port by the navy entered its tenth week.",
            "blockade",
            "COERCE",
        ),
        ("The storming of the village by army troops left ten dead.", "storming", "ASSAULT"),
    ],
)
def test_forces_in_an_event_nouns_by_phrase_stay_force(
    pipeline: Pipeline, text: str, word: str, kind: str
) -> None:
    assert by_trigger(pipeline.code(text), word).type == kind


def test_workers_striking_in_a_participle_clause_stop_work(pipeline: Pipeline) -> None:
    text = "Dock workers shut the port for a third day, striking against the wage freeze."
    event = by_trigger(pipeline.code(text), "striking")
    assert (event.type, event.cameo) == ("PROTEST", "143")


def test_jets_striking_in_a_participle_clause_attack(pipeline: Pipeline) -> None:
    text = "The jets pounded the city, striking bridges."
    assert by_trigger(pipeline.code(text), "striking").type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Lakhs of farmers thronged the capital's streets demanding loan waivers.",
        "Thousands of people on Sunday thronged the streets demanding fresh elections.",
    ],
)
def test_a_crowd_filling_streets_with_a_demand_hung_on_them_protests(
    pipeline: Pipeline, text: str
) -> None:
    event = by_trigger(pipeline.code(text), "thronged")
    assert event.type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The militia herded villagers into the school as human shields.", "herded"),
        ("The regime placed foreign hostages at air bases as human shields.", "placed"),
        ("Fighters forced families into the old town to serve as human shields.", "forced"),
    ],
)
def test_putting_people_somewhere_as_human_shields_uses_them(
    pipeline: Pipeline, text: str, word: str
) -> None:
    assert by_trigger(pipeline.code(text), word).type == "ASSAULT"


def test_placing_things_as_shields_is_none(pipeline: Pipeline) -> None:
    events = pipeline.code("The workers placed sandbags at the door as shields.")
    assert not [e for e in events if e.trigger.text == "placed"]


@pytest.mark.parametrize(
    ("text", "word", "kind", "cameo"),
    [
        ("Rebels set ablaze dozens of shops in the market.", "set", "ASSAULT", "1712"),
        ("Angry protesters set ablaze a police post on Friday.", "set", "PROTEST", "145"),
        ("Soldiers engaged the rebels in a gunfight near the river.", "engaged", "ASSAULT", "193"),
        ("The ministry drafted in extra police for the summit.", "drafted", "MOBILIZE", "153"),
        ("Pirates snatched three fishermen off the coast.", "snatched", "ASSAULT", "181"),
        ("Tokyo suspended its grant to the port authority.", "suspended", "SANCTION", "162"),
        ("Beijing froze academic exchanges with Canberra.", "froze", "SANCTION", "160"),
        ("The breach of the truce by the militia drew protests.", "breach", "ASSAULT", "196"),
    ],
)
def test_force_and_sanction_readings(
    pipeline: Pipeline, text: str, word: str, kind: str, cameo: str
) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.cameo) == (kind, cameo)


@pytest.mark.parametrize(
    "text",
    [
        "The thief snatched her handbag in the market.",
        "The sides engaged in talks on Monday.",
        "The firm's breach of contract cost it dearly.",
    ],
)
def test_snatching_things_engaging_in_talks_and_breaching_contracts_are_no_force(
    pipeline: Pipeline, text: str
) -> None:
    assert not [e for e in pipeline.code(text) if e.type in ("ASSAULT", "COERCE")]
