"""The ``places`` stage: place mentions, GeoNames resolution, event locations."""

from flashpoint.geo.places import CountryGazetteer, Gazetteer, PlaceResolver, detect_places

__all__ = ["CountryGazetteer", "Gazetteer", "PlaceResolver", "detect_places"]
