"""Confidence and the sentence's main event: embedded events rank below the news;
sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flashpoint import Document, Pipeline
from flashpoint.coding.clause_links import clause_kind
from flashpoint.coding.clauses import clause_depth, clause_kinds
from flashpoint.coding.syntax import Parse
from flashpoint.evaluation.events import main_event
from tests.coding.support import by_trigger


def assert_news_over(pipeline: Pipeline, sentence: str, news: str, other: str) -> None:
    """The event of ``news`` is the sentence's main event, above the event of ``other``."""
    events = pipeline.code(sentence)
    top = main_event(events)
    assert top is not None and top.trigger.text == news
    assert top.confidence > by_trigger(events, other).confidence


@pytest.mark.parametrize(
    ("sentence", "word", "kind"),
    [
        (
            "Rebels shelled the town after soldiers arrested their leader.",
            "arrested",
            "circumstance",
        ),
        (
            "Rebels shelled the town when soldiers arrested their leader.",
            "arrested",
            "circumstance",
        ),
        ("Chad sent troops to fight the rebels in the north.", "fight", "purpose"),
        ("Police arrested the men who attacked the embassy.", "attacked", "relative"),
        ("Officials said that rebels attacked the embassy.", "attacked", "reported"),
        ("Rebels attacked the base, killing five soldiers.", "killing", "advcl"),
        ("Mali agreed to release the prisoners.", "release", "xcomp"),
        ("Rebels attacked the base and seized the airport.", "seized", "main"),
    ],
)
def test_the_kind_of_clause_a_trigger_sits_in(
    parse: Callable[[str], Document], sentence: str, word: str, kind: str
) -> None:
    doc = parse(sentence)
    token = next(t for t in doc.tokens if t.text == word)
    assert clause_kind(Parse(doc.tokens), token) == kind


def test_background_clauses_count_deeper_than_relayed_ones(
    parse: Callable[[str], Document],
) -> None:
    def depth(sentence: str, word: str) -> float:
        doc = parse(sentence)
        return clause_depth(Parse(doc.tokens), next(t for t in doc.tokens if t.text == word))

    main = depth("Rebels attacked the base and seized the airport.", "seized")
    reported = depth("Officials said that rebels attacked the embassy.", "attacked")
    purpose = depth("Chad sent troops to fight the rebels in the north.", "fight")
    relative = depth("Police arrested the men who attacked the embassy.", "attacked")
    after = depth("Rebels shelled the town after soldiers arrested their leader.", "arrested")
    assert main == reported == 0
    assert 0 < purpose < relative < after


@pytest.mark.parametrize(
    ("sentence", "main_trigger", "embedded"),
    [
        ("Chad sent troops to fight the rebels in the north.", "sent", "fight"),
        ("Police arrested the men who attacked the embassy.", "arrested", "attacked"),
        (
            "Protesters clashed with police after the government banned the rally.",
            "clashed",
            "banned",
        ),
        ("Rebels shelled the town when soldiers arrested their leader.", "shelled", "arrested"),
    ],
)
def test_an_embedded_event_is_not_the_main_event(
    pipeline: Pipeline, sentence: str, main_trigger: str, embedded: str
) -> None:
    assert_news_over(pipeline, sentence, main_trigger, embedded)


def test_a_reported_act_is_the_news_of_its_sentence(pipeline: Pipeline) -> None:
    events = pipeline.code("Officials in Kabul said that the Taliban attacked a police post.")
    top = main_event(events)
    assert top is not None and (top.type, top.trigger.text) == ("ASSAULT", "attacked")
    assert top.confidence >= 0.8


def test_confidence_falls_with_what_is_missing_or_not_yet_done(pipeline: Pipeline) -> None:
    done = by_trigger(pipeline.code("Syrian forces shelled the town of Idlib."), "shelled")
    no_source = by_trigger(pipeline.code("The town of Idlib was shelled."), "shelled")
    planned = by_trigger(pipeline.code("Syrian forces will shell the town of Idlib."), "shell")
    assert done.confidence > no_source.confidence
    assert done.confidence > planned.confidence and planned.modality == "future"


def test_the_first_event_of_a_sentence_is_favoured(pipeline: Pipeline) -> None:
    events = pipeline.code("Japan sent aid to Nepal and France sent aid to Chad.")
    first, second = sorted((e for e in events if e.type == "AID"), key=lambda e: e.trigger.start)
    assert first.confidence > second.confidence
    assert main_event(events) is first


@pytest.mark.parametrize(
    ("sentence", "main_trigger", "scene"),
    [
        (
            "Visiting Beijing, the German chancellor urged China to release the detained"
            " journalists.",
            "urged",
            "Visiting",
        ),
        (
            "Demanding the release of their leader, students occupied the campus, clashing"
            " with police.",
            "occupied",
            "Demanding",
        ),
    ],
)
def test_a_participle_clause_opening_the_sentence_sets_the_scene(
    pipeline: Pipeline, sentence: str, main_trigger: str, scene: str
) -> None:
    assert_news_over(pipeline, sentence, main_trigger, scene)


