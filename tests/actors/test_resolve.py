from __future__ import annotations

import pytest

from flashpoint import Actor, Resources
from flashpoint.actors import resolve_mention
from flashpoint.actors.resolve import words_of


def resolve(resources: Resources, text: str, role: str = "source") -> Actor:
    mention = Actor(text=text, start=0, end=len(text))
    return resolve_mention(mention, resources.countries, resources.sectors, role)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("The United States", "USA", "GOV"),
        ("Washington", "USA", "GOV"),
        ("Tehran", "IRN", "GOV"),
        ("Iran's army", "IRN", "MIL"),
        ("the Iranian army spokesperson", "IRN", "MIL"),
        ("Iraqi citizens", "IRQ", "CVL"),
        ("U.S. officials", "USA", "GOV"),
        ("British police", "GBR", "COP"),
        ("Moscow", "RUS", "GOV"),
        ("Beijing", "CHN", "GOV"),
        ("North Korea", "PRK", "GOV"),
        ("South Korean lawmakers", "KOR", "LEG"),
        ("Israeli troops", "ISR", "MIL"),
    ],
)
def test_states_and_sectors(resources: Resources, text: str, country: str, sector: str) -> None:
    actor = resolve(resources, text)
    assert (actor.country, actor.sector) == (country, sector)
    assert actor.id == country and actor.name


def test_a_state_acted_upon_is_not_its_government(resources: Resources) -> None:
    actor = resolve(resources, "Iran", role="target")
    assert (actor.country, actor.sector, actor.name) == ("IRN", None, "Iran")


def test_us_the_pronoun_is_not_the_united_states(resources: Resources) -> None:
    assert resolve(resources, "us").country is None
    assert resolve(resources, "US").country == "USA"


def test_unknown_actor_keeps_its_text_and_sector(resources: Resources) -> None:
    actor = resolve(resources, "the protesters")
    assert actor.country is None and actor.sector == "CVL" and actor.name is None
    named = resolve(resources, "the Islamic Resistance in Iraq")
    assert named.country == "IRQ"
    person = resolve(resources, "Abbas Karimi")
    assert (
        person.country is None and person.name == "Abbas Karimi" and person.text == "Abbas Karimi"
    )


def test_words_drop_possessives_and_keep_abbreviations() -> None:
    assert words_of("Iran's army") == ["Iran", "army"]
    assert words_of("the U.S. Navy") == ["the", "U.S.", "Navy"]
    assert words_of("Kata'ib Hezbollah") == ["Kata'ib", "Hezbollah"]
