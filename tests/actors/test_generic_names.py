"""Names that the actor table holds but that a state named before them makes its own:
names several entries share, common nouns, another state's command; one person's
surname inside someone else's name; names of a state only as written."""

from __future__ import annotations

import pytest

from flashpoint import Actor, Pipeline, Resources
from flashpoint.actors import resolve_mention


def resolve(resources: Resources, text: str) -> Actor:
    mention = Actor(text=text, start=0, end=len(text))
    return resolve_mention(
        mention, resources.countries, resources.sectors, "source", table=resources.actors
    )


@pytest.mark.parametrize(
    ("text", "country", "actor_id"),
    [
        # A name two entries share: the state named before it chooses, or wins.
        ("Colombia's National Liberation Army", "COL", "eln"),
        ("Algeria's National Liberation Army", "DZA", "DZA"),
        ("the National Liberation Army", "MKD", "nla-macedonia"),
        # A common noun of the table is the named state's own.
        ("Serbian paramilitaries", "SRB", "SRB"),
        ("the paramilitaries", "COL", "auc"),
        # Another state's command, after a state and its army.
        ("the Ethiopian army's Northern Command", "ETH", "ETH"),
        ("the Kenyan police's Northern Command", "KEN", "KEN"),
        # Rwanda's militia of 1994, not the Congo-based FDLR.
        ("the Interahamwe militia", "RWA", "interahamwe"),
        # "the Islamic Republic" is Iran; "an Islamic republic" is a kind of state.
        ("the Islamic Republic", "IRN", "IRN"),
        ("the Islamic Republic of Pakistan", "PAK", "PAK"),
        ("the Bank of England", "GBR", None),
    ],
)
def test_state_named_before_a_generic_name(
    resources: Resources, text: str, country: str, actor_id: str | None
) -> None:
    actor = resolve(resources, text)
    assert (actor.country, actor.id) == (country, actor_id)


def test_islamic_republic_in_lower_case_names_no_state(resources: Resources) -> None:
    assert resolve(resources, "an Islamic republic").country is None


@pytest.mark.parametrize(
    ("text", "country", "actor_id"),
    [
        ("Mexico's attorney general Jesus Murillo Karam", "MEX", "MEX"),
        ("Vice President Murillo", "NIC", "rosario-murillo"),
        ("Russian President Vladimir Putin", "RUS", "vladimir-putin"),
    ],
)
def test_surname_inside_another_name(
    resources: Resources, text: str, country: str, actor_id: str
) -> None:
    actor = resolve(resources, text)
    assert (actor.country, actor.id) == (country, actor_id)


def test_command_of_the_previous_sentence(pipeline: Pipeline) -> None:
    text = (
        "The Ethiopian army's Northern Command is based near the border. "
        "Its tanks shelled Eritrean positions near the town."
    )
    [event] = [e for e in pipeline.code(text) if e.type == "ASSAULT"]
    assert [a.country for a in event.sources][:1] == ["ETH"]
    assert [a.country for a in event.targets] == ["ERI"]


@pytest.mark.parametrize("text", ["the Trump Foundation", "Trump's Syrian volte-face"])
def test_one_word_beside_a_surname_keeps_the_person(resources: Resources, text: str) -> None:
    assert resolve(resources, text).id == "donald-trump"
