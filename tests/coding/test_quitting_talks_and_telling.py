"""Quitting or walking away from talks, and warnings told by "made clear" or "let X
know"; sentences we wrote."""

from __future__ import annotations

from flashpoint import Pipeline
from tests.coding.support import only


def test_quitting_the_talks_halts_negotiations(pipeline: Pipeline) -> None:
    events = pipeline.code("Bolivia quit the border talks with Chile on Monday.")
    halt = only(events, "SANCTION")
    assert (halt.trigger.text, halt.cameo) == ("quit", "164")
    assert not [e for e in events if e.type == "RETREAT"]


def test_walking_away_from_negotiations_halts_them(pipeline: Pipeline) -> None:
    text = "The rebels walked away from the negotiations in Nairobi."
    assert only(pipeline.code(text), "SANCTION").cameo == "164"


def test_quitting_a_job_stays_a_resignation(pipeline: Pipeline) -> None:
    events = pipeline.code("The finance minister quit his post on Friday.")
    assert only(events, "RETREAT").cameo == "0831"


def test_saying_one_would_quit_the_talks_on_a_condition_is_a_threat(pipeline: Pipeline) -> None:
    text = "Bolivia said it would quit the talks if Chile kept stalling."
    threat = only(pipeline.code(text), "THREATEN")
    assert (threat.trigger.text, threat.cameo) == ("said", "134")


def test_making_clear_that_one_would_act_is_a_threat(pipeline: Pipeline) -> None:
    text = "Ankara made clear that it would walk away from the talks if Athens armed the islands."
    threat = only(pipeline.code(text), "THREATEN")
    assert threat.trigger.text == "made"
    assert [s.country for s in threat.sources] == ["TUR"]


def test_letting_a_party_know_that_one_would_act_is_a_threat(pipeline: Pipeline) -> None:
    text = "Seoul let Pyongyang know that its navy could blockade the port if the shelling went on."
    threat = only(pipeline.code(text), "THREATEN")
    assert threat.trigger.text == "let"
    assert [s.country for s in threat.sources] == ["KOR"]


def test_making_clear_a_welcome_is_no_threat(pipeline: Pipeline) -> None:
    text = "The minister made clear that the country would welcome foreign investors."
    assert not [e for e in pipeline.code(text) if e.type == "THREATEN"]
