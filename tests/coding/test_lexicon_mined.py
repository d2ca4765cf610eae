"""Mechanisms and entries found with benchmarks/lexicon_coverage.py; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger


def test_a_telling_prepositional_object_picks_the_reading(pipeline: Pipeline) -> None:
    alert = by_trigger(pipeline.code("Chile put its navy on alert on Monday."), "put")
    assert (alert.type, alert.mode) == ("MOBILIZE", "troops")
    expelled = by_trigger(
        pipeline.code("The ruling party expelled the senator from the party."), "expelled"
    )
    assert (expelled.type, expelled.mode) == ("SANCTION", "expel")
    # Leaving talks reduces relations; leaving a town is a retreat.
    talks = by_trigger(pipeline.code("The rebels pulled out of the talks in Oslo."), "pulled")
    assert (talks.type, talks.mode) == ("SANCTION", "withdraw")
    town = by_trigger(pipeline.code("The rebels pulled out of the town on Sunday."), "pulled")
    assert town.type == "RETREAT"


def test_an_exercise_held_with_a_partner_is_cooperation(pipeline: Pipeline) -> None:
    joint = by_trigger(pipeline.code("Egypt held naval drills with Greece."), "held")
    assert joint.type == "COOPERATE"
    alone = pipeline.code("Egypt held naval drills in the Red Sea.")
    assert "COOPERATE" not in [e.type for e in alone]
    assert "MOBILIZE" in [e.type for e in alone]


def test_mined_entries_read_as_the_manual_says(pipeline: Pipeline) -> None:
    cases = [
        ("The government relaxed restrictions on the press.", "relaxed", "CONCEDE"),
        ("Kenya downgraded its relations with Somalia.", "downgraded", "SANCTION"),
        ("The rebels suspended attacks on the capital.", "suspended", "RETREAT"),
        ("Vietnam and Laos strengthened ties last week.", "strengthened", "SUPPORT"),
        ("The army called up reservists in the north.", "called", "MOBILIZE"),
        ("The militia disbanded after the vote.", "disbanded", "RETREAT"),
    ]
    for text, word, kind in cases:
        assert by_trigger(pipeline.code(text), word).type == kind, text


# Entries found with benchmarks/quad_coverage.py (ConfliBERT quad-class sentences).


def test_staying_on_strike_or_alert(pipeline: Pipeline) -> None:
    cases = [
        ("Dock workers in Lagos went on strike over unpaid wages.", "went", "PROTEST"),
        ("Nurses remained on strike for a third week.", "remained", "PROTEST"),
        ("Greek troops remained on alert along the border.", "remained", "MOBILIZE"),
        ("Seoul kept its air force on alert after the launch.", "kept", "MOBILIZE"),
        ("Turkey strengthened its forces near the Syrian border.", "strengthened", "MOBILIZE"),
    ]
    for text, word, kind in cases:
        assert by_trigger(pipeline.code(text), word).type == kind, text


def test_released_from_captivity_is_a_release(pipeline: Pipeline) -> None:
    for text in (
        "Two engineers were released from captivity in Niger on Sunday.",
        "The opposition leader was released from prison after five years.",
    ):
        event = by_trigger(pipeline.code(text), "released")
        assert (event.type, event.mode) == ("RETREAT", "release"), text


def test_human_shields_and_cyber_warfare(pipeline: Pipeline) -> None:
    held = by_trigger(
        pipeline.code("The militants held villagers as human shields in the old town."), "held"
    )
    assert (held.type, held.mode) == ("ASSAULT", "abduct")
    used = by_trigger(pipeline.code("Rebels used children as human shields."), "used")
    assert (used.type, used.mode) == ("ASSAULT", "abduct")
    cyber = pipeline.code("A hacker group waged cyber warfare against Estonia.")
    assert ("COERCE", "cyber") in [(e.type, e.mode) for e in cyber]


def test_ending_mediation_and_suspending_supplies_reduce_relations(pipeline: Pipeline) -> None:
    ended = by_trigger(
        pipeline.code("The African Union ended its mediation efforts in the border dispute."),
        "ended",
    )
    assert (ended.type, ended.cameo) == ("SANCTION", "165")
    suspended = by_trigger(
        pipeline.code("Russia suspended gas supplies to Moldova on Friday."), "suspended"
    )
    assert suspended.type == "SANCTION"


def test_refugees_taken_in_and_troops_for_peacekeeping_are_aid(pipeline: Pipeline) -> None:
    cases = [
        ("Canada accepted 2,000 refugees from Syria last year.", "accepted", "075"),
        ("Uganda received 5,000 refugees from South Sudan.", "received", "075"),
        ("Ghana contributed troops to the UN force in Lebanon.", "contributed", "074"),
        ("Fijian troops participated in peacekeeping in Sinai.", "participated", "074"),
    ]
    for text, word, code in cases:
        event = by_trigger(pipeline.code(text), word)
        assert (event.type, event.cameo) == ("AID", code), text


def test_refuge_evidence_weapons_and_a_cessation_of_hostilities(pipeline: Pipeline) -> None:
    cases = [
        ("Thousands of villagers sought refuge in Chad.", "sought", "REQUEST"),
        ("Dutch prosecutors shared evidence with their Belgian colleagues.", "shared", "COOPERATE"),
        ("The rebels returned their weapons to the army.", "returned", "RETREAT"),
        ("The junta declared a cessation of hostilities on Monday.", "declared", "CONCEDE"),
    ]
    for text, word, kind in cases:
        assert by_trigger(pipeline.code(text), word).type == kind, text


def test_legal_action_is_an_accusation(pipeline: Pipeline) -> None:
    event = by_trigger(
        pipeline.code("The commission launched legal action against Hungary."), "launched"
    )
    assert (event.type, event.cameo) == ("ACCUSE", "115")


def test_rejecting_an_accusation_is_a_denial_and_pushing_for_an_appeal(pipeline: Pipeline) -> None:
    # CAMEO codes them 016 and 020: neutral statements, not a refusal or a demand.
    denial = by_trigger(
        pipeline.code("The ministry rejected accusations that it had rigged the vote."), "rejected"
    )
    assert (denial.type, denial.cameo) == ("REJECT", "016")
    refusal = by_trigger(pipeline.code("The ministry rejected the peace plan."), "rejected")
    assert refusal.cameo != "016"
    pushed = by_trigger(pipeline.code("The senator pushed for tax reforms."), "pushed")
    assert (pushed.type, pushed.cameo) == ("REQUEST", "020")


def test_a_court_finding_someone_guilty_is_a_conviction(pipeline: Pipeline) -> None:
    # The predicate adjective ("guilty") is read as the verb's object.
    cases = [
        ("A military court found the colonel guilty of treason.", "found"),
        ("The colonel was found guilty of treason on Friday.", "found"),
        ("The constitutional court declared the emergency decree unconstitutional.", "declared"),
    ]
    for text, word in cases:
        event = by_trigger(pipeline.code(text), word)
        assert (event.type, event.mode, event.cameo) == ("SANCTION", "convict", "116"), text
    acquitted = pipeline.code("The colonel was found not guilty of treason.")
    assert not [e for e in acquitted if e.type == "SANCTION" and e.modality == "asserted"]


def test_captives_set_free_and_phrasal_verbs_with_a_telling_object(pipeline: Pipeline) -> None:
    cases = [
        ("The militia set free four aid workers.", "set", "RETREAT", "0841"),
        ("The kidnappers set the engineers free.", "set", "RETREAT", "0841"),
        ("The dockers called off their strike at the port.", "called", "CONCEDE", "082"),
        ("The opposition called off the talks with the junta.", "called", "REJECT", "125"),
        ("The fighters gave up their weapons to the army.", "gave", "RETREAT", "0873"),
    ]
    for text, word, kind, code in cases:
        event = by_trigger(pipeline.code(text), word)
        assert (event.type, event.cameo) == (kind, code), text


def test_returned_treasures_and_troops_for_peacekeeping(pipeline: Pipeline) -> None:
    statue = by_trigger(pipeline.code("The museum returned a looted statue to Greece."), "returned")
    assert (statue.type, statue.cameo) == ("RETREAT", "0842")
    sent = by_trigger(
        pipeline.code("Ghana sent 200 soldiers to the peacekeeping force in Lebanon."), "sent"
    )
    assert (sent.type, sent.cameo) == ("AID", "074")
    border = by_trigger(pipeline.code("Russia deployed 200 soldiers to the border."), "deployed")
    assert border.type == "MOBILIZE"


def test_tariffs_sanctions_and_boycotts_lifted_are_concessions(pipeline: Pipeline) -> None:
    cases = [
        ("Canada removed tariffs on American steel.", "removed"),
        ("The government rolled back sanctions on the bank.", "rolled"),
        ("The union lifted its boycott of the port.", "lifted"),
    ]
    for text, word in cases:
        event = by_trigger(pipeline.code(text), word)
        assert (event.type, event.cameo) == ("CONCEDE", "085"), text


def test_targets_condolences_opinions_and_epidemics_are_no_events(pipeline: Pipeline) -> None:
    texts = [
        "The ministry failed to meet its revenue targets.",
        "The minister offered his condolences to the families.",
        "Officials said they agree with the assessment.",
        "Doctors are fighting the cholera epidemic in Yemen.",
    ]
    for text in texts:
        assert pipeline.code(text) == [], text
    offered = by_trigger(pipeline.code("Russia offered talks to Ukraine."), "offered")
    assert offered.type == "AGREE"


# Entries found with benchmarks/manual_coverage.py (the PLOVER manual's own examples).


def test_manual_readings_of_fire_force_and_weapons(pipeline: Pipeline) -> None:
    cases = [
        ("Border guards returned fire on the smugglers.", "returned", "ASSAULT"),
        ("The army used cluster bombs on the villages.", "used", "ASSAULT"),
        ("Riot police used force against the students.", "used", "ASSAULT"),
        ("The junta used poison weapons in the valley.", "used", "ASSAULT"),
        ("Gunmen committed sexual violence in the camp.", "committed", "ASSAULT"),
    ]
    for text, word, kind in cases:
        assert by_trigger(pipeline.code(text), word).type == kind, text


def test_manual_readings_of_searches_cut_utilities_and_trials(pipeline: Pipeline) -> None:
    cases = [
        ("Officers executed a search warrant at the newspaper.", "executed", "COERCE"),
        ("The authorities shut off the internet in the province.", "shut", "COERCE"),
        ("Militants shut off the water to the city.", "shut", "COERCE"),
        ("Prosecutors brought the general to trial in March.", "brought", "ACCUSE"),
        ("The regime put the journalist on trial.", "put", "ACCUSE"),
    ]
    for text, word, kind in cases:
        assert by_trigger(pipeline.code(text), word).type == kind, text
    withheld = by_trigger(pipeline.code("The regime shut off power to the camp."), "shut")
    assert withheld.mode == "withhold"


def test_manual_readings_of_willingness_punishment_and_reduced_ties(pipeline: Pipeline) -> None:
    cases = [
        ("The rebels expressed willingness to end the war.", "expressed", "AGREE"),
        ("Hanoi signalled its readiness to talk.", "signalled", "AGREE"),
        ("China punished Lithuania over the office.", "punished", "SANCTION"),
        ("The government curtailed trade with its neighbour.", "curtailed", "SANCTION"),
        ("Morocco reduced ties with the embassy.", "reduced", "SANCTION"),
        ("Dockers walked off the job in Antwerp.", "walked", "PROTEST"),
    ]
    for text, word, kind in cases:
        assert by_trigger(pipeline.code(text), word).type == kind, text


def test_leaving_a_bloc_and_relief_for_debt_or_disaster(pipeline: Pipeline) -> None:
    left = by_trigger(pipeline.code("Mali left the alliance in May."), "left")
    assert (left.type, left.mode) == ("SANCTION", "withdraw")
    assert not pipeline.code("The envoy left the building at noon.")
    cases = [
        ("The Red Cross began emergency relief in the valley.", "began", "AID"),
        ("The lenders approved debt relief for Ghana.", "approved", "AID"),
    ]
    for text, word, kind in cases:
        assert by_trigger(pipeline.code(text), word).type == kind, text


def test_crowd_control_by_the_police_is_an_assault(pipeline: Pipeline) -> None:
    # PLOVER ASSAULT crowd-control: tear gas shells, firing in the air, baton charges.
    shells = pipeline.code("The police burst tear gas shells to scatter the students.")
    burst = by_trigger(shells, "burst")
    assert (burst.type, burst.mode, burst.cameo) == ("ASSAULT", "crowd-control", "175")
    assert [a.sector for a in burst.sources] == ["COP"]
    lobbed = by_trigger(pipeline.code("Police lobbed teargas shells at the crowd."), "lobbed")
    assert (lobbed.type, lobbed.mode) == ("ASSAULT", "crowd-control")
    air = by_trigger(pipeline.code("The constables fired in the air near the market."), "fired")
    assert (air.type, air.mode) == ("ASSAULT", "crowd-control")
    batons = by_trigger(pipeline.code("Police charged the protesters with batons."), "charged")
    assert (batons.type, batons.mode) == ("ASSAULT", "crowd-control")


def test_remand_jail_and_picking_up_are_arrests(pipeline: Pipeline) -> None:
    for text, word in [
        ("The magistrate remanded the accused to police custody.", "remanded"),
        ("The two men were remanded in judicial custody.", "remanded"),
        ("The court sent the former mayor to jail.", "sent"),
        ("The police picked up four youths from the village.", "picked"),
    ]:
        event = by_trigger(pipeline.code(text), word)
        assert (event.type, event.mode, event.cameo) == ("COERCE", "arrest", "173"), text


def test_hosting_a_visitor_and_dissolving_a_party(pipeline: Pipeline) -> None:
    events = pipeline.code("The sultan received the Indian prime minister in Muscat.")
    assert [(e.type, e.mode) for e in events if e.trigger.text == "received"] == [
        ("CONSULT", "visit")
    ]
    events = pipeline.code("The constitutional court dissolved the main opposition party.")
    assert [(e.type, e.mode) for e in events if e.trigger.text == "dissolved"] == [
        ("COERCE", "ban")
    ]


def test_picking_up_people_is_an_arrest_and_picking_up_things_is_not(
    pipeline: Pipeline,
) -> None:
    events = pipeline.code("Police picked up two activists outside the court.")
    assert [e.type for e in events if e.trigger.text == "picked"] == ["COERCE"]
    for text in ("Growth picked up in March.", "The minister picked up the phone."):
        assert not [e for e in pipeline.code(text) if e.trigger.text == "picked"], text
    events = pipeline.code("Officers took the two men into custody.")
    assert [e.type for e in events if e.trigger.text == "took"] == ["COERCE"]


def test_round_seven_support_aid_and_yielding(pipeline: Pipeline) -> None:
    for text, word, expected in [
        ("The senator came to the defence of the embattled governor.", "came", "SUPPORT"),
        ("Oslo spoke out in support of the Kurdish leaders.", "spoke", "SUPPORT"),
        ("Kenya accepted the Ugandan apology for the border raid.", "accepted", "SUPPORT"),
        ("Japan extended a two billion dollar credit line to Sri Lanka.", "extended", "AID"),
        ("North Korea permitted inspections of the reactor.", "permitted", "RETREAT"),
        ("The navy ended its drills near the islands.", "ended", "RETREAT"),
        ("Brussels waived tariffs on Ukrainian grain.", "waived", "CONCEDE"),
        ("The regime legalised the main opposition party.", "legalised", "CONCEDE"),
        ("The mayor allowed the opposition march to go ahead.", "allowed", "CONCEDE"),
    ]:
        assert by_trigger(pipeline.code(text), word).type == expected, text


def test_round_twenty_protest_force_and_sanctions(pipeline: Pipeline) -> None:
    cases = [
        ("Dock workers in Lagos downed tools over unpaid wages.", "downed", "PROTEST"),
        ("The two militias exchanged gunfire near the market.", "exchanged", "ASSAULT"),
        ("Warders abused inmates at the northern jail.", "abused", "ASSAULT"),
        ("Denmark paused its funding for the agency.", "paused", "SANCTION"),
        ("Serbia blocked the corridor to the enclave.", "blocked", "COERCE"),
        ("The regulator stripped the college of its accreditation.", "stripped", "COERCE"),
    ]
    for text, word, event_type in cases:
        assert by_trigger(pipeline.code(text), word).type == event_type, text


def test_round_thirty_sending_or_putting_in_a_request_is_the_senders(
    pipeline: Pipeline,
) -> None:
    sent = by_trigger(pipeline.code("Ghana sent an appeal to Togo on Friday."), "sent")
    assert sent.type == "REQUEST"
    assert [a.country for a in sent.sources] == ["GHA"]
    assert [a.country for a in sent.targets] == ["TGO"]
    put = by_trigger(
        pipeline.code("Chilean officers had put in a request to Peru for maps."), "put"
    )
    assert put.type == "REQUEST"
    assert [a.country for a in put.sources] == ["CHL"]
