"""Forces landing, arriving or taking up positions to protect people (military
protection), and a verb of doing again whose doubled consonant the tagger left on its
lemma ("readmitted"); sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Pipeline
from tests.coding.support import by_trigger


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        (
            "Belgian paratroopers landed in Kinshasa on Friday to protect foreign nationals.",
            "landed",
        ),
        ("Ghanaian peacekeepers took up positions around the camp to shield refugees.", "took"),
        ("The soldiers arrived in the town to protect civilians, the army said.", "arrived"),
        ("Australian marines landed in Honiara to lead a regional force.", "landed"),
    ],
)
def test_forces_arriving_to_protect_people_give_military_protection(
    pipeline: Pipeline, sentence: str, trigger: str
) -> None:
    event = by_trigger(pipeline.code(sentence), trigger)
    assert (event.type, event.cameo) == ("AID", "074")


def test_the_landing_force_is_the_source_and_the_host_the_target(pipeline: Pipeline) -> None:
    event = by_trigger(
        pipeline.code("Pakistani troops landed in Somalia to protect the aid convoys."), "landed"
    )
    assert [a.country for a in event.sources] == ["PAK"]
    assert [a.country for a in event.targets] == ["SOM"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops arrived in the town to guard the oil fields.",
        "The minister arrived in Gaza to meet civilians.",
        "The troops took up the fight to protect civilians.",
    ],
)
def test_arriving_to_guard_an_asset_or_by_a_civilian_is_no_protection(
    pipeline: Pipeline, sentence: str
) -> None:
    assert not [e for e in pipeline.code(sentence) if e.type == "AID"]


def test_a_doubled_consonant_left_on_the_lemma_still_reads_as_done_again(
    pipeline: Pipeline,
) -> None:
    event = by_trigger(
        pipeline.code("Israel readmitted the monitors after a two-year ban."), "readmitted"
    )
    assert (event.type, event.cameo) == ("RETREAT", "0862")
