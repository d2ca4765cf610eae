"""Crowds named after a dateline, a participle phrase on the subject read as the
sentence's verb, protesters attacking buildings, blocked border crossings and aid held back;
sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from flashpoint.coding.protest import crowd_word
from flashpoint.coding.repairs import repaired
from flashpoint.evaluation.events import main_event
from flashpoint.model import Token
from tests.coding.support import by_trigger


def _token(i: int, text: str, tag: str, dep: str, head: int, pos: str = "VERB") -> Token:
    return Token(i=i, text=text, start=0, lemma=text.lower(), pos=pos, tag=tag, dep=dep, head=head)


def test_a_plural_taken_for_a_name_is_read_singular() -> None:
    assert crowd_word(_token(0, "Protesters", "NNP", "nsubj", 1, pos="PROPN")) == "protester"
    assert crowd_word(_token(0, "Youths", "NNPS", "nsubj", 1, pos="PROPN")) == "youth"
    assert crowd_word(_token(0, "Congress", "NNP", "nsubj", 1, pos="PROPN")) == "congress"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("LIMA - Protesters set fire to a toll booth on the main highway.", "set"),
        ("QUITO - Demonstrators torched two police cars near the palace.", "torched"),
        ("PATNA, May 2 (Reuters) - Rioters set fire to buses outside the station.", "set"),
    ],
)
def test_protesters_after_a_dateline_riot(pipeline: Pipeline, text: str, word: str) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.mode) == ("PROTEST", "riot")


def test_a_participle_with_its_phrase_modifies_the_subject() -> None:
    # "students opposed to the plan stormed the hall" read as "opposed (that ...stormed)".
    tokens = [
        _token(0, "students", "NNS", "nsubj", 1, pos="NOUN"),
        _token(1, "opposed", "VBD", "ROOT", 1),
        _token(2, "to", "IN", "prep", 1, pos="ADP"),
        _token(3, "plan", "NN", "pobj", 2, pos="NOUN"),
        _token(4, "stormed", "VBD", "ccomp", 1),
        _token(5, "hall", "NN", "dobj", 4, pos="NOUN"),
    ]
    noun, participle, _, _, verb, _ = repaired(tokens)
    assert (verb.dep, verb.head) == ("ROOT", 4)
    assert (noun.dep, noun.head) == ("nsubj", 4)
    assert (participle.dep, participle.head) == ("acl", 0)


def test_a_complement_with_its_own_subject_is_left_alone() -> None:
    # "he admitted to reporters he lied": the complement has a subject.
    tokens = [
        _token(0, "officials", "NNS", "nsubj", 1, pos="NOUN"),
        _token(1, "admitted", "VBD", "ROOT", 1),
        _token(2, "to", "IN", "prep", 1, pos="ADP"),
        _token(3, "reporters", "NNS", "pobj", 2, pos="NOUN"),
        _token(4, "they", "PRP", "nsubj", 5, pos="PRON"),
        _token(5, "lied", "VBD", "ccomp", 1),
    ]
    assert repaired(tokens) == tokens


def test_protesters_opposed_to_a_law_who_occupy_a_building_obstruct(pipeline: Pipeline) -> None:
    event = main_event(pipeline.code("Students opposed to the reform occupied the university."))
    assert event is not None
    assert (event.type, event.mode) == ("PROTEST", "obstruct")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Protesters attacked the regional governor's office with stones.", "attacked"),
        ("Angry crowds attacked the tax office and a bank in the port.", "attacked"),
    ],
)
def test_protesters_attacking_a_building_riot(pipeline: Pipeline, text: str, word: str) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.mode) == ("PROTEST", "riot")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the police station in the north overnight.",
        "Protesters attacked a television crew outside the court.",
    ],
)
def test_attacks_by_others_or_on_people_stay_assault(pipeline: Pipeline, text: str) -> None:
    assert by_trigger(pipeline.code(text), "attacked").type == "ASSAULT"


def test_civilians_blocking_border_crossings_obstruct(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Hungarian farmers blocked two border crossings."), "blocked")
    assert (event.type, event.mode, event.cameo) == ("PROTEST", "obstruct", "144")


def test_a_state_blocking_crossings_restricts_passage(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Israel blocked the crossings into Gaza."), "blocked")
    assert (event.type, event.cameo) == ("COERCE", "172")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Congress terminated economic assistance to the junta.", "terminated"),
        ("Washington held back military aid to Kyiv for weeks.", "held"),
    ],
)
def test_terminating_or_holding_back_aid_discontinues_it(
    pipeline: Pipeline, text: str, word: str
) -> None:
    event = by_trigger(pipeline.code(text), word)
    assert (event.type, event.cameo) == ("SANCTION", "162")


def test_a_verb_after_an_adjective_phrase_on_the_subject_is_its_verb() -> None:
    # "students angry at the hike set fire to cars" read as "the hike (that) set fire".
    tokens = [
        _token(0, "students", "NNS", "ROOT", 0, pos="NOUN"),
        _token(1, "angry", "JJ", "amod", 0, pos="ADJ"),
        _token(2, "at", "IN", "prep", 1, pos="ADP"),
        _token(3, "hike", "NN", "pobj", 2, pos="NOUN"),
        _token(4, "set", "VBD", "acl", 3),
        _token(5, "fire", "NN", "dobj", 4, pos="NOUN"),
    ]
    noun, _, _, _, verb, _ = repaired(tokens)
    assert (verb.dep, verb.head) == ("ROOT", 4)
    assert (noun.dep, noun.head) == ("nsubj", 4)


def test_protesters_angry_at_a_rise_who_burn_stations_riot(pipeline: Pipeline) -> None:
    text = "Protesters angry at a bus fare rise set fire to stations in Quito, officials said."
    event = by_trigger(pipeline.code(text), "set")
    assert (event.type, event.mode) == ("PROTEST", "riot")
