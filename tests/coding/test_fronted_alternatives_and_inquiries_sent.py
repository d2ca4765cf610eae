"""A fronted "rather than" whose adverb hangs beside it on the main verb, and an
investigation that a party sends envoys to carry out; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from flashpoint.evaluation.events import main_event
from tests.coding.support import by_trigger


def test_a_fronted_alternative_before_a_said_clause_is_not_done(pipeline: Pipeline) -> None:
    text = "Rather than sending more troops, Armenia said it would withdraw its forces."
    events = pipeline.code(text)
    assert by_trigger(events, "sending").modality == "hypothetical"
    top = main_event(events)
    assert top is not None and top.trigger.text == "withdraw"


def test_an_inquiry_sent_for_is_the_news(pipeline: Pipeline) -> None:
    text = "The UN sent a team of experts to investigate the chemical attack in Douma."
    top = main_event(pipeline.code(text))
    assert top is not None and top.type == "ACCUSE"
    assert [a.text for a in top.sources] == ["The UN"]
    text = "The council decided to dispatch a fact-finding mission to investigate abuses."
    top = main_event(pipeline.code(text))
    assert top is not None and top.type == "ACCUSE"
    assert [a.text for a in top.sources] == ["The council"]


def test_troops_sent_to_a_region_stay_the_news(pipeline: Pipeline) -> None:
    text = "Moscow sent troops to the border to take part in military exercises."
    top = main_event(pipeline.code(text))
    assert top is not None and top.type == "MOBILIZE"
