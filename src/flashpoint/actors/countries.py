"""The table of states: names, short forms, demonyms, capitals and seats of government.

Loaded from ``countries.tsv`` (shipped, or a user's own with the same columns)
into an index from lowercased names to states.  Short forms written in capitals
("US", "UK", "U.S.") match only as written, so "us" the pronoun is not the USA.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from flashpoint.errors import ResourceError
from flashpoint.tables import data_path, read_table, split_multi

COLUMNS = (
    "iso3",
    "iso2",
    "name",
    "aliases",
    "demonyms",
    "capital",
    "seats",
    "geonames_id",
    "lat",
    "lon",
    "capital_geonames_id",
    "capital_lat",
    "capital_lon",
)
#: Phrases that hold a state's name but are not the state ("Latin America").
NOT_STATES = frozenset(
    {
        "latin america",
        "south america",
        "north america",
        "central america",
        "the americas",
        "korean peninsula",
        "new guinea",
        "middle east",
    }
)
#: How a name refers to its state: the state itself, its people, or its government.
NameKind = str  # "name" | "demonym" | "capital"


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    geonames_id: int
    lat: float
    lon: float
    capital: str
    capital_geonames_id: int | None
    capital_lat: float | None
    capital_lon: float | None


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A country name found in a word sequence: words ``[first, last)``."""

    first: int
    last: int
    country: Country
    kind: NameKind


#: Names of a state that, written in lower case, are a common noun: "the Islamic
#: Republic" is Iran, "an Islamic republic" any state so governed.
COMMON_NOUN_NAMES = frozenset({"Islamic Republic"})


def _is_case_sensitive(alias: str) -> bool:
    letters = alias.replace(".", "").replace(" ", "")
    return len(letters) <= 3 or alias.isupper() or alias in COMMON_NOUN_NAMES


@dataclass(frozen=True)
class CountryTable:
    countries: Mapping[str, Country]
    folded: Mapping[str, tuple[str, NameKind]]  # lowercased name -> (iso3, kind)
    exact: Mapping[str, tuple[str, NameKind]]  # case-sensitive short forms
    longest: int

    @cached_property
    def fuzzy_names(self) -> list[str]:
        """Folded names of five letters or more, for catching misspellings."""
        return [name for name in self.folded if len(name) >= 5]

    def lookup(self, phrase: str) -> tuple[Country, NameKind] | None:
        found = self.exact.get(phrase) or self.folded.get(phrase.lower())
        if found is None:
            return None
        return self.countries[found[0]], found[1]

    def find(self, words: list[str]) -> Iterator[NameMatch]:
        """Country names in ``words``, longest first at each position, left to right."""
        position = 0
        while position < len(words):
            if " ".join(words[position : position + 2]).lower() in NOT_STATES:
                position += 2
                continue
            for size in range(min(self.longest, len(words) - position), 0, -1):
                hit = self.lookup(" ".join(words[position : position + size]))
                if hit is not None and hit[1] == "capital" and _facility(words, position + size):
                    hit = None  # "Victoria Park", "Tehran University": a place in the city
                if hit is not None:
                    yield NameMatch(position, position + size, hit[0], hit[1])
                    position += size
                    break
            else:
                position += 1


_POSSESSIVE = re.compile(r"['’]s\b")

#: Words that make a city's name part of a facility's: "Victoria Park", "Kabul Airport".
FACILITY_WORDS = frozenset(
    {"park", "square", "street", "avenue", "road", "bridge", "airport", "station", "stadium"}
    | {"hotel", "hospital", "university", "college", "prison", "mosque", "church", "harbour"}
    | {"harbor", "port", "zoo", "museum", "cathedral", "palace", "falls", "lake", "gate"}
)


def _facility(words: list[str], after: int) -> bool:
    """Does a capitalised facility word follow position ``after``?"""
    following = words[after] if after < len(words) else ""
    return following[:1].isupper() and following.lower() in FACILITY_WORDS


def _float(value: str) -> float | None:
    return float(value) if value else None


def load_countries(path: Path | None = None) -> CountryTable:
    """Load the country table (default: the shipped ``countries.tsv``)."""
    path = path or data_path("countries.tsv")
    countries: dict[str, Country] = {}
    folded: dict[str, tuple[str, NameKind]] = {}
    exact: dict[str, tuple[str, NameKind]] = {}
    for row in read_table(path, COLUMNS):
        try:
            country = Country(
                iso3=row["iso3"],
                iso2=row["iso2"],
                name=row["name"],
                geonames_id=int(row["geonames_id"]),
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                capital=row["capital"],
                capital_geonames_id=int(row["capital_geonames_id"])
                if row["capital_geonames_id"]
                else None,
                capital_lat=_float(row["capital_lat"]),
                capital_lon=_float(row["capital_lon"]),
            )
        except ValueError as exc:
            raise ResourceError(
                f"{path}: bad number in the row for {row['iso3']!r}: {exc}"
            ) from exc
        countries[country.iso3] = country
        names: list[tuple[str, NameKind]] = [(row["name"], "name")]
        names += [(a, "name") for a in split_multi(row["aliases"])]
        names += [(d, "demonym") for d in split_multi(row["demonyms"])]
        names += [(c, "capital") for c in [row["capital"], *split_multi(row["seats"])] if c]
        for alias, kind in names:
            alias = alias.removeprefix("the ").removeprefix("The ")
            target = exact if _is_case_sensitive(alias) else folded
            # Mentions are matched on words without possessive endings ("People's"
            # → "People"), so a name with one is indexed that way too.
            for form in dict.fromkeys([alias, _POSSESSIVE.sub("", alias)]):
                key = form if target is exact else form.lower()
                target.setdefault(key, (country.iso3, kind))
    longest = max(len(k.split()) for k in [*folded, *exact])
    return CountryTable(countries, folded, exact, longest)
