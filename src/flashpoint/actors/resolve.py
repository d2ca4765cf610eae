"""The ``actors`` stage: from a mention ("Iran's army", "Washington") to an actor.

Resolution is a pure function of the mention text and the loaded tables: a
state from its name, short form, demonym or capital (a capital stands for the
government), and a PLOVER sector from sector words ("army" → MIL).  Unknown
actors keep their text, with the country and sector the words give.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from flashpoint.actors.countries import CountryTable, NameMatch
from flashpoint.model import Actor, Document, Event
from flashpoint.tables import data_path, read_table

Role = Literal["source", "target"]
_WORD = re.compile(r"\w(?:[\w'’\-]*\w)?(?:\.(?:\w\.)+)?|\w\.(?:\w\.)+")
_POSSESSIVE = re.compile(r"['’]s?$")
LEADING_ARTICLES = frozenset({"the", "a", "an"})


def words_of(text: str) -> list[str]:
    """Words of a mention, possessive endings dropped: "Iran's army" → ["Iran", "army"]."""
    return [_POSSESSIVE.sub("", m.group(0)) or m.group(0) for m in _WORD.finditer(text)]


@dataclass(frozen=True)
class SectorTable:
    phrases: Mapping[str, str]
    longest: int

    def find(self, words: list[str]) -> str | None:
        """The sector of the leftmost sector phrase ("army spokesperson" → MIL)."""
        lowered = [w.lower() for w in words]
        for position in range(len(lowered)):
            for size in range(min(self.longest, len(lowered) - position), 0, -1):
                sector = self.phrases.get(" ".join(lowered[position : position + size]))
                if sector is not None:
                    return sector
        return None


def load_sectors(path: Path | None = None) -> SectorTable:
    path = path or data_path("sectors.tsv")
    phrases = {
        row["phrase"].lower(): row["sector"] for row in read_table(path, ("phrase", "sector"))
    }
    return SectorTable(phrases, max(len(p.split()) for p in phrases))


def resolve_mention(
    mention: Actor, countries: CountryTable, sectors: SectorTable, role: Role
) -> Actor:
    """Fill ``name``, ``country``, ``sector`` and ``id`` of a mention from its words."""
    words = words_of(mention.text)
    sector = sectors.find(words)
    found = next(countries.find(words), None)
    if found is not None:
        country = found.country
        if sector is None and _stands_for_government(words, found, role):
            sector = "GOV"
        return replace(
            mention, name=country.name, country=country.iso3, sector=sector, id=country.iso3
        )
    name = _proper_name(words)
    return replace(mention, name=name, sector=sector)


def _stands_for_government(words: list[str], found: NameMatch, role: Role) -> bool:
    """A capital stands for its government ("Tehran said"); so does a state that acts
    ("The United States imposed"), but not one acted upon or a word of a longer phrase."""
    if found.kind == "capital":
        return True
    alone = found.last == len(words) and all(
        w.lower() in LEADING_ARTICLES for w in words[: found.first]
    )
    return found.kind == "name" and role == "source" and alone


def _proper_name(words: list[str]) -> str | None:
    """The mention as a name when it is one (capitalised words), else None."""
    while words and words[0].lower() in LEADING_ARTICLES:
        words = words[1:]
    if words and all(w[0].isupper() or not w[0].isalpha() for w in words):
        return " ".join(words)
    return None


PERSONAL_PRONOUNS = frozenset(
    {"he", "she", "they", "we", "i", "you", "it", "him", "her", "them"}
    | {"his", "its", "their", "our", "my", "your"}
)


def is_actor(actor: Actor) -> bool:
    """Is a resolved mention an actor at all?  Anything with a name, country or
    sector is; so are counted things ("14 vessels") and personal pronouns (left for
    coreference).  "calm" in "urged calm" or "the move" is not."""
    if actor.name or actor.country or actor.sector:
        return True
    lowered = actor.text.lower()
    return any(c.isdigit() for c in lowered) or lowered in PERSONAL_PRONOUNS


class ActorResolver:
    """The ``actors`` stage."""

    name = "actors"

    def __init__(self, countries: CountryTable, sectors: SectorTable) -> None:
        self.countries = countries
        self.sectors = sectors

    def resolve_event(self, event: Event) -> Event:
        def resolved(actors: tuple[Actor, ...], role: Role) -> tuple[Actor, ...]:
            found = (resolve_mention(a, self.countries, self.sectors, role) for a in actors)
            return tuple(a for a in found if is_actor(a))

        return replace(
            event,
            sources=resolved(event.sources, "source"),
            targets=resolved(event.targets, "target"),
        )

    def __call__(self, doc: Document) -> Document:
        doc.events = [self.resolve_event(e) for e in doc.events]
        return doc
