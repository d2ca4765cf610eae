"""The place a visitor is welcomed or received at is where, not whom, the hosting
reaches; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The Emir welcomed French President Emmanuel Macron to Doha on Sunday.", "FRA"),
        ("Kenya's president received Uganda's foreign minister at State House.", "UGA"),
        ("President Ruto welcomed Tanzanian President Samia Suluhu Hassan to Nairobi.", "TZA"),
    ],
)
def test_a_hosted_visitor_is_the_target_not_the_venue(
    pipeline: Pipeline, sentence: str, state: str
) -> None:
    event = only(pipeline.code(sentence), "CONSULT")
    assert [t.country for t in event.targets] == [state]
