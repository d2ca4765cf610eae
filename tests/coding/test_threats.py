"""Warnings of an actor's own conditional conflictual act (CAMEO 13x); sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from flashpoint.evaluation.events import main_event
from tests.coding.support import by_trigger


def test_saying_one_would_act_on_a_condition_threatens(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Chile said it would shell the rebel camps if the gunmen crossed the river."
    )
    # The act stays conditional (hypothetical), the saying is a threat of force.
    assert by_trigger(events, "shell").modality == "hypothetical"
    threat = by_trigger(events, "said")
    assert (threat.type, threat.cameo, threat.modality) == ("THREATEN", "138", "asserted")
    assert [a.text for a in threat.sources] == ["Chile"]
    assert [a.text for a in threat.targets] == ["the rebel camps"]
    assert main_event(events) == threat


def test_a_threat_takes_the_code_of_what_it_threatens(pipeline: Pipeline) -> None:
    curfew = pipeline.code("The governor said he might impose a curfew on the port city.")
    assert by_trigger(curfew, "said").cameo == "1323"
    talks = pipeline.code(
        "The rebels told mediators they would walk out of the talks unless the shelling ended."
    )
    assert by_trigger(talks, "told").cameo == "134"
    # A quoted warning is the speaker's.
    quoted = pipeline.code('"We will expel their monitors if they lie," the minister said.')
    assert by_trigger(quoted, "said").type == "THREATEN"


def test_a_plain_warning_takes_the_code_of_its_act(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "The junta warned it would ban the two parties unless their leaders apologised."
    )
    warning = by_trigger(events, "warned")
    assert (warning.type, warning.cameo) == ("THREATEN", "1322")
    assert len([e for e in events if e.type == "THREATEN"]) == 1


def test_speculation_offers_and_questions_are_no_threats(pipeline: Pipeline) -> None:
    guessed = pipeline.code("Analysts said Chile would shell the camps if gunmen crossed.")
    assert all(e.type != "THREATEN" for e in guessed)
    offer = pipeline.code("Chile said it would lift the blockade if the gunmen left.")
    assert all(e.type != "THREATEN" for e in offer)
    asked = pipeline.code("Did Chile say it would shell the camps if gunmen crossed?")
    assert all(e.type != "THREATEN" for e in asked)
    reported = pipeline.code("They said our neighbours would attack us if we came back.")
    assert all(e.type != "THREATEN" for e in reported)
    wish = pipeline.code("He says he would like to stay there, and fight if he must.")
    assert all(e.type != "THREATEN" for e in wish)


def test_the_purpose_of_a_merely_possible_act_is_merely_possible(pipeline: Pipeline) -> None:
    maybe = pipeline.code("Lima could send two battalions to fight the gangs in Puno.")
    assert by_trigger(maybe, "fight").modality == "hypothetical"
    # An announced act's purpose is its topic, as told: "will meet to discuss".
    planned = pipeline.code("The two ministers will meet in Quito to discuss the border.")
    assert by_trigger(planned, "discuss").modality == "asserted"
    # A relative clause inside the purpose keeps its own time.
    told = pipeline.code("Lima should send troops to guard the mines that rebels attacked.")
    assert by_trigger(told, "attacked").modality == "asserted"


def test_raising_the_prospect_of_ones_own_act_threatens(pipeline: Pipeline) -> None:
    text = "The German chancellor raised the possibility of an arms embargo on Riyadh."
    events = pipeline.code(text)
    assert by_trigger(events, "embargo").modality == "hypothetical"
    threat = by_trigger(events, "raised")
    assert threat.type == "THREATEN"
    assert main_event(events) is threat


def test_a_prospect_raised_by_events_is_no_threat(pipeline: Pipeline) -> None:
    events = pipeline.code("The fighting raised the spectre of sanctions against Khartoum.")
    assert all(e.trigger.text != "raised" for e in events)


def test_not_ruling_out_ones_own_act_threatens(pipeline: Pipeline) -> None:
    refused = pipeline.code("The premier refused to rule out annexing the disputed islands.")
    threat = by_trigger(refused, "rule")
    assert (threat.type, threat.cameo, threat.modality) == ("THREATEN", "1382", "asserted")
    assert by_trigger(refused, "annexing").modality == "hypothetical"
    assert not [e for e in refused if e.trigger.text == "refused"]
    assert main_event(refused) == threat
    noun = pipeline.code("The cabinet would not rule out sanctions on the two banks.")
    assert by_trigger(noun, "rule").type == "THREATEN"


def test_ruling_out_an_act_or_not_ruling_out_a_non_event_is_no_threat(
    pipeline: Pipeline,
) -> None:
    ruled = pipeline.code("The premier ruled out annexing the disputed islands.")
    assert not [e for e in ruled if e.type == "THREATEN"]
    other = pipeline.code("The striker did not rule out a move to Spain next season.")
    assert not [e for e in other if e.type == "THREATEN"]


def test_a_party_telling_of_an_agentless_act_on_a_condition_threatens(
    pipeline: Pipeline,
) -> None:
    banned = pipeline.code(
        "Brazil said on Monday that imports of Paraguayan beef would be banned if the "
        "outbreak spread."
    )
    threat = by_trigger(banned, "said")
    assert (threat.type, [a.text for a in threat.sources]) == ("THREATEN", ["Brazil"])
    # Told to the addressee, or by a verb coordinated with the speaker's first act.
    told = pipeline.code(
        "Police informed the strikers that their leaders would be arrested unless the "
        "blockade ended."
    )
    assert by_trigger(told, "informed").type == "THREATEN"
    second = pipeline.code(
        "Chile summoned Peru's envoy and said Peruvian officials could be barred from "
        "entering the country."
    )
    assert by_trigger(second, "said").type == "THREATEN"


def test_harm_foretold_in_the_passive_is_no_threat(pipeline: Pipeline) -> None:
    events = pipeline.code("The Red Cross said villagers could be killed if the shelling went on.")
    assert all(e.type != "THREATEN" for e in events)
    doer = pipeline.code("Brazil said imports would be banned by Paraguay if the outbreak spread.")
    assert all(e.type != "THREATEN" for e in doer)


def test_a_promise_of_a_conflictual_act_is_a_threat_not_a_pledge(pipeline: Pipeline) -> None:
    events = pipeline.code("The militia commanders promised to shell the northern garrison.")
    assert not [e for e in events if e.type == "AGREE"]
    shelling = by_trigger(events, "shell")
    assert shelling.modality == "future"
    assert main_event(events) is shelling
    # Promising not to attack, or promising help, stays a pledge.
    restraint = pipeline.code("The militia commanders pledged not to attack the garrison.")
    assert by_trigger(restraint, "pledged").type == "AGREE"
    help_ = pipeline.code("The governor promised to send food to the flooded villages.")
    assert by_trigger(help_, "promised").type == "AGREE"
    never = pipeline.code("The two navies pledged never again to fire on fishing boats.")
    assert by_trigger(never, "pledged").type == "AGREE"
