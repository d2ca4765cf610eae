"""Blockades by civilians, direction adverbs as particles, campaigns of an act, halted
and suspended deliveries and exchanges, arms handed over; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger


def test_civilians_blockading_obstruct_a_state_blockades(pipeline: Pipeline) -> None:
    # PLOVER PROTEST obstruct (CAMEO 144) for civilians; a state's blockade is COERCE 191.
    text = "Angry truckers blockaded the main highway into Lyon on Tuesday."
    event = by_trigger(pipeline.code(text), "blockaded")
    assert (event.type, event.mode, event.cameo) == ("PROTEST", "obstruct", "144")
    state = by_trigger(pipeline.code("The navy blockaded the rebel port for a month."), "blockaded")
    assert (state.type, state.cameo) == ("COERCE", "191")


def test_an_adverb_of_direction_after_the_verb_is_its_particle(pipeline: Pipeline) -> None:
    # "back" parsed as an adverb still makes "pull back" (RETREAT 0874).
    text = "Indian and Pakistani soldiers pulled back from the disputed ridge, the army said."
    event = by_trigger(pipeline.code(text), "pulled")
    assert (event.type, event.mode) == ("RETREAT", "withdraw")


def test_a_campaign_of_an_act_is_that_act(pipeline: Pipeline) -> None:
    text = "The army carried out a campaign of ethnic cleansing against the villagers."
    event = by_trigger(pipeline.code(text), "carried")
    assert (event.type, event.cameo) == ("ASSAULT", "203")
    wave = by_trigger(pipeline.code("Police launched a wave of arrests in Minsk."), "launched")
    assert (wave.type, wave.mode) == ("COERCE", "arrest")


def test_rockets_and_launchers_handed_over_are_military_aid(pipeline: Pipeline) -> None:
    text = "Tehran shipped hundreds of rockets to the militia in Yemen."
    event = by_trigger(pipeline.code(text), "shipped")
    assert (event.type, event.cameo) == ("AID", "072")


def test_halts_suspensions_bars_and_releases(pipeline: Pipeline) -> None:
    for text, word, expected in [
        ("Ottawa halted arms deliveries to Riyadh over the war.", "halted", "SANCTION"),
        ("The agency suspended food distributions in Tigray.", "suspended", "SANCTION"),
        ("China suspended official exchanges with Lithuania.", "suspended", "SANCTION"),
        ("North Korea barred UN inspectors from its reactor site.", "barred", "SANCTION"),
        ("Farmers blocked the main thoroughfare into Lisbon.", "blocked", "PROTEST"),
        ("Iran released the British academic on Friday.", "released", "RETREAT"),
        ("The junta carried out political reforms after the protests.", "carried", "CONCEDE"),
    ]:
        assert by_trigger(pipeline.code(text), word).type == expected, text


def test_working_with_a_state_is_no_cooperation_event(pipeline: Pipeline) -> None:
    # "works with" mostly describes someone in news: "a source who works with the US".
    text = "A Syrian source who works with the United States said the talks failed."
    assert all(e.trigger.text != "works" for e in pipeline.code(text))
