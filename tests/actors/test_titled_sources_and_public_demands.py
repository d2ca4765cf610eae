"""A state's titled office-holders govern their own people, and a demand by the public
that names no one is made of its own state; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Event, Pipeline
from flashpoint.actors.home import home_target, public_act
from flashpoint.model import Actor
from tests.coding.support import only


def target_countries(event: Event) -> list[str | None]:
    return [a.country for a in event.targets]


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The Kenyan President urged protesters to go home.", "KEN"),
        (
            "Peruvian Prime Minister Ana Torres ordered striking miners to end their blockade.",
            "PER",
        ),
    ],
)
def test_people_a_titled_office_holder_addresses_are_of_the_state(
    pipeline: Pipeline, sentence: str, state: str
) -> None:
    assert target_countries(only(pipeline.code(sentence), "REQUEST")) == [state]


def test_people_a_bare_state_addresses_are_not_placed(pipeline: Pipeline) -> None:
    event = only(pipeline.code("The United States urged protesters to go home."), "REQUEST")
    assert target_countries(event) == [None]


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Hungarian teachers' unions demanded a new pay deal on Monday.", "HUN"),
        ("Chilean students demanded lower bus fares on Friday.", "CHL"),
    ],
)
def test_a_demand_by_the_public_is_made_of_its_state(
    pipeline: Pipeline, sentence: str, state: str
) -> None:
    assert target_countries(only(pipeline.code(sentence), "REQUEST")) == [state]


def test_a_states_own_demand_takes_no_home_target(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Jordan demanded urgent international assistance."), "REQUEST")
    assert target_countries(event) == []


def test_only_the_public_makes_a_demand_at_home() -> None:
    union = (Actor("Greek unions", 0, 12, country="GRC", sector="LAB"),)
    minister = (Actor("Greek minister", 0, 14, country="GRC", sector="GOV"),)
    assert public_act("REQUEST", union)
    assert not public_act("REQUEST", minister)
    assert home_target("REQUEST", minister, [], ["GRC"]) is None
    assert home_target("REQUEST", union, [], ["GRC"]) is not None


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Belarusian troops fired on protesters in Minsk, witnesses said.", "BLR"),
        ("The Sudanese army ordered demonstrators in Khartoum to disperse.", "SDN"),
    ],
)
def test_people_a_states_forces_act_upon_at_home_are_its_own(
    pipeline: Pipeline, sentence: str, state: str
) -> None:
    events = [e for e in pipeline.code(sentence) if e.targets]
    assert target_countries(events[0]) == [state]


def test_people_an_army_acts_upon_nowhere_named_are_not_its_own(pipeline: Pipeline) -> None:
    event = only(pipeline.code("US troops killed three civilians at a checkpoint."), "ASSAULT")
    assert "USA" not in target_countries(event)
