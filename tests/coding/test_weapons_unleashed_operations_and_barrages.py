"""Lexicon rows for the use of force named as unleashing weapons, a military
operation or an artillery or rocket barrage; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger


def test_unleashing_weapons_on_a_place_attacks_it(pipeline: Pipeline) -> None:
    text = "The army unleashed chemical weapons on the besieged suburb."
    assert by_trigger(pipeline.code(text), "unleashed").type == "ASSAULT"


def test_launching_military_operations_is_fighting(pipeline: Pipeline) -> None:
    text = "Azerbaijan launched military operations in the region on Tuesday."
    event = by_trigger(pipeline.code(text), "launched")
    assert (event.type, event.cameo) == ("ASSAULT", "190")
    # A joint one stays military cooperation.
    text = "The two navies launched a joint military operation against pirates."
    assert by_trigger(pipeline.code(text), "launched").type == "COOPERATE"
    # Ending one is a halt to the fighting, as halting it is.
    text = "The army ended its military operation in the valley on Friday."
    event = by_trigger(pipeline.code(text), "ended")
    assert (event.type, event.cameo) == ("RETREAT", "087")


def test_an_artillery_barrage_is_an_attack_and_one_of_criticism_none(
    pipeline: Pipeline,
) -> None:
    text = "The army began an artillery barrage on the city at dawn."
    event = by_trigger(pipeline.code(text), "began")
    assert (event.type, event.cameo) == ("ASSAULT", "194")
    assert not pipeline.code("The minister faced a barrage of criticism.")
