"""An inquiry into acts done somewhere is placed where they were done, so that a
stateless target takes that place's state; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The ICC opened an investigation into war crimes committed in South Sudan.", "SSD"),
        ("Kenya's police opened an inquiry into attacks staged in Mombasa last year.", "KEN"),
    ],
)
def test_an_inquiry_reaches_the_state_of_the_acts_looked_into(
    pipeline: Pipeline, sentence: str, state: str
) -> None:
    event = only(pipeline.code(sentence), "ACCUSE")
    assert [t.country for t in event.targets] == [state]
