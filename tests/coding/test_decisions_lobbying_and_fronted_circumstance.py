"""A decision taken is the act, canvassing for a third party's bid rallies support, and
a fronted "with" clause the parser took for the root is a circumstance; sentences we
wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from flashpoint.coding.repairs import repaired
from flashpoint.evaluation.events import main_event
from flashpoint.model import Token
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The government decided to sever diplomatic ties with Qatar.", "sever"),
        ("Russia has decided to withdraw its troops from the border.", "withdraw"),
        ("Egypt decided on Monday to recall its ambassador to Israel.", "recall"),
    ],
)
def test_a_decision_taken_is_the_act(pipeline: Pipeline, text: str, act: str) -> None:
    assert by_trigger(pipeline.code(text), act).modality == "asserted"


def test_a_decision_yet_to_be_taken_stays_possible(pipeline: Pipeline) -> None:
    events = pipeline.code("The council may decide to impose sanctions on Mali.")
    assert by_trigger(events, "impose").modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Poland's president has been canvassing EU leaders to back Moldova's candidacy.",
            "canvassing",
        ),
        ("Brazil lobbied Gulf states to back the bid by Argentina to host the games.", "lobbied"),
    ],
)
def test_canvassing_for_a_third_party_rallies_support(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    event = by_trigger(pipeline.code(text), trigger)
    assert (event.type, event.cameo) == ("SUPPORT", "053")


def test_canvassing_for_ones_own_candidate_is_a_request(pipeline: Pipeline) -> None:
    events = pipeline.code("Kenya canvassed African governments to back its candidate.")
    assert by_trigger(events, "canvassed").type == "REQUEST"


def test_a_with_clause_taken_for_the_root_is_the_circumstance(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "With rebels advancing on the capital and hundreds of soldiers held hostage, "
        "Mali's government turned to France for weapons."
    )
    turned = by_trigger(events, "turned")
    assert main_event(events) == turned
    assert [a.text for a in turned.targets] == ["France"]


def _token(i: int, text: str, pos: str, dep: str, head: int) -> Token:
    return Token(i=i, text=text, start=0, lemma=text, pos=pos, tag="", dep=dep, head=head)


def _with_clause(joined_by_and: bool) -> list[Token]:
    """ "With troops held, police fled": "held" read as the root, "fled" its conjunct."""
    tokens = [
        _token(0, "With", "ADP", "prep", 2),
        _token(1, "troops", "NOUN", "nsubj", 2),
        _token(2, "held", "VERB", "ROOT", 2),
        _token(3, ",", "PUNCT", "punct", 2),
        _token(4, "police", "NOUN", "nsubj", 5),
        _token(5, "fled", "VERB", "conj", 2),
    ]
    if joined_by_and:
        tokens[3] = _token(3, "and", "CCONJ", "cc", 2)
    return tokens


def test_the_conjunct_after_a_with_clause_is_the_root() -> None:
    held, fled = (repaired(_with_clause(joined_by_and=False))[i] for i in (2, 5))
    assert (fled.dep, fled.head) == ("ROOT", 5)
    assert (held.dep, held.head) == ("advcl", 5)


def test_verbs_joined_by_and_are_left_alone() -> None:
    tokens = _with_clause(joined_by_and=True)
    assert repaired(tokens) == tokens
