"""Crowds whose act is an infinitive of the verb above, crowds said to protest by a
clause of their blockade or sit-in, strikers shutting places down, and lexicon rows
for staying away from classrooms, a stayaway and dismissing judges; sentences we
wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger


def test_an_infinitive_act_is_done_by_the_crowd_of_the_verb_above(pipeline: Pipeline) -> None:
    # CAMEO 144: "went on to blockade" is the truckers' blockade, a protest's obstruction.
    text = "Truckers went on to blockade the main bridge for three days."
    event = by_trigger(pipeline.code(text), "blockade")
    assert (event.type, event.cameo) == ("PROTEST", "144")
    # CAMEO 145: protesters setting fire to a station, after "went on to", riot.
    text = "Protesters went on to set fire to a police station on Sunday."
    event = by_trigger(pipeline.code(text), "set")
    assert (event.type, event.cameo) == ("PROTEST", "145")
    # Soldiers doing the same stay a state's blockade.
    event = by_trigger(pipeline.code("Soldiers went on to blockade the port."), "blockade")
    assert (event.type, event.cameo) == ("COERCE", "191")


def test_a_crowd_occupying_a_place_while_demanding_holds_a_sit_in(pipeline: Pipeline) -> None:
    text = "Hundreds of miners occupied the ministry building, demanding unpaid wages."
    event = by_trigger(pipeline.code(text), "occupied")
    assert (event.type, event.cameo) == ("PROTEST", "144")
    # Armed men are no crowd, however many: the town is seized.
    text = "Thousands of troops occupied the town, demanding the surrender of the rebels."
    event = by_trigger(pipeline.code(text), "occupied")
    assert (event.type, event.cameo) == ("COERCE", "192")
    text = "Thousands of fighters stormed the town, demanding the surrender of the army."
    assert by_trigger(pipeline.code(text), "stormed").type == "ASSAULT"
    # The clause of demanding may hang on a verb joined to the act.
    text = (
        "Thousands of separatists occupied the airport and jammed the main road, demanding a vote."
    )
    event = by_trigger(pipeline.code(text), "occupied")
    assert (event.type, event.cameo) == ("PROTEST", "144")
    text = "Rebels occupied the town and shelled the barracks, demanding talks."
    assert by_trigger(pipeline.code(text), "occupied").type == "COERCE"


def test_a_crowd_blocking_a_road_while_demanding_obstructs_it(pipeline: Pipeline) -> None:
    text = "Hundreds of villagers blocked the highway, demanding compensation for the dam."
    event = by_trigger(pipeline.code(text), "blocked")
    assert (event.type, event.cameo) == ("PROTEST", "144")


def test_workers_on_strike_shutting_places_down_strike(pipeline: Pipeline) -> None:
    text = "Dock workers striking against the new labour law shut down ports along the coast."
    event = by_trigger(pipeline.code(text), "shut")
    assert (event.type, event.cameo) == ("PROTEST", "143")
    assert by_trigger(pipeline.code(text), "striking").type == "PROTEST"
    text = "Ports along the coast were shut down by dockers striking for better pay."
    event = by_trigger(pipeline.code(text), "shut")
    assert (event.type, event.cameo) == ("PROTEST", "143")
    # Workers shutting a ward for another reason strike no one.
    text = "Hospital workers shut down the ward after a fire."
    assert by_trigger(pipeline.code(text), "shut").type != "PROTEST"
    # Missiles striking a city stay an attack.
    text = "Missiles striking the city killed ten people."
    assert by_trigger(pipeline.code(text), "striking").type == "ASSAULT"


def test_staying_away_from_classrooms_and_a_stayaway_are_strikes(pipeline: Pipeline) -> None:
    text = "Teachers stayed away from their classrooms on Monday, demanding higher pay."
    event = by_trigger(pipeline.code(text), "stayed")
    assert (event.type, event.cameo) == ("PROTEST", "143")
    text = "Unions staged a stayaway in the capital demanding higher wages."
    event = by_trigger(pipeline.code(text), "staged")
    assert (event.type, event.cameo) == ("PROTEST", "143")


def test_dismissing_judges_is_an_administrative_sanction(pipeline: Pipeline) -> None:
    text = "The government dismissed more than 3,000 judges and prosecutors after the coup."
    event = by_trigger(pipeline.code(text), "dismissed")
    assert (event.type, event.cameo) == ("COERCE", "172")
    # A judge dismissing a case is none; dismissing claims stays a rejection.
    text = "The judge dismissed the case against the journalist."
    assert not [e for e in pipeline.code(text) if e.trigger.text == "dismissed"]
