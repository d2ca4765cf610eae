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


def test_an_object_read_as_a_second_subject_is_the_object() -> None:
    # "The junta imposed curfew across the region, the minister said": "curfew" read as
    # a subject of "said", next to "minister".
    tokens = [
        _token(0, "junta", "NN", "nsubj", 1, pos="NOUN"),
        _token(1, "imposed", "VBD", "ROOT", 1),
        _token(2, "curfew", "NN", "nsubj", 5, pos="NOUN"),
        _token(3, ",", ",", "punct", 5, pos="PUNCT"),
        _token(4, "minister", "NN", "nsubj", 5, pos="NOUN"),
        _token(5, "said", "VBD", "ccomp", 1),
    ]
    mended = repaired(tokens)
    assert (mended[2].dep, mended[2].head) == ("dobj", 1)
    assert mended[4] == tokens[4]


def test_a_verb_with_an_object_keeps_the_clause_subjects() -> None:
    tokens = [
        _token(0, "junta", "NN", "nsubj", 1, pos="NOUN"),
        _token(1, "imposed", "VBD", "ROOT", 1),
        _token(2, "curfew", "NN", "dobj", 1, pos="NOUN"),
        _token(3, "troops", "NNS", "nsubj", 5, pos="NOUN"),
        _token(4, "minister", "NN", "nsubj", 5, pos="NOUN"),
        _token(5, "said", "VBD", "ccomp", 1),
    ]
    assert repaired(tokens) == tokens


def test_a_verb_read_as_an_adjective_with_a_subject_is_the_verb() -> None:
    # "Farmers blocked roads, the ministry said": "blocked" read as an adjective of
    # "roads" that has "farmers" for subject.
    tokens = [
        _token(0, "farmers", "NNS", "nsubj", 1, pos="NOUN"),
        _token(1, "blocked", "VBD", "amod", 2),
        _token(2, "roads", "NNS", "ccomp", 5, pos="NOUN"),
        _token(3, "ministry", "NN", "nsubj", 5, pos="NOUN"),
        _token(5, "said", "VBD", "ROOT", 5),
    ]
    mended = repaired(tokens)
    assert (mended[1].dep, mended[1].head, mended[1].pos) == ("ccomp", 5, "VERB")
    assert (mended[2].dep, mended[2].head) == ("dobj", 1)


def test_a_participle_with_a_subject_over_a_root_noun_is_the_verb() -> None:
    # "The party boycotted parliament": "boycotted" tagged a participle and read as
    # an adjective of "parliament", left as the sentence's root noun.
    tokens = [
        _token(0, "party", "NN", "nsubj", 1, pos="NOUN"),
        _token(1, "boycotted", "VBN", "amod", 2),
        _token(2, "parliament", "NN", "ROOT", 2, pos="NOUN"),
    ]
    mended = repaired(tokens)
    assert (mended[1].dep, mended[1].head, mended[1].pos) == ("ROOT", 1, "VERB")
    assert (mended[2].dep, mended[2].head) == ("dobj", 1)
    # Under a noun that is no root the participle stays an adjective.
    inner = [*tokens[:2], _token(2, "parliament", "NN", "dobj", 4, pos="NOUN")]
    inner.append(_token(4, "left", "VBD", "ROOT", 4))
    assert repaired(inner) == inner


def test_a_boycott_read_as_an_adjective_is_the_news(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Ghana's main opposition party boycotted parliament on Monday, demanding the"
        " dismissal of the electoral commissioner."
    )
    boycott = by_trigger(events, "boycotted")
    assert [a.text for a in boycott.targets] == ["parliament"]
    assert main_event(events) == boycott


def test_a_modifying_verb_of_a_subject_is_left_alone() -> None:
    # "Kim urged leaders to act": the noun is the subject of a clause of its own.
    tokens = [
        _token(0, "Kim", "NNP", "nsubj", 1, pos="PROPN"),
        _token(1, "urged", "VBD", "amod", 2),
        _token(2, "leaders", "NNS", "nsubj", 4, pos="NOUN"),
        _token(3, "to", "TO", "aux", 4, pos="PART"),
        _token(4, "act", "VB", "ROOT", 4),
    ]
    assert repaired(tokens) == tokens


def test_a_dash_joined_participle_stays_an_adjective() -> None:
    # "the Iran–backed militias": a compound adjective, not "Iran backed militias".
    tokens = [
        _token(0, "Iran", "NNP", "nsubj", 2, pos="PROPN"),
        _token(1, "–", ":", "punct", 0, pos="PUNCT"),
        _token(2, "backed", "VBD", "amod", 3),
        _token(3, "militias", "NNS", "conj", 5, pos="NOUN"),
        _token(5, "fought", "VBD", "ROOT", 5),
    ]
    assert repaired(tokens) == tokens


