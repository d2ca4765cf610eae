"""The ``actors`` stage: who did it, to whom."""

from flashpoint.actors.countries import Country, CountryTable, load_countries
from flashpoint.actors.resolve import ActorResolver, SectorTable, load_sectors, resolve_mention

__all__ = [
    "ActorResolver",
    "Country",
    "CountryTable",
    "SectorTable",
    "load_countries",
    "load_sectors",
    "resolve_mention",
]
