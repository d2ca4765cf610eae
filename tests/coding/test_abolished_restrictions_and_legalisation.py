"""Restrictions, requirements and visas abolished or scrapped ease them (CONCEDE), and
the legalisation or abolition of something reads as its verb; sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import only


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Kazakhstan abolished exit visas for its citizens, the ministry said.", "081"),
        ("Turkmenistan scrapped visas for Iranian visitors on Monday.", "081"),
        ("Belarus abolished travel restrictions on opposition figures.", "0811"),
        ("Georgia abolished the requirement for journalists to hold a licence.", "0811"),
    ],
)
def test_restrictions_abolished_are_eased(pipeline: Pipeline, sentence: str, cameo: str) -> None:
    assert only(pipeline.code(sentence), "CONCEDE").cameo == cameo


def test_the_legalisation_of_parties_reads_as_legalising_them(pipeline: Pipeline) -> None:
    events = pipeline.code("Malawi's legalisation of opposition parties was announced on Monday.")
    event = only(events, "CONCEDE")
    assert event.cameo == "0812"
    assert [a.country for a in event.sources] == ["MWI"]


def test_a_sports_rule_scrapped_is_no_concession(pipeline: Pipeline) -> None:
    assert not pipeline.code("UEFA scrapped the away goals rule last year.")
