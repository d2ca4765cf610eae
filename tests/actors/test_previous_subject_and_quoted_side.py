"""A pronoun or description opening a sentence stands for the subject of the sentence
before, with the state of the office that subject is said to hold; "our" in a quoted
clause is the speaker's side; on sentences we wrote."""

from __future__ import annotations

import pytest

from flashpoint import Actor, Pipeline
from tests.actors.support import stage
from tests.coding.support import only


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "Canada is one of Haiti's largest donors. It pledged further aid to "
            "Port-au-Prince on Monday.",
            "AGREE",
            "CAN",
        ),
        (
            "Sweden has long been a close partner of Kenya. Its foreign minister promised "
            "more assistance to Nairobi on Friday.",
            "AGREE",
            "SWE",
        ),
        (
            "Arturo Benitez became Chile's interior minister in March. He demanded that "
            "Argentina extradite the suspects.",
            "REQUEST",
            "CHL",
        ),
    ],
)
def test_the_subject_before_is_the_source(
    pipeline: Pipeline, text: str, kind: str, source: str
) -> None:
    event = only(pipeline.code(text), kind)
    assert [a.country for a in event.sources] == [source]


def test_a_description_takes_the_organisation_before(pipeline: Pipeline) -> None:
    text = (
        "The African Union has 55 member states. The continental bloc on Monday urged "
        "Sudan's army to agree to a truce."
    )
    event = only(pipeline.code(text), "REQUEST")
    assert [a.id for a in event.sources] == ["AU"]


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ('"Our warships have seized the tanker," a Turkish navy spokesman said.', "COERCE", "TUR"),
        (
            '"Our jets bombed the rebel depots overnight," a Saudi military spokesman said.',
            "ASSAULT",
            "SAU",
        ),
    ],
)
def test_our_forces_in_a_quote_are_the_speakers(
    pipeline: Pipeline, text: str, kind: str, source: str
) -> None:
    event = only(pipeline.code(text), kind)
    assert [a.country for a in event.sources] == [source]


def test_a_quoted_our_with_its_own_state_keeps_it(pipeline: Pipeline) -> None:
    text = '"We urge our Chilean neighbours to reopen the pass," a Bolivian minister said.'
    event = only(pipeline.code(text), "REQUEST")
    assert [a.country for a in event.targets] == ["CHL"]


def test_a_generic_party_name_is_the_named_states(pipeline: Pipeline) -> None:
    resolver = stage(pipeline)
    text = "Japan's Democratic Party"
    actor = resolver.resolve(Actor(text=text, start=0, end=len(text)))
    assert actor.country == "JPN"
