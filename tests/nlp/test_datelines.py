"""A wire dateline is a sentence of its own, with a dash or with a hyphen after the
agency's tag; sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flashpoint import Document


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, Jan 9 (Reuters) - Norwegian dockers walked out on Monday.",
        "OSLO, Jan 9 — Norwegian dockers walked out on Monday.",
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(parse: Callable[[str], Document], text: str) -> None:
    doc = parse(text)
    assert doc.sentences[-1].text == "Norwegian dockers walked out on Monday."


def test_a_hyphen_without_an_agency_tag_ends_no_dateline(
    parse: Callable[[str], Document],
) -> None:
    doc = parse("US - China trade talks resumed in Geneva on Monday.")
    assert len(doc.sentences) == 1
