"""Chemical agents dropped or used on a target, and workers who are on strike;
sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Army helicopters dropped chlorine on the suburbs of Hama, witnesses said.", "dropped"),
        ("The army used chlorine against the rebels in Ghouta.", "used"),
    ],
)
def test_a_chemical_agent_used_on_a_target_is_a_chemical_attack(
    pipeline: Pipeline, text: str, word: str
) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.cameo) == ("ASSAULT", "2041")


@pytest.mark.parametrize(
    "text",
    [
        "The council added chlorine to the water supply.",
        "Samples from the victims showed traces of a nerve agent, the laboratory said.",
    ],
)
def test_an_agent_named_alone_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline.code(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nurses in Leeds have been on strike for three weeks over pay.", "been"),
        ("Dock workers in Rotterdam are on strike.", "are"),
    ],
)
def test_being_on_strike_is_a_strike(pipeline: Pipeline, text: str, word: str) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.cameo) == ("PROTEST", "143")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Protesters forced their way into the parliament building in Skopje.", "forced"),
        ("Students smashed their way into the ministry in Dhaka, demanding lower fees.", "smashed"),
    ],
)
def test_protesters_forcing_their_way_in_riot(pipeline: Pipeline, text: str, word: str) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.cameo) == ("PROTEST", "145")


def test_troops_forcing_their_way_in_storm(pipeline: Pipeline) -> None:
    text = "Government troops forced their way into the rebel-held town of Kidal."
    event = by_trigger(pipeline.code(text), "forced")
    assert (event.type, event.cameo) == ("ASSAULT", "190")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Moscow staged a show of force near the Finnish border on Friday.", "staged"),
        ("Chinese warships sailed near Taiwan in a show of force on Monday.", "show"),
    ],
)
def test_a_show_of_force_is_a_military_demonstration(
    pipeline: Pipeline, text: str, word: str
) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.cameo) == ("MOBILIZE", "150")


def test_a_partys_show_of_strength_is_no_mobilisation(pipeline: Pipeline) -> None:
    events = pipeline.code("The rally in Lahore was a show of strength by the opposition.")
    assert not [e for e in events if e.type == "MOBILIZE"]
