"""The ``places`` stage: place mentions, GeoNames resolution, event locations."""

from flashpoint.geo.detect import Mention, detect
from flashpoint.geo.gazetteer import Entry, SqliteGazetteer, load_gazetteer, name_key
from flashpoint.geo.location import event_location
from flashpoint.geo.places import Gazetteer, MemoryGazetteer, PlaceResolver, resolve_mentions

__all__ = [
    "Entry",
    "Gazetteer",
    "MemoryGazetteer",
    "Mention",
    "PlaceResolver",
    "SqliteGazetteer",
    "detect",
    "event_location",
    "load_gazetteer",
    "name_key",
    "resolve_mentions",
]