def test_a_noun_in_ing_after_a_name_is_the_head_of_the_object() -> None:
    # "opened the Rafah crossing on Monday" read as "opened Rafah, crossing on Monday".
    tokens = [
        _token(0, "Egypt", "NNP", "nsubj", 1, pos="PROPN"),
        _token(1, "opened", "VBD", "ROOT", 1),
        _token(2, "the", "DT", "det", 3, pos="DET"),
        _token(3, "Rafah", "NNP", "dobj", 1, pos="PROPN"),
        _token(4, "crossing", "VBG", "advcl", 1),
        _token(5, "on", "IN", "prep", 4, pos="ADP"),
    ]
    mended = repaired(tokens)
    assert (mended[4].dep, mended[4].head, mended[4].pos) == ("dobj", 1, "NOUN")
    assert mended[4].lemma == "crossing"
    assert (mended[3].dep, mended[3].head) == ("compound", 4)
    assert mended[2].head == 4


def test_a_bare_verb_read_as_a_compound_in_a_that_clause_is_the_verb() -> None:
    # "insisted that Seoul lift sanctions" read as the noun phrase "Seoul lift sanctions".
    tokens = [
        _token(0, "Japan", "NNP", "nsubj", 1, pos="PROPN"),
        _token(1, "insisted", "VBD", "ROOT", 1),
        _token(2, "that", "IN", "mark", 5, pos="SCONJ"),
        _token(3, "Seoul", "NNP", "compound", 4, pos="PROPN"),
        _token(4, "lift", "NN", "compound", 5, pos="NOUN"),
        _token(5, "sanctions", "NNS", "ccomp", 1, pos="NOUN"),
    ]
    mended = repaired(tokens)
    assert (mended[4].dep, mended[4].head, mended[4].tag) == ("ccomp", 1, "VB")
    assert (mended[3].dep, mended[3].head) == ("nsubj", 4)
    assert (mended[5].dep, mended[5].head) == ("dobj", 4)
    assert mended[2].head == 4


def test_a_noun_in_ing_read_as_a_clause_with_its_name_is_the_object() -> None:
    # "reopened the Rafah crossing to let aid in", "crossing" read as a clause.
    tokens = [
        _token(0, "Egypt", "NNP", "nsubj", 1, pos="PROPN"),
        _token(1, "reopened", "VBD", "ROOT", 1),
        _token(2, "the", "DT", "det", 3, pos="DET"),
        _token(3, "Rafah", "NNP", "compound", 4, pos="PROPN"),
        _token(4, "crossing", "VBG", "ccomp", 1),
        _token(5, "to", "TO", "aux", 6, pos="PART"),
        _token(6, "let", "VB", "advcl", 4),
    ]
    mended = repaired(tokens)
    assert (mended[4].dep, mended[4].head, mended[4].pos) == ("dobj", 1, "NOUN")
    assert mended[6].head == 1


def test_a_verb_read_as_a_clause_of_the_subjects_participle_is_the_root() -> None:
    # "Strikers demanding Smith's dismissal burned the depot" read as "Strikers
    # demanding (that dismissal burned the depot)", with the noun for root.
    tokens = [
        _token(0, "Strikers", "NNS", "ROOT", 0, pos="NOUN"),
        _token(1, "demanding", "VBG", "acl", 0),
        _token(2, "dismissal", "NN", "nsubj", 3, pos="NOUN"),
        _token(3, "burned", "VBD", "ccomp", 1),
        _token(4, "depot", "NN", "dobj", 3, pos="NOUN"),
        _token(5, ".", ".", "punct", 0, pos="PUNCT"),
    ]
    strikers, demanding, dismissal, burned, depot, stop = repaired(tokens)
    assert (burned.dep, burned.head) == ("ROOT", 3)
    assert (strikers.dep, strikers.head) == ("nsubj", 3)
    assert (dismissal.dep, dismissal.head) == ("dobj", 1)
    assert demanding == tokens[1] and depot == tokens[4]
    assert stop.head == 3


