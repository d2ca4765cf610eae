"""Police bookings and detentions in Indian English news, fearing trouble, downed
shutters, and calls for punitive measures; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger


def _is_arrest(pipeline: Pipeline, text: str, word: str) -> bool:
    event = by_trigger(pipeline.code(text), word)
    return (event.type, event.mode, event.cameo) == ("COERCE", "arrest", "173")


def test_booking_under_a_law_or_for_a_crime_is_an_arrest(pipeline: Pipeline) -> None:
    for text in (
        "Police booked three men for murder and rioting on Tuesday.",
        "Forty people have been booked under the anti-terror law.",
    ):
        assert _is_arrest(pipeline, text, "booked"), text
    # A referee's booking is no police action.
    events = pipeline.code("The striker was booked for a late tackle on the goalkeeper.")
    assert not [e for e in events if e.trigger.text == "booked"]


def test_picked_up_for_questioning_held_in_custody_and_lodged_in_jail(
    pipeline: Pipeline,
) -> None:
    for text, word in (
        ("Two activists were picked up for questioning on Friday.", "picked"),
        ("He was picked up in connection with the blast.", "picked"),
        ("Police are holding the driver in custody.", "holding"),
        ("The six accused were lodged in the central jail on Sunday.", "lodged"),
        ("He was sent to custody until Monday.", "sent"),
    ):
        assert _is_arrest(pipeline, text, word), text
    events = pipeline.code("The children were picked up by their parents after school.")
    assert not [e for e in events if e.trigger.text == "picked"]


def test_apprehending_trouble_and_arresting_a_decline_are_no_arrests(
    pipeline: Pipeline,
) -> None:
    for text, word in (
        ("Apprehending trouble, the shopkeepers closed early.", "Apprehending"),
        ("The new drug could arrest the spread of the disease.", "arrest"),
    ):
        assert not [e for e in pipeline.code(text) if e.trigger.text == word], text
    assert _is_arrest(pipeline, "Police apprehended two suspects near the station.", "apprehended")


def test_traders_downing_shutters_strike(pipeline: Pipeline) -> None:
    events = pipeline.code("Traders downed shutters across the city on Monday.")
    event = by_trigger(events, "downed")
    assert (event.type, event.mode) == ("PROTEST", "strike")


def test_a_call_for_punitive_measures_is_a_demand(pipeline: Pipeline) -> None:
    for text in (
        "The foreign minister called for sanctions against the regime on Monday.",
        "The opposition called for the arrest of the former governor.",
        "Activists called for a boycott of the games.",
    ):
        event = by_trigger(pipeline.code(text), "called")
        assert (event.type, event.cameo) == ("REQUEST", "100"), text
    calm = by_trigger(pipeline.code("The minister called for calm after the riots."), "called")
    assert (calm.type, calm.cameo) == ("REQUEST", "020")
