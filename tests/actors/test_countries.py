from __future__ import annotations

from flashpoint import Resources


def test_every_un_member_state_is_in_the_table(resources: Resources) -> None:
    table = resources.countries.countries
    assert len(table) >= 193
    for iso3 in ("USA", "IRN", "IRQ", "CHN", "RUS", "TUV", "SSD", "PSE", "VAT", "XKX", "TWN"):
        assert iso3 in table


def test_territories_with_their_own_iso_code_are_their_own(resources: Resources) -> None:
    """Hong Kong and Macao have ISO 3166-1 codes, as in GeoNames and CAMEO: the places
    stage puts their places there, so their actors are there too."""
    for phrase, iso3 in [("Hong Kong", "HKG"), ("Macau", "MAC"), ("Hong Konger", "HKG")]:
        hit = resources.countries.lookup(phrase)
        assert hit is not None and hit[0].iso3 == iso3, phrase


def test_a_capital_in_a_facility_name_is_no_capital() -> None:
    from flashpoint.actors.countries import load_countries

    table = load_countries()
    assert [m.country.iso3 for m in table.find(["Victoria", "Park"])] == []
    assert [m.country.iso3 for m in table.find(["Tehran", "University"])] == []
    assert [m.country.iso3 for m in table.find(["Tehran", "said"])] == ["IRN"]


def test_names_short_forms_demonyms_and_capitals(resources: Resources) -> None:
    countries = resources.countries
    for phrase, iso3, kind in [
        ("Britain", "GBR", "name"),
        ("UAE", "ARE", "name"),
        ("Emirati", "ARE", "demonym"),
        ("Tehran", "IRN", "capital"),
        ("Kyiv", "UKR", "capital"),
        ("DPRK", "PRK", "name"),
        ("Türkiye", "TUR", "name"),
    ]:
        hit = countries.lookup(phrase)
        assert hit is not None, phrase
        assert (hit[0].iso3, hit[1]) == (iso3, kind)


def test_geonames_ids_of_well_known_entries(resources: Resources) -> None:
    table = resources.countries.countries
    assert table["IRN"].geonames_id == 130758 and table["IRN"].capital_geonames_id == 112931
    assert table["USA"].geonames_id == 6252001 and table["USA"].capital_geonames_id == 4140963
    assert table["IRQ"].geonames_id == 99237 and table["IRQ"].capital_geonames_id == 98182


def test_a_name_with_a_possessive_matches_the_words_of_a_mention() -> None:
    from flashpoint.actors.countries import load_countries
    from flashpoint.actors.resolve import words_of

    table = load_countries()
    words = words_of("the Democratic People's Republic of Korea")
    assert [m.country.iso3 for m in table.find(words)] == ["PRK"]
