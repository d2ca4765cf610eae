"""Force, posture, expulsion and protest readings of CAMEO roots 14-20: forces on
alert, ports and crossings sealed, crowds cleared with tear gas, parties kicked out,
torture, atrocities and strikes that bring a country to a standstill; sentences we
wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from flashpoint.evaluation.events import main_event
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    "text",
    [
        "The army is on high alert along the northern frontier.",
        "All police units in the capital are on maximum alert, the interior minister said.",
    ],
)
def test_forces_on_alert_raise_their_readiness(pipeline: Pipeline, text: str) -> None:
    event = main_event(pipeline.code(text))
    assert event is not None
    assert (event.type, event.cameo) == ("MOBILIZE", "152")


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The coalition closed all sea and air ports to the rebels' territory.", "191"),
        ("Egypt sealed its border with the enclave on Sunday.", "172"),
        ("Israel sealed the crossings into the territory, halting deliveries of fuel.", "172"),
    ],
)
def test_sealing_ports_crossings_and_borders_restricts(
    pipeline: Pipeline, text: str, cameo: str
) -> None:
    event = main_event(pipeline.code(text))
    assert event is not None
    assert (event.type, event.cameo) == ("COERCE", cameo)


def test_clearing_a_square_with_tear_gas_is_crowd_control(pipeline: Pipeline) -> None:
    text = "Riot police cleared the square with tear gas and batons on Sunday."
    event = by_trigger(pipeline.code(text), "cleared")
    assert (event.type, event.mode) == ("ASSAULT", "crowd-control")
    # Clearing by other means is no crowd control.
    events = pipeline.code("Workers cleared the square of snow with shovels.")
    assert all(e.type != "ASSAULT" for e in events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The junta kicked out the UN mission and closed its offices.", "166"),
        ("Pyongyang kicked out the two nuclear inspectors on Tuesday.", "1662"),
        ("Moscow kicked out three Latvian diplomats in retaliation.", "161"),
    ],
)
def test_kicking_out_a_party_expels_it(pipeline: Pipeline, text: str, cameo: str) -> None:
    event = by_trigger(pipeline.code(text), "kicked")
    assert (event.type, event.mode, event.cameo) == ("SANCTION", "expel", cameo)


def test_waterboarding_is_torture(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Interrogators waterboarded the detainee."), "waterboarded")
    assert (event.type, event.cameo) == ("ASSAULT", "1822")


@pytest.mark.parametrize(
    "text",
    [
        "The militia committed mass atrocities against villagers in the east.",
        "The rebels carried out a campaign of mass amputations against civilians.",
    ],
)
def test_atrocities_are_mass_violence(pipeline: Pipeline, text: str) -> None:
    event = main_event(pipeline.code(text))
    assert event is not None
    assert (event.type, event.cameo) == ("ASSAULT", "20")


def test_atrocities_named_alone_are_no_new_event(pipeline: Pipeline) -> None:
    # Bare "atrocities" mostly refer back to acts told before ("cheering on its
    # atrocities"), so only mass atrocities and amputations are read.
    events = pipeline.code("Supporters were cheering on the regime's atrocities.")
    assert all(e.type != "ASSAULT" for e in events)


def test_flying_bombers_is_a_show_of_force(pipeline: Pipeline) -> None:
    text = "Moscow flew two strategic bombers along the Nordic coast this month."
    event = by_trigger(pipeline.code(text), "flew")
    assert (event.type, event.cameo) == ("MOBILIZE", "152")


def test_staying_away_from_factories_is_a_strike(pipeline: Pipeline) -> None:
    text = "Textile workers stayed away from factories across the province on Monday."
    event = by_trigger(pipeline.code(text), "stayed")
    assert (event.type, event.mode) == ("PROTEST", "strike")


def test_a_strike_that_brings_a_country_to_a_standstill_is_the_strike(
    pipeline: Pipeline,
) -> None:
    text = "The opposition brought the country to a standstill with a general strike."
    event = by_trigger(pipeline.code(text), "brought")
    assert (event.type, event.mode) == ("PROTEST", "strike")
    # Bringing a party to the table is no shutdown.
    text = "The mediators brought the rebels to the table with a new offer."
    assert all(e.type != "PROTEST" for e in pipeline.code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The dockers launched an indefinite strike that shut the ports and the airport.",
        "A general strike shut banks and schools across the country on Monday.",
    ],
)
def test_a_strike_shutting_places_is_the_strike(pipeline: Pipeline, text: str) -> None:
    event = by_trigger(pipeline.code(text), "shut")
    assert (event.type, event.mode) == ("PROTEST", "strike")


def test_an_air_strike_shutting_a_place_is_no_walkout(pipeline: Pipeline) -> None:
    events = pipeline.code("An air strike shut the airport on Monday.")
    assert all(e.type != "PROTEST" for e in events)


def test_suspending_visas_reduces_relations(pipeline: Pipeline) -> None:
    text = "Moscow suspended visa services for Latvian citizens on Friday."
    event = by_trigger(pipeline.code(text), "suspended")
    assert (event.type, event.cameo) == ("SANCTION", "160")
