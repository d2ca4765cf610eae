"""Suspects caught or picked up by the police, and bookings for an offence or a
role in a crime, are arrests; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger


def _arrest_by(pipeline: Pipeline, text: str, word: str) -> list[str | None]:
    """The source sectors of the arrest coded on ``word``; fails if it is no arrest."""
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.mode, event.cameo) == ("COERCE", "arrest", "173"), text
    return [a.sector for a in event.sources]


def _no_event_on(pipeline: Pipeline, text: str, word: str) -> bool:
    return not [e for e in pipeline.code(text) if e.trigger.text == word]


def test_caught_or_picked_up_by_the_police_is_an_arrest_by_them(pipeline: Pipeline) -> None:
    for text, word in (
        ("The two smugglers were caught by the border police near the river.", "caught"),
        ("A student leader was picked up by police from his hostel on Sunday.", "picked"),
    ):
        assert _arrest_by(pipeline, text, word) == ["COP"], text


def test_catching_a_suspect_is_an_arrest(pipeline: Pipeline) -> None:
    assert _arrest_by(pipeline, "Police caught three thieves outside the bank.", "caught") == [
        "COP"
    ]


def test_catching_fire_a_camera_or_a_lift_is_no_arrest(pipeline: Pipeline) -> None:
    for text, word in (
        ("The warehouse caught fire late on Monday.", "caught"),
        ("The suspect was caught on camera leaving the shop.", "caught"),
        ("The minister was caught by surprise by the question.", "caught"),
        ("The delegates were picked up by a bus at the airport.", "picked"),
    ):
        assert _no_event_on(pipeline, text, word), text


def test_booked_for_offences_or_a_role_in_a_crime_is_an_arrest(pipeline: Pipeline) -> None:
    for text in (
        "The former mayor has been booked for several offences, officials said.",
        "Two officers were booked for their role in the custodial death.",
        "Eleven men were booked in connection with the looting.",
    ):
        assert _arrest_by(pipeline, text, "booked") is not None, text
