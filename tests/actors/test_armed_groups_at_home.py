"""An armed group's attack at home is aimed at its state, and the stateless people it
attacks there are that state's; on sentences we wrote."""

from __future__ import annotations

from flashpoint import Event, Pipeline
from tests.coding.support import only


def target_countries(event: Event) -> list[str | None]:
    return [a.country for a in event.targets]


def test_an_armed_groups_attack_at_home_is_aimed_at_its_state(pipeline: Pipeline) -> None:
    sentence = "ETA detonated a car bomb outside a police station in Bilbao on Monday."
    events = [e for e in pipeline.code(sentence) if e.trigger.text == "detonated"]
    assert [target_countries(e) for e in events] == [["ESP"]]


def test_people_an_armed_group_attacks_at_home_are_of_its_state(pipeline: Pipeline) -> None:
    sentence = "Al-Shabaab militants killed six villagers in Baidoa on Friday."
    assert target_countries(only(pipeline.code(sentence), "ASSAULT")) == ["SOM"]


def test_an_armed_groups_attack_abroad_is_not_aimed_at_its_state(pipeline: Pipeline) -> None:
    sentence = "Al-Shabaab militants attacked a shopping mall in Nairobi on Saturday."
    assert "SOM" not in target_countries(only(pipeline.code(sentence), "ASSAULT"))


def test_an_armys_attack_at_home_takes_no_state_target(pipeline: Pipeline) -> None:
    sentence = "Burmese troops detonated explosives near a bridge in Mandalay."
    events = [e for e in pipeline.code(sentence) if e.type == "ASSAULT"]
    assert events and all(a.text for e in events for a in e.targets)
