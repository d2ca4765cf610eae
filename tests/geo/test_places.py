from __future__ import annotations

from collections.abc import Callable

from flashpoint import Document, Place, Resources
from flashpoint.geo import CountryGazetteer, PlaceResolver, detect_places
from flashpoint.geo.places import trim


def mention(text: str) -> Place:
    return Place(text=text, start=0, end=len(text))


def test_states_and_capitals_resolve_to_geonames(resources: Resources) -> None:
    gazetteer = CountryGazetteer(resources.countries)
    oman = gazetteer.resolve(mention("Oman"), [])
    muscat = gazetteer.resolve(mention("Muscat"), [])
    assert oman is not None and (oman.geonames_id, oman.feature_code, oman.country) == (
        286963,
        "PCLI",
        "OMN",
    )
    assert muscat is not None and muscat.feature_code == "PPLC" and muscat.country == "OMN"
    assert muscat.lat is not None and 23 < muscat.lat < 24


def test_unknown_places_are_not_guessed(resources: Resources) -> None:
    gazetteer = CountryGazetteer(resources.countries)
    assert gazetteer.resolve(mention("Springfield"), []) is None
    assert gazetteer.resolve(mention("Iranian"), []) is None  # a demonym is not a place


def test_trim_drops_article_and_possessive() -> None:
    assert trim("the Strait of Hormuz", 10) == ("Strait of Hormuz", 14)
    assert trim("Iran's", 0) == ("Iran", 0)


def test_places_and_event_locations(resources: Resources, parse: Callable[[str], Document]) -> None:
    text = "The United States and Iran held talks in Muscat on Tuesday."
    doc = parse(text)
    assert [p.text for p in detect_places(doc)] == ["The United States", "Iran", "Muscat"] or [
        p.text for p in detect_places(doc)
    ] == ["United States", "Iran", "Muscat"]
    for place in detect_places(doc):
        assert text[place.start : place.end] == place.text
    stage = PlaceResolver(CountryGazetteer(resources.countries))
    resolved = stage(doc)
    assert {p.text: p.country for p in resolved.places}["Muscat"] == "OMN"
