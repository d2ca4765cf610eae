"""A show of force along a border is aimed at the state across it; on sentences we
wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Sudan massed 20,000 troops along its border with South Sudan.", "SSD"),
        ("Greek warships held exercises near the Turkish coast on Monday.", "TUR"),
        ("Algeria put its army on alert along the border with Morocco.", "MAR"),
    ],
)
def test_forces_along_a_border_face_the_state_across_it(
    pipeline: Pipeline, sentence: str, state: str
) -> None:
    event = only(pipeline.code(sentence), "MOBILIZE")
    assert [t.country for t in event.targets] == [state]


def test_a_border_of_no_named_state_faces_no_one(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Sudan massed 20,000 troops along its border."), "MOBILIZE")
    assert "SSD" not in [t.country for t in event.targets]


@pytest.mark.parametrize(
    ("sentence", "event_type", "state"),
    [
        ("Sudan refused to pull its troops back from the border with Chad.", "REJECT", "TCD"),
        ("Rwanda refused to withdraw its soldiers from bases inside Burundi.", "REJECT", "BDI"),
    ],
)
def test_a_withdrawal_reaches_the_place_left_or_the_state_across_it(
    pipeline: Pipeline, sentence: str, event_type: str, state: str
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert [t.country for t in event.targets] == [state]
