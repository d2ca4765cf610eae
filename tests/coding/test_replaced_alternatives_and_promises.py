"""An act done "but" in place of a negated one, "did not hesitate to", appeals with a
parenthesis before the infinitive, promises named by a noun, and a readiness that is
a person's or to undergo something; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger, only


def test_the_act_done_instead_of_a_negated_one_is_asserted(pipeline: Pipeline) -> None:
    events = pipeline.code("Peru did not expel the envoy but accused Bolivia of spying.")
    assert by_trigger(events, "expel").modality == "negated"
    accused = by_trigger(events, "accused")
    assert accused.modality == "asserted"
    assert [a.country for a in accused.targets] == ["BOL"]


def test_a_second_verb_sharing_the_negated_auxiliary_stays_negated(pipeline: Pipeline) -> None:
    events = pipeline.code("The army is not shelling the villages but blockading them.")
    assert all(e.modality == "negated" for e in events)


def test_coordinated_negated_verbs_stay_negated(pipeline: Pipeline) -> None:
    events = pipeline.code("Chad did not attack the rebels and did not invade Sudan.")
    assert all(e.modality == "negated" for e in events)


def test_not_hesitating_to_act_is_acting(pipeline: Pipeline) -> None:
    events = pipeline.code("Ghana did not hesitate to condemn the coup in Niger.")
    assert only(events, "ACCUSE").modality == "asserted"


def test_not_hesitating_to_act_in_future_stays_future(pipeline: Pipeline) -> None:
    events = pipeline.code("Peru will not hesitate to expel the diplomats, the minister said.")
    assert by_trigger(events, "expel").modality != "asserted"


def test_an_appeal_with_a_parenthesis_before_the_infinitive(pipeline: Pipeline) -> None:
    events = pipeline.code("Ghana nudged Togo, in a letter to its premier, to reopen the border.")
    event = only(events, "REQUEST")
    assert [a.country for a in event.targets] == ["TGO"]


def test_entreating_is_an_appeal(pipeline: Pipeline) -> None:
    events = pipeline.code("Haiti entreated Canada to send police officers.")
    assert by_trigger(events, "entreated").type == "REQUEST"


def test_a_promise_to_act_is_a_pledge(pipeline: Pipeline) -> None:
    for text in (
        "Chile's promise to build a power line to Peru was announced on Monday.",
        "Norway made a commitment to fund schools in Malawi.",
    ):
        assert only(pipeline.code(text), "AGREE").modality == "asserted", text


def test_a_promise_without_an_act_is_none(pipeline: Pipeline) -> None:
    for text in ("The promise of peace faded.", "The vows were read aloud."):
        assert not [e for e in pipeline.code(text) if e.type == "AGREE"], text


def test_readiness_of_a_person_given_an_age_or_to_undergo_is_no_pledge(
    pipeline: Pipeline,
) -> None:
    for text in (
        "Her lawyer says Kenya, 31, is prepared to build a school in Boston.",
        "Chile said it was prepared to face a challenge at the court.",
    ):
        assert not [e for e in pipeline.code(text) if e.type == "AGREE"], text


def test_an_adverb_of_direction_after_the_object_is_the_particle(pipeline: Pipeline) -> None:
    events = pipeline.code("Britain handed the looted masks back to Ghana.")
    event = by_trigger(events, "handed")
    assert event.type == "RETREAT"
    assert "GHA" in [a.country for a in event.targets]


def test_a_state_s_disapproval_is_disapproval(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Ireland's disapproval of the Danish whaling was conveyed to Copenhagen."
    )
    assert only(events, "ACCUSE").cameo == "110"


def test_sharing_imagery_and_a_joint_scheme_cooperate(pipeline: Pipeline) -> None:
    for text in (
        "Norway shared radar imagery with Finland.",
        "Laos and Thailand launched a joint irrigation scheme.",
    ):
        assert only(pipeline.code(text), "COOPERATE").modality == "asserted", text


def test_drills_by_the_forces_of_two_named_nations_are_joint(pipeline: Pipeline) -> None:
    events = pipeline.code("Indian and French warships held naval drills in the Arabian Sea.")
    assert only(events, "COOPERATE").cameo == "062"
    events = pipeline.code("Russian troops held drills near the border.")
    assert not [e for e in events if e.type == "COOPERATE"]


def test_coercion_promised_on_a_condition_is_a_threat(pipeline: Pipeline) -> None:
    events = pipeline.code("Peru pledged to impose a curfew in Lima if the riots went on.")
    assert not [e for e in events if e.type == "AGREE"]
    assert by_trigger(events, "impose").modality != "asserted"


def test_coercion_promised_outright_stays_a_pledge(pipeline: Pipeline) -> None:
    events = pipeline.code("The Kenyan governor pledged to arrest the killers.")
    assert by_trigger(events, "pledged").type == "AGREE"
