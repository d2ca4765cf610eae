"""The lexical pre-filter: sentences cut by punctuation, and which can hold a trigger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from flashpoint import Document, Pipeline, Resources
from flashpoint.coding.prefilter import TriggerFilter, morphology_of, segments, sentence_spans
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
