"""A weapon in a "with" phrase is how an act was done, not whom it reached; on
sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import only


def target_texts(pipeline: Pipeline, sentence: str) -> list[str]:
    return [a.text for a in only(pipeline.code(sentence), "ASSAULT").targets]


def test_a_weapon_is_no_target(pipeline: Pipeline) -> None:
    sentence = "Turkish jets struck rebel camps in the mountains with armed drones."
    assert not any("drones" in t for t in target_texts(pipeline, sentence))


def test_the_other_side_of_a_clash_is_still_a_target(pipeline: Pipeline) -> None:
    sentence = "Israeli troops clashed with Palestinian gunmen in Jenin."
    assert any("gunmen" in t for t in target_texts(pipeline, sentence))
