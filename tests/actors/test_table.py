from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from flashpoint import Resources
from flashpoint.actors.table import (
    PLACE_KINDS,
    actor_files,
    build_table,
    fold,
    parse_date,
    parse_role,
    validate,
)
from flashpoint.errors import ResourceError


def test_the_shipped_table_is_consistent(resources: Resources) -> None:
    problems = validate(resources.actors, resources.countries.countries, actor_files())
    assert problems == []


def test_the_table_holds_2000_named_actors_of_every_kind(resources: Resources) -> None:
    named = [e for e in resources.actors.entries.values() if e.kind not in PLACE_KINDS]
    assert len(named) >= 2000
    kinds = {e.kind for e in named}
    assert {
        "igos",
        "people",
        "armed_groups",
        "state_bodies",
        "parties",
        "companies",
        "media",
    } <= kinds
    igos = resources.actors.of_kind("igos")
    assert all(e.country is None and e.sectors[0] == "IGO" for e in igos)


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("Kata'ib Hezbollah", "kataib-hezbollah"),
        ("Kataeb Hezbollah", "kataib-hezbollah"),
        ("Harakat al-Nujaba", "nujaba"),
        ("Badr Organization", "badr-organization"),
        ("Hashd al-Shaabi", "pmf"),
        ("Ansar Allah", "houthis"),
        ("IRGC", "irgc"),
        ("CENTCOM", "centcom"),
        ("NATO", "NATO"),
        ("IAEA", "IAEA"),
    ],
)
def test_aliases_and_transliterations(resources: Resources, alias: str, actor_id: str) -> None:
    assert resources.actors.lookup(alias) == (actor_id,)


def test_houthis_are_yemeni_and_backed_by_iran(resources: Resources) -> None:
    houthis = resources.actors.entries["houthis"]
    assert (houthis.country, houthis.sponsors) == ("YEM", ("IRN",))
    assert "houthis" in resources.actors.sponsored["IRN"]


def test_roles_and_partial_dates() -> None:
    role = parse_role("GOV@UN:secretary-general:2017:")
    assert (role.sector, role.org, role.start, role.end) == ("GOV", "UN", dt.date(2017, 1, 1), None)
    assert parse_date("2021-02", end=True) == dt.date(2021, 2, 28)
    assert role.in_force(dt.date(2026, 1, 1)) and not role.in_force(dt.date(2016, 12, 31))
    with pytest.raises(ValueError):
        parse_role("GOV:president:2017")


def test_fold_ignores_accents_apostrophes_and_hyphens() -> None:
    assert fold("Kata'ib Ḥizb-Allāh") == "kataib hizb allah"


HEADER = "id\tname\tcountry\tsectors\taliases\troles\tsponsors\twikidata\n"


def test_a_user_file_extends_an_actor_by_id(tmp_path: Path) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "armed_groups.tsv").write_text(
        HEADER + "houthis\tHouthis\tYEM\tREB\tAnsarullah movement\t\t\t\n", encoding="utf-8"
    )
    table = build_table([*actor_files(), tmp_path / "actors" / "armed_groups.tsv"])
    assert table.lookup("Ansarullah movement") == ("houthis",)
    assert "Huthis" in table.entries["houthis"].aliases


def test_a_duplicate_id_in_one_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "people.tsv"
    path.write_text(HEADER + "x\tX One\tIRN\tGOV\n" + "x\tX Two\tIRN\tGOV\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="appears twice"):
        build_table([path])


def test_a_bad_role_names_the_file_and_row(tmp_path: Path) -> None:
    path = tmp_path / "people.tsv"
    path.write_text(HEADER + "x\tX One\tIRN\tGOV\t\tGOV:president:20x:\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"people\.tsv: row 1"):
        build_table([path])


def test_an_alias_with_a_possessive_inside_matches_without_it(resources: Resources) -> None:
    # Mentions are looked up on words with possessive endings dropped.
    assert resources.actors.lookup("Congress of People Deputies") == (
        "congress-of-peoples-deputies",
    )


def test_a_hyphenated_east_asian_name_is_found_by_its_family_name(
    resources: Resources,
) -> None:
    # "Moon Jae-in": the family name comes first, so "President Moon" is no Ban Ki-moon.
    assert "moon-jae-in" in resources.actors.surnames["moon"]
    assert "ban-ki-moon" not in resources.actors.surnames.get("moon", ())
    assert "tsai-ing-wen" in resources.actors.surnames["tsai"]
