"""Merging reports into happenings: pure decisions over hand-written events."""

from __future__ import annotations

from datetime import date

from flashpoint.model import Actor, Event, Place
from flashpoint.store.merge import (
    Member,
    MergePolicy,
    Report,
    assign_clusters,
    evidence_similarity,
    places_compatible,
    same_happening,
    summarise,
)

ERBIL = Place("Erbil", 0, 5, "Erbil", 95446, "IRQ", "Erbil", 36.19, 44.01, "PPLA")
ERBIL_PROVINCE = Place("Erbil province", 0, 14, "Erbil", 95445, "IRQ", "Erbil", 36.3, 44.2, "ADM1")
KABUL = Place("Kabul", 0, 5, "Kabul", 1138958, "AFG", "Kabul", 34.53, 69.17, "PPLC")
IRAQ = Place("Iraq", 0, 4, "Iraq", 99237, "IRQ", None, 33.0, 44.0, "PCLI")
MOSUL = Place("Mosul", 0, 5, "Mosul", 99072, "IRQ", "Nineveh", 36.34, 43.13, "PPLA")


def report(
    sentence: str,
    *,
    key: str,
    doc: str = "d1",
    outlet: str = "Outlet A",
    type: str = "ASSAULT",
    sources: tuple[Actor, ...] = (),
    targets: tuple[Actor, ...] = (),
    place: Place | None = ERBIL,
    day: str | None = "2026-03-03",
    modality: str = "asserted",
    mode: str | None = None,
    published: date | None = date(2026, 3, 3),
    confidence: float = 0.6,
) -> Report:
    event = Event.from_dict(
        {
            "id": key,
            "doc_id": doc,
            "type": type,
            "mode": mode,
            "trigger": {"text": "x", "start": 0, "end": 1},
            "sentence": {"index": 0, "start": 0, "end": len(sentence), "text": sentence},
            "sources": [a.to_dict() for a in sources],
            "targets": [a.to_dict() for a in targets],
            "location": place.to_dict() if place else None,
            "date": day,
            "modality": modality,
            "confidence": confidence,
        }
    )
    return Report(key, event, doc, outlet, published, f"https://{outlet}.example/{doc}")


def actor(text: str, country: str | None = None, name: str | None = None) -> Actor:
    return Actor(text, 0, len(text), name=name, country=country, id=country)


# The same attack in two outlets, worded differently.
OUTLET_A = report(
    "A drone attack on a military base near Erbil wounded five soldiers on Tuesday.",
    key="a1",
    doc="a",
    targets=(actor("five soldiers"),),
)
OUTLET_B = report(
    "Drones struck a military base near Erbil on Tuesday, wounding five soldiers.",
    key="b1",
    doc="b",
    outlet="Outlet B",
    targets=(actor("five soldiers"),),
)
# Two different attacks in one city on one day.
CHECKPOINT = report(
    "Gunmen attacked a police checkpoint in Kabul on Monday, killing three officers.",
    key="c1",
    doc="c",
    place=KABUL,
    day="2026-03-02",
    sources=(actor("Gunmen"),),
    targets=(actor("a police checkpoint"),),
)
MARKET = report(
    "A suicide bomber struck a crowded market in Kabul on Monday, killing twelve shoppers.",
    key="d1",
    doc="d",
    outlet="Outlet D",
    place=KABUL,
    day="2026-03-02",
    sources=(actor("A suicide bomber"),),
)


def test_the_same_attack_in_two_outlets_is_one_happening() -> None:
    assert same_happening(OUTLET_A, OUTLET_B)
    assert same_happening(OUTLET_B, OUTLET_A)


def test_two_attacks_on_one_day_in_one_city_are_two_happenings() -> None:
    assert not same_happening(CHECKPOINT, MARKET)
    assert evidence_similarity(CHECKPOINT.event, MARKET.event) < 0.2


