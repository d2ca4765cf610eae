"""Mechanisms and entries found with benchmarks/lexicon_coverage.py; sentences we wrote."""

from __future__ import annotations

from flashpoint import Event, Pipeline


def by_trigger(events: list[Event], word: str) -> Event:
    found = [e for e in events if e.trigger.text == word]
    assert found, f"no event on {word!r} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def test_a_telling_prepositional_object_picks_the_reading(pipeline: Pipeline) -> None:
    alert = by_trigger(pipeline.code("Chile put its navy on alert on Monday."), "put")
    assert (alert.type, alert.mode) == ("MOBILIZE", "troops")
    expelled = by_trigger(
        pipeline.code("The ruling party expelled the senator from the party."), "expelled"
    )
    assert (expelled.type, expelled.mode) == ("SANCTION", "expel")
    # Leaving talks reduces relations; leaving a town is a retreat.
    talks = by_trigger(pipeline.code("The rebels pulled out of the talks in Oslo."), "pulled")
    assert (talks.type, talks.mode) == ("SANCTION", "withdraw")
    town = by_trigger(pipeline.code("The rebels pulled out of the town on Sunday."), "pulled")
    assert town.type == "RETREAT"


def test_an_exercise_held_with_a_partner_is_cooperation(pipeline: Pipeline) -> None:
    joint = by_trigger(pipeline.code("Egypt held naval drills with Greece."), "held")
    assert joint.type == "COOPERATE"
    alone = pipeline.code("Egypt held naval drills in the Red Sea.")
    assert "COOPERATE" not in [e.type for e in alone]
    assert "MOBILIZE" in [e.type for e in alone]


def test_mined_entries_read_as_the_manual_says(pipeline: Pipeline) -> None:
    cases = [
        ("The government relaxed restrictions on the press.", "relaxed", "CONCEDE"),
        ("Kenya downgraded its relations with Somalia.", "downgraded", "SANCTION"),
        ("The rebels suspended attacks on the capital.", "suspended", "RETREAT"),
        ("Vietnam and Laos strengthened ties last week.", "strengthened", "SUPPORT"),
        ("The army called up reservists in the north.", "called", "MOBILIZE"),
        ("The militia disbanded after the vote.", "disbanded", "RETREAT"),
    ]
    for text, word, kind in cases:
        assert by_trigger(pipeline.code(text), word).type == kind, text
