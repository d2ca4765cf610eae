"""A crowd's acts are placed where its sentence puts it, and a sanction imposed from
afar is not placed where its sanctioning body sits; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Event, Pipeline
from tests.coding.support import by_trigger, only


def countries(event: Event) -> tuple[list[str | None], list[str | None]]:
    return [a.country for a in event.sources], [a.country for a in event.targets]


@pytest.mark.parametrize(
    ("sentence", "trigger", "state"),
    [
        (
            "Rioters looted banks and set lorries alight in several suburbs of Lima.",
            "looted",
            "PER",
        ),
        ("Demonstrators smashed windows and burned cars in Marseille overnight.", "smashed", "FRA"),
    ],
)
def test_a_crowd_acts_where_its_sentence_puts_it(
    pipeline: Pipeline, sentence: str, trigger: str, state: str
) -> None:
    event = by_trigger(pipeline.code(sentence), trigger)
    assert countries(event) == ([state], [state])


def test_a_place_named_as_an_actor_does_not_place_a_crowd(pipeline: Pipeline) -> None:
    text = "The congress was postponed after Egypt objected and the committee boycotted it."
    event = by_trigger(pipeline.code(text), "boycotted")
    assert "EGY" not in countries(event)[0]


def test_a_sanction_is_not_placed_where_its_body_sits(pipeline: Pipeline) -> None:
    text = "The finance ministry in Ottawa blacklisted four shipping firms."
    event = only(pipeline.code(text), "SANCTION")
    assert countries(event) == (["CAN"], [None])


def test_the_targets_place_does_not_place_the_sanctioning_body(pipeline: Pipeline) -> None:
    text = "Officials froze the accounts of three traders in Nairobi."
    event = only(pipeline.code(text), "SANCTION")
    assert countries(event)[1] == ["KEN"]


def test_police_still_act_where_they_are(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Police in Accra detained 40 students."), "COERCE")
    assert countries(event) == (["GHA"], ["GHA"])
