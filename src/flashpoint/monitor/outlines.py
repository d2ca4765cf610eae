"""Country outlines for the dashboard's map, from an installed package (no download).

The shapes are those the ``countryinfo`` package ships (Natural Earth's small-scale
countries, in longitude/latitude degrees, keyed by ISO 3166-1 alpha-3): drawn with the
same equirectangular projection as the events, a point and its country line up.
"""

from __future__ import annotations

import functools
from typing import Any

from countryinfo import CountryInfo

PRECISION = 2
"""Decimal places kept (about a kilometre: far finer than the map draws)."""


def _rounded(coordinates: Any) -> Any:
    if coordinates and isinstance(coordinates[0], (int, float)):
        return [round(float(c), PRECISION) for c in coordinates]
    return [_rounded(part) for part in coordinates]


@functools.cache
def country_outlines() -> dict[str, Any]:
    """A GeoJSON ``FeatureCollection``: one ``Polygon`` or ``MultiPolygon`` per country,
    ``id`` its ISO alpha-3 code, ``properties.name`` its name; read once per process."""
    features = []
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha3")
        for feature in (info.get("geoJSON") or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            if not code or geometry.get("type") not in ("Polygon", "MultiPolygon"):
                continue
            features.append(
                {
                    "type": "Feature",
                    "id": code,
                    "properties": {"name": info.get("name", code)},
                    "geometry": {
                        "type": geometry["type"],
                        "coordinates": _rounded(geometry["coordinates"]),
                    },
                }
            )
    features.sort(key=lambda f: str(f["id"]))
    return {"type": "FeatureCollection", "features": features}
