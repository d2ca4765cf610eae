"""Forces and agencies named by acronym or unit name resolve to their state; on
sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline


@pytest.mark.parametrize(
    ("sentence", "sources", "targets"),
    [
        ("KDF commanders held talks with UPDF officers on Monday.", ["KEN"], ["UGA"]),
        ("The RCMP arrested a former minister on Friday.", ["CAN"], ["CAN"]),
        ("The MACC charged a senior official with graft.", ["MYS"], ["MYS"]),
        ("Israel passed intelligence to ASIO last year.", ["ISR"], ["AUS"]),
    ],
)
def test_an_acronym_names_its_state(
    pipeline: Pipeline, sentence: str, sources: list[str], targets: list[str]
) -> None:
    event = pipeline.code(sentence)[0]
    assert [a.country for a in event.sources] == sources
    assert [a.country for a in event.targets] == targets
