"""Who acted where the subject does not say it: gerund adjuncts, statements that
call on someone, claims of responsibility, weapons fired by someone, aspectual
verbs, passive expulsions, pronouns in reported clauses; on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint import Pipeline, Resources
from flashpoint.coding.arguments import arguments
from flashpoint.coding.syntax import Parse
from flashpoint.coding.triggers import find_triggers
from flashpoint.model import Token
from tests.coding.support import by_trigger, only


def countries(actors: tuple) -> list[str | None]:  # type: ignore[type-arg]
    return [a.country for a in actors]


@pytest.mark.parametrize(
    ("sentence", "event_type", "source"),
    [
        ("Kenya answered the flood by donating tents to Malawi.", "AID", "KEN"),
        ("The rockets fired by the Syrian army struck a school in Idlib.", "ASSAULT", "SYR"),
        ("Chadian troops have stepped up attacks on rebel camps.", "ASSAULT", "TCD"),
        ("Peruvian police said they had arrested the smugglers.", "COERCE", "PER"),
    ],
)
def test_the_source_comes_from_the_clause_above(
    pipeline: Pipeline, sentence: str, event_type: str, source: str
) -> None:
    assert source in countries(only(pipeline.code(sentence), event_type).sources)


def test_who_issued_a_statement_calls_on_someone(pipeline: Pipeline) -> None:
    sentence = "Human Rights Watch issued a statement calling on the Ugandan police to free them."
    event = only(pipeline.code(sentence), "REQUEST")
    assert [a.id for a in event.sources] == ["hrw"]
    assert countries(event.targets) == ["UGA"]


def test_a_gerund_after_of_is_done_by_the_object(pipeline: Pipeline) -> None:
    events = pipeline.code("Ghana accused Togo of attacking its border posts.")
    assert countries(only(events, "ASSAULT").sources) == ["TGO"]


def test_a_participle_agent_is_not_taken_for_an_actor_noun(pipeline: Pipeline) -> None:
    events = pipeline.code("A militia backed by Eritrea attacked a Somali base.")
    assert all(a.country != "ERI" for a in only(events, "ASSAULT").sources)


def test_reduced_aid_goes_to_the_verbs_recipient(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Norway increased economic aid to Zambia."), "AID")
    assert (countries(event.sources), countries(event.targets)) == (["NOR"], ["ZMB"])


def test_an_expulsion_from_a_state_is_by_that_state(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Three Swedish diplomats were expelled from Belarus."), "SANCTION")
    assert countries(event.sources) == ["BLR"]


def test_an_arrest_with_no_agent_is_by_the_state_it_happened_in(pipeline: Pipeline) -> None:
    event = only(pipeline.code("A blogger was arrested in Uzbekistan on Monday."), "COERCE")
    assert countries(event.sources) == ["UZB"]


def test_a_group_counts_every_member(pipeline: Pipeline) -> None:
    events = pipeline.code("Jordan opened its border to thousands of Syrians and Iraqis.")
    assert sorted(c for e in events for c in countries(e.targets) if c) == ["IRQ", "SYR"]


@pytest.mark.parametrize(
    ("day", "country"),
    [(dt.date(2014, 6, 1), "USA"), (dt.date(2025, 6, 1), None)],
)
def test_he_in_a_reported_clause_is_the_speaker_in_office_on_the_date(
    pipeline: Pipeline, day: dt.date, country: str | None
) -> None:
    # Kerry was secretary of state in 2014; by 2025 he held no office (ELI, still USA).
    events = pipeline.code("Kerry said he would meet Iraqi officials in Baghdad.", date=day)
    source = only(events, "CONSULT").sources[0]
    assert source.country == "USA"
    assert (source.sector == "ELI") == (country is None)


@pytest.mark.parametrize(
    ("sentence", "event_type", "source"),
    [
        # The parser hangs the subject on the auxiliary when an adverb intervenes.
        (
            "Norway and Denmark however have opposed the plans in the Arctic Council.",
            "REJECT",
            "NOR",
        ),
        # A claim of responsibility names who did it, whatever the noun's modifiers say.
        ("Al-Shabaab claimed responsibility for the Christmas bombings.", "ASSAULT", None),
        ("Serbia was responsible for the killing of Bosnian civilians.", "ASSAULT", "SRB"),
        # Whom a verb of blaming blames did the act its "for"/"of" phrase names.
        ("Mali blamed Niger for the bombing of a border market.", "ASSAULT", "NER"),
        ("Peru accused Chile of the raid on a fishing village.", "COERCE", "CHL"),
        # An agentless passive takes its agent from a clause that tells the same event.
        (
            "Four soldiers were killed when Chadian rebels launched an attack on a base.",
            "ASSAULT",
            "TCD",
        ),
        (
            "Nine people were killed as Israeli jets carried out air strikes on Gaza.",
            "ASSAULT",
            "ISR",
        ),
    ],
)
def test_who_acted_when_the_parse_or_the_noun_hides_it(
    pipeline: Pipeline, sentence: str, event_type: str, source: str | None
) -> None:
    event = only(pipeline.code(sentence), event_type)
    assert event.sources, f"no source in {sentence!r}"
    if source is not None:
        assert source in countries(event.sources)


def test_a_claim_of_responsibility_outranks_a_place_before_the_noun(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("Boko Haram claimed responsibility for the Maiduguri bombings."), "ASSAULT"
    )
    assert [a.text for a in event.sources] == ["Boko Haram"]


def test_a_clause_that_tells_another_event_gives_no_agent(pipeline: Pipeline) -> None:
    """Arrested protesters did not arrest anyone: only the same event lends its agent."""
    event = only(
        pipeline.code("Three students were arrested after they marched on the palace."), "COERCE"
    )
    assert "student" not in " ".join(a.text for a in event.sources).lower()


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            "Spain has sent troops and a company of engineers to Latvia"
            " to help the country guard its borders.",
            "LVA",
        ),
        (
            "Germany, France and Italy have sent emergency supplies and personnel"
            " such as nurses to Turkey.",
            "TUR",
        ),
    ],
)
def test_what_is_sent_goes_to_the_target_however_deep_the_to_phrase(
    pipeline: Pipeline, sentence: str, target: str
) -> None:
    events = [e for e in pipeline.code(sentence) if e.type in ("AID", "MOBILIZE")]
    assert events and target in countries(events[0].targets)


def test_a_name_goes_on_after_of(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("The Central Bank of Nigeria froze the accounts of the company."), "SANCTION"
    )
    assert event.sources[0].text == "The Central Bank of Nigeria"
    assert countries(event.sources) == ["NGA"]


def test_a_member_of_a_stateless_organisation_takes_its_id(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("The prosecutor of the ICC accused the militia of war crimes."), "ACCUSE"
    )
    assert [a.id for a in event.sources] == ["ICC"]


def test_a_subject_the_parser_hangs_on_the_auxiliary_counts(resources: Resources) -> None:
    """spaCy sometimes parses "X however has opposed" with X under "has"."""
    words = [
        ("Norway", "norway", "PROPN", "NNP", "nsubj", 2),
        ("however", "however", "ADV", "RB", "advmod", 3),
        ("has", "have", "AUX", "VBZ", "aux", 3),
        ("opposed", "oppose", "VERB", "VBN", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 5),
        ("plan", "plan", "NOUN", "NN", "dobj", 3),
    ]
    tokens, start = [], 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(words):
        tokens.append(Token(i, text, start, lemma, pos, tag, dep, head))
        start += len(text) + 1
    parse = Parse(tokens)
    [match] = find_triggers(parse, tokens, resources.lexicon)
    sources, _ = arguments(parse, match, resources.lexicon)
    assert [t.text for t in sources] == ["Norway"]


def test_what_the_subject_uses_does_not_act(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Police in Lima used tear gas to disperse the crowd."), "COERCE")
    assert countries(event.sources) == ["PER"]


@pytest.mark.parametrize(("pos", "dep"), [("ADV", "advmod"), ("ADJ", "nsubj")])
def test_a_name_the_tagger_took_for_an_adverb_or_adjective_acts(
    resources: Resources, pos: str, dep: str
) -> None:
    """All-capital acronyms at the start of a sentence ("USAID deployed ...") are
    sometimes tagged ADV or ADJ; the entity label says they are a name."""
    words = [
        ("UNICEF", "unicef", pos, "RB" if pos == "ADV" else "JJ", dep, 1, "ORG"),
        ("deployed", "deploy", "VERB", "VBD", "ROOT", 1, ""),
        ("troops", "troop", "NOUN", "NNS", "dobj", 1, ""),
    ]
    tokens, start = [], 0
    for i, (text, lemma, p, tag, d, head, ent) in enumerate(words):
        tokens.append(Token(i, text, start, lemma, p, tag, d, head, ent, "B" if ent else "O"))
        start += len(text) + 1
    parse = Parse(tokens)
    [match] = find_triggers(parse, tokens, resources.lexicon)
    sources, _ = arguments(parse, match, resources.lexicon)
    assert [t.text for t in sources] == ["UNICEF"]


def test_a_passive_takes_the_agent_of_the_event_below_it(pipeline: Pipeline) -> None:
    events = pipeline.code("Two farmers were killed in police firing in Nashik.")
    killed = next(e for e in events if e.trigger.text == "killed")
    assert [a.text for a in killed.sources] == ["police"]


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed, and the army shelled rebel positions.",
        "Two policemen were wounded in Kabul while US jets bombed Taliban positions.",
    ],
)
def test_a_passive_takes_no_agent_from_a_separate_event(pipeline: Pipeline, text: str) -> None:
    """Coordinated clauses and "while" clauses tell other events, not the cause."""
    hurt = next(e for e in pipeline.code(text) if e.trigger.text in ("killed", "wounded"))
    assert not hurt.sources


def test_who_claims_an_attack_carried_it_out(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Al-Shabaab claimed a mortar attack on a Somali base."), "ASSAULT")
    assert event.sources and event.sources[0].text == "Al-Shabaab"


def test_a_sentence_misparsed_as_a_noun_phrase_keeps_its_subject(pipeline: Pipeline) -> None:
    text = "The Iraqi air force carried out at least three air strikes in western Mosul."
    event = only(pipeline.code(text), "ASSAULT")
    assert countries(event.sources) == ["IRQ"]
    assert "IRQ" in countries(event.targets)  # the place, not the air force, as target
    assert [a.text for a in event.targets] != ["The Iraqi air force"]


def test_a_finite_verb_hung_on_the_noun_before_it_takes_that_noun_as_subject(
    resources: Resources,
) -> None:
    """The parser's reading of "In a letter, Ghana's envoy accused Togo": the sentence
    rooted on "In", "envoy" in apposition, "accused" (tagged finite) a clause on it."""
    words = [
        ("In", "in", "ADP", "IN", "ROOT", 0),
        ("a", "a", "DET", "DT", "det", 2),
        ("letter", "letter", "NOUN", "NN", "pobj", 0),
        (",", ",", "PUNCT", ",", "punct", 2),
        ("Ghana", "Ghana", "PROPN", "NNP", "poss", 5),
        ("envoy", "envoy", "NOUN", "NN", "appos", 2),
        ("accused", "accuse", "VERB", "VBD", "acl", 5),
        ("Togo", "Togo", "PROPN", "NNP", "dobj", 6),
    ]
    tokens, start = [], 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(words):
        tokens.append(Token(i, text, start, lemma, pos, tag, dep, head))
        start += len(text) + 1
    parse = Parse(tokens)
    [match] = [m for m in find_triggers(parse, tokens, resources.lexicon) if m.token.i == 6]
    sources, targets = arguments(parse, match, resources.lexicon)
    assert [t.text for t in sources] == ["envoy"]
    assert [t.text for t in targets] == ["Togo"]


def test_a_threat_read_as_a_participle_on_the_root_noun_keeps_its_subject(
    pipeline: Pipeline,
) -> None:
    text = "Kenyan opposition parties threatened on Monday to stage nationwide strikes."
    event = only(pipeline.code(text), "THREATEN")
    assert countries(event.sources) == ["KEN"]
    # No phrase is taken for a target: the domestic threat reaches Kenya itself.
    assert [(t.text, t.country) for t in event.targets] == [("", "KEN")]


def test_a_set_of_demands_is_issued_by_the_subject(pipeline: Pipeline) -> None:
    event = only(pipeline.code("Lima issued a set of demands to Quito on Monday."), "REQUEST")
    assert countries(event.sources) == ["PER"]
    assert countries(event.targets) == ["ECU"]


def test_what_intelligence_is_about_is_no_target(pipeline: Pipeline) -> None:
    text = "Chad promised to share intelligence with Niger on Boko Haram fighters."
    event = only(pipeline.code(text), "COOPERATE")
    assert countries(event.targets) == ["NER"]


def test_where_admitted_monitors_go_is_no_target(pipeline: Pipeline) -> None:
    text = "Eritrea refused to allow UN inspectors into Assab."
    event = only(pipeline.code(text), "REJECT")
    assert [(a.country, a.id) for a in event.targets] == [(None, "UN")]


def test_an_agent_hung_on_the_of_phrase_is_the_source(pipeline: Pipeline) -> None:
    text = "The expulsion of the Danish envoy by Iran drew protests."
    event = only(pipeline.code(text), "SANCTION")  # expelling an envoy
    assert countries(event.sources) == ["IRN"]
    assert countries(event.targets) == ["DNK"]


def test_who_leads_an_attack_carries_it_out(pipeline: Pipeline) -> None:
    event = only(pipeline.code("A French-led assault on the town killed nine people."), "ASSAULT")
    assert countries(event.sources) == ["FRA"]


def test_the_of_phrase_of_support_is_who_gives_it(pipeline: Pipeline) -> None:
    event = only(pipeline.code("The junta still enjoys the support of Moscow."), "SUPPORT")
    assert countries(event.sources) == ["RUS"]
    event = only(pipeline.code("Jets bombed the hills in support of Kurdish fighters."), "SUPPORT")
    assert not event.sources


def test_a_verb_with_no_object_shares_the_next_verbs_object(pipeline: Pipeline) -> None:
    event = by_trigger(pipeline.code("Rebels attacked and killed two Malian soldiers."), "attacked")
    assert countries(event.targets) == ["MLI"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "source", "target"),
    [
        (
            "Dockers in Chile walked off the job in protest against the Peruvian embassy.",
            "protest",
            "CHL",
            "PER",
        ),
        (
            "Zambia's foreign minister was welcomed by Angolan President Lourenco for talks.",
            "talks",
            "AGO",
            "ZMB",
        ),
        (
            "Canada released $20 million in emergency aid to Haiti on Monday.",
            "aid",
            "CAN",
            "HTI",
        ),
    ],
)
def test_an_event_noun_takes_the_participants_of_the_clause_it_serves(
    pipeline: Pipeline, sentence: str, trigger: str, source: str, target: str
) -> None:
    event = by_trigger(pipeline.code(sentence), trigger)
    assert (countries(event.sources), countries(event.targets)) == ([source], [target])


def test_readied_forces_are_who_mobilises(pipeline: Pipeline) -> None:
    event = only(
        pipeline.code("Turkish troops were put on high alert along the Syrian border."), "MOBILIZE"
    )
    assert countries(event.sources) == ["TUR"]
    assert "TUR" not in countries(event.targets)


def test_a_group_of_people_calling_on_someone_is_the_source(pipeline: Pipeline) -> None:
    sentence = "A group of retired generals called on the Nigerian government to hold talks."
    event = only(pipeline.code(sentence), "REQUEST")
    assert [a.sector for a in event.sources] == ["MIL"]
    assert countries(event.targets) == ["NGA"]


def test_a_recipient_read_as_a_compound_of_the_dative_noun(pipeline: Pipeline) -> None:
    sentence = "China has given Zambia aid worth more than $80 million since 2010."
    event = only(pipeline.code(sentence), "AID")
    assert (countries(event.sources), countries(event.targets)) == (["CHN"], ["ZMB"])


def test_a_nominalised_release_has_its_object_after_of(pipeline: Pipeline) -> None:
    # The "of" phrase of a withdrawal is who moves; of a release, who is set free.
    sentence = "The release of 40 Eritrean detainees by Djibouti was confirmed on Monday."
    event = only(pipeline.code(sentence), "RETREAT")
    assert countries(event.sources) == ["DJI"]
    assert countries(event.targets) == ["ERI"]


def test_a_gerund_after_an_adverbs_preposition_has_the_verbs_subject(pipeline: Pipeline) -> None:
    # "went back to expelling": the gerund hangs on "back", not on the verb.
    sentence = "Thailand went back to expelling Cambodian labourers last spring."
    event = only(pipeline.code(sentence), "COERCE")
    assert countries(event.sources) == ["THA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan nurses carried on with a general strike despite a court order.",
        "A Kenyan teacher entered the twelfth day of a hunger strike in Mombasa.",
        "Thousands of Kenyan nurses carried on with a general strike against the health ministry.",
    ],
)
def test_an_event_noun_after_a_verb_of_going_on_has_its_subject(
    pipeline: Pipeline, sentence: str
) -> None:
    # "carried on with a strike", "entered the tenth day of a hunger strike": the
    # subject goes on with the act; "hunger" only says what kind of strike it is.
    event = only(pipeline.code(sentence), "PROTEST")
    assert countries(event.sources) == ["KEN"]


@pytest.mark.parametrize(
    ("sentence", "event_type", "source"),
    [
        # The parser reads the opening participle as the subject clause and hangs the
        # real subject on its last noun as an apposition.
        (
            "Addressing the African Union in Addis Ababa, Kenya's foreign minister "
            "implored donors to fund the peace force.",
            "REQUEST",
            "KEN",
        ),
        # The same with the participle read as an adverbial clause.
        (
            "Defying pressure from Paris, Mali on Sunday snubbed French requests to "
            "delay the vote.",
            "REJECT",
            "MLI",
        ),
    ],
)
def test_an_opening_participle_is_no_subject(
    pipeline: Pipeline, sentence: str, event_type: str, source: str
) -> None:
    events = [e for e in pipeline.code(sentence) if e.type == event_type]
    assert any(source in countries(e.sources) for e in events)


def test_an_opening_participles_act_is_the_sentence_subjects(pipeline: Pipeline) -> None:
    events = pipeline.code(
        "Ignoring repeated appeals from Athens, Turkey on Monday kept drilling off Cyprus."
    )
    [ignoring] = [e for e in events if e.trigger.text == "Ignoring"]
    assert countries(ignoring.sources) == ["TUR"]


def test_an_active_verb_after_a_passive_shares_its_subject(pipeline: Pipeline) -> None:
    # "Italian police were placed on alert and stepped up ...": the passive's subject
    # does the active second verb; a participle sharing the auxiliary gets nobody.
    events = pipeline.code(
        "After the bombing, Italian police were placed on high alert and stepped up "
        "patrols near embassies."
    )
    [stepped] = [e for e in events if e.trigger.text == "stepped"]
    assert countries(stepped.sources) == ["ITA"]
    [charged] = [
        e
        for e in pipeline.code("The Belgian envoy was detained and charged with spying.")
        if e.trigger.text == "charged"
    ]
    assert not charged.sources
