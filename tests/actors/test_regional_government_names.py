"""Regional press names for a government and its offices (India's "Union
government", Malaysia's "Wisma Putra", Ghana's "Jubilee House"); on sentences we
wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "event_type", "sources", "targets"),
    [
        (
            "The Union government has suspended its aid to Sri Lanka for the port project.",
            "SANCTION",
            "IND",
            "LKA",
        ),
        (
            "The Centre government on Friday warned Nepal that it would tighten border checks "
            "if smuggling continued.",
            "THREATEN",
            "IND",
            "NPL",
        ),
        ("Wisma Putra summoned the Chinese ambassador on Tuesday.", "ACCUSE", "MYS", "CHN"),
        ("Jubilee House urged Togo to reopen the border.", "REQUEST", "GHA", "TGO"),
    ],
)
def test_a_regional_name_for_a_government_is_its_state(
    pipeline: Pipeline, sentence: str, event_type: str, sources: str, targets: str
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert [a.country for a in event.sources] == [sources]
    assert [a.country for a in event.targets] == [targets]


def test_a_centre_that_is_no_government_stays_stateless(pipeline: Pipeline) -> None:
    # "the centre" is a building or a think tank as often as India's government.
    event = only(pipeline.code("Staff at the centre condemned the attack on the clinic."), "ACCUSE")
    assert [a.country for a in event.sources] == [None]
