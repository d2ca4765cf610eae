"""Announced intentions and concessions (CAMEO roots 03 and 08); sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger


def test_a_conditional_offer_is_still_an_offer(pipeline: Pipeline) -> None:
    events = pipeline.code("Peru said it was willing to extradite the two suspects if asked.")
    assert by_trigger(events, "extradite").modality == "future"
    # A conflictual act said to follow on a condition stays hypothetical.
    plain = pipeline.code("Peru said it would expel the two diplomats if asked.")
    assert by_trigger(plain, "expel").modality == "hypothetical"


def test_a_cooperative_act_announced_on_a_condition_is_an_offer(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Canada said it would ease the embargo if the junta freed the prisoners."
    )
    assert by_trigger(events, "ease").modality == "future"
    # The condition itself has not happened.
    assert by_trigger(events, "freed").modality == "hypothetical"


def test_an_act_begged_for_on_a_condition_is_no_offer(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "She said that if she met the minister, she would beg him to send more aid to Yemen."
    )
    assert by_trigger(events, "send").modality == "hypothetical"


def test_a_reported_would_reaches_the_verb_it_governs(pipeline: Pipeline) -> None:
    events = pipeline.code("Officials said the government would begin lifting the curfew.")
    assert by_trigger(events, "lifting").modality == "future"


def test_an_announced_intention_is_future(pipeline: Pipeline) -> None:
    events = pipeline.code("The army announced its decision to withdraw its troops from the town.")
    assert by_trigger(events, "withdraw").modality == "future"


def test_what_is_announced_as_done_was_not_planned(pipeline: Pipeline) -> None:
    done = pipeline.code("The ministry announced that the curfew had been lifted.")
    assert by_trigger(done, "lifted").modality == "asserted"
    planned = pipeline.code("The ministry announced it would lift the curfew.")
    assert by_trigger(planned, "lift").modality == "future"


@pytest.mark.parametrize(
    ("sentence", "trigger", "event_type"),
    [
        ("The militia handed back two seized trucks on Monday.", "handed", "RETREAT"),
        ("Chile returned the detained fishermen to Peru.", "returned", "RETREAT"),
        ("Mali accepted the deployment of UN peacekeepers.", "accepted", "RETREAT"),
        ("The army scaled back its operations in the north.", "scaled", "RETREAT"),
        ("The court annulled the convictions of three activists.", "annulled", "CONCEDE"),
        ("The government unblocked dozens of news websites.", "unblocked", "CONCEDE"),
        ("The two countries settled their border dispute.", "settled", "AGREE"),
        ("Kenya scaled down its military drills near the border.", "scaled", "RETREAT"),
        ("The union called off its walkout after two days.", "called", "CONCEDE"),
        ("Ghana allowed UN relief flights to land in the north.", "allowed", "RETREAT"),
        ("The bloc suspended its sanctions on the junta.", "suspended", "CONCEDE"),
    ],
)
def test_yielding_readings(
    pipeline: Pipeline, sentence: str, trigger: str, event_type: str
) -> None:
    assert by_trigger(pipeline.code(sentence), trigger).type == event_type


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # A past-tense tag under a verb of wanting is no report of a deed.
        ("We want everyone who has been to Syria detained.", "detained", "future"),
        # "would be safe to" weighs an act; it announces none.
        ("The MP said it would be safe to rescue the children.", "rescue", "hypothetical"),
        ("He made the decision without consulting parliament.", "consulting", "negated"),
        ("The inability to reach a compromise worries the council.", "reach", "negated"),
        ("Turkey has the power to unblock the route.", "unblock", "hypothetical"),
        # "set up a board" is no "is set to".
        ("The UN set up a board of inquiry into the attack on the convoy.", "attack", "asserted"),
        ("Iran is set to release the tanker.", "release", "future"),
    ],
)
def test_what_governs_an_act_says_whether_it_happens(
    pipeline: Pipeline, text: str, trigger: str, modality: str
) -> None:
    assert by_trigger(pipeline.code(text), trigger).modality == modality


def test_a_planned_object_does_not_make_the_act_planned(pipeline: Pipeline) -> None:
    # The rally is planned; its banning is done.  Its denial is the act's, though.
    event = by_trigger(pipeline.code("The city council banned a planned union rally."), "banned")
    assert event.modality == "asserted"
    event = by_trigger(pipeline.code("The army banned no rallies in the capital."), "banned")
    assert event.modality == "negated"


def test_an_act_pleaded_for_is_asked_not_done(pipeline: Pipeline) -> None:
    # The parser hangs "to halt" on "pleaded" as a purpose; it is what was asked.
    text = "At the summit the president pleaded with Moscow and Ankara to halt the offensive."
    assert by_trigger(pipeline.code(text), "halt").modality == "hypothetical"


def test_would_under_signalling_is_the_future_of_the_past(pipeline: Pipeline) -> None:
    signalled = pipeline.code("The dockers' union signalled it would call off the strike.")
    assert by_trigger(signalled, "call").modality == "future"


def test_would_in_a_clause_coordinated_with_a_reported_one_is_future(pipeline: Pipeline) -> None:
    text = (
        "The minister said Norway was keen to expand its trade with Chile and would offer it new "
        "loans."
    )
    assert by_trigger(pipeline.code(text), "offer").modality == "future"


def test_would_under_a_noun_of_saying_is_future(pipeline: Pipeline) -> None:
    text = "The mayor's announcement that she would resign surprised the city council."
    assert by_trigger(pipeline.code(text), "resign").modality == "future"


def test_would_under_boasting_is_future(pipeline: Pipeline) -> None:
    text = "The rebel commander boasted that his men would attack the capital."
    assert by_trigger(pipeline.code(text), "attack").modality == "future"


def test_would_in_a_reported_question_is_no_announcement(pipeline: Pipeline) -> None:
    text = "Officials told reporters how the army would pull out of the city."
    assert by_trigger(pipeline.code(text), "pull").modality == "hypothetical"


def test_going_on_to_act_is_acting(pipeline: Pipeline) -> None:
    events = pipeline.code("The junta went on to expel two French diplomats.")
    assert by_trigger(events, "expel").modality == "asserted"
    planned = pipeline.code("The junta is going to expel two French diplomats.")
    assert by_trigger(planned, "expel").modality == "future"


def test_an_act_come_closer_to_is_not_yet_done(pipeline: Pipeline) -> None:
    events = pipeline.code("Seoul moved closer to lifting its ban on beef imports.")
    assert by_trigger(events, "lifting").modality == "future"


def test_what_a_threat_holds_out_is_not_done(pipeline: Pipeline) -> None:
    events = pipeline.code("The bloc raised the threat of a trade embargo on the regime.")
    assert by_trigger(events, "embargo").modality == "hypothetical"


def test_a_hope_about_another_partys_act_is_no_agreement(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "The envoy voiced hope that Minsk would let students gather freely and allow"
        " newspapers to publish."
    )
    assert by_trigger(events, "allow").modality == "hypothetical"


def test_an_obligation_told_to_a_party_is_asked_of_it(pipeline: Pipeline) -> None:
    events = pipeline.code("The Red Cross told Damascus it had to open the crossing.")
    assert by_trigger(events, "open").modality == "hypothetical"


def test_what_a_deadline_is_given_for_is_not_done(pipeline: Pipeline) -> None:
    events = pipeline.code("Moscow gave Tbilisi a deadline to pull its troops back.")
    assert by_trigger(events, "pull").modality == "hypothetical"
    given = pipeline.code("The Commission gave Warsaw two months to repeal the law.")
    assert by_trigger(given, "repeal").modality == "hypothetical"


def test_going_on_a_rampage_is_no_plan(pipeline: Pipeline) -> None:
    events = pipeline.code("Angry crowds went on a rampage, looting shops and torching cars.")
    assert by_trigger(events, "looting").modality == "asserted"
    assert by_trigger(events, "torching").modality == "asserted"


def test_a_participle_before_a_pledge_is_its_circumstance(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Visiting Lima, the Bolivian minister pledged to build a new gas pipeline to Peru."
    )
    assert by_trigger(events, "Visiting").modality == "asserted"
    assert by_trigger(events, "pledged").modality == "asserted"


def test_an_act_stopped_is_no_longer_done(pipeline: Pipeline) -> None:
    events = pipeline.code("The militia stopped shelling the port on Tuesday.")
    assert by_trigger(events, "shelling").modality == "negated"
    assert by_trigger(events, "stopped").modality == "asserted"
