"""Secondary targets: places, purpose clauses, conditions, origins; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Event, Pipeline
from tests.coding.support import only


def target_countries(event: Event) -> list[str | None]:
    return [a.country for a in event.targets]


@pytest.mark.parametrize(
    ("sentence", "event_type", "country"),
    [
        ("Unknown gunmen attacked a crowded market in Mosul.", "ASSAULT", "IRQ"),
        (
            "Soldiers shelled villages near the city of Quetta in western Pakistan.",
            "ASSAULT",
            "PAK",
        ),
        ("Hundreds of workers demonstrated outside the parliament in Nairobi.", "PROTEST", "KEN"),
    ],
)
def test_the_place_is_the_target_when_nobody_is_acted_upon(
    pipeline: Pipeline, sentence: str, event_type: str, country: str
) -> None:
    assert target_countries(only(pipeline.code(sentence), event_type)) == [country]


def test_a_meeting_place_is_not_a_target(pipeline: Pipeline) -> None:
    events = pipeline.code("The Kenyan and Ugandan presidents met in Geneva.")
    assert all(a.country != "CHE" for e in events for a in e.targets)


def test_an_actor_target_wins_over_the_place(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Turkish jets bombed Kurdish militants in Syria."), "ASSAULT")
    assert [a.text for a in event.targets] == ["Kurdish militants"]
    named = only(pipeline.code("Rebels attacked Malian soldiers in Niamey."), "ASSAULT")
    assert target_countries(named) == ["MLI"]


def test_unnamed_victims_take_the_state_of_the_place(pipeline: Pipeline) -> None:
    events = pipeline.code("A car bomb killed eleven people in Baghdad.")
    [event] = [e for e in events if e.trigger.text == "killed"]
    assert target_countries(event) == ["IRQ"]
    assert event.targets[0].text == "eleven people"


def test_the_target_of_a_purpose_clause(pipeline: Pipeline) -> None:
    text = "Teachers began a walkout to seek the dismissal of the Zambian education minister."
    events = pipeline.code(text)
    assert "ZMB" in [a.country for e in events for a in e.targets]


def test_the_author_of_what_a_protest_is_against(pipeline: Pipeline) -> None:
    text = "Farmers blocked highways in anger at Argentina's new export tax."
    event = only(pipeline.code(text), "PROTEST")
    assert target_countries(event) == ["ARG"]


def test_the_subject_of_a_threats_condition_is_its_target(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("Ankara threatened to close its airspace unless Greece withdrew the ships."),
        "THREATEN",
    )
    assert target_countries(event) == ["GRC"]
    assert event.modality == "asserted"


def test_a_possessive_pronoun_is_not_a_secondary_target(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Chile threatened to expand its blockade."), "THREATEN")
    # No mention is a target ("its" is Chile itself); the home state has no words.
    assert [t.text for t in event.targets if t.text] == []


def test_withdrawing_from_a_place_targets_that_place(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Ethiopia pulled its soldiers back from Somalia."), "RETREAT")
    assert target_countries(event) == ["SOM"]
    noun = only(pipeline.code("The pullout of Kenyan troops from Somalia began."), "RETREAT")
    assert target_countries(noun) == ["SOM"]


def test_coordinated_secondary_targets_are_all_kept(pipeline: Pipeline) -> None:
    text = "The bank agreed to release new loans for Peru and Bolivia."
    event = only(pipeline.code(text), "AGREE")
    assert sorted(target_countries(event)) == ["BOL", "PER"]


def test_withdrawing_peacekeepers_targets_the_place_left(pipeline: Pipeline) -> None:
    event = only(pipeline.code("The UN withdrew its monitors from Burundi."), "SANCTION")
    assert target_countries(event) == ["BDI"]


def test_an_office_or_institution_keeps_its_of_phrase(pipeline: Pipeline) -> None:
    event = only(pipeline.code("The government of Chad condemned the raid."), "ACCUSE")
    [source] = event.sources
    assert (source.text, source.country, source.sector) == ("The government of Chad", "TCD", "GOV")
    # ... but not an of phrase that says what the actor is doing or holding.
    rally = only(pipeline.code("Supporters of the mayor rallied in Lima."), "PROTEST")
    assert [a.text for a in rally.sources] == ["Supporters"]


def test_the_condition_of_the_threatened_act_names_the_target(pipeline: Pipeline) -> None:
    text = "Hanoi threatened to halt all trade talks if Manila sent warships to the reef."
    event = only(pipeline.code(text), "THREATEN")
    assert "PHL" in target_countries(event)


def test_what_a_passive_patient_is_for(pipeline: Pipeline) -> None:
    text = "A warehouse of a Somali charity was attacked."
    event = only(pipeline.code(text), "ASSAULT")
    assert target_countries(event) == ["SOM"]


def test_the_place_of_what_the_event_happened_in(pipeline: Pipeline) -> None:
    text = "Rebels killed a shopkeeper during a raid in Kabul."
    [event] = [e for e in pipeline.code(text) if e.trigger.text == "killed"]
    assert target_countries(event) == ["AFG"]


def test_an_agent_noun_subject_is_the_source_itself(pipeline: Pipeline) -> None:
    events = pipeline.code("A Houthi suicide bomber killed four guards in Aden.")
    [killed] = [e for e in events if e.trigger.text == "killed"]
    assert [a.text for a in killed.sources] == ["A Houthi suicide bomber"]


def test_a_clash_between_two_sides_runs_from_the_first_to_the_other(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("Clashes between Kenyan police and Somali militants left six dead."),
        "ASSAULT",
    )
    assert [a.country for a in event.sources] == ["KEN"]
    assert target_countries(event) == ["SOM"]


def test_an_event_noun_that_breaks_out_takes_the_verbs_phrases(pipeline: Pipeline) -> None:
    text = "Heavy fighting erupted between Ethiopian troops and Eritrean forces."
    event = only(pipeline.code(text), "ASSAULT")
    assert [a.country for a in event.sources] == ["ETH"]
    assert target_countries(event) == ["ERI"]


def test_a_threat_about_the_speakers_own_act_is_aimed_at_that_acts_target(
    pipeline: Pipeline,
) -> None:
    event = only(
        pipeline.code("Venezuela warned it would retaliate against any Guyanese move."), "THREATEN"
    )
    assert target_countries(event) == ["GUY"]
    # A demand's clause subject is whom it addresses, pronoun or not.
    event = only(pipeline.code("Chile demanded that Bolivia return the trucks."), "REQUEST")
    assert target_countries(event) == ["BOL"]


def test_an_amount_promised_goes_to_its_to_phrase(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("Sweden promised 50 million euros in assistance to Moldova."), "AGREE"
    )
    assert target_countries(event) == ["MDA"]


def test_a_meeting_in_a_capital_is_not_with_its_state(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Envoys from Chile and Peru met in Quito."), "CONSULT")
    assert "ECU" not in target_countries(event)


def test_officials_of_two_states_are_each_state(pipeline: Pipeline) -> None:
    event = only(pipeline.code("The defence ministers of Ghana and Togo held talks."), "CONSULT")
    assert [(a.country, a.id) for a in event.sources] == [("GHA", "GHA"), ("TGO", "TGO")]


def test_where_a_speaker_spoke_is_not_whom_the_appeal_is_aimed_at(pipeline: Pipeline) -> None:
    text = "Speaking in Nairobi, the UN envoy urged restraint."
    event = only(pipeline.code(text), "REQUEST")
    assert "KEN" not in target_countries(event)


def test_talks_held_in_a_capital_are_not_with_its_state(pipeline: Pipeline) -> None:
    text = "Ethiopian and Egyptian negotiators held talks in Khartoum, Sudan."
    event = only(pipeline.code(text), "CONSULT")
    assert "SDN" not in target_countries(event)


def test_a_flagged_ship_is_its_flag_states(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Venezuela seized a Panamanian-flagged tanker."), "COERCE")
    assert target_countries(event) == ["PAN"]


@pytest.mark.parametrize(
    ("sentence", "event_type", "targets"),
    [
        ("Sanctions were imposed on Iran by the European Union.", "SANCTION", ["Iran"]),
        ("The US imposed sanctions on Iran.", "SANCTION", ["Iran"]),
        ("Talks were held in Nairobi on Monday.", "CONSULT", []),
    ],
)
def test_the_event_noun_is_not_its_own_target(
    pipeline: Pipeline, sentence: str, event_type: str, targets: list[str]
) -> None:
    assert [a.text for a in only(pipeline.code(sentence), event_type).targets] == targets


def test_an_expelled_patient_stays_a_target(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Russia expelled four British diplomats."), "SANCTION")
    assert target_countries(event) == ["GBR"]


def test_a_subject_the_parser_folded_into_a_noun_is_still_the_addressee(pipeline: Pipeline) -> None:
    text = "The United States demanded in 2011 that Syrian President Bashar al-Assad step aside."
    assert target_countries(only(pipeline.code(text), "REQUEST")) == ["SYR"]


def test_a_threat_reaches_whom_its_act_is_done_against(pipeline: Pipeline) -> None:
    text = "China warned that it would use force to stop Taiwan from moving toward independence."
    assert target_countries(only(pipeline.code(text), "THREATEN")) == ["TWN"]


def test_a_threat_of_ones_own_act_is_aimed_at_whom_its_condition_names(
    pipeline: Pipeline,
) -> None:
    text = "Armenia's defence minister warned that Armenian troops would advance if Baku refused."
    assert target_countries(only(pipeline.code(text), "THREATEN")) == ["AZE"]


def test_the_place_pulled_out_of_is_the_target(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("Ethiopian troops pulled out of the Somali town of Baidoa."), "RETREAT"
    )
    assert [a.country for a in event.targets] == ["SOM"]


def test_a_received_visitor_is_the_target_not_the_palace(pipeline: Pipeline) -> None:
    text = (
        "The Kenyan president welcomed the visiting prime minister of Ghana"
        " at the presidential palace in Nairobi."
    )
    event = only(pipeline.code(text), "CONSULT")
    assert target_countries(event) == ["GHA"]


def test_a_clause_of_time_names_no_target(pipeline: Pipeline) -> None:
    text = "Chad declared a general mobilisation on Monday after shooting erupted in Darfur."
    events = pipeline.code(text)
    assert all(a.country != "SDN" for e in events for a in e.targets)


def test_the_cause_of_a_sanction_is_no_second_target(pipeline: Pipeline) -> None:
    text = "Chile cut trade ties with Russia over the Ukraine invasion."
    event = only(pipeline.code(text), "SANCTION")
    assert target_countries(event) == ["RUS"]


def test_the_issue_a_threat_is_over_is_no_target(pipeline: Pipeline) -> None:
    text = "Armenia threatened to recall its ambassador from Moscow over the Karabakh dispute."
    event = only(pipeline.code(text), "THREATEN")
    assert target_countries(event) == ["RUS"]


def test_the_place_of_a_report_misread_as_a_relative_clause_is_no_target() -> None:
    from flashpoint.coding.secondary import secondary_targets
    from flashpoint.coding.syntax import Parse
    from flashpoint.model import Token

    # "Workers launched a hunger strike, a union said in Lusaka." as the parser
    # sometimes reads it: "said" a relative clause on "strike".
    rows = [
        ("Workers", "worker", "NOUN", "NNS", "nsubj", 1, ""),
        ("launched", "launch", "VERB", "VBD", "ROOT", 1, ""),
        ("a", "a", "DET", "DT", "det", 4, ""),
        ("hunger", "hunger", "NOUN", "NN", "compound", 4, ""),
        ("strike", "strike", "NOUN", "NN", "dobj", 1, ""),
        (",", ",", "PUNCT", ",", "punct", 4, ""),
        ("a", "a", "DET", "DT", "det", 7, ""),
        ("union", "union", "NOUN", "NN", "nsubj", 8, ""),
        ("said", "say", "VERB", "VBD", "relcl", 4, ""),
        ("in", "in", "ADP", "IN", "prep", 8, ""),
        ("Lusaka", "Lusaka", "PROPN", "NNP", "pobj", 9, "GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, ""),
    ]
    tokens = [
        Token(i, text, 0, lemma, pos, tag, dep, head, ent)
        for i, (text, lemma, pos, tag, dep, head, ent) in enumerate(rows)
    ]
    parse = Parse(tokens)
    groups, _places = secondary_targets(parse, tokens[1], "PROTEST")
    assert all(t.text != "Lusaka" for group in groups for t in group)


def test_a_prisoners_protest_is_aimed_at_the_state_holding_them(pipeline: Pipeline) -> None:
    events = pipeline.code("Somali prisoners in Kenyan jails launched a hunger strike.")
    protest = next(e for e in events if e.type == "PROTEST")
    assert target_countries(protest) == ["KEN"]
    held = pipeline.code("A Kurdish detainee held in an Iranian prison went on hunger strike.")
    assert "IRN" in [c for e in held if e.type == "PROTEST" for c in target_countries(e)]


def test_an_ing_clause_happened_where_the_act_before_it_did(pipeline: Pipeline) -> None:
    events = pipeline.code("Gunmen raided a bus station in Mogadishu, killing nine passengers.")
    killing = next(e for e in events if e.trigger.text == "killing")
    assert target_countries(killing) == ["SOM"]
    assert [a.country for a in killing.sources] == ["SOM"]


def test_a_name_the_parser_left_unlabelled_before_the_object_is_the_recipient(
    pipeline: Pipeline,
) -> None:
    for text in (
        "Ottawa would send Kyiv more artillery shells.",
        "Berlin will send Kyiv more tanks.",
    ):
        sent = next(e for e in pipeline.code(text) if e.trigger.text == "send")
        assert target_countries(sent) == ["UKR"], text


def test_a_sanction_answering_an_act_is_aimed_at_its_doer(pipeline: Pipeline) -> None:
    events = pipeline.code("The African Union imposed sanctions after Rwanda invaded Burundi.")
    sanction = next(e for e in events if e.type == "SANCTION")
    assert target_countries(sanction) == ["RWA"]


def test_the_one_pressed_is_the_target_not_what_its_act_reaches(pipeline: Pipeline) -> None:
    sentence = "Hanoi pressed Canberra to send more patrol boats to the South China Sea."
    event = only(pipeline.code(sentence), "REQUEST")
    assert target_countries(event) == ["AUS"]


@pytest.mark.parametrize(
    ("sentence", "event_type", "target"),
    [
        ("Moscow stood up for Minsk at the UN Security Council.", "SUPPORT", "BLR"),
        (
            "Ukraine filed a case against Russia at the UN's top court.",
            "ACCUSE",
            "RUS",
        ),
        (
            "Qatar filed a case at the World Court against the UAE.",
            "ACCUSE",
            "ARE",
        ),
        ("Iran took the United States to the World Court over the frozen assets.", "ACCUSE", "USA"),
    ],
)
def test_the_forum_an_act_is_brought_before_is_no_target(
    pipeline: Pipeline, sentence: str, event_type: str, target: str
) -> None:
    event = next(e for e in pipeline.code(sentence) if e.type == event_type)
    assert target_countries(event) == [target]


def test_an_ing_clause_happened_in_the_place_the_act_came_down_on(pipeline: Pipeline) -> None:
    events = pipeline.code("Militants laid siege to Kampala's central market, killing 30 shoppers.")
    killing = next(e for e in events if e.trigger.text == "killing")
    assert target_countries(killing) == ["UGA"]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The Ghanaian opposition called for Nigeria to reopen the border crossing.", "NGA"),
        ("Kenya pushed for the Ugandan government to hand over the suspects.", "UGA"),
    ],
)
def test_a_demand_for_someone_to_act_is_aimed_at_them(
    pipeline: Pipeline, sentence: str, country: str
) -> None:
    event = next(e for e in pipeline.code(sentence) if e.type == "REQUEST")
    assert target_countries(event) == [country]


def test_a_protest_to_demand_that_someone_act_is_aimed_at_them(pipeline: Pipeline) -> None:
    text = "Students marched for a week to demand that President Museveni step down."
    event = next(e for e in pipeline.code(text) if e.type == "PROTEST")
    assert target_countries(event) == ["UGA"]