def test_a_that_clause_of_a_subjects_participle_is_left_alone() -> None:
    # "Strikers demanding that Smith resign": a true clause of the participle.
    tokens = [
        _token(0, "Strikers", "NNS", "ROOT", 0, pos="NOUN"),
        _token(1, "demanding", "VBG", "acl", 0),
        _token(2, "that", "IN", "mark", 4, pos="SCONJ"),
        _token(3, "Smith", "NNP", "nsubj", 4, pos="PROPN"),
        _token(4, "resigned", "VBD", "ccomp", 1),
    ]
    assert repaired(tokens) == tokens


def test_a_verb_after_a_clause_set_off_on_a_root_noun_is_the_verb() -> None:
    # "The union, which was banned in May, called on ...", with the noun for root and
    # "called" read as a participle modifying it.
    tokens = [
        _token(0, "union", "NN", "ROOT", 0, pos="NOUN"),
        _token(1, ",", ",", "punct", 0, pos="PUNCT"),
        _token(2, "which", "WDT", "nsubjpass", 4, pos="PRON"),
        _token(3, "was", "VBD", "auxpass", 4, pos="AUX"),
        _token(4, "banned", "VBN", "relcl", 0),
        _token(5, ",", ",", "punct", 0, pos="PUNCT"),
        _token(6, "called", "VBN", "acl", 0),
        _token(7, ".", ".", "punct", 0, pos="PUNCT"),
    ]
    mended = repaired(tokens)
    assert (mended[6].dep, mended[6].head, mended[6].tag) == ("ROOT", 6, "VBD")
    assert (mended[0].dep, mended[0].head) == ("nsubj", 6)
    assert mended[4] == tokens[4] and mended[7].head == 6


def test_a_verb_opening_an_apposition_after_a_clause_is_the_verb() -> None:
    # "The guerrillas, who were armed by Iran, fought battles", read as "the
    # guerrillas ..., (fought battles)" in apposition.
    tokens = [
        _token(0, "guerrillas", "NNS", "ROOT", 0, pos="NOUN"),
        _token(1, ",", ",", "punct", 0, pos="PUNCT"),
        _token(2, "who", "WP", "nsubjpass", 4, pos="PRON"),
        _token(3, "were", "VBD", "auxpass", 4, pos="AUX"),
        _token(4, "armed", "VBN", "relcl", 0),
        _token(5, ",", ",", "punct", 0, pos="PUNCT"),
        _token(6, "fought", "VBD", "amod", 7),
        _token(7, "battles", "NNS", "appos", 0, pos="NOUN"),
    ]
    mended = repaired(tokens)
    assert (mended[6].dep, mended[6].head) == ("ROOT", 6)
    assert (mended[0].dep, mended[0].head) == ("nsubj", 6)
    assert (mended[7].dep, mended[7].head) == ("dobj", 6)


def test_a_participle_with_no_clause_set_off_before_it_is_left_alone() -> None:
    # "Troops, stationed in the north." has no clause before the participle.
    tokens = [
        _token(0, "Troops", "NNS", "ROOT", 0, pos="NOUN"),
        _token(1, ",", ",", "punct", 0, pos="PUNCT"),
        _token(2, "stationed", "VBN", "acl", 0),
    ]
    assert repaired(tokens) == tokens


def test_the_news_after_a_misparsed_clause_on_the_subject(pipeline: Pipeline) -> None:
    # The parser takes "junta" for the root and "announced" for its participle.
    events = pipeline.code(
        "The Myanmar junta, which had seized power in a coup, announced on Monday that it"
        " would free 700 prisoners."
    )
    top = main_event(events)
    assert top is not None and top.trigger.text == "free"


def test_a_relative_clause_read_as_the_verbs_complement_is_the_subjects() -> None:
    # "The mission, whose monitors were refused visas, told Minsk ...", read with
    # "refused" as the complement of "told" and "mission" as its second subject.
    tokens = [
        _token(0, "mission", "NN", "nsubjpass", 5, pos="NOUN"),
        _token(1, ",", ",", "punct", 0, pos="PUNCT"),
        _token(2, "whose", "WP$", "poss", 3, pos="PRON"),
        _token(3, "monitors", "NNS", "nsubj", 4, pos="NOUN"),
        _token(4, "were", "VBD", "auxpass", 5, pos="AUX"),
        _token(5, "refused", "VBN", "ccomp", 7),
        _token(6, ",", ",", "punct", 7, pos="PUNCT"),
        _token(7, "told", "VBD", "ROOT", 7),
        _token(8, "Minsk", "NNP", "dobj", 7, pos="PROPN"),
    ]
    mended = repaired(tokens)
    assert (mended[0].dep, mended[0].head) == ("nsubj", 7)
    assert (mended[5].dep, mended[5].head) == ("relcl", 0)
    assert mended[3].head == 5
