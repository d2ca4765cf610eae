"""Threat idioms of retribution, warnings that oblige, lobbying for a third party and
an attributive "visiting"; sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from flashpoint.evaluation.events import main_event
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    ("text", "teller", "cameo", "target"),
    [
        ("North Korea said Seoul would pay a price for the joint drills.", "said", "130", "Seoul"),
        ("Israel vowed to make Hamas pay a heavy price for the attack.", "vowed", "130", "Hamas"),
        ("Russia said Ukraine will bear the consequences of its raid.", "said", "130", "Ukraine"),
        ("Pyongyang vowed to turn Seoul into a sea of fire.", "vowed", "138", "Seoul"),
        ("Putin said Kyiv's attack on the bridge would not go unpunished.", "said", "130", "Kyiv"),
    ],
)
def test_an_idiom_of_retribution_is_a_threat(
    pipeline: Pipeline, text: str, teller: str, cameo: str, target: str
) -> None:
    events = pipeline.code(text)
    threat = by_trigger(events, teller)
    assert (threat.type, threat.cameo, threat.modality) == ("THREATEN", cameo, "asserted")
    assert [a.text for a in threat.targets] == [target]
    assert main_event(events) == threat


def test_all_options_on_the_table_is_a_threat(pipeline: Pipeline) -> None:
    events = pipeline.code("All options are on the table, the White House said.")
    threat = by_trigger(events, "said")
    assert (threat.type, [a.text for a in threat.sources]) == ("THREATEN", ["the White House"])


@pytest.mark.parametrize(
    "text",
    [
        "Farmers said they would pay a higher price for fertiliser this year.",
        "Analysts said Moscow would pay a heavy price for the war.",
        "The minister said Iran would not pay any price for the deal.",
        "The proposal is on the table, the minister said.",
    ],
)
def test_a_price_paid_or_a_commentary_is_no_threat(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline.code(text) if e.type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "verb", "target"),
    [
        (
            "Washington warned Moscow that it must pull its troops back.",
            "warned",
            "Moscow",
        ),
        (
            "The EU served notice on Warsaw to restore its courts.",
            "served",
            "Warsaw",
        ),
        ("Britain put Tehran on notice that it must free the sailors.", "put", "Tehran"),
    ],
)
def test_a_warning_that_obliges_is_a_demand(
    pipeline: Pipeline, text: str, verb: str, target: str
) -> None:
    demand = by_trigger(pipeline.code(text), verb)
    assert (demand.type, demand.cameo) == ("REQUEST", "100")
    assert [a.text for a in demand.targets] == [target]


def test_a_warning_with_a_consequence_stays_a_threat(pipeline: Pipeline) -> None:
    events = pipeline.code("Germany warned Russia that it must withdraw or face new sanctions.")
    assert by_trigger(events, "warned").type == "THREATEN"


def test_lobbying_to_back_a_third_party_rallies_support(pipeline: Pipeline) -> None:
    events = pipeline.code("Nigeria lobbied African governments to back Ghana's candidate.")
    lobbied = by_trigger(events, "lobbied")
    assert (lobbied.type, lobbied.cameo) == ("SUPPORT", "053")
    aid = pipeline.code("Poland lobbied its partners to back a new aid package for Ukraine.")
    assert by_trigger(aid, "lobbied").cameo == "053"
    # Lobbying for one's own bid is an appeal for support.
    own = pipeline.code("Kenya lobbied African governments to back its candidate.")
    assert by_trigger(own, "lobbied").type == "REQUEST"
    other = pipeline.code("Farmers lobbied parliament to scrap the tax.")
    assert by_trigger(other, "lobbied").type == "REQUEST"


def test_visiting_before_the_object_is_its_adjective(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "The minister told visiting reporters on Monday that Ankara had recognised Kosovo."
    )
    recognised = by_trigger(events, "recognised")
    assert (recognised.type, recognised.modality) == ("SUPPORT", "asserted")
    assert main_event(events) == recognised


def test_troops_sent_to_protect_a_country_are_military_protection(pipeline: Pipeline) -> None:
    offer = pipeline.code(
        "Britain said it would deploy troops to Estonia to defend the country against attack."
    )
    deployed = by_trigger(offer, "deploy")
    assert (deployed.type, deployed.cameo, deployed.modality) == ("AID", "074", "future")
    mission = pipeline.code("Rwanda said it would send police to Mozambique to lead a new mission.")
    assert by_trigger(mission, "send").type == "AID"


def test_troops_sent_to_a_border_or_an_asset_stay_a_show_of_force(pipeline: Pipeline) -> None:
    border = pipeline.code("Russia deployed troops to the border to protect the country.")
    assert by_trigger(border, "deployed").type == "MOBILIZE"
    oil = pipeline.code("The US sent troops to Syria to protect the oil fields.")
    assert by_trigger(oil, "sent").type == "MOBILIZE"


def test_a_sea_of_fire_told_by_a_warning_is_a_threat_of_force(pipeline: Pipeline) -> None:
    events = pipeline.code("The general warned that Seoul would be turned into a sea of fire.")
    warned = by_trigger(events, "warned")
    assert (warned.type, warned.cameo, [a.text for a in warned.targets]) == (
        "THREATEN",
        "138",
        ["Seoul"],
    )


def test_visiting_as_a_gerund_complement_is_left_alone(pipeline: Pipeline) -> None:
    events = pipeline.code("The inquiry would not have involved visiting the site of the attack.")
    assert by_trigger(events, "visiting").modality != "asserted"
