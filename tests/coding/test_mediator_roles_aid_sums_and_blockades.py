"""Giving up a role as mediator or facilitator (phrasal verbs too), aid sums whose
"in" phrase hangs on the verb, paused shipments, and blockades read through their
owner or a rail line; sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger, only


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Norway ended its role as mediator between the rebels and the government.", "ended"),
        ("Sweden shelved its role as facilitator of the peace process.", "shelved"),
        ("Qatar stepped down as mediator in the border talks.", "stepped"),
        ("The Kenyan envoy resigned as facilitator of the talks last week.", "resigned"),
    ],
)
def test_giving_up_a_mediators_role_halts_mediation(
    pipeline: Pipeline, text: str, word: str
) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.cameo) == ("SANCTION", "165")


@pytest.mark.parametrize(
    "text",
    ["The minister stepped down as party chairman.", "The general resigned as army chief."],
)
def test_stepping_down_from_another_post_stays_a_resignation(pipeline: Pipeline, text: str) -> None:
    assert only(pipeline.code(text), "RETREAT").cameo == "0831"


def test_a_sum_in_aid_hung_on_the_verb_is_the_aid_cut(pipeline: Pipeline) -> None:
    text = "Norway cut off millions of dollars in assistance to Kenya."
    event = by_trigger(pipeline.code(text), "cut")
    assert (event.type, event.cameo) == ("SANCTION", "162")
    assert [a.text for a in event.targets] == ["Kenya"]


def test_a_sum_spent_somewhere_is_no_aid_cut(pipeline: Pipeline) -> None:
    events = pipeline.code("Norway spent millions of dollars in Kenya.")
    assert not [e for e in events if e.type == "SANCTION"]


def test_pausing_shipments_halts_them(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Washington paused shipments of rockets to Kyiv."), "paused")
    assert event.type == "SANCTION"


def test_a_crowds_own_blockade_under_a_verb_obstructs(pipeline: Pipeline) -> None:
    text = "Farmers from the north stepped up their blockade of the highways on Monday."
    event = by_trigger(pipeline.code(text), "blockade")
    assert (event.type, event.cameo) == ("PROTEST", "144")


def test_a_navys_own_blockade_stays_coercion(pipeline: Pipeline) -> None:
    event = only(pipeline.code("The navy tightened its blockade of the port."), "COERCE")
    assert event.cameo == "191"


def test_activists_blocking_a_rail_line_obstruct_it(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Activists blocked a rail line near Lyon."), "blocked")
    assert (event.type, event.cameo) == ("PROTEST", "144")


def test_truckers_keeping_a_bridge_shut_obstruct_it(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Truckers kept the bridge shut for a third day."), "kept")
    assert (event.type, event.cameo) == ("PROTEST", "144")


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Ghana recalled its contingent serving with the UN force in Lebanon.", "recalled", "1661"),
        (
            "The district administration snapped mobile internet across the valley.",
            "snapped",
            "1721",
        ),
        ("The assembly stripped the charity of its legal status.", "stripped", "172"),
    ],
)
def test_contingents_recalled_internet_snapped_and_status_stripped(
    pipeline: Pipeline, text: str, word: str, cameo: str
) -> None:
    assert by_trigger(pipeline.code(text), word).cameo == cameo


def test_snapping_photos_is_no_event(pipeline: Pipeline) -> None:
    assert not pipeline.code("Officials snapped photos of the crowd.")


def test_a_from_phrase_hung_on_the_people_driven_makes_a_mass_expulsion(
    pipeline: Pipeline,
) -> None:
    text = "The army has driven more than 500,000 Rohingya from Rakhine state."
    event = by_trigger(pipeline.code(text), "driven")
    assert (event.type, event.cameo) == ("ASSAULT", "20")


def test_a_few_hundred_driven_from_a_village_is_no_mass_expulsion(pipeline: Pipeline) -> None:
    assert not pipeline.code("Rebels drove 300 Hutus from the village.")


@pytest.mark.parametrize(
    "text",
    [
        "The main square was filled by thousands of students demanding free tuition.",
        "Thousands of students demanding free tuition filled the main square.",
    ],
)
def test_a_crowd_demanding_something_that_fills_a_square_demonstrates(
    pipeline: Pipeline, text: str
) -> None:
    events = pipeline.code(text)
    main = max(events, key=lambda e: e.confidence)
    assert (main.type, main.trigger.text) == ("PROTEST", "filled")


def test_a_passive_storming_by_protesters_is_a_riot(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("The embassy was stormed by protesters on Friday."), "stormed")
    assert (event.type, event.cameo) == ("PROTEST", "145")


@pytest.mark.parametrize(
    "text",
    [
        "The hall was filled by students waiting for exam results.",
        "The town was stormed by rebels.",
    ],
)
def test_a_passive_without_protesters_is_no_protest(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline.code(text) if e.type == "PROTEST"]
