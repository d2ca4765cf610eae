"""Appeals by nudging, calls for an act, time spans and rejections: sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger, only


def test_challenging_a_party_to_act_is_an_appeal(pipeline: Pipeline) -> None:
    text = "Brazil challenged the rich nations on Monday to cut their farm subsidies."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "challenged"
    text = "Norway prodded the two parties to resume their dialogue."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "prodded"


def test_what_a_party_is_nudged_to_do_has_not_happened(pipeline: Pipeline) -> None:
    events = pipeline.code("Norway nudged Israel to give ground on the settlements.")
    assert only(events, "CONCEDE").modality == "hypothetical"
    events = pipeline.code("Ukraine challenged Moscow to pull its troops out of Crimea.")
    assert only(events, "RETREAT").modality == "hypothetical"


def test_a_challenge_without_an_infinitive_is_no_appeal(pipeline: Pipeline) -> None:
    events = pipeline.code("The party challenged the election result in court.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_call_for_a_party_to_act_is_a_request(pipeline: Pipeline) -> None:
    text = "The bishops' call for Kenya to free the detained journalists angered the police."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "call"
    text = "Human Rights Watch issued a call for Peru to protect indigenous leaders."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "issued"


def test_a_call_without_a_for_phrase_is_no_request(pipeline: Pipeline) -> None:
    events = pipeline.code("The minister's call lasted an hour.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_rejected_call_is_the_rejection_s_content(pipeline: Pipeline) -> None:
    events = pipeline.code("The junta dismissed the bishops' calls for early elections.")
    assert only(events, "REJECT").trigger.text == "dismissed"
    assert not [e for e in events if e.type == "REQUEST"]


def test_nudging_a_party_away_for_a_purpose_is_no_appeal(pipeline: Pipeline) -> None:
    events = pipeline.code("The ushers nudged the guests away from the stage to clear the aisle.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_rebranding_is_no_branding(pipeline: Pipeline) -> None:
    assert not pipeline.code("The party decided to rebrand itself before the election.")


def test_a_span_of_time_is_read_as_the_act_it_measures(pipeline: Pipeline) -> None:
    text = "Dock workers in Chittagong ended three weeks of strikes on Monday."
    assert only(pipeline.code(text), "CONCEDE").trigger.text == "ended"


def test_invitation_to_act_is_an_appeal(pipeline: Pipeline) -> None:
    text = "Tokyo invited Seoul to invest in its ports."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "invited"


def test_invitation_to_visit_stays_an_offer_to_meet(pipeline: Pipeline) -> None:
    events = pipeline.code("Kabul invited the Taliban to join the peace talks.")
    assert [e.type for e in events if e.trigger.text == "invited"] == ["AGREE"]


def test_phrasal_verb_with_its_preposition(pipeline: Pipeline) -> None:
    text = "The foreign minister stood up for the jailed reformers."
    assert only(pipeline.code(text), "SUPPORT").trigger.text == "stood"


def test_phrasal_verb_with_a_time_span_is_no_reading(pipeline: Pipeline) -> None:
    events = pipeline.code("The garrison held out for many more weeks.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_particle_parsed_as_a_preposition_keeps_its_object(pipeline: Pipeline) -> None:
    # "off" and "aside" parsed as prepositions or adverbs: the demand is the object.
    text = "The army pressed on with its campaign, shrugging off Ghana's appeals for a truce."
    assert by_trigger(pipeline.code(text), "shrugging").type == "REJECT"
    text = "Paris went ahead with the tests, brushing aside Canberra's calls for a moratorium."
    assert by_trigger(pipeline.code(text), "brushing").type == "REJECT"
    text = "Lisbon turned aside Luanda's demand for compensation on Friday."
    assert by_trigger(pipeline.code(text), "turned").type == "REJECT"


def test_a_plural_noun_parsed_as_a_verb_is_the_object(pipeline: Pipeline) -> None:
    # "calls" parsed as a verb whose subject is "Union": the calls are what is heeded.
    text = "Fiji's military ruler heeded European Union calls for early elections."
    assert by_trigger(pipeline.code(text), "heeded").type == "CONCEDE"


def test_an_interjection_after_say_is_its_object(pipeline: Pipeline) -> None:
    text = "Norwegian voters said no to joining the bloc in a referendum."
    assert by_trigger(pipeline.code(text), "said").type == "REJECT"
    text = "Seoul said sorry to Hanoi for the wartime massacres."
    assert by_trigger(pipeline.code(text), "said").type == "CONCEDE"
    # An answer without a "to" or "for" phrase is no rejection.
    events = pipeline.code("Asked whether he would stand again, the mayor said no.")
    assert not [e for e in events if e.type == "REJECT"]


def test_pushing_for_a_party_to_act_is_a_request(pipeline: Pipeline) -> None:
    # "for" parsed as the marker of the infinitive clause, read as the verb's preposition.
    text = "The ministers pushed for Ghana to raise its fuel subsidies at the talks."
    assert by_trigger(pipeline.code(text), "pushed").type == "REQUEST"


def test_pushing_or_coaxing_a_party_to_act_is_an_appeal(pipeline: Pipeline) -> None:
    text = "Brussels pushed Belgrade to recognise the court's authority."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "pushed"
    text = "The Swiss mediator coaxed the rebels to come back to the talks."
    assert only(pipeline.code(text), "REQUEST").trigger.text == "coaxed"
    # Pushing a quantity somewhere asks no one for anything.
    events = pipeline.code("The drought pushed food prices to a record high.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_pressing_a_party_after_a_time_phrase_to_act_is_an_appeal(pipeline: Pipeline) -> None:
    # The infinitive hangs on "pressed" as an adverbial clause after "on Friday".
    text = "Chilean farmers pressed the ministry on Friday to lower the water tariffs."
    assert by_trigger(pipeline.code(text), "pressed").type == "REQUEST"
    # The object's own "for" phrase before the infinitive: a plan argued for, no appeal.
    text = "The envoy flew to Quito to press his plan for Peru to build a new port."
    assert not [e for e in pipeline.code(text) if e.type == "REQUEST"]


def test_a_plural_noun_after_a_name_object_is_what_is_rejected(pipeline: Pipeline) -> None:
    # "Commission" parsed as the object and "demands" as a verb: the demands are shot down.
    text = "Hungarian officials shot down European Commission demands to admit more refugees."
    assert by_trigger(pipeline.code(text), "shot").type == "REJECT"


def test_a_bare_verb_read_as_a_noun_after_a_name_is_a_demand(pipeline: Pipeline) -> None:
    # "ASEAN step" parsed as a noun with "ASEAN" as its compound: the subjunctive "step in".
    text = "The envoy insisted that ASEAN step in as a broker."
    assert by_trigger(pipeline.code(text), "insisted").type == "REQUEST"
    # A report of what is the case is no demand.
    text = "The oil minister insisted that the cartel was united."
    assert not [e for e in pipeline.code(text) if e.type == "REQUEST"]


def test_a_vote_against_a_treaty_rejects_it(pipeline: Pipeline) -> None:
    text = "The parliament's vote against the fisheries treaty angered Oslo."
    events = pipeline.code(text)
    assert by_trigger(events, "vote").type == "REJECT"
    assert not [e for e in events if e.trigger.text == "treaty"]
