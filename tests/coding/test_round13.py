"""Round 13 readings (intent, yielding, leftovers); sentences we wrote."""

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
