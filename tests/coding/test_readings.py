"""Readings the parse alone does not give (``flashpoint.coding.readings``): permissions,
polite refusals, entity-class objects, hyphenated modifiers, defences, inquiries set
up and arms handed over; sentences we wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import Pipeline
from flashpoint.coding.lexicon import load_lexicon
from flashpoint.evaluation.events import main_event
from flashpoint.tables import data_path
from tests.coding.support import by_trigger


def test_whom_a_permission_lets_in_is_its_object(pipeline: Pipeline) -> None:
    events = pipeline.code("Iran allowed UN inspectors to visit the plant.")
    allowed = by_trigger(events, "allowed")
    assert (allowed.type, allowed.cameo) == ("RETREAT", "0862")
    assert [a.text for a in allowed.targets] == ["UN inspectors"]
    assert main_event(events) == allowed
    let = by_trigger(pipeline.code("Egypt let Red Cross observers visit the jail."), "let")
    assert let.type == "RETREAT"


def test_declining_to_act_is_a_refusal(pipeline: Pipeline) -> None:
    declined = by_trigger(pipeline.code("Peru declined to extradite the two men."), "declined")
    assert (declined.type, declined.cameo) == ("REJECT", "120")
    # Prices falling and declining comment (CAMEO 011) are no event.
    assert pipeline.code("Oil prices declined sharply in May.") == []
    events = pipeline.code("The ministry declined to comment on the report.")
    assert "declined" not in [e.trigger.text for e in events]


def test_declining_after_a_date_is_a_refusal(pipeline: Pipeline) -> None:
    # The parser hangs the infinitive after "on Tuesday" as an adverbial clause.
    events = pipeline.code("Chile declined on Tuesday to lift its ban on Bolivian imports.")
    declined = by_trigger(events, "declined")
    assert declined.type == "REJECT"
    assert main_event(events) == declined
    # A price falling to a close is no refusal.
    assert pipeline.code("Shares declined on Friday to close at a record low.") == []


def test_entity_class_objects_load_and_match(tmp_path: Path, pipeline: Pipeline) -> None:
    for name in ("cameo.tsv", "plover.tsv", "contexts.tsv"):
        (tmp_path / name).write_text(data_path(name).read_text())
    rows = "verb_obj\trecognise\tGPE\tSUPPORT\t\t054\n"
    rows += "verb_pobj\twelcome\tto GPE\tCONSULT\tvisit\t043\n"
    (tmp_path / "triggers.tsv").write_text("kind\tlemma\targ\ttype\tmode\tcameo\n" + rows)
    lexicon = load_lexicon(tmp_path)
    assert ("recognise", "GPE") in lexicon.verb_obj
    assert ("welcome", "to", "GPE") in lexicon.verb_pobj
    events = pipeline.code("Sweden formally recognised Palestine in 2014.")
    recognised = by_trigger(events, "recognised")
    assert (recognised.type, recognised.cameo) == ("SUPPORT", "054")
    welcomed = by_trigger(pipeline.code("Ghana welcomed the Kenyan envoy to Accra."), "welcomed")
    assert welcomed.type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "modifier", "predicate"),
    [
        ("Russia-backed separatists shelled Mariupol.", "backed", "shelled"),
        ("Several jailed opposition figures declared a hunger strike.", "jailed", "declared"),
    ],
)
def test_a_participle_modifying_a_noun_is_not_the_main_event(
    pipeline: Pipeline, text: str, modifier: str, predicate: str
) -> None:
    events = pipeline.code(text)
    participle = by_trigger(events, modifier)  # still an event ...
    main = main_event(events)  # ... but the predicate is the news
    assert main is not None and main.trigger.text == predicate
    assert participle.confidence < main.confidence


def test_rejecting_an_accusation_against_another_is_a_defence(pipeline: Pipeline) -> None:
    text = "Beijing rejected accusations that North Korean hackers had attacked the bank."
    rejected = by_trigger(pipeline.code(text), "rejected")
    assert (rejected.type, rejected.cameo) == ("SUPPORT", "052")
    assert [a.text for a in rejected.targets] == ["North Korean hackers"]
    against = by_trigger(pipeline.code("Minsk rejected allegations against Moscow."), "rejected")
    assert against.type == "SUPPORT" and [a.text for a in against.targets] == ["Moscow"]
    # Denying one's own guilt stays a denial.
    own = pipeline.code("Turkey denied accusations that it had bombed the village.")
    assert by_trigger(own, "denied").type == "REJECT"
    named = pipeline.code("Turkey denied accusations that Turkish jets had bombed the village.")
    assert by_trigger(named, "denied").type == "REJECT"


def test_an_inquiry_set_up_takes_the_founders(pipeline: Pipeline) -> None:
    text = "The UN set up a board of inquiry into the shelling of its school."
    set_up = by_trigger(pipeline.code(text), "set")
    assert (set_up.type, set_up.mode) == ("ACCUSE", "investigate")
    assert [a.text for a in set_up.sources] == ["The UN"]
    text = "Kenya established a commission of inquiry into the killings."
    established = by_trigger(pipeline.code(text), "established")
    assert established.type == "ACCUSE" and [a.text for a in established.sources] == ["Kenya"]


def test_arms_handed_over_are_military_aid(pipeline: Pipeline) -> None:
    text = "Germany will provide Ukraine with interceptors and munitions."
    provided = by_trigger(pipeline.code(text), "provide")
    assert (provided.type, provided.cameo) == ("AID", "072")
    fired = by_trigger(pipeline.code("Hezbollah fired missiles at Haifa."), "fired")
    assert fired.type == "ASSAULT"


def test_a_reduced_relative_participle_is_not_the_main_event(pipeline: Pipeline) -> None:
    events = pipeline.code("Territory occupied by IS was shelled.")
    main = main_event(events)
    assert main is not None and main.trigger.text == "shelled"


def test_down_read_as_an_adverb_is_the_verbs_particle(pipeline: Pipeline) -> None:
    # "down" parsed as an adverb right after the verb still makes "step down" (RETREAT).
    text = "The defence minister stepped down on Monday after the scandal."
    event = by_trigger(pipeline.code(text), "stepped")
    assert (event.type, event.mode) == ("RETREAT", "resign")


def test_a_round_of_an_act_is_that_act(pipeline: Pipeline) -> None:
    # "a fresh round of sanctions" is sanctions, as "a wave of arrests" is arrests.
    events = pipeline.code("The EU imposed a fresh round of sanctions on Minsk.")
    imposed = by_trigger(events, "imposed")
    assert (imposed.type, imposed.cameo) == ("SANCTION", "163")
    assert main_event(events) == imposed
    aid = pipeline.code("The United States delivered a new round of military aid to Kyiv.")
    assert by_trigger(aid, "delivered").type == "AID"


def test_passive_participle_with_agent_acts_on_its_noun(pipeline: Pipeline) -> None:
    # A reduced relative clause: the modified noun is the participle's object.
    events = pipeline.code("The device planted by the insurgents was found near Herat.")
    planted = by_trigger(events, "planted")
    assert (planted.type, planted.cameo) == ("ASSAULT", "183")
    assert [a.text for a in planted.sources] == ["the insurgents"]
    events = pipeline.code("The sanctions imposed by Washington have crippled the economy.")
    assert by_trigger(events, "imposed").type == "SANCTION"
    # A light verb's event noun stays the noun's own event.
    events = pipeline.code("The massacre carried out by the militia shocked the country.")
    assert "carried" not in [e.trigger.text for e in events]


def test_device_going_off_is_a_bombing(pipeline: Pipeline) -> None:
    # The intransitive subject of an ergative verb is read as its object.
    exploded = by_trigger(pipeline.code("A bomb exploded outside the bank in Quetta."), "exploded")
    assert (exploded.type, exploded.cameo) == ("ASSAULT", "183")
    went = by_trigger(pipeline.code("A bomb went off at a bus stop in Lagos."), "went")
    assert went.type == "ASSAULT"
    # What the lexicon lists no device for stays no bombing.
    events = pipeline.code("The boiler exploded at the factory.")
    assert "exploded" not in [e.trigger.text for e in events]


def test_a_participles_own_event_noun_is_no_target(pipeline: Pipeline) -> None:
    # "a stoppage called by the unions": the stoppage is the event, not whom it targets.
    text = "The general strike called by the opposition paralysed Kathmandu."
    called = by_trigger(pipeline.code(text), "called")
    assert called.type == "PROTEST"
    assert "strike" not in " ".join(a.text for a in called.targets)
    # A patient noun stays the target: "the envoys expelled by Ankara".
    events = pipeline.code("The three Dutch envoys expelled by Ankara flew home on Sunday.")
    assert [a.text for a in by_trigger(events, "expelled").targets] == ["The three Dutch envoys"]


def test_a_bomb_ripping_through_a_place_is_a_bombing(pipeline: Pipeline) -> None:
    ripped = by_trigger(pipeline.code("A car bomb ripped through a bus station in Kano."), "ripped")
    assert (ripped.type, ripped.cameo) == ("ASSAULT", "183")
    events = pipeline.code("A storm tore through the coastal villages overnight.")
    assert "tore" not in [e.trigger.text for e in events]


def test_a_sum_in_aid_reads_as_the_aid(pipeline: Pipeline) -> None:
    # "froze $40 million in assistance" reads as "froze assistance".
    text = "Germany froze $40 million in development assistance to Burundi."
    froze = by_trigger(pipeline.code(text), "froze")
    assert (froze.type, froze.mode) == ("SANCTION", "discontinue")


def test_the_offices_of_a_paper_are_the_paper(pipeline: Pipeline) -> None:
    text = "The authorities closed the offices of an independent weekly newspaper in Baku."
    closed = by_trigger(pipeline.code(text), "closed")
    assert (closed.type, closed.mode) == ("COERCE", "censor")


def test_out_right_after_the_verb_is_its_particle(pipeline: Pipeline) -> None:
    walked = by_trigger(pipeline.code("Nurses walked out on Monday over pay."), "walked")
    assert (walked.type, walked.cameo) == ("PROTEST", "143")


def test_undertaking_to_act_is_a_pledge(pipeline: Pipeline) -> None:
    events = pipeline.code("Minsk undertook to hand over the seized documents.")
    assert by_trigger(events, "undertook").type == "AGREE"
    # With an object it is a light verb: "undertook a review" is no promise.
    events = pipeline.code("The ministry undertook a review of its budget.")
    assert "undertook" not in [e.trigger.text for e in events]


def test_a_judging_participle_before_a_noun_is_no_act(pipeline: Pipeline) -> None:
    # The parser makes "punishing" the complement of "lifted" with "tariffs" its object.
    events = pipeline.code("Canada lifted punishing tariffs on Mexican steel on Friday.")
    assert [e.trigger.text for e in events] == ["lifted"]
    assert by_trigger(events, "lifted").type == "CONCEDE"
    # As a plain modifier it is no act either.
    events = pipeline.code("Canada scrapped the punishing tariffs.")
    assert "punishing" not in [e.trigger.text for e in events]
    # Before a party it is the act: "discussed punishing Syria".
    events = pipeline.code("The allies discussed punishing Syria for the chemical attack.")
    assert by_trigger(events, "punishing").type == "SANCTION"


def test_pulling_the_plug_on_a_thing_ends_it(pipeline: Pipeline) -> None:
    events = pipeline.code("Ottawa pulled the plug on its aid programme for Haiti.")
    pulled = by_trigger(events, "pulled")
    assert pulled.type == "SANCTION"
    assert len(events) == 1


def test_a_condition_after_an_expletive_it_is_the_object(pipeline: Pipeline) -> None:
    events = pipeline.code("Paris made it a condition that Rome reopen its ports.")
    made = by_trigger(events, "made")
    assert (made.type, made.cameo) == ("REQUEST", "100")
    assert main_event(events) == made


def test_a_shipment_of_aid_goods_is_aid(pipeline: Pipeline) -> None:
    text = "A Danish shipment of blankets and medicine reached the camps on Friday."
    events = pipeline.code(text)
    assert by_trigger(events, "shipment").type == "AID"
    arms = pipeline.code("The consignment of rifles for the Kurdish fighters arrived in Erbil.")
    assert by_trigger(arms, "consignment").cameo == "072"
    # Other goods are no aid.
    assert not pipeline.code("A delivery of mail reached the village on Friday.")