def test_a_clause_bounding_the_news_in_time_is_its_condition(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    sentence = "Rebels will not lay down their arms until the army withdraws from the valley."
    doc = parse(sentence)
    withdraws = next(t for t in doc.tokens if t.text == "withdraws")
    assert clause_kinds(Parse(doc.tokens), withdraws)[0] == "condition"
    events = pipeline.code(sentence)
    top = main_event(events)
    assert top is not None and top.trigger.text == "lay"
    assert top.confidence > by_trigger(events, "withdraws").confidence


def test_a_participle_before_its_noun_says_who_a_participant_is(pipeline: Pipeline) -> None:
    events = pipeline.code("Retreating rebels withdrew from the town, setting fire to the market.")
    top = main_event(events)
    assert top is not None and top.trigger.text == "withdrew"


@pytest.mark.parametrize(
    ("sentence", "main_trigger", "described"),
    [
        (
            "The militiamen, who attacked a police post last month, blocked the highway near"
            " the border.",
            "blocked",
            "attacked",
        ),
        (
            "Rebels fighting the army in the north announced a ceasefire on Monday.",
            "announced",
            "fighting",
        ),
    ],
)
def test_a_clause_saying_who_the_subject_is_does_not_take_the_first_place(
    pipeline: Pipeline, sentence: str, main_trigger: str, described: str
) -> None:
    assert_news_over(pipeline, sentence, main_trigger, described)


def test_an_event_inside_a_participle_modifying_a_noun_stays_below_the_news(
    pipeline: Pipeline,
) -> None:
    # "tortured men detained after a riot": the riot says who the men are.
    events = pipeline.code(
        "Local police tortured men detained after a violent prison riot in Oaxaca, the rights"
        " office said in a report."
    )
    top = main_event(events)
    assert top is not None and (top.type, top.trigger.text) == ("ASSAULT", "tortured")
    assert top.confidence > by_trigger(events, "riot").confidence


@pytest.mark.parametrize(
    ("sentence", "concession"),
    [
        (
            "Bowing to months of strikes, the Peruvian congress approved a higher minimum wage.",
            "Bowing",
        ),
        ("The Bolivian minister resigned on Friday, bowing to weeks of street protests.", "bowing"),
    ],
)
def test_an_act_done_in_yielding_is_a_concession(
    pipeline: Pipeline, sentence: str, concession: str
) -> None:
    events = pipeline.code(sentence)
    top = main_event(events)
    assert top is not None and (top.type, top.trigger.text) == ("CONCEDE", concession)


def test_a_concession_without_a_target_takes_the_acts(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "The Thai government released the jailed students on Monday, yielding to weeks of protests."
    )
    top = main_event(events)
    assert top is not None and top.type == "CONCEDE" and top.trigger.text == "yielding"
    assert [a.text for a in top.targets] == [a.text for a in by_trigger(events, "released").targets]
    assert top.targets


def test_an_order_to_forces_is_carried_out(pipeline: Pipeline) -> None:
    # The commanded act is done, not asked for, and it is the news: the commander's.
    text = "Defence minister Olu Adeyemi ordered troops to pull back from the disputed ridge."
    events = pipeline.code(text)
    pull = by_trigger(events, "pull")
    assert pull.modality == "asserted"
    assert main_event(events) == pull
    assert [a.text for a in pull.sources] == ["Defence minister Olu Adeyemi"]


def test_an_order_to_another_party_stays_a_request(pipeline: Pipeline) -> None:
    events = pipeline.code("The court ordered the ministry to free the two reporters.")
    top = main_event(events)
    assert top is not None and top.trigger.text == "ordered"
    assert by_trigger(events, "free").modality == "hypothetical"


def test_a_fronted_clause_of_time_leaves_the_main_clause_first(pipeline: Pipeline) -> None:
    text = (
        "When gunmen stormed a prison in the north, the army imposed a curfew and deployed "
        "troops in the province."
    )
    assert main_event(pipeline.code(text)).trigger.text == "imposed"


def test_a_demand_in_a_protest_purpose_is_its_topic(pipeline: Pipeline) -> None:
    text = "Dozens of nurses have been on hunger strike for two weeks to demand higher wages."
    assert main_event(pipeline.code(text)).type == "PROTEST"


@pytest.mark.parametrize(
    ("sentence", "main_trigger", "described"),
    [
        (
            "The agency, which has warned of mass hunger, said it planned to deliver food to"
            " the region.",
            "deliver",
            "warned",
        ),
        (
            "The rebels, fresh from a string of attacks on army posts, said they would join"
            " the peace talks.",
            "join",
            "attacks",
        ),
        (
            "Cuba, long under US sanctions, said it would expand trade with Venezuela.",
            "expand",
            "sanctions",
        ),
    ],
)
def test_what_is_said_of_the_subject_stays_below_the_news(
    pipeline: Pipeline, sentence: str, main_trigger: str, described: str
) -> None:
    assert_news_over(pipeline, sentence, main_trigger, described)


def test_a_meeting_sets_the_scene_of_the_act_done_at_it(pipeline: Pipeline) -> None:
    # A second verb with the meeting's subject: what was done at the visit is the news.
    urged = pipeline.code(
        "Peru's foreign minister visited Quito and urged Ecuador to reopen the border crossings."
    )
    assert main_event(urged) == by_trigger(urged, "urged")
    # A meeting in a phrase before the subject sets the scene as well.
    talks = pipeline.code(
        "After talks with Peru's president in Lima, the Bolivian minister said La Paz "
        "would sign a trade pact with Peru."
    )
    assert main_event(talks) == by_trigger(talks, "sign")
    # Two meetings stay in their order; a planned visit sets no scene.
    met = pipeline.code("Peru's foreign minister visited Quito and met Ecuador's president.")
    assert main_event(met) == by_trigger(met, "visited")
    planned = pipeline.code(
        "Peru's minister said she would visit Quito and urge Ecuador to reopen the crossings."
    )
    assert main_event(planned) == by_trigger(planned, "visit")


def test_a_summons_sets_the_scene_of_the_demand_delivered_at_it(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Chile summoned Bolivia's ambassador and demanded the release of two detained soldiers."
    )
    assert main_event(events) == by_trigger(events, "demanded")
