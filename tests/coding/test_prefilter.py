"""The lexical pre-filter: sentences cut by punctuation, and which can hold a trigger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from flashpoint import Document, Pipeline, Resources
from flashpoint.coding.prefilter import TriggerFilter, morphology_of, segments, sentence_spans
from flashpoint.geo.detect import detect, unparsed_mentions
from flashpoint.model import Entity, Sentence
from flashpoint.nlp.parser import lemma_tables

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def keep(resources: Resources, pipeline: Pipeline) -> TriggerFilter:
    nlp = pipeline.get_stage("nlp").nlp  # type: ignore[attr-defined]
    return TriggerFilter(resources.lexicon, morphology_of(*lemma_tables(nlp)))


@pytest.fixture(scope="module")
def fast(resources: Resources) -> Pipeline:
    return Pipeline.default(resources, prefilter=True)


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_sentences_end_at_stops_but_not_after_titles_or_initials() -> None:
    text = 'Mr. Smith met Gen. J. Jones in Washington. "We talked," he said. Talks end.'
    assert texts(text) == [
        "Mr. Smith met Gen. J. Jones in Washington.",
        '"We talked," he said.',
        "Talks end.",
    ]
    # A closing quote or bracket belongs to the sentence it closes.
    assert texts("He wrote: “Find my daughter.” Police said (in May.) Then nothing.") == [
        "He wrote: “Find my daughter.”",
        "Police said (in May.)",
        "Then nothing.",
    ]
    assert texts("Headline here\n\nThe body starts.  It goes on!") == [
        "Headline here",
        "The body starts.",
        "It goes on!",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels attacked the convoy near the border.",  # regular verb
        "Government forces fought the militia for days.",  # irregular past (fight)
        "The United States imposed new sanctions on 14 vessels.",  # event noun
        "Japan gave $5 million to the agency.",  # a transfer of money
        "The minister said Iran must release the sailors.",  # demand
        "Japan put its navy on alert.",  # verb, preposition and noun
        "Britain formally recognised Kosovo.",  # verb and an entity class
        "Hungary declined them entry.",  # read as "refused them entry"
    ],
)
def test_sentences_with_a_trigger_are_candidates(keep: TriggerFilter, sentence: str) -> None:
    assert keep.candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather in the capital was mild on Tuesday.",
        "Shares in the company rose by two per cent.",
        "She is 54 and has two children.",
        "The mayor put the files on the desk.",
    ],
)
def test_sentences_without_one_are_not(keep: TriggerFilter, sentence: str) -> None:
    assert not keep.candidate(sentence)


def test_segments_group_candidates_and_cover_every_sentence(keep: TriggerFilter) -> None:
    text = (
        "The weather was mild. Rebels attacked a convoy. Troops arrested 12 men. "
        "She has two children. Iran condemned the raid."
    )
    found = segments(text, keep)
    # A run starts at its first sentence, not at the space before it.
    assert [(text[s.start : s.end], s.parse) for s in found] == [
        ("The weather was mild.", False),
        ("Rebels attacked a convoy. Troops arrested 12 men.", True),
        ("She has two children.", False),
        ("Iran condemned the raid.", True),
    ]


def test_every_event_of_the_samples_is_in_a_candidate_sentence(
    pipeline: Pipeline, keep: TriggerFilter
) -> None:
    docs = [Document.from_text(p.read_text(encoding="utf-8")) for p in EXAMPLES.glob("*.txt")]
    checked = 0
    for doc in pipeline.pipe(docs):
        for event in doc.events:
            assert keep.candidate(event.sentence.text), event.sentence.text
            checked += 1
    assert checked > 50


def test_the_prefiltered_pipeline_keeps_skipped_sentences_without_tokens(
    pipeline: Pipeline, fast: Pipeline
) -> None:
    text = (
        "The weather in Kabul was cold on Monday.\n\n"
        "Gunmen attacked a police post in Kunduz province, killing three officers. "
        "The officers had served for years. "
        "The Taliban denied carrying out the attack."
    )
    full = pipeline(Document.from_text(text, date=date(2026, 1, 5)))
    quick = fast(Document.from_text(text, date=date(2026, 1, 5)))
    assert len(quick.sentences) == len(full.sentences) == 4
    skipped = [s for s in quick.sentences if s.first == s.last]
    assert [s.text for s in skipped] == [
        "The weather in Kabul was cold on Monday.",
        "The officers had served for years.",
    ]
    assert all(t.start >= len("The weather in Kabul was cold on Monday.") for t in quick.tokens)
    assert [(e.id, e.type, e.trigger.text, e.sources) for e in quick.events] == [
        (e.id, e.type, e.trigger.text, e.sources) for e in full.events
    ]
    assert quick.events


def unparsed_doc(text: str, entities: list[Entity] | None = None) -> Document:
    """A document whose sentences were all left unparsed (no tokens)."""
    doc = Document.from_text(text)
    doc.sentences = [
        Sentence(index=i, start=a, end=b, text=text[a:b])
        for i, (a, b) in enumerate(sentence_spans(text))
    ]
    doc.entities = entities or []
    return doc


def test_places_of_unparsed_sentences_are_found_by_their_names(resources: Resources) -> None:
    text = (
        "The talks were held in Britain. Jordan Henderson was there. "
        "The US team and the Syrian delegation left. Visitors ate turkey in Turkey. "
        "The Centre for Global Policy is on Washington Street. "
        "Officials in Idlib province and in North Syria said Kevin was in Chad."
    )
    person = text.index("Kevin")
    doc = unparsed_doc(text, [Entity("Kevin", person, person + 5, "PERSON", 0, 0)])
    lookup, countries = resources.gazetteer.lookup, resources.countries
    found = unparsed_mentions(doc, lookup, countries)
    assert [(m.text, m.name, m.source) for m in found] == [
        ("Britain", "Britain", "unparsed"),  # a state by its short name
        ("US", "US", "unparsed"),  # a short form
        ("Syrian", "Syria", "demonym"),
        # not "Jordan" (a longer name), "Turkey" ("turkey" is a word here),
        # "Centre" ("for Global ..."), "Washington" ("Street")
        ("Idlib province", "Idlib", "unparsed"),
        ("North Syria", "North Syria", "unparsed"),
        ("Chad", "Chad", "unparsed"),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)
    # Only asked for: the default detection is the model's alone.
    assert detect(doc, lookup, countries) == []
    assert [m.text for m in detect(doc, lookup, countries, unparsed=True)] == [
        m.text for m in found
    ]


def test_a_word_the_document_writes_in_lower_case_or_a_surname_is_no_place(
    resources: Resources,
) -> None:
    text = "He spoke to us about China. Georgia Smith was here. Georgia said the chad was torn."
    smith = text.index("Georgia Smith")
    doc = unparsed_doc(text, [Entity("Georgia Smith", smith, smith + 13, "PERSON", 0, 0)])
    found = unparsed_mentions(doc, resources.gazetteer.lookup, resources.countries)
    assert [m.text for m in found] == ["China"]


def test_the_main_place_counts_places_of_skipped_sentences(
    pipeline: Pipeline, fast: Pipeline, keep: TriggerFilter
) -> None:
    text = (
        "Syria's economy was weak last year. Prices in Syria rose by two per cent.\n\n"
        "Rebels attacked a convoy on Monday. "
        "Syria has about 17 million people."
    )
    full = pipeline(Document.from_text(text, date=date(2026, 1, 5)))
    quick = fast(Document.from_text(text, date=date(2026, 1, 5)))
    skipped = [s.text for s in quick.sentences if s.first == s.last]
    assert len(skipped) == 3
    assert [e.location and e.location.name for e in full.events] == ["Syria"]
    assert [e.location for e in quick.events] == [e.location for e in full.events]
    assert [p.name for p in quick.places if p.name == "Syria"] == ["Syria"] * 3
