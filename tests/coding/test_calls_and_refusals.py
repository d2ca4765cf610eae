"""Appeals by nudging, calls for an act, time spans and rejections: sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import only


def test_challenging_a_party_to_act_is_an_appeal(pipeline: Pipeline) -> None:
    text = "Brazil challenged the rich nations on Monday to cut their farm subsidies."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "challenged"
    text = "Norway prodded the two parties to resume their dialogue."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "prodded"


def test_what_a_party_is_nudged_to_do_has_not_happened(pipeline: Pipeline) -> None:
    events = pipeline.code("Norway nudged Israel to give ground on the settlements.")
    assert only(events, "CONCEDE").modality == "hypothetical"
    events = pipeline.code("Ukraine challenged Moscow to pull its troops out of Crimea.")
    assert only(events, "RETREAT").modality == "hypothetical"


def test_a_challenge_without_an_infinitive_is_no_appeal(pipeline: Pipeline) -> None:
    events = pipeline.code("The party challenged the election result in court.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_call_for_a_party_to_act_is_a_request(pipeline: Pipeline) -> None:
    text = "The bishops' call for Kenya to free the detained journalists angered the police."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "call"
    text = "Human Rights Watch issued a call for Peru to protect indigenous leaders."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "issued"


def test_a_call_without_a_for_phrase_is_no_request(pipeline: Pipeline) -> None:
    events = pipeline.code("The minister's call lasted an hour.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_rejected_call_is_the_rejection_s_content(pipeline: Pipeline) -> None:
    events = pipeline.code("The junta dismissed the bishops' calls for early elections.")
    assert only(events, "REJECT").trigger.text == "dismissed"
    assert not [e for e in events if e.type == "REQUEST"]


def test_nudging_a_party_away_for_a_purpose_is_no_appeal(pipeline: Pipeline) -> None:
    events = pipeline.code("The ushers nudged the guests away from the stage to clear the aisle.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_rebranding_is_no_branding(pipeline: Pipeline) -> None:
    assert not pipeline.code("The party decided to rebrand itself before the election.")


def test_a_span_of_time_is_read_as_the_act_it_measures(pipeline: Pipeline) -> None:
    text = "Dock workers in Chittagong ended three weeks of strikes on Monday."
    assert only(pipeline.code(text), "CONCEDE").trigger.text == "ended"


def test_invitation_to_act_is_an_appeal(pipeline: Pipeline) -> None:
    text = "Tokyo invited Seoul to invest in its ports."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "invited"


def test_invitation_to_visit_stays_an_offer_to_meet(pipeline: Pipeline) -> None:
    events = pipeline.code("Kabul invited the Taliban to join the peace talks.")
    assert [e.type for e in events if e.trigger.text == "invited"] == ["AGREE"]


def test_phrasal_verb_with_its_preposition(pipeline: Pipeline) -> None:
    text = "The foreign minister stood up for the jailed reformers."
    assert only(pipeline.code(text), "SUPPORT").trigger.text == "stood"


def test_phrasal_verb_with_a_time_span_is_no_reading(pipeline: Pipeline) -> None:
    events = pipeline.code("The garrison held out for many more weeks.")
    assert not [e for e in events if e.type == "REQUEST"]
