"""An office-holder who steps down or hands over power leaves an office of his own
state, its target where the act names no other; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Event, Pipeline
from flashpoint.actors.home import home_target
from flashpoint.model import Actor


def resignation(events: list[Event]) -> Event:
    found = [e for e in events if e.mode == "resign"]
    assert found, f"no resignation in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The Peruvian president resigned on Friday.", "PER"),
        ("Danish Prime Minister Lars Hansen said he would step down next month.", "DNK"),
        ("The Malawian president said he would hand over power after the vote.", "MWI"),
    ],
)
def test_a_resignation_targets_the_own_state(pipeline: Pipeline, sentence: str, state: str) -> None:
    event = resignation(pipeline.code(sentence))
    assert [t.country for t in event.targets] == [state]


def test_only_the_resigning_mode_is_done_at_home() -> None:
    sources = (Actor("Chilean troops", 0, 14, country="CHL"),)
    assert home_target("RETREAT", sources, [], ["CHL"], "withdraw") is None
    assert home_target("RETREAT", sources, [], ["CHL"], "resign") is not None
