"""The subject of a timeline entry after its date and dash; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "event_type", "source", "target"),
    [
        (
            "March 2014 - Chile demands Peru return the fishing boats, foreign ministry says.",
            "REQUEST",
            "CHL",
            "PER",
        ),
        (
            "Sept 2012 - Kenya accuses Uganda of grabbing the island, foreign ministry says.",
            "ACCUSE",
            "KEN",
            "UGA",
        ),
    ],
)
def test_the_name_after_the_date_is_the_source(
    pipeline: Pipeline, sentence: str, event_type: str, source: str, target: str
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert [a.country for a in event.sources] == [source]
    assert [a.country for a in event.targets] == [target]
