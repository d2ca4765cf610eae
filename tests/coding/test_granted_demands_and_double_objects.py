"""Agreeing to what the sentence names as another party's demand as a concession, the
thing given in a double-object verb the parser lost, and working "with" a party that
the parser made the subject of a clause, on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger, only


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya agreed to release the detainees, a demand of the protesters.", "agreed"),
        ("The president agreed to scrap the tax, a key demand of the unions.", "agreed"),
        ("The council approved a recount, as demanded by the opposition.", "approved"),
        ("The government agreed to a new electoral law demanded by the opposition.", "agreed"),
    ],
)
def test_granting_a_named_demand_is_a_concession(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    event = by_trigger(pipeline.code(text), trigger)
    assert event.type == "CONCEDE"
    assert event.cameo == "083"


def test_the_demand_noun_is_no_request_of_its_own(pipeline: Pipeline) -> None:
    events = pipeline.code("Kenya agreed to release the detainees, a demand of the protesters.")
    assert "REQUEST" not in [e.type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to a ceasefire on Monday.",
        "Peru agreed to a loan from the bank, officials said.",
    ],
)
def test_agreeing_to_what_no_one_demanded_stays_an_agreement(pipeline: Pipeline, text: str) -> None:
    assert by_trigger(pipeline.code(text), "agreed").type == "AGREE"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Spain's police handed Italian investigators detailed information on the gang.",
            "ESP",
            "ITA",
        ),
        (
            "Britain passed to its French counterparts details of the smuggling network.",
            "GBR",
            "FRA",
        ),
    ],
)
def test_information_handed_over_in_a_double_object_is_intelligence_sharing(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    event = only(pipeline.code(text), "COOPERATE")
    assert event.cameo == "064"
    assert [a.country for a in event.sources] == [source]
    assert target in [a.country for a in event.targets]


def test_handing_over_figures_to_reporters_is_none(pipeline: Pipeline) -> None:
    assert pipeline.code("The minister handed reporters detailed figures.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghana said it would work closely with the authorities to organise the vote.",
        "The bloc said it would work closely with the interim authorities in Kabul to"
        " organise the vote.",
    ],
)
def test_working_with_a_party_made_a_clause_subject_is_an_offer(
    pipeline: Pipeline, text: str
) -> None:
    event = by_trigger(pipeline.code(text), "work")
    assert event.type in {"COOPERATE", "AGREE"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kosovo transferred the former commander to The Hague to stand trial.", "XKX", "NLD"),
        ("Peru sent the banker to Miami for trial.", "PER", "USA"),
        ("Bolivia handed the drug lord over to US agents for trial in New York.", "BOL", "USA"),
    ],
)
def test_a_person_handed_over_for_trial_is_extradited(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    event = only(pipeline.code(text), "COOPERATE")
    assert event.cameo == "063"
    assert [a.country for a in event.sources] == [source]
    assert target in [a.country for a in event.targets]


def test_a_case_sent_on_for_trial_is_none(pipeline: Pipeline) -> None:
    assert pipeline.code("The court sent the case to a higher court for trial.") == []
