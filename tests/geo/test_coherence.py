"""Local news: lists of counties, datelines, "City, St.", demonyms of divisions, and the
small places a document's other places make likely."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flashpoint import Document, Resources
from flashpoint.geo import Entry, MemoryGazetteer, Mention, PlaceResolver
from flashpoint.geo.detect import datelines, demonym_stems, division_lists, plausibility
from flashpoint.geo.places import focus, resolve_mentions
from flashpoint.geo.rank import build_context, posterior


@pytest.fixture(scope="module")
def stage(resources: Resources) -> PlaceResolver:
    return PlaceResolver(resources.gazetteer, resources.countries)


Found = dict[str, tuple[str | None, str | None, str | None]]


def places(stage: PlaceResolver, parse: Callable[[str], Document], text: str) -> Found:
    """Each mention's (feature code, state, division), by its text."""
    doc = stage(parse(text))
    return {p.text: (p.feature_code, p.country, p.admin1) for p in doc.places}


def spans(text: str, found: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in found]


# Lists of divisions


def test_a_list_before_counties_is_a_list_of_counties() -> None:
    text = "volunteers from Camden and Charlton counties in Georgia and Nassau counties"
    assert [(text[a:b], word) for a, b, word in division_lists(text)] == [
        ("Camden", "County"),
        ("Charlton", "County"),
        ("Georgia", "County"),  # dropped later: Georgia County is no division
        ("Nassau", "County"),
    ]
    text = "the combined population of Douglas, Sarpy, and Lancaster counties grew"
    assert [text[a:b] for a, b, _ in division_lists(text)] == ["Douglas", "Sarpy", "Lancaster"]
    assert division_lists("Fighting in Diyala and Anbar provinces")[1][2] == "Province"
    assert division_lists("the counties of Kent and Essex") == []


def test_counties_in_a_list_resolve_to_counties(
    stage: PlaceResolver, parse: Callable[[str], Document]
) -> None:
    found = places(
        stage,
        parse,
        "The population of Douglas, Sarpy and Lancaster counties grew again, "
        "the Nebraska state demographer said.",
    )
    assert found["Sarpy"] == ("ADM2", "USA", "Nebraska")
    assert found["Lancaster"] == ("ADM2", "USA", "Nebraska")
    assert found["Douglas"] == ("ADM2", "USA", "Nebraska")


# Datelines


def test_datelines() -> None:
    text = "Coal mine to close. RIDGE FARM, Ill. (AP) — Peabody Energy says it will shut."
    assert spans(text, datelines(text)) == ["RIDGE FARM", "Ill."]
    assert spans("BEIRUT: The body of a man", datelines("BEIRUT: The body of a man")) == ["BEIRUT"]
    text = "Man found dead.\nWINONA -- The body of a man was found."
    assert spans(text, datelines(text)) == ["WINONA"]
    assert datelines("He met the CEO of IBM — and left.") == []
    assert datelines("the NATO summit: allies agreed") == []


def test_a_dateline_is_a_place(stage: PlaceResolver, parse: Callable[[str], Document]) -> None:
    found = places(
        stage,
        parse,
        "Woman sentenced for mortgage fraud. CORSICANA — A woman was sentenced on "
        "Tuesday in the Navarro County courthouse, 55 miles south of Dallas, Texas.",
    )
    assert found["CORSICANA"] == ("PPL", "USA", "Texas")


# "City, St."


def test_a_state_after_a_town_qualifies_it(
    stage: PlaceResolver, parse: Callable[[str], Document]
) -> None:
    found = places(stage, parse, "The plant in Paris, Tenn., will close next year.")
    assert found["Paris"][1:] == ("USA", "Tennessee")


# Demonyms of divisions


def test_demonym_stems() -> None:
    assert "Minnesota" in demonym_stems("Minnesotans")
    assert "Ohio" in demonym_stems("Ohioans")
    assert "Texas" in demonym_stems("Texan")
    assert "Ontario" in demonym_stems("Ontarians")
    assert "West Virginia" in demonym_stems("West Virginians")
    assert demonym_stems("Iraqi") == []


def test_people_of_a_state_stand_for_it(
    stage: PlaceResolver, parse: Callable[[str], Document]
) -> None:
    found = places(stage, parse, "Many Ohioans voted early; Texans and Oklahomans waited.")
    assert found["Ohioans"] == ("ADM1", "USA", "Ohio")
    assert found["Oklahomans"] == ("ADM1", "USA", "Oklahoma")


