"""Requiring a party to act, turning to a party for help, troops sent to protect
people, and warnings told by hinting, indicating or swearing; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import only


def test_a_party_requiring_another_to_act_demands_it(pipeline: Pipeline) -> None:
    text = "The Security Council required Iraq to grant inspectors access to its palaces."
    demand = only(pipeline.code(text), "REQUEST")
    assert demand.trigger.text == "required"
    assert demand.cameo == "100"
    assert [t.country for t in demand.targets] == ["IRQ"]


def test_a_rule_that_requires_something_is_no_demand(pipeline: Pipeline) -> None:
    events = pipeline.code("The law requires employers to pay a minimum wage.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_turning_to_a_party_for_help_asks_for_it(pipeline: Pipeline) -> None:
    request = only(pipeline.code("Kenya turned to China for help after the floods."), "REQUEST")
    assert request.trigger.text == "turned"
    assert [s.country for s in request.sources] == ["KEN"]
    assert [t.country for t in request.targets] == ["CHN"]


def test_turning_to_a_party_for_anything_else_is_no_request(pipeline: Pipeline) -> None:
    events = pipeline.code("Voters turned to the opposition for answers.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_turning_down_a_request_for_aid_is_a_refusal(pipeline: Pipeline) -> None:
    text = "Russia turned down a request from Armenia on Thursday for further assistance."
    events = pipeline.code(text)
    assert only(events, "REJECT").trigger.text == "turned"
    assert not [e for e in events if e.type == "REQUEST"]


def test_not_knowing_where_to_turn_for_help_is_no_request(pipeline: Pipeline) -> None:
    events = pipeline.code("The refugees did not know where to turn for help.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_hinting_at_ones_own_conditional_act_is_a_threat(pipeline: Pipeline) -> None:
    text = "France indicated it would expel the diplomats if the junta hired mercenaries."
    assert only(pipeline.code(text), "THREATEN").trigger.text == "indicated"


def test_swearing_that_the_army_would_strike_is_a_threat(pipeline: Pipeline) -> None:
    # "the army" with no other side named is the speaker's own.
    text = "The minister swore that the army would shell the rebel towns if the attacks went on."
    assert only(pipeline.code(text), "THREATEN").trigger.text == "swore"


def test_a_chiefs_warning_of_an_agentless_act_is_a_threat(pipeline: Pipeline) -> None:
    text = "The police chief vowed that strikers would be arrested if they marched again."
    assert only(pipeline.code(text), "THREATEN").cameo == "137"


def test_a_named_rebel_army_is_not_the_speakers_own(pipeline: Pipeline) -> None:
    events = pipeline.code("The UN said the rebel army would attack the town if talks failed.")
    assert not [e for e in events if e.type == "THREATEN"]


def test_troops_sent_to_protect_civilians_are_military_protection(pipeline: Pipeline) -> None:
    text = "Ghana deployed 500 troops to Liberia to protect civilians in the capital."
    aid = only(pipeline.code(text), "AID")
    assert aid.cameo == "074"
    assert [s.country for s in aid.sources] == ["GHA"]


def test_troops_sent_to_guard_a_border_are_a_show_of_force(pipeline: Pipeline) -> None:
    events = pipeline.code("India deployed troops to guard the border with Pakistan.")
    assert only(events, "MOBILIZE").trigger.text == "deployed"
    assert not [e for e in events if e.type == "AID"]
