"""The state of an event's source: formal official names, a capital that is a person's
surname, forces and agencies by acronym, a name carried on by a "for" phrase, and one
state for the same crowd across the verbs of its sentence."""

from __future__ import annotations

import pytest

from flashpoint import Actor, Document, Pipeline, Resources
from flashpoint.actors import resolve_mention


def resolve(resources: Resources, text: str) -> Actor:
    mention = Actor(text=text, start=0, end=len(text))
    return resolve_mention(
        mention, resources.countries, resources.sectors, "source", table=resources.actors
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # A generic body with its state in a formal "of" phrase after it.
        ("The Ministry of Defence of the Russian Federation", "RUS"),
        ("the Ministry of Defence of the Kingdom of Norway", "NOR"),
        ("the Ministry of Defence", "GBR"),
        # A state's full name that holds a body's name ("the Commonwealth").
        ("The Government of the Commonwealth of Australia", "AUS"),
        ("the Commonwealth", None),
        # A company's name after another state's name is a place of that state.
        ("Brazil's Amazon", "BRA"),
        ("Amazon", "USA"),
        # Forces and agencies by acronym.
        ("KDF soldiers", "KEN"),
        ("the UPDF", "UGA"),
        ("The SANDF", "ZAF"),
        ("the PNP", "PHL"),
        ("the NTSB", "USA"),
        ("the MACC", "MYS"),
        ("AMCU", "ZAF"),
    ],
)
def test_formal_names_and_acronyms(resources: Resources, text: str, country: str | None) -> None:
    assert resolve(resources, text).country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # A capital right after a given name is a surname, not the state.
        ("Joseph Muscat", None),
        ("Labour leader Joseph Muscat", None),
        ("Maltese PM Joseph Muscat", "MLT"),
        # A part of the city, a title or an article before the capital keeps it.
        ("East Jerusalem", "PSE"),
        ("officials in Muscat", "OMN"),
        ("The Kabul government", "AFG"),
    ],
)
def test_capital_as_surname(resources: Resources, text: str, country: str | None) -> None:
    assert resolve(resources, text).country == country


def sources(pipeline: Pipeline, text: str, trigger: str) -> list[tuple[str, str | None]]:
    doc = next(iter(pipeline.pipe([Document.from_text(text)])))
    event = next(e for e in doc.events if e.trigger.text == trigger)
    return [(a.text, a.country) for a in event.sources]


def test_name_carried_on_by_for(pipeline: Pipeline) -> None:
    text = "The Movement for Democratic Change urged the president to call early elections."
    assert sources(pipeline, text, "urged") == [("The Movement for Democratic Change", "ZWE")]


def test_crowd_placed_through_its_second_verb(pipeline: Pipeline) -> None:
    # The place hangs on the second verb; the first verb's protesters are the same people.
    text = "Protesters burned tyres and fought with police in Lima on Sunday."
    assert sources(pipeline, text, "burned") == [("Protesters", "PER")]


def test_subject_tagged_as_verb(pipeline: Pipeline) -> None:
    text = "Skinheads beat up two African students in the Polish city of Lodz, police said."
    assert sources(pipeline, text, "beat") == [("Skinheads", "POL")]


def test_halves_of_korea(pipeline: Pipeline) -> None:
    text = "Seoul said the North launched a cruise missile off its east coast on Friday."
    assert sources(pipeline, text, "launched") == [("the North", "PRK")]


def test_the_north_elsewhere_is_no_state(pipeline: Pipeline) -> None:
    text = "Farmers in the North blocked roads around the town of Kaduna."
    doc = next(iter(pipeline.pipe([Document.from_text(text)])))
    assert all(a.country != "PRK" for e in doc.events for a in (*e.sources, *e.targets))


def test_crowd_there_is_of_the_place_named_before(pipeline: Pipeline) -> None:
    text = "Mombasa is Kenya's main port. Workers there went on strike on Monday."
    assert sources(pipeline, text, "went") == [("Workers", "KEN")]


def test_crowd_here_is_of_the_dateline_city(pipeline: Pipeline) -> None:
    text = "Quito, May 2 (Xinhua) -- Thousands of students marched here on Friday."
    assert [state for _, state in sources(pipeline, text, "marched")] == ["ECU"]


def test_there_without_a_place_before(pipeline: Pipeline) -> None:
    text = "The minister spoke on Monday. Protesters there marched on parliament."
    assert sources(pipeline, text, "marched")[0][1] is None


def test_unclaimed_bombing_is_of_the_state_it_hit(pipeline: Pipeline) -> None:
    text = "A car bomb exploded near a hotel in Mogadishu, killing six people."
    doc = next(iter(pipeline.pipe([Document.from_text(text)])))
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert assaults
    assert all([a.country for a in e.sources] == ["SOM"] for e in assaults)


def test_unclaimed_killing_gets_no_source(pipeline: Pipeline) -> None:
    text = "Five fishermen were killed off the coast of Gaza on Monday."
    doc = next(iter(pipeline.pipe([Document.from_text(text)])))
    assert all(not e.sources for e in doc.events if e.type == "ASSAULT")
