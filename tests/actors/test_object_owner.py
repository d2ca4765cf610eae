"""A possessive pronoun on a verb's direct object stands for the verb's subject, not
for a nearer name; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Pakistan repeated, in a letter sent to Geneva after India closed the border, "
            "its demand that New Delhi free the prisoners.",
            "PAK",
        ),
        (
            "Cuba renewed, in an address to the UN that drew applause, its demand that "
            "Washington lift the embargo.",
            "CUB",
        ),
    ],
)
def test_the_owner_of_the_object_is_the_subject(
    pipeline: Pipeline, sentence: str, source: str
) -> None:
    event = only(pipeline.code(sentence), "REQUEST")
    assert [a.country for a in event.sources] == [source]


def test_an_owner_outside_the_object_takes_the_nearer_name(pipeline: Pipeline) -> None:
    event = only(pipeline.code("India protested to Pakistan over its shelling."), "ASSAULT")
    assert [a.country for a in event.sources] == ["PAK"]
