"""Stateless targets of a domestic act are in the actor's own state; on sentences we
wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from flashpoint.actors.home import home_owned
from flashpoint.model import Actor
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "event_type", "state"),
    [
        ("Zambia's government seized 120 commercial farms on Tuesday.", "COERCE", "ZMB"),
        ("Kenyan police arrested 40 students on Monday.", "COERCE", "KEN"),
    ],
)
def test_stateless_targets_of_a_domestic_act_are_home(
    pipeline: Pipeline, sentence: str, event_type: str, state: str
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert [t.country for t in event.targets] == [state]
    assert all(t.text for t in event.targets)  # the words are kept


def test_a_story_naming_another_state_keeps_them_stateless(pipeline: Pipeline) -> None:
    text = "Talks with Malawi stalled. Zambia's government seized 120 commercial farms."
    event = only(pipeline.code(text), "COERCE")
    assert "ZMB" not in [t.country for t in event.targets]


def test_a_target_with_a_state_keeps_every_target_as_it_is() -> None:
    sources = (Actor("Zambia", 0, 6, country="ZMB"),)
    targets = (Actor("farms", 15, 20), Actor("Malawi", 25, 31, country="MWI"))
    assert home_owned("COERCE", sources, targets, ["ZMB", "MWI"], ["ZMB"]) == targets


def test_no_home_for_the_targets_of_an_attack() -> None:
    sources = (Actor("Zambian troops", 0, 14, country="ZMB"),)
    targets = (Actor("40 villagers", 20, 32),)
    assert home_owned("ASSAULT", sources, targets, ["ZMB"], ["ZMB"]) == targets


def test_an_armed_groups_victims_at_home_are_its_states(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Boko Haram gunmen abducted 80 pupils on Sunday."), "ASSAULT")
    assert [t.country for t in event.targets] == ["NGA"]
