"""Alternatives set aside ("rather than", "instead of", "stopped short of"), a denied
act that gives way to the act after "but", a denied hesitation, and a party cautioned
that a consequence would follow on a condition; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from flashpoint.evaluation.events import main_event
from tests.coding.support import by_trigger, only


def test_an_alternative_set_aside_is_not_done(pipeline: Pipeline) -> None:
    events = pipeline.code("Rather than expelling the envoy, Rwanda summoned him for talks.")
    assert by_trigger(events, "expelling").modality == "hypothetical"
    events = pipeline.code("Instead of cutting aid, Norway urged Malawi to hold the vote.")
    assert by_trigger(events, "cutting").modality == "hypothetical"
    top = main_event(events)
    assert top is not None and top.type == "REQUEST"
    events = pipeline.code("Ghana recalled its ambassador instead of severing ties with Togo.")
    assert by_trigger(events, "severing").modality == "hypothetical"
    assert by_trigger(events, "recalled").modality == "asserted"


def test_an_alternative_joined_by_rather_than_is_not_done(pipeline: Pipeline) -> None:
    events = pipeline.code("Peru froze the assets rather than sever ties with Bolivia.")
    assert by_trigger(events, "sever").modality == "hypothetical"
    assert by_trigger(events, "froze").modality == "asserted"


def test_what_a_party_stopped_short_of_is_not_done(pipeline: Pipeline) -> None:
    text = "Italy stopped short of expelling the envoy and instead recalled its ambassador."
    events = pipeline.code(text)
    assert by_trigger(events, "expelling").modality == "hypothetical"
    assert by_trigger(events, "recalled").modality == "asserted"


def test_a_verb_after_but_is_not_denied_with_the_first(pipeline: Pipeline) -> None:
    events = pipeline.code("Chile did not ask for troops but sought a loan from Brazil.")
    assert by_trigger(events, "ask").modality == "negated"
    assert by_trigger(events, "sought").modality == "asserted"
    top = main_event(events)
    assert top is not None and top.trigger.text == "sought"
    events = pipeline.code("Norway did not wait for the EU but recognised Kosovo.")
    assert only(events, "SUPPORT").modality == "asserted"
    # Auxiliaries are still shared: "will not ... but provide" is announced.
    events = pipeline.code("Japan will not send troops but will provide aid to Iraq.")
    assert only(events, "AID").modality == "future"
    # "not only ... but also" asserts both.
    events = pipeline.code("Kenya not only condemned the raid but also recalled its envoy.")
    assert only(events, "SANCTION").modality == "asserted"


def test_a_denied_hesitation_asserts_the_act(pipeline: Pipeline) -> None:
    events = pipeline.code("The police did not hesitate to arrest the opposition leaders.")
    assert only(events, "COERCE").modality == "asserted"
    events = pipeline.code("The army will not hesitate to shell the rebel positions.")
    assert only(events, "ASSAULT").modality == "future"
    events = pipeline.code("The army would not hesitate to shell the rebel positions.")
    assert only(events, "ASSAULT").modality == "hypothetical"


def test_a_consequence_cautioned_on_a_condition_is_a_threat(pipeline: Pipeline) -> None:
    text = "Chile cautioned Peru that relations would suffer if the tariff was imposed."
    threat = only(pipeline.code(text), "THREATEN")
    assert threat.trigger.text == "cautioned"
    assert [a.country for a in threat.targets] == ["PER"]
    text = "Brazil cautioned Paraguay that it could lose its trade quota unless it paid."
    assert only(pipeline.code(text), "THREATEN").trigger.text == "cautioned"


def test_a_caution_with_nothing_befalling_the_party_is_no_threat(pipeline: Pipeline) -> None:
    for text in (
        "The World Bank cautioned Ghana that growth could slow if cocoa prices fell.",
        "Economists cautioned investors that prices could fall if the talks collapsed.",
        "Chile cautioned Peru that relations could improve.",
    ):
        assert not [e for e in pipeline.code(text) if e.type == "THREATEN"], text


def test_a_denied_act_gives_way_to_the_act_done_instead(pipeline: Pipeline) -> None:
    text = (
        "Neither leader would fly to the other's capital; the two presidents met instead in Lome."
    )
    events = pipeline.code(text)
    top = main_event(events)
    assert top is not None and top.trigger.text == "met"


def test_a_stance_set_off_after_a_later_clause_takes_the_vow(pipeline: Pipeline) -> None:
    text = "Striking miners vowed to stay put until the minister quit, defying a court order."
    assert only(pipeline.code(text), "REJECT").modality == "asserted"