def test_type_mode_and_modality_must_agree() -> None:
    sanction = report(OUTLET_B.event.sentence.text, key="s", type="SANCTION")
    assert not same_happening(OUTLET_A, sanction)
    aerial = report(OUTLET_B.event.sentence.text, key="m1", mode="aerial")
    ground = report(OUTLET_B.event.sentence.text, key="m2", mode="ground")
    assert not same_happening(aerial, ground)
    assert same_happening(aerial, OUTLET_B)  # no mode is not a different mode
    threatened = report(OUTLET_B.event.sentence.text, key="t", modality="future")
    assert not same_happening(OUTLET_A, threatened)
    historical = report(OUTLET_B.event.sentence.text, key="h", modality="historical")
    assert same_happening(OUTLET_B, historical)


def test_dates_must_fall_within_the_window() -> None:
    later = report(OUTLET_B.event.sentence.text, key="l", day="2026-03-09")
    assert not same_happening(OUTLET_A, later)
    assert same_happening(OUTLET_A, later, MergePolicy(window_days=7))
    undated = report(OUTLET_B.event.sentence.text, key="u", day=None, published=None)
    assert same_happening(OUTLET_A, undated)
    # An undated event takes its publication date.
    published_late = report(
        OUTLET_B.event.sentence.text, key="p", day=None, published=date(2026, 3, 20)
    )
    assert not same_happening(OUTLET_A, published_late)


def test_actors_must_be_compatible() -> None:
    usa = (actor("The United States", "USA", "United States"),)
    washington = (actor("Washington", "USA", "United States"),)
    iran = (actor("Iran", "IRN", "Iran"),)
    text = "The United States imposed sanctions on oil tankers on Tuesday."
    a = report(text, key="x", type="SANCTION", sources=usa, place=None)
    b = report(text, key="y", type="SANCTION", sources=washington, place=None)
    c = report(text, key="z", type="SANCTION", sources=iran, place=None)
    assert same_happening(a, b)
    assert not same_happening(a, c)


def test_places_must_be_the_same_place_or_region() -> None:
    assert places_compatible(ERBIL, ERBIL_PROVINCE, 50)  # same first-level division
    assert places_compatible(ERBIL, IRAQ, 50)  # the country holds the city
    assert not places_compatible(ERBIL, KABUL, 50)
    assert not places_compatible(ERBIL, MOSUL, 50)  # ~80 km apart, another province
    assert places_compatible(ERBIL, None, 50)
    in_kabul = report(OUTLET_B.event.sentence.text, key="k", place=KABUL)
    assert not same_happening(OUTLET_A, in_kabul)


def test_assign_clusters_is_incremental_and_ordered() -> None:
    known = [Member(OUTLET_A, "a1"), Member(CHECKPOINT, "c1")]
    assert assign_clusters([OUTLET_B, MARKET], known) == ["a1", "d1"]
    # Reports in one batch merge with each other as well.
    assert assign_clusters([OUTLET_A, OUTLET_B, CHECKPOINT, MARKET], []) == [
        "a1",
        "a1",
        "c1",
        "d1",
    ]


def test_summarise_counts_mentions_sources_articles_and_picks_attested_values() -> None:
    headline = report(
        "Drone attack wounds five soldiers near Erbil",
        key="a0",
        doc="a",
        targets=(actor("five soldiers"),),
        place=IRAQ,
    )
    late = report(
        OUTLET_B.event.sentence.text,
        key="b2",
        doc="b2",
        outlet="Outlet B",
        day="2026-03-04",
        published=date(2026, 3, 5),
    )
    cluster = summarise("a1", [OUTLET_A, headline, OUTLET_B, late])
    assert (cluster.mentions, cluster.articles, cluster.sources) == (4, 3, 2)
    assert cluster.date == date(2026, 3, 3)
    assert cluster.location == ERBIL
    assert cluster.first_reported == date(2026, 3, 3)
    assert cluster.last_reported == date(2026, 3, 5)
    assert cluster.first_report is OUTLET_A
    assert cluster.representative.event.location == ERBIL
    assert cluster.event_keys == ("a1", "a0", "b1", "b2")
