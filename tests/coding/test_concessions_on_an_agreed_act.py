"""A concession participle that hangs on the infinitive of an agreement ("agreed to
call early polls, giving in to the strikers") says what the agreement was: the
concession is the main event; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from flashpoint.evaluation.events import main_event
from tests.coding.support import by_trigger


def test_a_concession_on_an_agreed_infinitive_is_the_main_event(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "The Peruvian cabinet agreed to scrap the mining law, yielding to weeks of"
        " road blockades by farmers."
    )
    top = main_event(events)
    assert top is not None and top.trigger.text == "yielding"
    assert top.type == "CONCEDE"
    assert by_trigger(events, "agreed").confidence < top.confidence


def test_a_concession_on_a_joined_infinitive_is_the_main_event(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "The Serbian government agreed to sack the police chief and hold a fresh vote,"
        " bowing to months of student protests."
    )
    top = main_event(events)
    assert top is not None and top.trigger.text == "bowing"


def test_an_agreement_without_a_concession_stays_the_main_event(pipeline: Pipeline) -> None:
    events = pipeline.code("The Peruvian cabinet agreed to scrap the mining law on Monday.")
    top = main_event(events)
    assert top is not None and top.trigger.text == "agreed"
