"""Street unrest, civilians closing roads, exercises, withdrawals from a force and
hostages seized; sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Youths burned cars and shops in the northern suburbs overnight.", "burned"),
        ("Drunken hooligans looted shops near the stadium after the match.", "looted"),
        ("Youths battled police in the streets of the old town.", "battled"),
        ("Opposition supporters stormed the electoral commission in the capital.", "stormed"),
        ("Hundreds of residents clashed with police over the new dam.", "clashed"),
    ],
)
def test_street_unrest_by_a_crowd_is_a_riot(pipeline: Pipeline, text: str, word: str) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.mode) == ("PROTEST", "riot")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Three youths stabbed a teenager outside a nightclub.", "stabbed"),
        ("Thousands of soldiers stormed the rebel town at dawn.", "stormed"),
        ("Government troops clashed with rebels near the border.", "clashed"),
    ],
)
def test_violence_against_a_person_or_by_an_army_stays_assault(
    pipeline: Pipeline, text: str, word: str
) -> None:
    assert by_trigger(pipeline.code(text), word).type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Angry protesters shut down the main intersections of the city.", "shut"),
        ("Striking farmers sealed off the roads into the capital.", "sealed"),
        ("Rice growers cut off the highway to the port with burning tyres.", "cut"),
    ],
)
def test_civilians_closing_a_road_obstruct_it(pipeline: Pipeline, text: str, word: str) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.mode) == ("PROTEST", "obstruct")


def test_a_state_or_police_closing_a_way_stays_coercion(pipeline: Pipeline) -> None:
    text = "Police sealed off the streets around the parliament building."
    assert by_trigger(pipeline.code(text), "sealed").type == "COERCE"


def test_drills_of_one_party_are_a_show_of_force(pipeline: Pipeline) -> None:
    text = "The navy launched drills near the disputed islands."
    assert by_trigger(pipeline.code(text), "launched").type == "MOBILIZE"
    # One party's forces coordinated as subject are no partners.
    text = "Chinese destroyers and bombers staged live-fire drills near the strait."
    assert by_trigger(pipeline.code(text), "staged").type == "MOBILIZE"


def test_drills_held_by_named_parties_together_are_cooperation(pipeline: Pipeline) -> None:
    text = "Russia and Belarus held drills near the Polish border."
    assert by_trigger(pipeline.code(text), "held").type == "COOPERATE"
    text = "The two navies held joint drills in the Baltic."
    assert by_trigger(pipeline.code(text), "held").type == "COOPERATE"


def test_withdrawing_from_a_peacekeeping_force_reduces_relations(pipeline: Pipeline) -> None:
    text = "Sweden withdrew its battalion from the UN force in Liberia."
    event = by_trigger(pipeline.code(text), "withdrew")
    assert (event.type, event.cameo) == ("SANCTION", "1661")
    text = "The Arab League withdrew its monitoring mission from the country."
    assert by_trigger(pipeline.code(text), "withdrew").type == "SANCTION"


def test_seizing_hostages_is_an_abduction(pipeline: Pipeline) -> None:
    text = "Pirates seized twenty hostages from a cargo ship off the coast."
    event = by_trigger(pipeline.code(text), "seized")
    assert (event.type, event.mode) == ("ASSAULT", "abduct")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of dock workers stayed home from work on Tuesday over pay.",
        "Bus drivers stayed away from work for a second day.",
        "Copper miners stayed off the job for a third week.",
    ],
)
def test_staying_away_from_work_is_a_strike(pipeline: Pipeline, text: str) -> None:
    event = by_trigger(pipeline.code(text), "stayed")
    assert (event.type, event.mode) == ("PROTEST", "strike")


def test_staying_home_from_school_is_no_strike(pipeline: Pipeline) -> None:
    assert pipeline.code("The children stayed home from school with flu.") == []


def test_pummelling_someone_is_a_beating(pipeline: Pipeline) -> None:
    text = "Riot police pummelled a student outside the gates."
    event = by_trigger(pipeline.code(text), "pummelled")
    assert (event.type, event.mode) == ("ASSAULT", "beat")
