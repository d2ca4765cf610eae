"""A wire story's dateline is where it was filed, not an actor; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from flashpoint.actors.dateline import after_dateline, dateline_end
from flashpoint.model import Actor
from tests.coding.support import only


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("LISBON, May 4 (Reuters) - Portugal said", "Portugal said"),
        ("HAVANA (AP) -- Cuba said", "Cuba said"),
        ("GALWAY, Ireland, Oct 2 (AFP) - Farmers said", "Farmers said"),
        ("OSLO, June 1 - Norway said", "Norway said"),
        ("Norway said on Monday", "Norway said on Monday"),
        ("US - China talks resumed", "US - China talks resumed"),
    ],
)
def test_the_dateline_that_opens_a_lead(text: str, rest: str) -> None:
    assert text[dateline_end(text) :] == rest


def test_a_mention_that_starts_in_the_dateline_keeps_the_rest() -> None:
    text = "LIMA, May 4 (Reuters) - Striking miners blocked roads."
    end = dateline_end(text)
    mention = Actor(text[: text.index(" blocked")], 0, text.index(" blocked"))
    assert after_dateline(mention, end, text) == Actor("Striking miners", end, mention.end)
    assert after_dateline(Actor("LIMA", 0, 4), end, text) is None


def test_the_dateline_city_is_no_source(pipeline: Pipeline) -> None:
    text = "MANILA, Feb 9 (Reuters) - Japan urged China on Friday to release the fishermen."
    event = only(pipeline.code(text), "REQUEST")
    assert [a.country for a in event.sources] == ["JPN"]
    assert [a.country for a in event.targets] == ["CHN"]
