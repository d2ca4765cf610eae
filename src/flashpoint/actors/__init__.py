"""The ``actors`` stage: who did it, to whom."""

from flashpoint.actors.countries import Country, CountryTable, load_countries
from flashpoint.actors.resolve import SectorTable, load_sectors, resolve_mention
from flashpoint.actors.stage import ActorResolver
from flashpoint.actors.table import ActorEntry, ActorTable, Role, load_actor_table

__all__ = [
    "ActorEntry",
    "ActorResolver",
    "ActorTable",
    "Country",
    "CountryTable",
    "Role",
    "SectorTable",
    "load_actor_table",
    "load_countries",
    "load_sectors",
    "resolve_mention",
]
