"""The actors stage on parsed sentences: appositions, coreference, coordination, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from flashpoint import Document, Pipeline
from tests.actors.support import mention, stage

TEXT = (
    "Tehran responded with a stark warning. Brigadier-General Mohammad Karimzadeh, "
    "the spokesperson for Iran's army, said the response would encompass the region. "
    "He added that Iranian naval units were watching. Karimzadeh said more later."
)


def test_apposition_gives_country_and_sector(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse(TEXT)
    [actor] = stage(pipeline).resolve_in_document(
        doc, mention(doc, "Brigadier-General Mohammad Karimzadeh")
    )
    assert (actor.country, actor.sector) == ("IRN", "MIL")
    assert actor.name == "Brigadier-General Mohammad Karimzadeh"


def test_pronoun_and_surname_take_the_person_named_before(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse(TEXT)
    [he] = stage(pipeline).resolve_in_document(doc, mention(doc, "He"))
    [surname] = stage(pipeline).resolve_in_document(doc, mention(doc, "Karimzadeh", 1))
    assert (he.country, he.sector, he.text) == ("IRN", "MIL", "He")
    assert (surname.country, surname.sector) == ("IRN", "MIL")


def test_a_table_spokesperson_resolves_through_a_title(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Brigadier-General Mohammad Akraminia, the army spokesperson, warned Washington.")
    doc.date = dt.date(2026, 2, 6)
    [actor] = stage(pipeline).resolve_in_document(
        doc, mention(doc, "Brigadier-General Mohammad Akraminia")
    )
    assert (actor.country, actor.sector, actor.id) == ("IRN", "MIL", "mohammad-akraminia")


def test_central_command_spokesperson_in_apposition(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse('"We are ready," said Captain Laura Benning, a Central Command spokesperson.')
    [actor] = stage(pipeline).resolve_in_document(doc, mention(doc, "Captain Laura Benning"))
    assert (actor.country, actor.sector) == ("USA", "MIL")


def test_a_definite_description_takes_the_country_named_before(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Sudan's army shelled the city on Monday. The army said it had hit fighters.")
    [actor] = stage(pipeline).resolve_in_document(doc, mention(doc, "The army"), "source")
    assert (actor.country, actor.sector) == ("SDN", "MIL")


def test_a_phrase_after_the_head_gives_the_country(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Opposition groups in Zimbabwe demanded new elections.")
    [actor] = stage(pipeline).resolve_in_document(doc, mention(doc, "Opposition groups"))
    assert (actor.country, actor.sector) == ("ZWE", "OPP")


def test_coordinated_states_are_two_actors(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("US and British forces struck targets in Yemen.")
    actors = stage(pipeline).resolve_in_document(doc, mention(doc, "US and British forces"))
    assert [(a.country, a.sector) for a in actors] == [("USA", "MIL"), ("GBR", "MIL")]


def test_brussels_is_the_eu_where_the_eu_is_in_the_news(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    eu = parse("The European Commission proposed tariffs. Brussels warned Beijing on Friday.")
    belgium = parse("Police in Brussels arrested two men. Brussels warned Paris on Friday.")
    [first] = stage(pipeline).resolve_in_document(eu, mention(eu, "Brussels"))
    [second] = stage(pipeline).resolve_in_document(belgium, mention(belgium, "Brussels", 1))
    assert (first.id, first.country) == ("EU", None)
    assert (second.id, second.country) == ("BEL", "BEL")


def test_the_publication_date_switches_roles_in_the_pipeline(pipeline: Pipeline) -> None:
    text = "Donald Trump criticised the Federal Reserve."
    before = pipeline.code(text, dt.date(2022, 3, 1))
    after = pipeline.code(text, dt.date(2025, 3, 1))
    assert before and after
    assert before[0].sources[0].sector == "OPP"
    assert after[0].sources[0].sector == "GOV"


def test_fighters_loyal_to_someone_take_that_actors_state(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse(
        "Gunmen loyal to the Malian junta raided a market. "
        "Militias allied with the Sudanese army shelled a camp."
    )
    [gunmen] = stage(pipeline).resolve_in_document(doc, mention(doc, "Gunmen"))
    [militias] = stage(pipeline).resolve_in_document(doc, mention(doc, "Militias"))
    assert (gunmen.country, militias.country) == ("MLI", "SDN")


def test_a_title_before_a_name_gives_the_person_a_state_for_pronouns(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Kenyan Foreign Minister Amina Otieno arrived on Monday. She praised the talks.")
    [she] = stage(pipeline).resolve_in_document(doc, mention(doc, "She"))
    assert she.country == "KEN"


def test_a_possessive_pronoun_gives_a_source_its_owners_state(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse(
        "Ghana denied the report on Sunday, but its soldiers later raided the village. "
        "Kenyan Foreign Minister Amina Otieno arrived on Monday. "
        "Her ministry later closed the embassy."
    )
    resolver = stage(pipeline)
    [soldiers] = resolver.resolve_in_document(doc, mention(doc, "its soldiers"), "source")
    [ministry] = resolver.resolve_in_document(doc, mention(doc, "Her ministry"), "source")
    assert (soldiers.country, soldiers.sector) == ("GHA", "MIL")
    assert (ministry.country, ministry.sector) == ("KEN", "GOV")
    # A target keeps no owner's state: "withdraw its troops from X" targets X.
    [target] = resolver.resolve_in_document(doc, mention(doc, "its soldiers"), "target")
    assert target.country is None


def test_a_person_heading_a_stateless_body_in_apposition_stands_for_it(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    doc = parse("Amina Otieno, the head of the World Food Programme, appealed for funds.")
    [actor] = stage(pipeline).resolve_in_document(doc, mention(doc, "Amina Otieno"))
    assert (actor.name, actor.country, actor.id) == ("Amina Otieno", None, "WFP")


def test_it_stands_for_a_state_the_tagger_took_for_a_person(pipeline: Pipeline) -> None:
    [event] = pipeline.code("Sri Lanka said it would free the fishermen.")
    assert [a.country for a in event.sources] == ["LKA"]


def test_his_country_is_the_state_of_the_person_named_before(pipeline: Pipeline) -> None:
    text = "Chile's President Ana Rojas said her country had forgiven Peru for the war."
    event = next(e for e in pipeline.code(text) if e.type == "SUPPORT")
    assert [a.country for a in event.sources] == ["CHL"]


def test_a_bare_noun_shares_the_state_of_the_noun_it_is_coordinated_with(
    pipeline: Pipeline,
) -> None:
    text = "Armenian artillery and tanks shelled the Azerbaijani village of Tap Qaraqoyunlu."
    event = next(e for e in pipeline.code(text) if e.type == "ASSAULT")
    assert [a.country for a in event.sources] == ["ARM", "ARM"]


def test_members_of_a_named_group_stand_for_the_group(pipeline: Pipeline) -> None:
    text = "Fighters of Hezbollah, who had crossed from Syria, attacked an Israeli post."
    event = next(e for e in pipeline.code(text) if e.type == "ASSAULT")
    assert [(a.country, a.id) for a in event.sources] == [("LBN", "hezbollah")]


def test_kidnappers_are_not_of_their_victims_state(pipeline: Pipeline) -> None:
    text = "The bishop appealed to the kidnappers of a Dutch aid worker to release her."
    event = next(e for e in pipeline.code(text) if e.type == "REQUEST")
    assert [a.country for a in event.targets] == [None]


def test_a_word_of_the_source_is_not_its_target(pipeline: Pipeline) -> None:
    text = "Kenya condemned the attack by Somali militants on a border post."
    event = next(e for e in pipeline.code(text) if e.trigger.text == "attack")
    assert [a.country for a in event.targets] == []


def test_an_office_after_one_state_in_the_sentence_is_that_states(pipeline: Pipeline) -> None:
    text = (
        "The Pakistani army said it had killed ten militants, and the foreign minister "
        "accused India of backing them."
    )
    event = next(e for e in pipeline.code(text) if e.type == "ACCUSE")
    assert [a.country for a in event.sources] == ["PAK"]


def test_a_relative_clause_is_no_part_of_the_phrase_that_places_an_actor(
    pipeline: Pipeline,
) -> None:
    text = (
        "Fighters of the Lord's Resistance Army, who had crossed from South Sudan, attacked a camp."
    )
    event = next(e for e in pipeline.code(text) if e.type == "ASSAULT")
    assert [(a.country, a.id) for a in event.sources] == [("UGA", "lra")]


def test_a_national_title_before_the_name_gives_the_office(pipeline: Pipeline) -> None:
    text = "Egyptian Foreign Minister Amr Moussa criticised Israel's settlement policy."
    [event] = [e for e in pipeline.code(text) if e.type == "ACCUSE"]
    assert [(a.country, a.sector) for a in event.sources] == [("EGY", "GOV")]


def test_a_body_of_states_takes_no_state_from_its_own_name(pipeline: Pipeline) -> None:
    text = "The Organisation of American States condemned the coup in Honduras."
    [event] = [e for e in pipeline.code(text) if e.type == "ACCUSE"]
    assert [(a.id, a.country) for a in event.sources] == [("OAS", None)]


def test_the_state_the_document_names_chooses_among_namesakes(pipeline: Pipeline) -> None:
    text = "Saudi reformists appealed to King Abdullah to free jailed bloggers."
    countries = [a.country for e in pipeline.code(text) for a in e.targets]
    assert countries and set(countries) == {"SAU"}


def test_a_target_owned_by_its_in_a_reported_clause_is_the_speakers(
    pipeline: Pipeline,
) -> None:
    text = "The Pakistani foreign ministry said Afghan militiamen attacked its border posts."
    [event] = [e for e in pipeline.code(text) if e.type == "ASSAULT"]
    assert [a.country for a in event.targets] == ["PAK"]


def test_its_that_can_stand_for_the_source_keeps_no_speakers_state(
    pipeline: Pipeline,
) -> None:
    text = "Armenia said Azerbaijan would halt its shelling of the villages."
    countries = [a.country for e in pipeline.code(text) for a in e.targets]
    assert "ARM" not in countries


def test_its_in_an_accused_hostile_act_is_the_accusers(pipeline: Pipeline) -> None:
    # A singular source may own "its", but one does not bomb one's own depots.
    text = "Georgia accused Russia of bombing its fuel depots near Gori."
    [event] = [e for e in pipeline.code(text) if e.type == "ASSAULT"]
    assert [a.country for a in event.targets] == ["GEO"]


def test_its_in_a_blamed_or_condemned_attack_is_the_accusers(pipeline: Pipeline) -> None:
    # The event noun of a verb of blaming is framed as the gerund is.
    text = "Uganda blamed Congo for the shelling of its border towns."
    [event] = [e for e in pipeline.code(text) if e.type == "ASSAULT"]
    assert [a.country for a in event.targets] == ["UGA"]
    # "its" cannot stand for an adjective: the condemner's.
    text = "Lebanon condemned the Syrian bombardment of its villages."
    [event] = [e for e in pipeline.code(text) if e.type == "ASSAULT"]
    assert [a.country for a in event.targets] == ["LBN"]


def test_a_body_of_states_in_the_sources_own_state_is_the_body(pipeline: Pipeline) -> None:
    text = "Khartoum rejected the deployment of a United Nations force in Darfur."
    targets = [a for e in pipeline.code(text) if e.type == "REJECT" for a in e.targets]
    assert [(a.id, a.country) for a in targets] == [("UN", None)]
    # Another state's troops sent to the force reach the state it stands in.
    text = "Ghana sent 800 soldiers to the UN force in Lebanon."
    countries = [a.country for e in pipeline.code(text) for a in e.targets]
    assert "LBN" in countries


def test_a_hyphenated_joint_body_of_states_is_a_body_of_states(pipeline: Pipeline) -> None:
    text = "Chad refused to accept a joint AU-UN monitoring mission on its soil."
    targets = [a for e in pipeline.code(text) for a in e.targets]
    assert targets and all(a.id in ("AU", "UN") and a.country is None for a in targets)


def test_an_object_pronoun_takes_the_object_of_the_verb_before(pipeline: Pipeline) -> None:
    text = "Turkish police detained a German reporter and charged him with espionage."
    [event] = [e for e in pipeline.code(text) if e.type == "ACCUSE"]
    assert [a.country for a in event.targets] == ["DEU"]


def test_its_in_a_protested_attack_is_the_protesters_over_a_place(pipeline: Pipeline) -> None:
    text = "Belgrade protested against the NATO attacks on its bridges."
    [event] = [e for e in pipeline.code(text) if e.type == "ASSAULT"]
    assert [a.country for a in event.targets] == ["SRB"]
    # The owner outranks the place its "in" phrase names.
    text = "Vietnam condemned the Chinese attack on its consulate in Guangzhou."
    [event] = [e for e in pipeline.code(text) if e.type == "ASSAULT"]
    assert [a.country for a in event.targets] == ["VNM"]


def test_an_object_pronoun_is_not_its_own_clauses_subject(pipeline: Pipeline) -> None:
    text = "Niger said Malian soldiers had attacked it near the border."
    [event] = [e for e in pipeline.code(text) if e.type == "ASSAULT"]
    assert [a.country for a in event.targets] == ["NER"]


def test_its_in_a_hostile_act_of_an_after_clause_is_the_main_subjects(
    pipeline: Pipeline,
) -> None:
    text = "After Eritrean troops shelled its border towns, Ethiopia closed the crossing."
    [event] = [e for e in pipeline.code(text) if e.type == "ASSAULT"]
    assert [a.country for a in event.targets] == ["ETH"]


def test_its_neighbour_is_never_the_accusers(pipeline: Pipeline) -> None:
    text = "Ukraine accused Russia of invading its neighbour in 2008."
    targets = [a for e in pipeline.code(text) if e.type == "ASSAULT" for a in e.targets]
    assert "UKR" not in [a.country for a in targets]


def test_its_own_in_a_reported_hostile_act_stays_the_sources(pipeline: Pipeline) -> None:
    text = "Egypt said Libya had attacked its own citizens."
    countries = [a.country for e in pipeline.code(text) for a in e.targets]
    assert "EGY" not in countries


def test_one_word_of_a_longer_personal_name_is_no_namesake(
    pipeline: Pipeline, parse: Callable[[str], Document]
) -> None:
    # The parser may hand "Hassan" alone: with "Nouri" after it, the name is not
    # that of Jafar Hassan (a surname of the table).
    doc = parse("Police guarded the home of Hassan Nouri in Amman on Friday.")
    [actor] = stage(pipeline).resolve_in_document(doc, mention(doc, "Hassan"))
    assert actor.id is None
    doc = parse("Mr Putin met the visiting envoy on Friday.")
    [actor] = stage(pipeline).resolve_in_document(doc, mention(doc, "Putin"))
    assert actor.id == "vladimir-putin"


def test_an_object_pronoun_of_an_ing_clause_takes_the_object_before(pipeline: Pipeline) -> None:
    text = "Ghana expelled a Nigerian trader, accusing him of smuggling."
    [event] = [e for e in pipeline.code(text) if e.type == "ACCUSE"]
    assert [a.country for a in event.targets] == ["NGA"]


def test_a_promise_told_to_someone_is_aimed_at_the_addressee(pipeline: Pipeline) -> None:
    text = "Chad told the African Union it would withdraw its soldiers from the border town."
    [event] = [e for e in pipeline.code(text) if e.type == "RETREAT"]
    assert [a.id for a in event.targets] == ["AU"]


def test_a_first_person_pronoun_in_a_quote_is_the_one_quoted(pipeline: Pipeline) -> None:
    text = "The Egyptians handed us intelligence on the smugglers, a Libyan border official said."
    [event] = [e for e in pipeline.code(text) if e.type == "COOPERATE"]
    assert [a.country for a in event.targets] == ["LBY"]


def test_an_it_after_a_passive_stands_for_its_subject(pipeline: Pipeline) -> None:
    text = "The Kenyan airline was fined by Ugandan regulators, barring it from flying to Entebbe."
    [event] = [e for e in pipeline.code(text) if e.type == "COERCE"]
    assert [a.country for a in event.targets] == ["KEN"]


def test_a_mobilisation_faces_who_acted_before_not_its_own_forces(pipeline: Pipeline) -> None:
    text = "Georgia put its army on full alert after Russian troops crossed the boundary line."
    [event] = [e for e in pipeline.code(text) if e.type == "MOBILIZE"]
    assert [a.country for a in event.targets] == ["RUS"]


def test_it_of_what_one_is_told_one_must_do_is_the_one_told(pipeline: Pipeline) -> None:
    text = "Germany told Poland that it must stop blocking the reform, a German official said."
    [event] = [e for e in pipeline.code(text) if e.type == "REQUEST"]
    assert [a.country for a in event.targets] == ["POL"]


def test_an_of_phrase_that_goes_on_with_a_longer_alias_is_that_body(pipeline: Pipeline) -> None:
    text = "Yeltsin warned the stubborn Congress of People's Deputies that he would dissolve it."
    [event] = [e for e in pipeline.code(text) if e.type == "THREATEN"]
    assert [(a.id, a.country) for a in event.targets] == [("congress-of-peoples-deputies", "RUS")]


def test_an_attribution_hung_on_the_subject_is_no_apposition(pipeline: Pipeline) -> None:
    # The parser reads "UN monitors reported" as an apposition of "militias".
    sentence = (
        "Armed militias started burning houses near the airport again, "
        "OSCE monitors reported on Friday."
    )
    events = pipeline.code(sentence)
    assert all(a.id != "OSCE" for e in events for a in e.sources)


def test_a_possessive_pronoun_in_a_reported_clause_is_the_speakers(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Speaking in Kigali, Rwanda's defence minister said his soldiers would attack "
        "the militia bases."
    )
    [event] = [e for e in events if e.type == "ASSAULT"]
    assert [a.country for a in event.sources] == ["RWA"]
