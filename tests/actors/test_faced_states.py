"""A stateless source is not of the state it faces, though a crowd is of the capital it
fills; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Event, Pipeline
from tests.coding.support import by_trigger, only


def countries(event: Event) -> tuple[list[str | None], list[str | None]]:
    return [a.country for a in event.sources], [a.country for a in event.targets]


@pytest.mark.parametrize(
    ("sentence", "event_type", "target"),
    [
        ("The cabinet urged Washington to lift the sanctions.", "REQUEST", "USA"),
        ("The Centre warned Nepal against the move.", "THREATEN", "NPL"),
        ("The Federal Government declined a US offer of help.", "REJECT", "USA"),
    ],
)
def test_a_government_is_not_of_the_state_it_faces(
    pipeline: Pipeline, sentence: str, event_type: str, target: str
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert countries(event) == ([None], [target])


def test_a_band_is_of_the_capital_it_attacks(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Gunmen attacked Kabul on Monday."), "ASSAULT")
    assert countries(event) == (["AFG"], ["AFG"])


def test_lawmakers_facing_a_bare_state_are_not_its_own(pipeline: Pipeline) -> None:
    text = "The parliament speaker accused Denmark of insulting Muslims."
    event = by_trigger(pipeline.code(text), "accused")
    assert countries(event) == ([None], ["DNK"])


def test_opposition_facing_a_government_is_its_own(pipeline: Pipeline) -> None:
    text = "Opposition lawmakers accused the Kenyan government of rigging the vote."
    event = only(pipeline.code(text), "ACCUSE")
    assert countries(event) == (["KEN"], ["KEN"])


def test_a_crowd_filling_a_capital_is_of_its_state(pipeline: Pipeline) -> None:
    text = (
        "Thousands of protesters poured into the streets of Lima on Sunday, "
        "demanding the resignation of the president."
    )
    event = only(pipeline.code(text), "PROTEST")
    assert countries(event) == (["PER"], ["PER"])


def test_a_state_acting_on_opposition_makes_it_its_own(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Kenya legalised opposition parties in December."), "CONCEDE")
    assert countries(event) == (["KEN"], ["KEN"])


def test_police_are_of_the_place_they_are_sent_to(pipeline: Pipeline) -> None:
    text = "Police reinforcements were rushed to Jaipur after clashes, officials said."
    event = only(pipeline.code(text), "MOBILIZE")
    assert countries(event) == (["IND"], ["IND"])


def test_rebels_attacking_a_town_are_of_its_state(pipeline: Pipeline) -> None:
    text = "Then, on 20 January, rebels attacked the Kurdish city of Afrin."
    event = only(pipeline.code(text), "ASSAULT")
    assert countries(event) == (["SYR"], ["SYR"])


def test_a_government_attacking_a_town_is_of_its_state(pipeline: Pipeline) -> None:
    text = "Tens of thousands of people have fled a government assault on Idlib."
    event = only(pipeline.code(text), "ASSAULT")
    assert countries(event)[0] == ["SYR"]
