"""A present-tense verb the tagger took for a plural noun still has its subject, as
communiques write it; on sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline


def test_a_communique_verb_hands_its_subject_down(pipeline: Pipeline) -> None:
    sentence = (
        "The Government of the Republic of Kenya pledges to support the candidature "
        "of Uganda's foreign minister."
    )
    event = pipeline.code(sentence)[0]
    assert [a.country for a in event.sources] == ["KEN"]


def test_who_sets_off_a_weapon_attacks(pipeline: Pipeline) -> None:
    sentence = "Members of the Kaiten cult released sarin gas on the Osaka subway."
    events = pipeline.code(sentence)
    assert any(e.type == "ASSAULT" and e.sources for e in events)
    assert all(a.text == "Members of the Kaiten cult" for e in events for a in e.sources)
