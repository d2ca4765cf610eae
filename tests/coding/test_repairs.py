"""Misparses mended before the coder reads a sentence; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from flashpoint.coding.repairs import repaired
from flashpoint.evaluation.events import main_event
from flashpoint.model import Token
from tests.coding.support import by_trigger


def _token(i: int, text: str, tag: str, dep: str, head: int, pos: str = "VERB") -> Token:
    return Token(i=i, text=text, start=0, lemma=text, pos=pos, tag=tag, dep=dep, head=head)


def test_a_participle_before_the_object_modifies_the_object() -> None:
    # "return detained fishermen" read as "return (detained fishermen)".
    tokens = [
        _token(0, "return", "VB", "ROOT", 0),
        _token(1, "detained", "VBN", "xcomp", 0),
        _token(2, "fishermen", "NNS", "dobj", 1, pos="NOUN"),
    ]
    verb, participle, noun = repaired(tokens)
    assert (participle.dep, participle.head) == ("amod", 2)
    assert (noun.dep, noun.head) == ("dobj", 0)
    assert verb == tokens[0]


def test_a_participle_with_phrases_of_its_own_is_left_alone() -> None:
    tokens = [
        _token(0, "had", "VBD", "ROOT", 0),
        _token(1, "arrested", "VBN", "xcomp", 0),
        _token(2, "them", "PRP", "dobj", 1, pos="PRON"),
        _token(3, "at", "IN", "prep", 1, pos="ADP"),
    ]
    assert repaired(tokens) == tokens


def test_the_returned_captives_are_the_news_not_their_detention(pipeline: Pipeline) -> None:
    # The parser reads this one as "return (detained fishermen)".
    text = "North Korea said it would return detained South Korean fishermen and their trawler."
    events = pipeline.code(text)
    top = main_event(events)
    assert top is not None and top.trigger.text == "return"
    assert [a.country for a in by_trigger(events, "return").targets] == ["KOR"]