# Document coherence


def town(geonames_id: int, name: str, state: str, population: int, lat: float, lon: float) -> Entry:
    return Entry(geonames_id, name, "PPL", "USA", state, lat, lon, population)


NEBRASKA = Entry(1, "Nebraska", "ADM1", "USA", None, 41.5, -99.8, 1_900_000)
WAYNE_NJ = town(2, "Wayne", "New Jersey", 57_915, 40.93, -74.28)
WAYNE_NE = town(3, "Wayne", "Nebraska", 5_569, 42.23, -97.02)
BLOOMFIELD_NJ = town(4, "Bloomfield", "New Jersey", 49_120, 40.81, -74.19)
BLOOMFIELD_NE = town(5, "Bloomfield", "Nebraska", 1_028, 42.60, -97.65)
NELIGH = town(6, "Neligh", "Nebraska", 1_599, 42.13, -98.03)


def test_posterior_follows_population() -> None:
    ranked = [(4.76, WAYNE_NJ), (3.75, WAYNE_NE)]
    likely = {e.geonames_id: p for e, p in posterior(ranked)}
    assert likely[2] == pytest.approx(10 / 11, abs=0.01)
    assert posterior([(1.0, WAYNE_NE)]) == []  # under MIN_SCORE: no evidence at all


def test_an_ambiguous_name_says_little_and_a_unique_one_much() -> None:
    wayne = [(WAYNE_NJ, 0.5), (WAYNE_NE, 0.5)]
    context = build_context([wayne, [(NELIGH, 1.0)]])
    assert context.admin1s[("USA", "Nebraska")] > context.admin1s[("USA", "New Jersey")]


def test_small_namesakes_hold_together_against_big_ones() -> None:
    gazetteer = MemoryGazetteer(
        [
            ("Nebraska", NEBRASKA),
            ("Wayne", WAYNE_NJ),
            ("Wayne", WAYNE_NE),
            ("Bloomfield", BLOOMFIELD_NJ),
            ("Bloomfield", BLOOMFIELD_NE),
            ("Neligh", NELIGH),
        ]
    )
    text = "Scouts from Wayne, Bloomfield and Neligh will collect food across Nebraska."
    mentions = [
        Mention(name, text.index(name), text.index(name) + len(name), name)
        for name in ("Wayne", "Bloomfield", "Neligh", "Nebraska")
    ]
    chosen = [e.geonames_id if e else None for e, _ in resolve_mentions(text, mentions, gazetteer)]
    assert chosen == [3, 5, 6, 1]
    # Alone, each is the big namesake.
    alone = resolve_mentions("Wayne", [Mention("Wayne", 0, 5, "Wayne")], gazetteer)
    assert alone[0][0] is WAYNE_NJ


def test_focus_is_a_division_named_by_two_of_the_documents_places() -> None:
    one = Mention("Neligh", 0, 6, "Neligh")
    two = Mention("Nebraska", 10, 18, "Nebraska")
    assert focus([(one, NELIGH)]) is None
    near = focus([(one, NELIGH), (two, NEBRASKA)])
    assert near is not None
    assert near(BLOOMFIELD_NE) and not near(BLOOMFIELD_NJ)
    assert not near(NEBRASKA)  # a state is found without help; the test is for towns


def test_what_a_small_place_may_not_be(parse: Callable[[str], Document]) -> None:
    doc = parse(
        "Judge Tom Manning ruled on Friday. Manning said the rodeo on Commerce Dr. "
        "would go ahead, and the Rodeo Queen was crowned in Greer."
    )
    plausible = plausibility(doc)

    def at(word: str) -> tuple[int, int]:
        token = next(t for t in reversed(doc.tokens) if t.text == word)
        return token.i, token.i + 1

    assert not plausible(*at("Manning"))  # a person's surname in this document
    assert not plausible(*at("Commerce"))  # a street
    assert not plausible(*at("Rodeo"))  # a word the document writes in lower case
    assert plausible(*at("Greer"))


def test_small_towns_near_the_others_are_found(
    stage: PlaceResolver, parse: Callable[[str], Document]
) -> None:
    found = places(
        stage,
        parse,
        "Flood crews from Naperville and Wheaton in DuPage County, Illinois, worked "
        "through the night. Lombard Police said two roads stayed closed.",
    )
    assert found["Lombard"] == ("PPL", "USA", "Illinois")
