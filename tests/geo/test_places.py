from __future__ import annotations

from collections.abc import Callable

import pytest

from flashpoint import Document, Pipeline, Resources
from flashpoint.geo import PlaceResolver, detect
from flashpoint.geo.detect import trim


@pytest.fixture(scope="module")
def stage(resources: Resources) -> PlaceResolver:
    return PlaceResolver(resources.gazetteer, resources.countries)


def places(
    stage: PlaceResolver, parse: Callable[[str], Document], text: str
) -> dict[str, tuple[object, ...]]:
    doc = stage(parse(text))
    for place in doc.places:
        assert text[place.start : place.end] == place.text
    return {p.text: (p.geonames_id, p.feature_code, p.country) for p in doc.places}


def test_trim_drops_article_and_possessive() -> None:
    assert trim("the Strait of Hormuz", 10) == ("Strait of Hormuz", 14)
    assert trim("Iran's", 0) == ("Iran", 0)
    assert trim("U.S.", 0) == ("U.S.", 0)


def test_states_capitals_and_offsets(
    stage: PlaceResolver, parse: Callable[[str], Document]
) -> None:
    found = places(stage, parse, "The United States and Iran held talks in Muscat on Tuesday.")
    assert found["Muscat"] == (287286, "PPLC", "OMN")
    assert found["Iran"] == (130758, "PCLI", "IRN")
    assert found["United States"][2] == "USA"


def test_demonyms_stand_for_their_state(
    stage: PlaceResolver, parse: Callable[[str], Document], resources: Resources
) -> None:
    doc = parse("Iraqi forces and Turkish troops massed on the border.")
    mentions = detect(doc, resources.gazetteer.lookup, resources.countries)
    assert {(m.text, m.country) for m in mentions} >= {("Iraqi", "IRQ"), ("Turkish", "TUR")}
    found = places(stage, parse, "Iraqi forces and Turkish troops massed on the border.")
    assert found["Iraqi"] == (99237, "PCLI", "IRQ")


def test_places_inside_organisation_names(
    stage: PlaceResolver, parse: Callable[[str], Document]
) -> None:
    text = "Diyala province police said the Baghdad airport road was closed."
    found = places(stage, parse, text)
    assert found["Diyala province"] == (96965, "ADM1", "IRQ")
    assert found["Baghdad"][2] == "IRQ"


def test_features_from_the_shipped_list(
    stage: PlaceResolver, parse: Callable[[str], Document]
) -> None:
    found = places(stage, parse, "Tankers were seized in the Strait of Hormuz and the Red Sea.")
    assert found["Strait of Hormuz"][1:] == ("STRT", None)
    doc = stage(parse("Tankers were seized in the Strait of Hormuz."))
    (hormuz,) = doc.places
    assert hormuz.lat is not None and 26 < hormuz.lat < 27


def test_shipped_features_carry_their_geonames_ids(
    stage: PlaceResolver, parse: Callable[[str], Document]
) -> None:
    text = (
        "Houthi drones struck ships in the Red Sea and the Gulf of Aden, while Iran "
        "patrolled the Persian Gulf and the Arabian Sea."
    )
    found = places(stage, parse, text)
    assert found["Red Sea"] == (350155, "SEA", None)
    assert found["Gulf of Aden"] == (80303, "GULF", None)
    assert found["Persian Gulf"] == (235616, "GULF", None)
    assert found["Arabian Sea"] == (1158455, "SEA", None)


def test_feature_aliases_meet_the_checked_record(resources: Resources) -> None:
    lookup = resources.gazetteer.lookup
    for name, geonames_id in [
        ("arabian gulf", 235616),
        ("malacca strait", 1818192),
        ("mideast", 6269133),
        ("horn of africa", 11820342),
        ("caspian sea", 630671),
        ("atlantic ocean", 3373405),
    ]:
        assert geonames_id in {e.geonames_id for e in lookup(name)}, name


def test_event_location_carries_admin1(pipeline: Pipeline) -> None:
    doc = pipeline(Document.from_text("Militants attacked a checkpoint in Baquba on Monday."))
    assert doc.events, "the coder should find the attack"
    location = doc.events[0].location
    assert location is not None and location.text == "Baquba"
    assert (location.country, location.admin1) == ("IRQ", "Diyala")
    assert location.to_dict()["admin1"] == "Diyala"


def test_event_location_falls_back_to_the_main_place(pipeline: Pipeline) -> None:
    text = (
        "Protests spread in Tbilisi.\n\nPolice arrested dozens of demonstrators on Sunday. "
        "Officers fired tear gas."
    )
    doc = pipeline(Document.from_text(text))
    located = [e.location.name for e in doc.events if e.location is not None]
    assert located and set(located) == {"Tbilisi"}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Iranian boats harassed a tanker off the coast of Oman on Monday.", "Oman"),
        ("Troops clashed with smugglers at the border between Chad and Sudan.", "Chad"),
    ],
)
def test_a_locative_phrase_reaches_its_place_through_of_and_between(
    pipeline: Pipeline, sentence: str, place: str
) -> None:
    event = pipeline.code(sentence)[0]
    assert event.location is not None and event.location.text == place


def test_an_agent_or_a_clause_under_a_locative_phrase_does_not_place_actors(
    pipeline: Pipeline,
) -> None:
    text = (
        "Britain imposed sanctions on six companies, in the latest effort by Washington "
        "and London to squeeze Tehran's oil revenue."
    )
    event = pipeline.code(text)[0]
    assert event.type == "SANCTION"
    assert [a.country for a in event.targets] == [None]
