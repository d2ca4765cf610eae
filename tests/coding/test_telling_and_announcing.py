"""Telling, pressing and insisting as demands; announced and ongoing acts; partitive,
contingent and range objects; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import only


def test_a_partitive_object_keeps_its_compound(pipeline: Pipeline) -> None:
    # "hundreds of olive trees" is read as "olive trees" (the row "uproot olive").
    events = pipeline.code("Soldiers uprooted hundreds of olive trees in the village.")
    assert only(events, "ASSAULT").trigger.text == "uprooted"


def test_an_announced_decision_as_passive_subject_is_made_public(pipeline: Pipeline) -> None:
    text = "Chile's decision to recognise Palestine was announced by the foreign minister."
    assert only(pipeline.code(text), "SUPPORT").modality == "future"


def test_ordering_monitors_out_of_a_place_expels_them(pipeline: Pipeline) -> None:
    events = pipeline.code("The junta ordered the foreign observers out of the province.")
    assert only(events, "SANCTION").trigger.text == "ordered"


def test_a_contingent_is_named_by_what_it_holds(pipeline: Pipeline) -> None:
    events = pipeline.code("Mali accepted a contingent of peacekeepers from Chad.")
    assert only(events, "RETREAT").trigger.text == "accepted"


def test_an_act_announced_in_the_past_progressive_is_under_way(pipeline: Pipeline) -> None:
    events = pipeline.code("Norway announced it was suspending its aid to the government.")
    assert only(events, "SANCTION").modality == "asserted"


def test_telling_a_party_to_act_is_a_demand(pipeline: Pipeline) -> None:
    text = "The governor told the striking nurses to return to their wards."
    demand = only(pipeline.code(text), "REQUEST")
    assert demand.trigger.text == "told"
    # A witness telling others is no party acting; telling something is saying it.
    assert not pipeline.code("The governor told the nurses that the wards were full.")
    assert not pipeline.code("I told the nurses to go home.")


def test_pressing_a_party_to_act_is_an_appeal(pipeline: Pipeline) -> None:
    text = "Senegal pressed the Gambian leader to accept a negotiated exit."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "pressed"


def test_a_party_pressed_by_another_to_act_is_appealed_to(pipeline: Pipeline) -> None:
    text = "The Malian junta was pressed by Senegal to accept a negotiated exit."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "pressed"
    text = "Serbia was told by Brussels to drop the border checks."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "told"
    # No teller named, or the speaker told: no party's demand.
    assert not pipeline.code("We were told by the guards to wait outside.")


def test_insisting_in_the_present_perfect_on_a_bare_complement_is_a_demand(
    pipeline: Pipeline,
) -> None:
    text = "Peru has insisted that the mining company disclose its water tests."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "insisted"


def test_a_range_of_sanctions_is_read_as_the_sanctions(pipeline: Pipeline) -> None:
    text = "Canada will ease a range of sanctions on Cuba next month."
    assert only(pipeline.code(text), "CONCEDE").trigger.text == "ease"


def test_an_infinitive_clause_after_allow_is_its_complement(pipeline: Pipeline) -> None:
    # Parsed "allow [the agency to inspect]": a clausal complement, read as "allow inspect".
    text = "Egypt said it would allow the International Atomic Energy Agency to inspect the plant."
    assert only(pipeline.code(text), "RETREAT").trigger.text == "allow"
    # The verb "access" is no access granted.
    text = "The settings allowed the firm to access the data of millions of users."
    assert not [e for e in pipeline.code(text) if e.type == "RETREAT"]
