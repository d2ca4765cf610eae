"""The "by" phrase of a passive verb that the parser hung as a plain phrase, on the
verb or on the noun of one of its phrases, still names who acted; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger


def countries(actors: tuple) -> list[str | None]:  # type: ignore[type-arg]
    return [a.country for a in actors]


@pytest.mark.parametrize(
    ("sentence", "trigger", "source"),
    [
        (
            "Captured soldiers were handed back to Kyiv by Russia on Friday, officials said.",
            "handed",
            "RUS",
        ),
        (
            "Two reporters were detained at a Minsk cafe by Belarusian police on Monday.",
            "detained",
            "BLR",
        ),
        (
            "Kosovo was recognised as a sovereign state by France in 2008.",
            "recognised",
            "FRA",
        ),
    ],
)
def test_a_stray_by_phrase_is_the_agent(
    pipeline: Pipeline, sentence: str, trigger: str, source: str
) -> None:
    assert countries(by_trigger(pipeline.code(sentence), trigger).sources) == [source]


def test_the_by_phrase_of_a_later_act_is_not_the_agent(pipeline: Pipeline) -> None:
    sentence = "No further aid will be provided to Chad until a ruling by the French courts."
    events = [e for e in pipeline.code(sentence) if e.trigger.text == "provided"]
    assert all("FRA" not in countries(e.sources) for e in events)
