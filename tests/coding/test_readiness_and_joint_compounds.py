"""A state ready, prepared or willing to act (an intent, AGREE), "joint" on the first
noun of a compound (cooperation), and lexicon rows for disregarding a ruling, scorning
a plan, and opening a case; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger, only


def test_a_party_ready_to_act_states_an_intent(pipeline: Pipeline) -> None:
    events = pipeline.code("Chile said it was ready to build a new power line to Argentina.")
    event = only(events, "AGREE")
    assert event.cameo == "030"
    assert [a.country for a in event.sources] == ["CHL"]


def test_prepared_and_willing_read_as_ready(pipeline: Pipeline) -> None:
    for text in (
        "Ghana is prepared to lead a regional police mission in Togo.",
        "Ghana's government is willing to build a new road to Togo.",
    ):
        assert only(pipeline.code(text), "AGREE").modality == "asserted"


def test_the_act_one_is_ready_for_is_coded_by_itself_as_future(pipeline: Pipeline) -> None:
    events = pipeline.code("Serbia is ready to resume talks with Kosovo, the minister said.")
    assert by_trigger(events, "resume").modality == "future"
    assert not [e for e in events if e.trigger.text == "is"]


def test_readiness_for_an_act_that_is_an_event_leaves_it_to_the_act(
    pipeline: Pipeline,
) -> None:
    events = pipeline.code("Armenia is ready to attack the enclave, its commander said.")
    assert not [e for e in events if e.type == "AGREE"]
    assert by_trigger(events, "attack").modality != "asserted"


def test_a_person_or_a_graded_readiness_is_no_pledge(pipeline: Pipeline) -> None:
    for text in (
        "She was ready to start learning German.",
        "The Dutch government is less willing to fund the project than before.",
        "How far Peru is ready to go remains unclear.",
    ):
        assert not [e for e in pipeline.code(text) if e.type == "AGREE"], text


def test_no_readiness_is_no_pledge(pipeline: Pipeline) -> None:
    events = pipeline.code("Serbia is not ready to resume talks with Kosovo.")
    assert not [e for e in events if e.type == "AGREE"]


def test_a_thing_ready_for_use_is_no_party(pipeline: Pipeline) -> None:
    assert not [e for e in pipeline.code("The new bridge is ready to open.") if e.type == "AGREE"]


def test_joint_on_the_first_noun_of_a_compound_is_cooperation(pipeline: Pipeline) -> None:
    text = "Laos and Vietnam launched a joint vaccination drive in the border villages."
    event = only(pipeline.code(text), "COOPERATE")
    assert event.cameo == "060"


def test_disregarding_a_ruling_defies_it(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Hungary disregarded the ruling of the EU court."), "REJECT")
    assert event.cameo == "128"


def test_scorning_a_proposal_rejects_it(pipeline: Pipeline) -> None:
    text = "Caracas scorned the Brazilian proposal for new elections."
    event = only(pipeline.code(text), "REJECT")
    assert [a.country for a in event.sources] == ["VEN"]


def test_prosecutors_opening_a_case_investigate(pipeline: Pipeline) -> None:
    text = "Estonian prosecutors opened a criminal case against the shipping company."
    assert only(pipeline.code(text), "ACCUSE").cameo == "090"
