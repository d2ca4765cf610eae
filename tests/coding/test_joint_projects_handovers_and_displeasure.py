"""Joint programmes and projects as cooperation, suspects handed over to prosecutors,
judges or courts as judicial cooperation, a party's displeasure told with an
adjective as disapproval, protesters ending a sit-in, a named body let into a place,
support rallied or a party canvassed against someone, and notice served on a party
to act, on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru launched a joint programme to clean up the river delta.",
        "Laos and Thailand opened a joint customs post at the bridge.",
        "The two governments started a joint vaccination drive in the border districts.",
        "Brazil and Paraguay began joint construction of a second bridge over the river.",
    ],
)
def test_a_joint_programme_or_project_begun_is_cooperation(pipeline: Pipeline, text: str) -> None:
    event = only(pipeline.code(text), "COOPERATE")
    assert event.cameo in ("060", "061")


def test_a_suspect_handed_over_to_prosecutors_is_judicial_cooperation(pipeline: Pipeline) -> None:
    text = "Belgium handed the former militia leader over to prosecutors in Kigali."
    event = only(pipeline.code(text), "COOPERATE")
    assert event.cameo == "063"
    assert [a.country for a in event.sources] == ["BEL"]


def test_a_fugitive_handed_over_to_a_court_is_judicial_cooperation(pipeline: Pipeline) -> None:
    text = "Kenya handed the fugitive financier over to a Tanzanian court."
    event = only(pipeline.code(text), "COOPERATE")
    assert event.cameo == "063"
    assert [a.country for a in event.targets] == ["TZA"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Paris is displeased with Rome's handling of the migrant boats.", "FRA", "ITA"),
        ("Chancellor Scholz said he was unhappy with Washington's new tariffs.", "DEU", "USA"),
    ],
)
def test_a_party_unhappy_with_something_disapproves_of_it(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    event = only(pipeline.code(text), "ACCUSE")
    assert event.cameo == "110"
    assert [a.country for a in event.sources] == [source]
    assert [a.country for a in event.targets] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "Fans were disappointed by the result on Saturday.",
        "I am unhappy with my job.",
        "The government was unhappy.",
    ],
)
def test_displeasure_of_no_party_or_about_nothing_is_no_disapproval(
    pipeline: Pipeline, text: str
) -> None:
    assert not [e for e in pipeline.code(text) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters ended their sit-in outside the parliament in Tbilisi.",
        "Students abandoned their sit-in at the university on Friday.",
    ],
)
def test_protesters_ending_their_sit_in_give_up_dissent(pipeline: Pipeline, text: str) -> None:
    event = only(pipeline.code(text), "CONCEDE")
    assert event.cameo == "082"
    assert not [e for e in pipeline.code(text) if e.type == "PROTEST"]


def test_a_named_body_let_into_a_region_is_let_in(pipeline: Pipeline) -> None:
    text = "Khartoum let an African Union fact-finding team into the region."
    event = only(pipeline.code(text), "RETREAT")
    assert event.cameo == "086"
    assert [a.country for a in event.sources] == ["SDN"]


@pytest.mark.parametrize(
    "text",
    ["She let the dog into the house.", "Britain allowed Huawei into its 5G network."],
)
def test_letting_anything_else_in_is_no_retreat(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline.code(text) if e.type == "RETREAT"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Egypt drummed up African support against Ethiopia's dam on the Nile.", "ETH"),
        ("Chile canvassed Pacific states to oppose the Japanese whaling plan.", "JPN"),
    ],
)
def test_support_rallied_or_canvassed_against_a_party_rallies_opposition(
    pipeline: Pipeline, text: str, target: str
) -> None:
    event = only(pipeline.code(text), "ACCUSE")
    assert event.cameo == "113"
    assert target in [a.country for a in event.targets]


def test_canvassing_a_party_to_back_something_is_an_appeal(pipeline: Pipeline) -> None:
    text = "Ghana canvassed its neighbours to back the new trade pact."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "canvassed"


@pytest.mark.parametrize(
    "text",
    [
        "The minister canvassed opinion among MPs before the vote.",
        "They canvassed local farmers to learn how the scheme worked.",
        "Mexico drummed up support for its bid to host the summit.",
    ],
)
def test_canvassing_opinion_or_support_for_a_bid_is_no_opposition(
    pipeline: Pipeline, text: str
) -> None:
    assert not [e for e in pipeline.code(text) if e.type in ("ACCUSE", "REQUEST")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenya served notice on Uganda to withdraw its troops from the island.", "UGA"),
        (
            "The EU served notice on Warsaw that it must restore the independence of its courts.",
            "POL",
        ),
    ],
)
def test_notice_served_on_a_party_to_act_is_a_demand(
    pipeline: Pipeline, text: str, target: str
) -> None:
    event = only(pipeline.code(text), "REQUEST")
    assert event.trigger.text == "served"
    assert [a.country for a in event.targets] == [target]


def test_notice_of_ones_own_act_stays_a_warning(pipeline: Pipeline) -> None:
    text = "Russia served notice on Kyiv that it would cut gas supplies if the debt was not paid."
    assert only(pipeline.code(text), "THREATEN").trigger.text == "served"
