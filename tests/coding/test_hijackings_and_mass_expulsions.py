"""Craft seized by hijackers or pirates, and people expelled or driven off by the
tens of thousands; sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    "text",
    [
        "Pirates seized a cargo ship off the coast of Somalia on Tuesday.",
        "Hijackers seized a passenger plane shortly after it left Karachi.",
        "A Greek tanker was seized by pirates in the Gulf of Aden.",
    ],
)
def test_hijackers_seizing_a_craft_hijack_it(pipeline: Pipeline, text: str) -> None:
    event = by_trigger(pipeline.code(text), "seized")
    assert (event.type, event.cameo) == ("ASSAULT", "181")


def test_a_state_seizing_a_ship_stays_a_seizure(pipeline: Pipeline) -> None:
    text = "Iranian forces seized a British tanker in the Strait of Hormuz."
    event = by_trigger(pipeline.code(text), "seized")
    assert (event.type, event.cameo) == ("COERCE", "1711")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kenya expelled tens of thousands of Somali refugees last year.", "expelled"),
        ("The regime banished hundreds of thousands of peasants to the north.", "banished"),
        ("The militia drove tens of thousands of villagers from their homes.", "drove"),
        ("Officials sent 50,000 refugees back across the border.", "sent"),
        ("The expulsion of 200,000 Yemeni workers by Riyadh hurt Yemen.", "expulsion"),
    ],
)
def test_expelling_people_by_the_thousand_is_a_mass_expulsion(
    pipeline: Pipeline, text: str, word: str
) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.cameo) == ("ASSAULT", "20")


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Malaysia deported hundreds of Indonesian workers on Monday.", "deported", "COERCE"),
        ("The kingdom expelled thousands of migrant workers.", "expelled", "COERCE"),
        ("The government deported 20,000 illegal workers.", "deported", "COERCE"),
        ("The army sent thousands of troops back to the front.", "sent", "MOBILIZE"),
        ("Russia expelled 23 British diplomats.", "expelled", "SANCTION"),
    ],
)
def test_fewer_people_troops_or_diplomats_are_no_mass_expulsion(
    pipeline: Pipeline, text: str, word: str, kind: str
) -> None:
    assert by_trigger(pipeline.code(text), word).type == kind


def test_driving_protesters_from_a_square_is_no_expulsion(pipeline: Pipeline) -> None:
    text = "Police drove thousands of protesters from the square."
    assert not [e for e in pipeline.code(text) if e.type == "ASSAULT"]
