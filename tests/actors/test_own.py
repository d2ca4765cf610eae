"""The source's own side is not its target; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "event_type", "targets"),
    [
        ("Pakistan summoned the Indian envoy to its ministry.", "ACCUSE", ["IND"]),
        (
            "The UAE formally lifted the trade restrictions between it and Israel.",
            "CONCEDE",
            ["ISR"],
        ),
    ],
)
def test_a_pronoun_for_the_source_is_no_target_beside_another(
    pipeline: Pipeline, sentence: str, event_type: str, targets: list[str]
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert [a.country for a in event.targets] == targets


def test_a_pronoun_target_alone_stays(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Iran said the United States had attacked it."), "ASSAULT")
    assert [a.text for a in event.targets] == ["it"]


def test_a_thing_of_the_source_state_is_no_target_beside_another(pipeline: Pipeline) -> None:
    text = "Maduro closed Venezuela's land borders with Brazil and Colombia."
    event = only(pipeline.code(text), "COERCE")
    assert [a.country for a in event.targets] == ["BRA", "COL"]


def test_people_of_the_source_state_stay_targets(pipeline: Pipeline) -> None:
    text = "Iranian police arrested Iran's leading dissidents and two British nationals."
    event = only(pipeline.code(text), "COERCE")
    assert "IRN" in [a.country for a in event.targets]
