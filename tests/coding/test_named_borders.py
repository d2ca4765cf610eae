"""A border named by one name compounded on it faces that name's state; on sentences
we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The Egyptian army massed armour along the Gaza border on Tuesday.", "PSE"),
        ("Kenya deployed extra troops near the Somalia border.", "SOM"),
    ],
)
def test_a_name_on_the_border_is_the_side_across(
    pipeline: Pipeline, sentence: str, state: str
) -> None:
    event = only(pipeline.code(sentence), "MOBILIZE")
    assert [t.country for t in event.targets] == [state]
