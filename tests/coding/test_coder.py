"""Coder behaviour per PLOVER type and per construction, on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Event, Pipeline
from tests.coding.support import only


def code(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.code(text)


def countries(actors: tuple[object, ...]) -> list[str | None]:
    return [getattr(a, "country", None) for a in actors]


@pytest.mark.parametrize(
    ("sentence", "event_type", "source", "target"),
    [
        ("Iran and Oman agreed to expand trade links.", "AGREE", "IRN", None),
        (
            "The Iranian foreign minister met his Omani counterpart in Muscat.",
            "CONSULT",
            "IRN",
            "OMN",
        ),
        ("France praised Egypt for its mediation.", "SUPPORT", "FRA", "EGY"),
        ("Turkey apologized to Russia for the incident.", "CONCEDE", "TUR", "RUS"),
        ("Japan and India will cooperate on maritime security.", "COOPERATE", "JPN", None),
        ("Jordan sent humanitarian aid to Sudan.", "AID", "JOR", "SDN"),
        ("Russia withdrew its troops from the border with Ukraine.", "RETREAT", "RUS", None),
        ("Germany urged Turkey to release the journalists.", "REQUEST", "DEU", "TUR"),
        ("China accused the United States of provocation.", "ACCUSE", "CHN", "USA"),
        ("Venezuela rejected the proposal from Brazil.", "REJECT", "VEN", None),
        ("North Korea threatened South Korea with nuclear strikes.", "THREATEN", "PRK", "KOR"),
        ("Thousands of Kenyan protesters marched through Nairobi.", "PROTEST", "KEN", None),
        ("The United States imposed sanctions on Iran.", "SANCTION", "USA", "IRN"),
        ("Pakistan deployed troops along the border with Afghanistan.", "MOBILIZE", "PAK", None),
        ("Georgian police arrested 57 protesters in Tbilisi.", "COERCE", "GEO", None),
        ("Syrian forces shelled the town of Idlib.", "ASSAULT", "SYR", None),
    ],
)
def test_each_plover_type(
    pipeline: Pipeline, sentence: str, event_type: str, source: str, target: str | None
) -> None:
    event = only(code(pipeline, sentence), event_type)
    assert source in countries(event.sources)
    if target is not None:
        assert target in countries(event.targets)


def test_offsets_of_every_span_match_the_text(pipeline: Pipeline) -> None:
    text = "Tehran condemned the strikes.\n\nThe United States imposed new sanctions on 14 vessels."
    events = code(pipeline, text)
    assert events
    for event in events:
        s = event.sentence
        assert text[s.start : s.end] == s.text
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        for actor in (*event.sources, *event.targets):
            assert text[actor.start : actor.end] == actor.text
        for quantity in event.quantities:
            assert quantity.start is not None
            assert text[quantity.start : quantity.end] == quantity.text


def test_light_verb_takes_the_event_of_its_noun(pipeline: Pipeline) -> None:
    event = only(
        code(pipeline, "The United States imposed new sanctions on 14 vessels."), "SANCTION"
    )
    assert event.trigger.text == "imposed"
    assert [(q.value, q.unit) for q in event.quantities] == [(14, "vessels")]
    consult = only(code(pipeline, "Iran held talks with Oman in Muscat."), "CONSULT")
    assert consult.trigger.text == "held" and "OMN" in countries(consult.targets)


def test_nominal_event_with_prepositional_target(pipeline: Pipeline) -> None:
    events = code(pipeline, "An Israeli air strike on Gaza killed nine people.")
    strike = next(e for e in events if e.trigger.text == "strike")
    assert strike.mode == "aerial" and "ISR" in countries(strike.sources)
    assert strike.targets[0].text == "Gaza"
    killed = next(e for e in events if e.trigger.text == "killed")
    assert "ISR" in countries(killed.sources)  # the strike's author, not "the strike"
    assert [(q.value, q.unit) for q in killed.quantities] == [(9, "people")]


def test_passive_agent_is_the_source(pipeline: Pipeline) -> None:
    event = only(code(pipeline, "Two villages were attacked by Sudanese troops."), "ASSAULT")
    assert "SDN" in countries(event.sources)


def test_coordinated_actors_are_one_event(pipeline: Pipeline) -> None:
    events = code(pipeline, "Turkey, India and the United Arab Emirates condemned the attack.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert len(accuse) == 1
    assert countries(accuse[0].sources) == ["TUR", "IND", "ARE"]


def test_negated_hypothetical_and_future(pipeline: Pipeline) -> None:
    negated = only(code(pipeline, "Iran did not attack the tanker."), "ASSAULT")
    assert negated.modality == "negated"
    future = only(code(pipeline, "The European Union will impose sanctions on Russia."), "SANCTION")
    assert future.modality == "future"
    maybe = only(code(pipeline, "Israel could strike Iranian nuclear sites."), "ASSAULT")
    assert maybe.modality == "hypothetical"
    conditional = code(pipeline, "If Israel attacks, Iran will respond.")
    assert only(conditional, "ASSAULT").modality == "hypothetical"


def test_a_threat_is_not_the_act_it_threatens(pipeline: Pipeline) -> None:
    events = code(pipeline, "Iran's army threatened to attack US bases in the region.")
    assert [e.type for e in events] == ["THREATEN"]
    threat = events[0]
    assert countries(threat.sources) == ["IRN"] and threat.sources[0].sector == "MIL"


def test_historical_events_against_the_publication_date(pipeline: Pipeline) -> None:
    from datetime import date

    events = pipeline.code("Iraq invaded Kuwait in 1990.", date(2026, 2, 12))
    assert only(events, "ASSAULT").modality == "historical"
    recent = pipeline.code("Iraq condemned the attack on Tuesday.", date(2026, 2, 12))
    assert only(recent, "ACCUSE").date == "2026-02-10"


def test_quote_with_speaker(pipeline: Pipeline) -> None:
    text = (
        '"Washington will regret any aggression," Brigadier-General Mohammad Akraminia, '
        "the army spokesperson, warned on Tuesday."
    )
    threat = only(code(pipeline, text), "THREATEN")
    quote = threat.quote
    assert quote is not None and quote.speaker is not None
    assert "Akraminia" in quote.speaker
    assert quote.text == "Washington will regret any aggression"
    assert quote.start is not None and text[quote.start : quote.end] == quote.text


def test_event_ids_are_stable(pipeline: Pipeline) -> None:
    text = "The United States imposed sanctions on Iran."
    assert [e.id for e in code(pipeline, text)] == [e.id for e in code(pipeline, text)]


def test_cameo_quad_class_and_goldstein_are_consistent(pipeline: Pipeline) -> None:
    event = only(code(pipeline, "The United States imposed sanctions on Iran."), "SANCTION")
    assert event.cameo is not None and event.cameo.startswith("16")
    assert event.quad_class == 4 and event.goldstein is not None and event.goldstein < 0


def test_participle_on_a_noun(pipeline: Pipeline) -> None:
    events = code(pipeline, "Iran-backed militias attacked the base.")
    support = only(events, "SUPPORT")
    assert countries(support.sources) == ["IRN"]
    assert [a.text for a in support.targets] == ["Iran-backed militias"]
    assault = only(events, "ASSAULT")
    assert assault.sources[0].text == "Iran-backed militias"
    assert assault.sources[0].country is None  # sponsored by Iran, not Iran itself
    assert assault.sources[0].sector == "REB"


def test_location_stays_in_the_trigger_clause(pipeline: Pipeline) -> None:
    text = "Russia attacked Idlib on Monday as foreign ministers met in Brussels."
    assault = only(code(pipeline, text), "ASSAULT")
    assert assault.location is None or assault.location.text != "Brussels"
    talks = only(code(pipeline, "Iran and Oman held talks in Muscat."), "CONSULT")
    assert talks.location is not None and talks.location.text == "Muscat"
    assert talks.location.country == "OMN" and talks.location.geonames_id is not None


def test_said_must_is_a_demand(pipeline: Pipeline) -> None:
    events = code(pipeline, "Russia said on Tuesday that Sudan must return the helicopter.")
    demand = only(events, "REQUEST")
    assert demand.trigger.text == "said"
    assert countries(demand.sources) == ["RUS"] and countries(demand.targets) == ["SDN"]


def test_object_control_and_event_nouns_as_causes(pipeline: Pipeline) -> None:
    forced = code(pipeline, "Stone throwing forced the police to open fire.")
    fire = only(forced, "ASSAULT")
    assert [a.sector for a in fire.sources] == ["COP"]
    killed = only(code(pipeline, "Nine people were killed in police firing."), "ASSAULT")
    assert [a.sector for a in killed.sources] == ["COP"]


def test_money_handed_over_is_aid(pipeline: Pipeline) -> None:
    aid = only(code(pipeline, "Germany provided 6 million euros to Jordan."), "AID")
    assert countries(aid.sources) == ["DEU"]


def test_main_clause_events_are_more_confident_than_embedded_ones(pipeline: Pipeline) -> None:
    events = code(pipeline, "Australia agreed to lend money to Indonesia.")
    agree = only(events, "AGREE")
    lend = only(events, "AID")
    assert agree.confidence > lend.confidence and lend.modality == "future"


def test_intentions_are_future(pipeline: Pipeline) -> None:
    ready = only(code(pipeline, "France is ready to send 4,000 troops to Mali."), "MOBILIZE")
    assert ready.modality == "future"
    said = code(pipeline, "Farmers said on Friday they would blockade Paris.")
    assert only(said, "COERCE").modality == "future"
    conditional = code(pipeline, "Farmers said they would blockade Paris if prices fell.")
    assert only(conditional, "COERCE").modality == "hypothetical"


def test_telling_objects_behind_modifiers_and_partitives(pipeline: Pipeline) -> None:
    events = code(pipeline, "The United States suspended part of its aid programme for Bosnia.")
    assert only(events, "SANCTION").trigger.text == "suspended"
    lifted = code(pipeline, "Sudan lifted the nightly curfew and the ban on rallies.")
    assert only(lifted, "CONCEDE").trigger.text == "lifted"


def test_event_noun_takes_the_subject_that_went_for_it(pipeline: Pipeline) -> None:
    events = code(pipeline, "Iranian negotiators returned to Geneva for talks on Monday.")
    talks = only(events, "CONSULT")
    assert talks.trigger.text == "talks" and countries(talks.sources) == ["IRN"]


def test_quantities_keep_qualifiers_and_outcomes(pipeline: Pipeline) -> None:
    events = code(pipeline, "At least 10 civilians were killed and 45 injured.")
    killed = next(e for e in events if e.trigger.text == "killed")
    injured = next(e for e in events if e.trigger.text == "injured")
    [dead] = killed.quantities
    assert (dead.value, dead.unit, dead.qualifier, dead.kind) == (
        10,
        "civilians",
        "at least",
        "killed",
    )
    assert dead.text == "At least 10 civilians"
    [hurt] = injured.quantities
    assert (hurt.value, hurt.unit, hurt.kind) == (45, "civilians", "injured")
    arrested = only(code(pipeline, "More than 100 people were arrested."), "COERCE")
    assert arrested.quantities[0].qualifier == "more than"
    money = only(code(pipeline, "The EU pledged 50 million euros in aid."), "AGREE")
    assert (money.quantities[0].value, money.quantities[0].unit) == (50_000_000, "EUR")


def test_reported_speech_codes_the_reported_event_with_its_speaker(pipeline: Pipeline) -> None:
    text = "Iraqi officials said that Iran attacked a Kurdish base on Monday."
    events = code(pipeline, text)
    assault = only(events, "ASSAULT")
    assert countries(assault.sources) == ["IRN"]
    assert assault.quote is not None and assault.quote.speaker == "Iraqi officials"
    assert assault.quote.text == "Iran attacked a Kurdish base on Monday"
    assert text[assault.quote.start : assault.quote.end] == assault.quote.text
    assert [e.type for e in events] == ["ASSAULT"]  # saying so is not an event


def test_controllers_and_heads_of_objects(pipeline: Pipeline) -> None:
    expected = only(code(pipeline, "Israel is expected to strike Iranian facilities."), "ASSAULT")
    assert countries(expected.sources) == ["ISR"] and expected.modality == "future"
    test = code(pipeline, "Iran plans to launch a missile test next week.")
    assert "ASSAULT" not in [e.type for e in test]  # a test is not an attack


def test_a_telling_object_is_the_target_only_when_acted_upon(pipeline: Pipeline) -> None:
    expel = only(code(pipeline, "Poland expelled four Russian diplomats."), "SANCTION")
    assert countries(expel.sources) == ["POL"] and countries(expel.targets) == ["RUS"]
    sent = only(code(pipeline, "Britain sent troops to Estonia."), "MOBILIZE")
    assert countries(sent.targets) == ["EST"]


def test_nominal_events_with_between_and_of(pipeline: Pipeline) -> None:
    mediation = code(pipeline, "Qatar launched a mediation effort between Egypt and Ethiopia.")
    consult = only(mediation, "CONSULT")
    assert consult.trigger.text == "launched" and countries(consult.sources) == ["QAT"]
    assert countries(consult.targets) == ["EGY", "ETH"]
    withdrawal = code(pipeline, "Officials confirmed the withdrawal of Russian forces from Syria.")
    assert countries(only(withdrawal, "RETREAT").sources) == ["RUS"]


def test_what_is_asked_for_has_not_happened(pipeline: Pipeline) -> None:
    urged = code(pipeline, "Germany urged Turkey to release the journalists.")
    assert only(urged, "REQUEST").modality == "asserted"
    assert only(urged, "RETREAT").modality == "hypothetical"
    demand = code(pipeline, "The ILO repeated its demand that Israel ease restrictions.")
    assert only(demand, "CONCEDE").modality == "hypothetical"


def test_targets_carried_by_complements(pipeline: Pipeline) -> None:
    demanded = only(
        code(pipeline, "China demanded that the United States cancel the sale."), "REQUEST"
    )
    assert countries(demanded.targets) == ["USA"]
    offered = code(pipeline, "Libya offered to hand the two suspects over to Britain.")
    assert countries(only(offered, "AGREE").targets) == ["GBR"]
    asked = only(code(pipeline, "Iraq demanded compensation from Kuwait."), "REQUEST")
    assert countries(asked.targets) == ["KWT"]


def test_subject_of_an_adjective_of_intent(pipeline: Pipeline) -> None:
    willing = only(
        code(pipeline, "Syria is willing to withdraw its troops from Lebanon."), "RETREAT"
    )
    assert countries(willing.sources) == ["SYR"] and willing.modality == "future"


def test_the_author_of_a_rejected_offer_is_the_target(pipeline: Pipeline) -> None:
    offer = only(code(pipeline, "Pakistan rejected a fresh offer from Afghanistan."), "REJECT")
    assert countries(offer.targets) == ["AFG"]
    crackdown = only(code(pipeline, "Albania denounced Serbia's crackdown in Kosovo."), "ACCUSE")
    assert countries(crackdown.targets) == ["SRB"]
    threat = only(code(pipeline, "Bush threatened further action against Russia."), "THREATEN")
    assert countries(threat.targets) == ["RUS"]


def test_handing_over_goods_is_aid(pipeline: Pipeline) -> None:
    equipment = code(pipeline, "The United States handed over medical equipment to Ethiopia.")
    aid = only(equipment, "AID")
    assert countries(aid.sources) == ["USA"] and countries(aid.targets) == ["ETH"]
    team = only(code(pipeline, "China sent a team of doctors to Yemen."), "AID")
    assert countries(team.targets) == ["YEM"]


def test_a_denied_statement_or_plan_is_negated(pipeline: Pipeline) -> None:
    def modality(text: str, event_type: str) -> str:
        return only(code(pipeline, text), event_type).modality

    assert modality("Neither side attacked the convoy.", "ASSAULT") == "negated"
    assert modality("Neither side has said it plans to sever ties.", "SANCTION") == "negated"
    assert modality("Iran did not say it would attack the base.", "ASSAULT") == "negated"
    assert modality("Iran said it would attack the base.", "ASSAULT") == "future"


def test_a_clause_after_a_semicolon_is_not_governed_by_the_next(pipeline: Pipeline) -> None:
    # The parser hangs "expels" on "vows"; the expulsion is told, not vowed.
    text = "Poland expels four Russian diplomats; Moscow vows to retaliate."
    assert only(code(pipeline, text), "SANCTION").modality == "asserted"
    assert only(code(pipeline, text), "ASSAULT").modality == "future"


def test_insisting_on_a_bare_complement_is_a_demand(pipeline: Pipeline) -> None:
    events = code(pipeline, "Jordan insisted that Syria hand over the smugglers.")
    demand = only(events, "REQUEST")
    assert demand.trigger.text == "insisted"
    # An indicative complement is an assertion, not a demand.
    assert not code(pipeline, "Jordan insisted that the border was secure.")


def test_a_time_limit_to_act_or_face_a_consequence_is_an_ultimatum(pipeline: Pipeline) -> None:
    text = "The junta gave the striking miners 48 hours to return to work or face dismissal."
    threat = only(code(pipeline, text), "THREATEN")
    assert (threat.trigger.text, threat.cameo) == ("gave", "139")
    assert not code(pipeline, "The editor gave the reporters two weeks to finish the story.")


def test_a_mention_keeps_the_bracket_it_opens(pipeline: Pipeline) -> None:
    event = only(code(pipeline, "The European Union (EU) imposed sanctions on Syria."), "SANCTION")
    assert [a.text for a in event.sources] == ["The European Union (EU)"]


def test_an_ultimatum_whose_infinitive_hangs_on_the_time_span(pipeline: Pipeline) -> None:
    text = "The general gave the gunmen 24 hours to leave or face an assault."
    threat = only(code(pipeline, text), "THREATEN")
    assert threat.trigger.text == "gave"
