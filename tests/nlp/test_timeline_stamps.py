"""A time stamp that opens a timeline or live-blog entry ("June 4, 2019 -", "11:15
local -") is a sentence of its own, so the entry's headline is parsed and coded as one;
sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flashpoint import Document, Pipeline
from flashpoint.evaluation.events import main_event


@pytest.mark.parametrize(
    "stamp",
    [
        "June 4, 2019 -",
        "Aug 2011 -",
        "11:15 local -",
        "Sept 2020, 06:30 -",
        "9.40am GMT -",
        "Jan 9, 2023, 14:10 GMT -",
        "09:00 KST -",
        "11:30 -",
    ],
)
def test_a_time_stamp_is_a_sentence_of_its_own(
    parse: Callable[[str], Document], stamp: str
) -> None:
    doc = parse(f"{stamp} Chile expels three Bolivian consuls, the foreign ministry says.")
    assert doc.sentences[-1].text.startswith("Chile expels")


def test_the_headline_after_a_stamp_keeps_its_actor(pipeline: Pipeline) -> None:
    events = pipeline.code("June 4, 2019 - Chile expels three Bolivian diplomats, officials say.")
    top = main_event(events)
    assert top is not None and top.type == "SANCTION"
    assert [a.text for a in top.sources] == ["Chile"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 - a hard year - the army arrested forty people.",
        "2020-21 budget talks between the parties collapsed.",
        "May the talks succeed, the envoy said.",
        "US - China trade talks resumed in Geneva on Monday.",
        "March - the month of the vote - was tense in Kyiv.",
    ],
)
def test_a_dash_after_words_that_are_no_stamp_ends_no_sentence(
    parse: Callable[[str], Document], text: str
) -> None:
    assert len(parse(text).sentences) == 1
