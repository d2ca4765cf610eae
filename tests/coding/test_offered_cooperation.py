"""Offers to work with another party, and entries for appeals for backing, marches and
setting ablaze; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from flashpoint.evaluation.events import plover_type
from tests.coding.support import by_trigger


def test_work_offered_with_another_party_is_an_offer_to_cooperate(pipeline: Pipeline) -> None:
    # CAMEO 030: "ready to work with" is an intent to cooperate, scored AGREE.
    text = "The minister said Britain was willing to work with the new government in Lima."
    event = by_trigger(pipeline.code(text), "work")
    assert (event.type, event.modality) == ("COOPERATE", "future")
    assert plover_type(event) == "AGREE"


def test_working_with_someone_alone_stays_uncoded(pipeline: Pipeline) -> None:
    text = "An analyst who has worked with the ministry for years said prices would rise."
    assert not [e for e in pipeline.code(text) if e.trigger.text == "worked"]


def test_a_march_led_or_staged_is_a_demonstration(pipeline: Pipeline) -> None:
    events = pipeline.code("In March, the cabinet met a delegation of farmers.")
    assert all(e.trigger.text != "March" for e in events)
    event = by_trigger(pipeline.code("Students staged a march through Dhaka on Friday."), "staged")
    assert (event.type, event.cameo) == ("PROTEST", "141")


def test_giving_inspectors_access_lets_them_in(pipeline: Pipeline) -> None:
    text = "Syria gave the UN weapons inspectors access to three military sites on Monday."
    event = by_trigger(pipeline.code(text), "gave")
    assert (event.type, event.cameo) == ("RETREAT", "0862")
    # Access given to anyone else is no event.
    text = "The museum gave visitors access to the archive on Monday."
    assert not [e for e in pipeline.code(text) if e.trigger.text == "gave"]
