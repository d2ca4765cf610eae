"""Demands that a foreign presence go away read as its expulsion (SANCTION)."""

from __future__ import annotations

import pytest

from flashpoint import code

from .support import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The junta demanded the withdrawal of UN peacekeepers from its soil.", "demanded"),
        ("The military rulers asked the UN mission to leave the country by June.", "asked"),
        ("The president demanded that the peacekeepers leave the country at once.", "demanded"),
        ("Kenya told the foreign troops to leave the country.", "told"),
        ("The junta ordered the foreign troops out of the country.", "ordered"),
        ("The government ordered the aid agency out of the northern region.", "ordered"),
    ],
)
def test_demanded_departure_expels(text: str, trigger: str) -> None:
    assert by_trigger(code(text), trigger).type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The United States demanded the withdrawal of Russian troops from Ukraine.", "demanded"),
        ("The mayor told residents to leave the town before the storm.", "told"),
        ("The general ordered his troops out of the city.", "ordered"),
    ],
)
def test_demanded_departure_of_others_stays_a_request(text: str, trigger: str) -> None:
    assert by_trigger(code(text), trigger).type == "REQUEST"


def test_correspondent_ordered_out_is_expelled() -> None:
    event = by_trigger(code("Tehran ordered the BBC correspondent out of the country."), "ordered")
    assert event.type == "COERCE"
    assert [a.country for a in event.sources] == ["IRN"]


def test_demanded_withdrawal_of_a_mission_expels_it() -> None:
    text = "The junta demanded that the United Nations withdraw its peacekeeping mission."
    assert by_trigger(code(text), "demanded").type == "SANCTION"


def test_demanded_pullout_of_a_states_troops_stays_a_request() -> None:
    text = "Ghana demanded that Togo pull its troops out of the disputed border area."
    assert by_trigger(code(text), "demanded").type == "REQUEST"


def test_mission_asked_to_withdraw_its_troops_is_expelled() -> None:
    text = "The government asked the UN peacekeeping mission to withdraw its troops by May."
    assert by_trigger(code(text), "asked").type == "SANCTION"
