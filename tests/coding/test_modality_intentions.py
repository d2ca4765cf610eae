"""Modality of denied purposes, preferences, held and denied intentions, what a party
is told or assured, and stances taken by a vow; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger, only


def test_a_denied_trip_denies_its_purpose(pipeline: Pipeline) -> None:
    events = pipeline.code("The soldiers did not go there to kill civilians.")
    assert only(events, "ASSAULT").modality == "negated"
    events = pipeline.code("The soldiers went there to kill civilians.")
    assert only(events, "ASSAULT").modality == "asserted"


def test_what_a_party_would_rather_do_is_a_preference(pipeline: Pipeline) -> None:
    events = pipeline.code("The rebels said they would rather go and fight the army.")
    assert only(events, "ASSAULT").modality == "hypothetical"
    assert not [e for e in events if e.type == "THREATEN"]
    events = pipeline.code("The rebels said they would go and fight the army.")
    assert only(events, "ASSAULT").modality == "future"


def test_a_held_readiness_is_future(pipeline: Pipeline) -> None:
    text = "Iran voiced its willingness to hold talks with Riyadh."
    assert only(pipeline.code(text), "CONSULT").modality == "future"
    text = "The rebels' readiness to hold talks with the junta surprised observers."
    assert only(pipeline.code(text), "CONSULT").modality == "future"
    text = "The rebels may show readiness to hold talks with the junta."
    assert only(pipeline.code(text), "CONSULT").modality == "hypothetical"
    # A decision named in the news is mostly one carried out: no threat, no plan.
    text = "The decision to invade the island was criticised by the opposition."
    assert only(pipeline.code(text), "ASSAULT").modality == "hypothetical"


def test_a_denied_intention_or_plan_denies_the_act(pipeline: Pipeline) -> None:
    text = "Moscow had no intention of attacking its neighbour."
    assert only(pipeline.code(text), "ASSAULT").modality == "negated"
    text = "The rebels have no plan to attack the capital."
    assert only(pipeline.code(text), "ASSAULT").modality == "negated"
    # Pressure is no intention: denying it does not deny the act.
    text = "Moscow came under no pressure to negotiate with Kyiv."
    assert only(pipeline.code(text), "CONSULT").modality != "negated"


def test_what_a_party_is_informed_or_assured_it_would_do_is_future(
    pipeline: Pipeline,
) -> None:
    text = "Russia informed NATO that it would withdraw its troops from the border."
    assert only(pipeline.code(text), "RETREAT").modality == "future"
    text = "The governor assured residents that police would arrest the looters."
    assert only(pipeline.code(text), "COERCE").modality == "future"


def test_a_stance_taken_by_a_vow_is_asserted(pipeline: Pipeline) -> None:
    text = "The president vowed that no foreign troops would enter, rejecting the UN plan."
    assert by_trigger(pipeline.code(text), "rejecting").modality == "asserted"
    text = "The strikers vowed to continue their sit-in, defying a court order."
    assert by_trigger(pipeline.code(text), "defying").modality == "asserted"
