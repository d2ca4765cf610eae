"""A domestic act that names no one it reaches targets the actor's own state; on
sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Event, Pipeline
from flashpoint.actors.home import home_target, placed_home_target
from flashpoint.model import Actor
from tests.coding.support import only


def countries(event: Event) -> tuple[list[str | None], list[str | None]]:
    return [a.country for a in event.sources], [a.country for a in event.targets]


@pytest.mark.parametrize(
    ("sentence", "event_type", "state"),
    [
        ("Portuguese dockers went on strike on Friday over pay.", "PROTEST", "PRT"),
        ("The Peruvian army declared a state of emergency in the south.", "COERCE", "PER"),
        ("Chilean truck drivers blocked highways for a third day.", "PROTEST", "CHL"),
    ],
)
def test_a_domestic_act_targets_its_own_state(
    pipeline: Pipeline, sentence: str, event_type: str, state: str
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert countries(event) == ([state], [state])


def test_the_home_target_has_no_words(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Greek farmers went on strike on Monday."), "PROTEST")
    assert [(t.text, t.start == t.end) for t in event.targets] == [("", True)]


def test_another_state_named_keeps_the_act_off_home(pipeline: Pipeline) -> None:
    doc = pipeline.code("Norway pledged on Monday to help rebuild the schools of Sudan.")
    assert all("NOR" not in countries(e)[1] for e in doc)


def test_no_home_target_for_sources_of_two_states() -> None:
    sources = (Actor("Kenyan", 0, 6, country="KEN"), Actor("Ugandan", 11, 18, country="UGA"))
    assert home_target("PROTEST", sources, [], ["KEN", "UGA"]) is None


def test_no_home_target_for_an_attack() -> None:
    sources = (Actor("Kenyan police", 0, 13, country="KEN"),)
    assert home_target("ASSAULT", sources, [], ["KEN"]) is None


def test_a_story_naming_another_state_keeps_the_act_off_home(pipeline: Pipeline) -> None:
    text = "Talks with Morocco broke down. Algerian dockers went on strike on Friday."
    event = only(pipeline.code(text), "PROTEST")
    assert countries(event)[1] == []


def test_a_sentence_that_names_no_state_takes_no_home_target(pipeline: Pipeline) -> None:
    text = "Portuguese dockers met on Monday. They went on strike on Friday."
    events = [e for e in pipeline.code(text) if e.type == "PROTEST"]
    assert all(countries(e)[1] == [] for e in events)


def test_the_home_state_must_be_named_in_the_sentence() -> None:
    sources = (Actor("they", 0, 4, country="PRT"),)
    assert home_target("PROTEST", sources, ["PRT"], []) is None
    assert home_target("PROTEST", sources, ["PRT"], ["PRT"]) is not None


def test_people_placed_by_where_they_act_target_that_state(pipeline: Pipeline) -> None:
    text = "Nurses in Rotterdam went on strike over pay on Tuesday."
    event = only(pipeline.code(text), "PROTEST")
    assert countries(event) == (["NLD"], ["NLD"])


def test_people_with_a_state_of_their_own_are_not_placed() -> None:
    before = (Actor("Kenyan workers", 0, 14, country="KEN"),)
    assert placed_home_target("PROTEST", before, before) is None
