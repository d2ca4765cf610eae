"""A party giving way to another party or its demands as a concession, working with a
party announced or wished for as an offer to cooperate, examining wreckage, reports or
complaints as an investigation, seized crews handed over as a release, protesters
taking down their camp as the end of their protest, a force's deployment allowed as
admitting it, a state helping a state as aid, and trade, compromise and mediation
phrases, on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Serbia has given way to Brussels on the new customs rules.", "SRB", None),
        ("Peru gave way to Chilean terms on the fishing quotas.", "PER", "CHL"),
    ],
)
def test_giving_way_to_a_party_or_its_terms_is_a_concession(
    pipeline: Pipeline, text: str, source: str, target: str | None
) -> None:
    event = only(pipeline.code(text), "CONCEDE")
    assert event.cameo == "080"
    assert [a.country for a in event.sources] == [source]
    if target is not None:
        assert target in [a.country for a in event.targets]


def test_giving_way_to_strikers_is_a_concession(pipeline: Pipeline) -> None:
    events = pipeline.code("The Bolivian government finally gave way to the miners' unions.")
    assert only(events, "CONCEDE").trigger.text == "gave"


@pytest.mark.parametrize(
    "text",
    [
        "The street protests soon gave way to looting.",
        "The monarchy gave way to a republic after the war.",
        "The old bridge gave way under the weight of the lorries.",
    ],
)
def test_giving_way_to_a_new_state_of_things_is_no_concession(
    pipeline: Pipeline, text: str
) -> None:
    assert all(e.type != "CONCEDE" for e in pipeline.code(text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hungary said on Friday it wanted to work closely with Romania.", "HUN", "ROU"),
        (
            "President Lula said Brazil would work closely with Argentina on border security.",
            "BRA",
            "ARG",
        ),
    ],
)
def test_working_with_a_party_wished_or_announced_is_an_offer_to_cooperate(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    event = only(pipeline.code(text), "COOPERATE")
    assert event.modality == "future"
    assert [a.country for a in event.sources] == [source]
    assert [a.country for a in event.targets] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "She will work with the band on its next album.",
        "Engineers at the plant work with local suppliers.",
    ],
)
def test_working_with_anyone_but_a_party_is_none(pipeline: Pipeline, text: str) -> None:
    assert all(e.type != "COOPERATE" for e in pipeline.code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Air accident investigators began examining the wreckage of the helicopter.",
        "The ombudsman has begun examining complaints of abuse at the detention centre.",
        "The rights council said it would examine reports of forced labour in the mines.",
        "The army said it had examined the airstrike on the wedding party.",
    ],
)
def test_examining_wreckage_reports_or_complaints_investigates(
    pipeline: Pipeline, text: str
) -> None:
    event = only(pipeline.code(text), "ACCUSE")
    assert event.cameo == "090"


def test_handing_over_seized_sailors_releases_them(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("Iran handed over the eight British sailors to their embassy."), "RETREAT"
    )
    assert event.cameo == "0841"
    assert [a.country for a in event.sources] == ["IRN"]


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators dismantled their tents outside the parliament in Tbilisi and went home.",
        "Opposition supporters took down the tents they had pitched on the main avenue.",
    ],
)
def test_protesters_taking_down_their_camp_end_their_protest(pipeline: Pipeline, text: str) -> None:
    event = only(pipeline.code(text), "CONCEDE")
    assert event.cameo == "082"


def test_police_dismantling_a_protest_camp_is_no_concession(pipeline: Pipeline) -> None:
    events = pipeline.code("Riot police dismantled the protest camp outside the parliament.")
    assert all(e.type != "CONCEDE" for e in events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Nepal will allow the deployment of the regional force in the south.", "0861"),
        ("Chad received the first contingent of the African Union force at the airport.", "0861"),
    ],
)
def test_letting_a_force_deploy_admits_it(pipeline: Pipeline, text: str, cameo: str) -> None:
    assert only(pipeline.code(text), "RETREAT").cameo == cameo


@pytest.mark.parametrize(
    ("text", "event_type", "cameo"),
    [
        ("Vietnam wants to double its trade with Australia by 2030.", "COOPERATE", "061"),
        (
            "Cyprus said it was ready to make compromises on the property question.",
            "CONCEDE",
            "080",
        ),
        ("Oman has served as an intermediary between Washington and Tehran.", "CONSULT", "045"),
    ],
)
def test_trade_compromise_and_mediation_phrases(
    pipeline: Pipeline, text: str, event_type: str, cameo: str
) -> None:
    assert only(pipeline.code(text), event_type).cameo == cameo


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway said it would help the Somali government pay its soldiers.", "NOR", "SOM"),
        ("The Japanese government will help Laos rebuild its rural roads.", "JPN", "LAO"),
    ],
)
def test_a_state_helping_a_state_gives_it_aid(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    event = only(pipeline.code(text), "AID")
    assert event.cameo == "070"
    assert [a.country for a in event.sources] == [source]
    assert [a.country for a in event.targets] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "The new grant will help families pay their heating bills.",
        "Economists said it would help Britain meet its climate targets.",
    ],
)
def test_help_to_anyone_but_a_state_from_a_state_is_none(pipeline: Pipeline, text: str) -> None:
    assert all(e.type != "AID" for e in pipeline.code(text))
