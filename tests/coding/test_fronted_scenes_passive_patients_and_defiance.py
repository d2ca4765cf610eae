"""The main event against its setting and its patient: a fronted participle clause, an
event named by a passive subject, a defiance named on an act, and subjects the
parser hid in an apposition or a relative clause; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from flashpoint.evaluation.events import main_event
from tests.coding.support import by_trigger


def test_a_fronted_participle_ranks_below_the_act_of_its_clause(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Refused a pay rise for the third year running, nurses in the capital walked out"
        " of four hospitals."
    )
    top = main_event(events)
    assert top is not None and top.type == "PROTEST"


def test_a_fronted_accusation_ranks_below_an_announced_act(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Accusing Caracas of arming the rebels, the Colombian president said he was ready"
        " to expel Venezuelan diplomats."
    )
    top = main_event(events)
    assert top is not None and top.trigger.text == "expel"
    assert by_trigger(events, "Accusing").confidence < top.confidence


def test_a_fronted_participle_stays_where_the_clause_has_no_act(pipeline: Pipeline) -> None:
    events = pipeline.code("Rejecting the appeal for clemency, the minister said on Friday.")
    top = main_event(events)
    assert top is not None and top.type == "REJECT"


def test_a_passive_subject_event_is_what_the_act_was_done_to(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "The EU oil embargo on Syria was openly flouted by three shipping firms."
    )
    top = main_event(events)
    assert top is not None and top.type == "REJECT" and top.cameo == "128"
    assert by_trigger(events, "embargo").confidence < top.confidence


def test_a_defiance_named_on_an_act_is_its_doers(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Pyongyang fired two ballistic missiles into the sea in defiance of UN resolutions."
    )
    defiance = by_trigger(events, "defiance")
    assert defiance.type == "REJECT"
    assert [a.text for a in defiance.sources] == ["Pyongyang"]


def test_a_march_in_defiance_of_a_ban_stays_a_protest(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Thousands of students marched through Dhaka in defiance of a police ban."
    )
    top = main_event(events)
    assert top is not None and top.type == "PROTEST"


def test_a_subject_hidden_in_an_opening_participle_is_the_verbs(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Demanding the release of their leader, dock workers in Mombasa walked off the job"
        " on Monday."
    )
    top = main_event(events)
    assert top is not None and top.type == "PROTEST"
    assert [a.text for a in top.sources] == ["dock workers"]


def test_a_subject_after_a_fronted_phrase_and_a_relative_clause(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Following the election, the European Union, which had funded the police for a"
        " decade, suspended its budget support to Malawi."
    )
    top = main_event(events)
    assert top is not None and top.type == "SANCTION"
    assert [a.text for a in top.sources] == ["the European Union"]


def test_a_verb_joined_to_a_relative_clause_is_the_sentences(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "The presidents of Sudan and Chad, whose armies clashed on the border last year,"
        " met in Addis Ababa on Sunday."
    )
    top = main_event(events)
    assert top is not None and top.type == "CONSULT"
