"""A wire dateline in title case ends with the agency's tag before its dash ("Oslo,
Jan. 9 (Xinhua) --"), and is a sentence of its own as the capitalised form is;
sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flashpoint import Document


@pytest.mark.parametrize(
    "text",
    [
        "Oslo, Jan. 9 (Xinhua) -- Norwegian dockers walked out on Monday.",
        "Abu Dhabi, May 2 (WAM) -- Norwegian dockers walked out on Monday.",
    ],
)
def test_a_title_case_dateline_with_an_agency_tag_is_a_sentence_of_its_own(
    parse: Callable[[str], Document], text: str
) -> None:
    doc = parse(text)
    assert doc.sentences[-1].text == "Norwegian dockers walked out on Monday."


def test_a_title_case_opening_without_an_agency_tag_ends_no_dateline(
    parse: Callable[[str], Document],
) -> None:
    doc = parse("Oslo -- the Nordic capital -- hosted the talks on Monday.")
    assert len(doc.sentences) == 1
