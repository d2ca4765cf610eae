"""CAMEO actor codes that are not ISO 3166-1 alpha-3, for reading gold data and
CAMEO/Phoenix dictionaries: ``JAP`` is Japan (``JPN``), ``IGO`` an organisation."""

from __future__ import annotations

#: CAMEO (and old Phoenix/GSR) country codes that differ from ISO3.
CAMEO_TO_ISO3 = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "ROM": "ROU",
    "TMP": "TLS",
    "ZAR": "COD",
    "DRC": "COD",
    "YUG": "SRB",
    "SCG": "SRB",
    "GMY": "DEU",
    "BRM": "MMR",
    "BUR": "MMR",
    "KOS": "XKX",
    "PAL": "PSE",
    "WSB": "PSE",
    "GZS": "PSE",
    "USR": "RUS",
    "SUN": "RUS",
    "CZK": "CZE",
    "TAZ": "TZA",
    "GDR": "DEU",
    "FRG": "DEU",
}
#: CAMEO/PLOVER codes of international non-state actors (no country).
NONSTATE = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM", "UNO", "EUR", "UIS", "INT"})


def iso3_of_cameo(code: str) -> str | None:
    """The ISO3 code a CAMEO country code stands for; None for non-state codes."""
    code = code.strip().upper()[:3]
    if not code or code in NONSTATE:
        return None
    return CAMEO_TO_ISO3.get(code, code)


def nonstate_code(code: str) -> str | None:
    """IGO, NGO, IMG, MNC or ISM for a non-state CAMEO code (UNO and EUR are IGOs)."""
    code = code.strip().upper()[:3]
    if code in ("UNO", "EUR"):
        return "IGO"
    return code if code in NONSTATE else None
