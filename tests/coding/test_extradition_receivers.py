"""An extradition reaches the state that receives the person handed over, not that
person; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Brazil extradited a Paraguayan smuggling boss to Argentina on Monday.", "ARG"),
        ("A fugitive banker was extradited to Italy by Portugal last week.", "ITA"),
    ],
)
def test_an_extradition_reaches_its_receiver(pipeline: Pipeline, sentence: str, state: str) -> None:
    event = only(pipeline.code(sentence), "COOPERATE")
    assert [t.country for t in event.targets] == [state]


def test_without_a_receiver_the_person_handed_over_stays(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Peru extradited two Chilean businessmen."), "COOPERATE")
    assert [t.country for t in event.targets] == ["CHL"]
