"""Resolution of ambiguous names, alone and in the company of other places."""

from __future__ import annotations

import pytest

from flashpoint import Resources
from flashpoint.geo import Entry, MemoryGazetteer, Mention
from flashpoint.geo.detect import lookup_name
from flashpoint.geo.places import Gazetteer, resolve_mentions
from flashpoint.geo.rank import choose, distance_km, prior, rank


def resolve(gazetteer: Gazetteer, text: str, *names: str) -> list[Entry | None]:
    """Resolve ``names`` (each found in ``text``, in order) as one document."""
    mentions = []
    position = 0
    for name in names:
        start = text.index(name, position)
        position = start + len(name)
        lookup, division = lookup_name(name)
        mentions.append(Mention(name, start, position, lookup, division))
    return [entry for entry, _ in resolve_mentions(text, mentions, gazetteer)]


@pytest.fixture(scope="module")
def gazetteer(resources: Resources) -> Gazetteer:
    return resources.gazetteer


def ids(entries: list[Entry | None]) -> list[int | None]:
    return [e.geonames_id if e else None for e in entries]


def test_paris_is_the_capital_unless_texas_says_otherwise(gazetteer: Gazetteer) -> None:
    assert ids(resolve(gazetteer, "Paris", "Paris")) == [2988507]
    paris, texas = resolve(gazetteer, "Paris, Texas", "Paris", "Texas")
    assert paris is not None and (paris.country, paris.admin1) == ("USA", "Texas")
    assert texas is not None and texas.feature_code == "ADM1"


def test_georgia_the_state_or_the_country(gazetteer: Gazetteer) -> None:
    assert ids(resolve(gazetteer, "Georgia", "Georgia")) == [614540]
    assert ids(resolve(gazetteer, "Tbilisi, Georgia", "Tbilisi", "Georgia"))[1] == 614540
    _, georgia = resolve(gazetteer, "Atlanta, Georgia", "Atlanta", "Georgia")
    assert georgia is not None and georgia.geonames_id == 4197000


def test_washington_the_capital_or_the_state(gazetteer: Gazetteer) -> None:
    assert ids(resolve(gazetteer, "Washington", "Washington")) == [4140963]
    *_, state = resolve(
        gazetteer,
        "Seattle, Spokane and Tacoma, Washington",
        "Seattle",
        "Spokane",
        "Tacoma",
        "Washington",
    )
    assert state is not None and state.geonames_id == 5815135


def test_tripoli_in_libya_or_lebanon(gazetteer: Gazetteer) -> None:
    assert ids(resolve(gazetteer, "Tripoli", "Tripoli")) == [2210247]
    _, tripoli = resolve(gazetteer, "Beirut and Tripoli", "Beirut", "Tripoli")
    assert tripoli is not None and tripoli.country == "LBN" and tripoli.geonames_id == 266826


def test_diyala_province_is_the_division(gazetteer: Gazetteer) -> None:
    (diyala,) = resolve(gazetteer, "Diyala province", "Diyala province")
    assert diyala is not None
    assert (diyala.geonames_id, diyala.feature_code, diyala.country) == (96965, "ADM1", "IRQ")


def test_sidon_is_in_lebanon_not_mississippi(gazetteer: Gazetteer) -> None:
    (sidon,) = resolve(gazetteer, "Sidon", "Sidon")
    assert sidon is not None and (sidon.geonames_id, sidon.country) == (268064, "LBN")


def test_a_hamlet_is_no_answer_without_support(gazetteer: Gazetteer) -> None:
    # Vila (Andorra, 1,418 people) is no answer for a bare "Vila".
    assert resolve(gazetteer, "Vila", "Vila") == [None]


def entry(
    geonames_id: int,
    name: str,
    code: str,
    country: str,
    population: int,
    lat: float = 0.0,
    lon: float = 0.0,
    admin1: str | None = None,
) -> Entry:
    return Entry(geonames_id, name, code, country, admin1, lat, lon, population)


def test_ranking_is_a_pure_function_of_its_inputs() -> None:
    big = entry(1, "Springfield", "PPL", "USA", 160_000, admin1="Illinois")
    small = entry(2, "Springfield", "PPL", "USA", 60_000, admin1="Ohio")
    mention = Mention("Springfield", 0, 11, "Springfield")
    assert [e.geonames_id for _, e in rank(mention, [small, big])] == [1, 2]
    assert prior(mention, big) > prior(mention, small)
    best = choose(rank(mention, [small, big]))
    assert best is not None and best[0] is big and 0 < best[1] <= 1
    assert choose([]) is None


def test_context_from_other_places_overrides_population() -> None:
    ohio = entry(3, "Ohio", "ADM1", "USA", 11_000_000, 40.2, -82.7)
    big = entry(1, "Springfield", "PPL", "USA", 160_000, 39.8, -89.6, "Illinois")
    small = entry(2, "Springfield", "PPL", "USA", 60_000, 39.9, -83.8, "Ohio")
    gazetteer = MemoryGazetteer([("Springfield", big), ("Springfield", small), ("Ohio", ohio)])
    assert ids(resolve(gazetteer, "Springfield", "Springfield")) == [1]
    assert ids(resolve(gazetteer, "Springfield, Ohio", "Springfield", "Ohio")) == [2, 3]


def test_distance() -> None:
    assert distance_km(0, 0, 0, 0) == 0
    assert 340 < distance_km(48.8566, 2.3522, 51.5074, -0.1278) < 350  # Paris-London
