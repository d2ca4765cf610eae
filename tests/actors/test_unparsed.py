"""Actors named in the sentences the pre-filter leaves unparsed, as antecedents."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint import Document, Pipeline, Resources
from flashpoint.actors import ActorResolver
from flashpoint.actors.unparsed import unparsed_names
from flashpoint.model import Sentence


@pytest.fixture(scope="module")
def fast(resources: Resources) -> Pipeline:
    return Pipeline.default(resources, prefilter=True)


def unparsed(text: str) -> Document:
    """A document whose sentences (one a line) all lack tokens, as the pre-filter
    leaves those it skips."""
    doc = Document.from_text(text)
    start = 0
    for index, line in enumerate(text.split("\n")):
        doc.sentences.append(Sentence(index, start, start + len(line), line))
        start += len(line) + 1
    return doc


def test_names_of_the_table_and_states_are_found_in_the_raw_text(resources: Resources) -> None:
    doc = unparsed(
        "President Bashar al-Assad spoke in Damascus on Monday.\n"
        "The Syrian Democratic Forces and the US were there.\n"
        "Refugees from Darfur arrived, and the Netherlands sent food."
    )
    found = [m.text for m in unparsed_names(doc, resources.actors, resources.countries)]
    # Leftmost-longest: "Syrian Democratic Forces" is the group, not "Syrian";
    # Darfur is a region of the table, not an actor.
    assert found == ["Bashar al-Assad", "Damascus", "Syrian Democratic Forces", "US", "Netherlands"]
    assert "Damascus" not in [m.text for m in unparsed_names(doc, resources.actors)]


def test_a_one_word_name_the_document_writes_in_lower_case_is_not_taken(
    resources: Resources,
) -> None:
    doc = unparsed("Trump cards were played.\nHe played his trump at the end.")
    assert list(unparsed_names(doc, resources.actors, resources.countries)) == []
    doc = unparsed("Trump spoke on Monday.\nHe left.")
    assert [m.text for m in unparsed_names(doc, resources.actors)] == ["Trump"]


def test_sentences_with_tokens_are_not_read(resources: Resources, pipeline: Pipeline) -> None:
    doc = pipeline.get_stage("nlp")(Document.from_text("Donald Trump spoke on Monday."))
    assert list(unparsed_names(doc, resources.actors, resources.countries)) == []


TEXT = (
    "Donald Trump spoke to reporters at the White House on Monday. "
    "He ordered strikes on Syrian airfields."
)


@pytest.mark.parametrize(("day", "sector"), [(date(2019, 1, 5), "GOV"), (date(2022, 1, 5), "OPP")])
def test_a_person_named_only_in_a_skipped_sentence_is_the_pronoun_s_antecedent(
    fast: Pipeline, pipeline: Pipeline, day: date, sector: str
) -> None:
    doc = fast(Document.from_text(TEXT, date=day))
    assert doc.sentences[0].first == doc.sentences[0].last  # skipped: no trigger
    # Skipped sentences still make no events.
    assert [e.sentence.index for e in doc.events] == [1]
    (source,) = doc.events[0].sources
    assert (source.text, source.id, source.country, source.sector) == (
        "He",
        "donald-trump",
        "USA",
        sector,  # the role the date gives
    )
    assert doc.events[0].sources == pipeline.code(TEXT, date=day)[0].sources


def test_a_state_named_only_in_a_skipped_sentence_is_it(fast: Pipeline) -> None:
    doc = fast(
        Document.from_text("The Netherlands has a long coastline. It condemned the bombing.")
    )
    assert [(a.text, a.id) for e in doc.events for a in e.sources] == [("It", "NLD")]


def test_only_the_prefilter_pipeline_looks_into_unparsed_sentences(
    fast: Pipeline, pipeline: Pipeline
) -> None:
    assert isinstance(stage := pipeline.get_stage("actors"), ActorResolver)
    assert not stage.unparsed
    assert isinstance(stage := fast.get_stage("actors"), ActorResolver)
    assert stage.unparsed
