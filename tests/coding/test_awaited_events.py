"""What a planned or vowed act waits for ("will stay off work until the minister
resigns") is merely possible: its actor neither did it nor promised it; what a done
act lasted until is told as done; sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    "text",
    [
        "The dockers said they would stay off work until the port authority resigned.",
        "Opposition deputies vowed to boycott parliament until the speaker resigned.",
        "Truckers pledged to block the border crossing until the government withdrew the fuel tax.",
    ],
)
def test_an_event_a_planned_act_waits_for_is_hypothetical(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code(text)
    awaited = by_trigger(events, "resigned" if "resigned" in text else "withdrew")
    assert awaited.modality == "hypothetical"


def test_an_event_a_done_act_lasted_until_is_told(pipeline: Pipeline) -> None:
    events = pipeline.code("Artillery shelled the town until the rebels surrendered on Monday.")
    assert by_trigger(events, "surrendered").modality == "asserted"
