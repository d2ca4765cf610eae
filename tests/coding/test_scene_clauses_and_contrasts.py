"""The sentence's news against its setting: a fronted "with"/"despite" clause, a
participle on the subject taken for the root, and a contrasting "not"; sentences we
wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from flashpoint.coding.repairs import repaired
from flashpoint.evaluation.events import main_event
from flashpoint.model import Token
from tests.coding.support import by_trigger


def _token(i: int, text: str, tag: str, dep: str, head: int, pos: str = "VERB") -> Token:
    return Token(i=i, text=text, start=0, lemma=text, pos=pos, tag=tag, dep=dep, head=head)


def test_a_fronted_with_clause_sets_the_scene(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "With rebels advancing on the capital and hundreds of peacekeepers held hostage,"
        " the government turned to Britain for weapons."
    )
    top = main_event(events)
    assert top is not None and top.type == "REQUEST"
    assert top.confidence > by_trigger(events, "held").confidence


def test_a_fronted_with_clause_of_a_dispute_is_no_news(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "With the election results still disputed, Kenya's ruling party broke ranks and"
        " denounced the police crackdown on protesters."
    )
    top = main_event(events)
    assert top is not None and top.type == "ACCUSE"


def test_a_fronted_despite_clause_is_the_background(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Despite months of protests in Lima calling for her to step down, the president"
        " said she would not resign."
    )
    top = main_event(events)
    assert top is not None and top.trigger.text == "resign"
    assert top.modality == "negated"


def test_a_trailing_with_phrase_is_left_alone(pipeline: Pipeline) -> None:
    events = pipeline.code("Prosecutors charged the two journalists with spreading false news.")
    top = main_event(events)
    assert top is not None and top.type == "ACCUSE"


def test_a_participle_on_the_subject_taken_for_the_root_modifies_it() -> None:
    # "leaders meeting in Brussels ruled out ...", read as "leaders (were) meeting".
    tokens = [
        _token(0, "leaders", "NNS", "nsubj", 1, pos="NOUN"),
        _token(1, "meeting", "VBG", "ROOT", 1),
        _token(2, "in", "IN", "prep", 1, pos="ADP"),
        _token(3, "Brussels", "NNP", "pobj", 2, pos="PROPN"),
        _token(4, "ruled", "VBD", "advcl", 1),
    ]
    noun, participle, _, _, verb = repaired(tokens)
    assert (verb.dep, verb.head) == ("ROOT", 4)
    assert (noun.dep, noun.head) == ("nsubj", 4)
    assert (participle.dep, participle.head) == ("acl", 0)


def test_a_participle_with_an_auxiliary_stays_the_root() -> None:
    tokens = [
        _token(0, "leaders", "NNS", "nsubj", 2, pos="NOUN"),
        _token(1, "are", "VBP", "aux", 2, pos="AUX"),
        _token(2, "meeting", "VBG", "ROOT", 2),
        _token(3, "ruled", "VBD", "advcl", 2),
    ]
    assert repaired(tokens) == tokens


def test_the_leaders_decision_is_the_news_not_their_meeting(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "European Union leaders meeting in Brussels on Friday ruled out any easing of the"
        " sanctions on Minsk."
    )
    top = main_event(events)
    assert top is not None and top.type == "REJECT"


def test_a_contrasting_not_leaves_the_act_asserted(pipeline: Pipeline) -> None:
    events = pipeline.code("Kenya expelled the envoy, not the ambassador.")
    assert by_trigger(events, "expelled").modality == "asserted"
    quoted = pipeline.code(
        "“We demand free elections, not cosmetic changes,” the opposition leader said."
    )
    assert by_trigger(quoted, "demand").modality == "asserted"


def test_a_plain_not_still_negates(pipeline: Pipeline) -> None:
    events = pipeline.code("Kenya did not expel the envoy.")
    assert by_trigger(events, "expel").modality == "negated"
