"""Trigger and modality patterns added for general constructions; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import by_trigger, only


def test_doing_again_codes_as_the_act(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("The army reimposed a curfew on the city."), "reimposed")
    assert (event.type, event.mode) == ("COERCE", "curfew")
    # "re" words that are not the act again stay out: "recalled" is not "called".
    events = pipeline.code("The minister recalled the talks of last year.")
    assert all(e.trigger.text != "recalled" for e in events)


def test_an_event_in_a_clause_of_time_keeps_its_own_modality(pipeline: Pipeline) -> None:
    text = "The cabinet imposed a curfew days after rioters attacked the police."
    attacked = by_trigger(pipeline.code(text), "attacked")
    assert attacked.modality == "asserted"
    # ... and counts as background: the main clause's event is more confident.
    main = by_trigger(pipeline.code(text), "imposed")
    assert main.type == "COERCE" and main.confidence > attacked.confidence


def test_a_threat_with_a_condition_is_made(pipeline: Pipeline) -> None:
    text = "Peru threatened to recall its envoy unless Chile apologised."
    event = by_trigger(pipeline.code(text), "threatened")
    assert event.type == "THREATEN" and event.modality == "asserted"


def test_appeals_and_denials_carry_their_cameo_codes(pipeline: Pipeline) -> None:
    urged = by_trigger(pipeline.code("Canada urged Ghana to hold new elections."), "urged")
    assert (urged.type, urged.cameo, urged.quad_class) == ("REQUEST", "020", 1)
    demanded = by_trigger(pipeline.code("Canada demanded new elections in Ghana."), "demanded")
    assert demanded.cameo.startswith("10")
    denied = by_trigger(pipeline.code("Moscow denied any role in the explosion."), "denied")
    assert (denied.type, denied.cameo) == ("REJECT", "016")
    refused = by_trigger(pipeline.code("Oslo denied the request for asylum."), "denied")
    assert refused.cameo == "120"


def test_a_named_person_object_is_read_through_title_and_kind(pipeline: Pipeline) -> None:
    text = "Authorities in Minsk released blogger Igor Petrov on Friday."
    event = by_trigger(pipeline.code(text), "released")
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_the_compound_of_a_head_that_is_no_event(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Jordan lifted curfew rules in Amman."), "lifted")
    assert event.type == "CONCEDE"
    test = pipeline.code("Iran plans to launch a missile test next week.")
    assert "ASSAULT" not in [e.type for e in test]


def test_goods_given_with_a_with_phrase_are_aid(pipeline: Pipeline) -> None:
    text = "Japan provided Vietnam with patrol boats and rifles."
    event = by_trigger(pipeline.code(text), "provided")
    assert event.type == "AID"


def test_a_gerund_used_as_a_noun_is_a_nominal_event(pipeline: Pipeline) -> None:
    wounded = pipeline.code("A student was wounded in police firing outside the college.")
    firing = by_trigger(wounded, "firing")
    assert firing.type == "ASSAULT" and [a.sector for a in firing.sources] == ["COP"]
    resorted = by_trigger(pipeline.code("Troops resorted to firing near the bridge."), "firing")
    assert [a.sector for a in resorted.sources] == ["MIL"]


def test_a_hyphenated_verb_is_read_joined(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Police baton-charged the students."), "charged")
    assert (event.type, event.mode) == ("ASSAULT", "crowd-control")
    # "charged" alone is an accusation.
    assert by_trigger(pipeline.code("Prosecutors charged the mayor."), "charged").type == "ACCUSE"


def test_a_governing_clause_reaches_through_prepositions(pipeline: Pipeline) -> None:
    events = pipeline.code("The opposition leader could be placed under house arrest.")
    assert by_trigger(events, "arrest").modality == "hypothetical"
    events = pipeline.code("None of the marchers were detained.")
    assert by_trigger(events, "detained").modality == "negated"


def test_every_coordinated_content_of_a_demand_is_content(pipeline: Pipeline) -> None:
    text = "The senator called for sanctions on the firm and the detention of its owners."
    events = pipeline.code(text)
    assert [e.type for e in events] == ["REQUEST"]


def test_a_count_before_the_object_is_read_through(pipeline: Pipeline) -> None:
    """ "released dozens of detainees" is what "released detainees" is."""
    for text in (
        "The junta released dozens of detainees.",
        "Hundreds of inmates were released on Friday.",
        "The militia freed a group of hostages.",
    ):
        [event] = [e for e in pipeline.code(text) if e.type == "RETREAT"]
        assert event.mode == "release", text


def test_trading_fire_or_accusations_is_mutual(pipeline: Pipeline) -> None:
    fire = by_trigger(pipeline.code("Armenia and Azerbaijan traded fire on the border."), "traded")
    assert fire.type == "ASSAULT"
    assert [a.country for a in fire.sources] == ["ARM", "AZE"]
    assert [a.country for a in fire.targets] == ["AZE"]  # ``actors.coordination.mutual``
    words = by_trigger(pipeline.code("Kenya and Somalia traded accusations."), "traded")
    assert words.type == "ACCUSE"


def test_a_nominalised_verb_reads_its_of_phrase_as_its_object(pipeline: Pipeline) -> None:
    text = "The lifting of the curfew in Mombasa was announced by the governor."
    events = pipeline.code(text)
    assert [e.type for e in events] == ["CONCEDE"]  # the curfew is what was lifted
    recognised = pipeline.code("Peru's recognition of Kosovo angered Belgrade.")
    assert by_trigger(recognised, "recognition").type == "SUPPORT"
    # What is welcomed is neither the easing nor the sanctions as events of their own.
    welcomed = pipeline.code("Brazil welcomed the easing of sanctions on Cuba.")
    assert [e.type for e in welcomed] == ["SUPPORT"]
    # A noun of the same shape with an object the verb does not take stays no event.
    assert not pipeline.code("The recognition of the problem came late.")


def test_together_is_a_particle_wherever_it_follows_the_verb(pipeline: Pipeline) -> None:
    text = "Chile and Peru worked closely together on the border survey."
    assert by_trigger(pipeline.code(text), "worked").type == "COOPERATE"


def test_a_preposition_on_the_means_of_a_call_is_the_verbs(pipeline: Pipeline) -> None:
    text = (
        "Chilean President Gabriel Boric spoke by telephone with Peruvian President"
        " Dina Boluarte on Friday, the palace said."
    )
    event = by_trigger(pipeline.code(text), "spoke")
    assert event.type == "CONSULT"
    assert [a.country for a in event.targets] == ["PER"]


def test_an_act_done_jointly_is_cooperation(pipeline: Pipeline) -> None:
    text = "Ghanaian and Togolese divers jointly searched the lake for the ferry."
    assert by_trigger(pipeline.code(text), "searched").type == "COOPERATE"
    # A participle that says how a thing came about is no act of the sentence.
    built = pipeline.code("Ghana and Togo inaugurated a jointly built bridge.")
    assert all(e.trigger.text != "built" for e in built)


def test_the_last_or_first_of_a_group_is_read_through_its_of_phrase(pipeline: Pipeline) -> None:
    text = "Burundi released the first of 300 political prisoners on Monday."
    event = by_trigger(pipeline.code(text), "released")
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_acceptance_and_return_read_their_of_phrase_as_the_object(pipeline: Pipeline) -> None:
    accepted = pipeline.code("Kabul's acceptance of Qatari mediation surprised the envoys.")
    assert by_trigger(accepted, "acceptance").type == "AGREE"  # as "accepted mediation"
    returned = pipeline.code("Belgium's return of the looted statues was praised in Kinshasa.")
    assert by_trigger(returned, "return").type == "RETREAT"  # as "returned the statues"


def test_a_hyphenated_noun_is_read_joined(pipeline: Pipeline) -> None:
    events = pipeline.code("Villagers held a sit-in outside the ministry in Lusaka.")
    assert by_trigger(events, "held").type == "PROTEST"  # "sit-in" as "sitin"
    built = pipeline.code("Satellite pictures showed a naval build-up near the strait.")
    assert by_trigger(built, "up").type == "MOBILIZE"  # "build-up" as "buildup"
    # "the build-up to the vote" is its run-up, not a mobilisation.
    run_up = pipeline.code("Tensions rose in the build-up to the vote in Lagos.")
    assert all(e.type != "MOBILIZE" for e in run_up)


def test_going_on_with_an_act_asserts_it(pipeline: Pipeline) -> None:
    text = "Dockworkers in Antwerp pressed ahead with their general strike on Friday."
    event = by_trigger(pipeline.code(text), "pressed")
    assert (event.type, event.mode) == ("PROTEST", "strike")
    text = "The junta went ahead with its crackdown against student groups."
    assert by_trigger(pipeline.code(text), "went").type == "COERCE"


def test_a_granting_reads_its_of_phrase_as_the_object(pipeline: Pipeline) -> None:
    text = "The granting of asylum by Ecuador to the Swedish activist was confirmed by the embassy."
    assert by_trigger(pipeline.code(text), "granting").type == "AID"


def test_downgrading_revocation_and_dispatch_read_their_of_phrase(pipeline: Pipeline) -> None:
    text = "Hungary's downgrading of its ties with Sweden was confirmed on Friday."
    assert only(pipeline.code(text), "SANCTION").cameo == "161"
    revoked = pipeline.code("The revocation of the editor's press visa angered Oslo.")
    assert by_trigger(revoked, "revocation").type == "COERCE"
    sent = pipeline.code("The dispatch of three warships to the gulf alarmed Tehran.")
    assert by_trigger(sent, "dispatch").type == "MOBILIZE"
    cut = pipeline.code("Moscow's cutoff of electricity supplies to Tbilisi angered Georgia.")
    assert by_trigger(cut, "cutoff").type == "COERCE"  # "cut supplies", where aid is SANCTION
    declared = pipeline.code("The junta's declaration of martial law shocked Manila.")
    assert by_trigger(declared, "declaration").cameo == "1724"
    # A dispatch of something the verb does not take is no event ("a news dispatch").
    assert not pipeline.code("The dispatch of the letter took a week.")


def test_an_attempt_on_a_life_is_an_attempted_assassination(pipeline: Pipeline) -> None:
    events = pipeline.code("An attempt on the governor's life failed in Kano on Sunday.")
    assert (by_trigger(events, "attempt").type, by_trigger(events, "attempt").cameo) == (
        "ASSAULT",
        "185",
    )
    other = pipeline.code("An attempt on the world record failed in Oslo on Sunday.")
    assert all(e.trigger.text != "attempt" for e in other)


def test_an_adjective_after_the_object_parsed_as_an_adverb_is_its_complement(
    pipeline: Pipeline,
) -> None:
    text = "Militants set several buses ablaze on the highway on Monday."
    assert by_trigger(pipeline.code(text), "set").type == "ASSAULT"


def test_an_event_noun_naming_a_police_unit_is_no_event(pipeline: Pipeline) -> None:
    events = pipeline.code("Serbian riot police arrested ten students in Novi Sad.")
    assert [e.type for e in events] == ["COERCE"]
    riots = pipeline.code("Police quelled a prison riot in Novi Sad.")
    assert by_trigger(riots, "riot").type == "PROTEST"
