"""Seats of government and offices named for the government they house; on sentences
we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "event_type", "sources", "targets"),
    [
        ("Whitehall urged Kenya on Monday to hold fresh elections.", "REQUEST", "GBR", "KEN"),
        ("Malacanang Palace accused Beijing of bullying fishermen.", "ACCUSE", "PHL", "CHN"),
        ("The Casa Rosada rejected Chile's proposal.", "REJECT", "ARG", "CHL"),
        ("Aso Rock urged Ghana to reopen the border.", "REQUEST", "NGA", "GHA"),
        (
            "The Taiwan Affairs Office in Beijing accused Taipei of provocation.",
            "ACCUSE",
            "CHN",
            "TWN",
        ),
    ],
)
def test_a_seat_of_government_stands_for_its_state(
    pipeline: Pipeline, sentence: str, event_type: str, sources: str, targets: str
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert [a.country for a in event.sources] == [sources]
    assert [a.country for a in event.targets] == [targets]
