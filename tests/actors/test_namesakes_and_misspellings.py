"""Names that look like another actor's or a state's: sector-aware namesakes,
hyphenated given names, native peoples called "Indian", towns near a capital's
spelling, and government forces placed where they fight; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline


def _sources(pipeline: Pipeline, sentence: str) -> list[str | None]:
    event = pipeline.code(sentence)[0]
    return [a.country for a in event.sources]


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        # A force word makes "AFP" the Philippine army, not the news agency.
        ("AFP soldiers clashed with communist rebels on Monday.", ["PHL"]),
        # Alone, "AFP" stays the news agency.
        ("AFP criticised the junta in a statement on Monday.", ["FRA"]),
    ],
)
def test_a_sector_word_chooses_among_namesakes(
    pipeline: Pipeline, sentence: str, sources: list[str]
) -> None:
    assert _sources(pipeline, sentence) == sources


def test_a_hyphenated_given_name_is_someone_else(pipeline: Pipeline) -> None:
    sentence = "Malian opposition leader Jean-Pierre Kone began a hunger strike in Bamako."
    assert _sources(pipeline, sentence) == ["MLI"]


def test_a_hyphenated_surname_alone_is_still_its_holder(pipeline: Pipeline) -> None:
    sentence = "White House press secretary Jean-Pierre criticised Russia on Monday."
    assert _sources(pipeline, sentence) == ["USA"]


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Aymara Indian farmers blocked roads near Oruro.", ["BOL"]),
        ("South Indian farmers blocked roads near Chennai.", ["IND"]),
    ],
)
def test_indian_after_a_peoples_name_is_no_state(
    pipeline: Pipeline, sentence: str, sources: list[str]
) -> None:
    assert _sources(pipeline, sentence) == sources


def test_a_town_spelt_like_a_capital_is_no_misspelling(pipeline: Pipeline) -> None:
    sentence = "Officials in Zamfara state said gunmen kidnapped 80 girls from a school in Kankara."
    assert _sources(pipeline, sentence) == ["NGA"]


def test_a_misspelt_state_is_still_read(pipeline: Pipeline) -> None:
    event = pipeline.code("Rebels shelled Ethopia's border town of Moyale.")[0]
    assert [a.country for a in event.targets] == ["ETH"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Government helicopters dropped barrel bombs on the rebel-held town of Rastan, "
        "injuring dozens.",
        "Government troops, who had overrun the town of Rastan, raped dozens of women, "
        "a UN report said.",
    ],
)
def test_government_forces_fight_at_home(pipeline: Pipeline, sentence: str) -> None:
    events = pipeline.code(sentence)
    assert {a.country for e in events for a in e.sources} == {"SYR"}


def test_foreign_forces_are_not_placed(pipeline: Pipeline) -> None:
    sentence = "Foreign troops dropped leaflets on the town of Rastan, injuring nobody."
    events = pipeline.code(sentence)
    assert all(a.country != "SYR" for e in events for a in e.sources)


def test_a_place_before_government_forces_does_not_place_them(pipeline: Pipeline) -> None:
    sentence = (
        "The head of the London-based Observatory said government troops had taken "
        "control of the town of Rastan."
    )
    events = pipeline.code(sentence)
    assert all(a.country != "GBR" for e in events for a in e.sources)
