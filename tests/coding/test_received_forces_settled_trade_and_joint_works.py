"""Peacekeepers and inspectors welcomed or received (access), trade settled in a
currency and works built or run jointly (economic cooperation); sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    ("sentence", "trigger", "cameo"),
    [
        ("Mali welcomed the first contingent of UN peacekeepers to Bamako.", "welcomed", "0861"),
        ("Chad received Ghanaian peacekeepers at the airport.", "received", "0861"),
        ("Syria received a team of OPCW inspectors on Saturday.", "received", "0862"),
        ("North Korea welcomed IAEA inspectors to Yongbyon.", "welcomed", "0862"),
    ],
)
def test_forces_or_inspectors_welcomed_are_let_in(
    pipeline: Pipeline, sentence: str, trigger: str, cameo: str
) -> None:
    event = by_trigger(pipeline.code(sentence), trigger)
    assert (event.type, event.cameo) == ("RETREAT", cameo)


def test_a_minister_welcomed_stays_a_visit(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Mali welcomed the French minister to Bamako."), "welcomed")
    assert event.type == "CONSULT"


def test_trade_settled_in_a_currency_is_economic_cooperation(pipeline: Pipeline) -> None:
    event = by_trigger(
        pipeline.code("India began settling oil trade with Russia in rupees."), "settling"
    )
    assert (event.type, event.cameo) == ("COOPERATE", "061")
    assert [a.country for a in event.targets] == ["RUS"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "cameo"),
    [
        ("China and Kazakhstan opened a jointly built oil pipeline on Thursday.", "opened", "061"),
        ("Egypt and Sudan opened a joint weather station on the Nile.", "opened", "060"),
    ],
)
def test_works_built_jointly_or_joint_are_cooperation(
    pipeline: Pipeline, sentence: str, trigger: str, cameo: str
) -> None:
    event = by_trigger(pipeline.code(sentence), trigger)
    assert (event.type, event.cameo) == ("COOPERATE", cameo)


def test_a_jointly_owned_flat_is_no_event(pipeline: Pipeline) -> None:
    assert not pipeline.code("The couple bought a jointly owned flat.")


@pytest.mark.parametrize(
    ("sentence", "trigger", "kind"),
    [
        ("Chad's reception of the first UN peacekeepers came in May.", "reception", "RETREAT"),
        (
            "Ghana's reception of the visiting Chinese premier came in March.",
            "reception",
            "CONSULT",
        ),
        (
            "Jordan's opening of two border crossings for aid convoys came later.",
            "opening",
            "RETREAT",
        ),
        ("Serbia's climbdown over the border dispute came in March.", "climbdown", "CONCEDE"),
    ],
)
def test_an_act_named_by_a_noun_under_a_bland_verb_is_coded(
    pipeline: Pipeline, sentence: str, trigger: str, kind: str
) -> None:
    assert by_trigger(pipeline.code(sentence), trigger).type == kind


def test_the_opening_of_games_is_no_event(pipeline: Pipeline) -> None:
    assert not pipeline.code("The opening of the Olympic Games was watched by millions.")
