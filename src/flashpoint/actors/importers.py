"""Reading users' own actor sources into the actor table's records.

- CAMEO/Phoenix actor dictionaries (PETRARCH format)::

      BARACK_OBAMA_  [USAELI 080101-090119]
          [USAGOV 090120-170120]
      +PRESIDENT_OBAMA_
      +OBAMA_

  an entry line names the actor (underscores for spaces); ``[CCCSSS dates]``
  gives a CAMEO country and sector code and when it held (``YYMMDD-YYMMDD``,
  ``>YYMMDD`` from, ``<YYMMDD`` until); ``+`` lines are aliases; ``#`` comments.
- Wikidata JSON dumps (the ``[ {entity}, ... ]`` dump, or one entity per line):
  humans (``P31`` = ``Q5``) become people with ``P39`` positions held as dated
  roles; other items become organisations; the country comes from ``P27``/``P17``
  (ISO3 via the states' ``P298`` codes in the dump, or a built-in map).

``merge`` gives each imported entry the id of a table entry with the same name
(or Wikidata id) so that loading extends it instead of duplicating it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from flashpoint.actors.cameo import iso3_of_cameo, nonstate_code
from flashpoint.actors.resolve import SectorTable
from flashpoint.actors.table import ActorEntry, ActorTable, Role, fold
from flashpoint.errors import InputError

_CODE = re.compile(r"\[([A-Z~]{3,})(?:\s+([^\]]*))?\]")
_SLUG = re.compile(r"[^a-z0-9]+")
#: Wikidata items of states, for dumps that do not carry the states themselves.
WIKIDATA_STATES = {
    "Q30": "USA",
    "Q794": "IRN",
    "Q796": "IRQ",
    "Q801": "ISR",
    "Q159": "RUS",
    "Q148": "CHN",
    "Q145": "GBR",
    "Q142": "FRA",
    "Q183": "DEU",
    "Q212": "UKR",
    "Q43": "TUR",
    "Q851": "SAU",
    "Q79": "EGY",
    "Q858": "SYR",
    "Q822": "LBN",
    "Q805": "YEM",
    "Q889": "AFG",
    "Q843": "PAK",
    "Q668": "IND",
    "Q17": "JPN",
    "Q884": "KOR",
    "Q423": "PRK",
    "Q38": "ITA",
    "Q29": "ESP",
    "Q36": "POL",
    "Q16": "CAN",
    "Q96": "MEX",
    "Q155": "BRA",
    "Q414": "ARG",
    "Q1033": "NGA",
    "Q258": "ZAF",
    "Q115": "ETH",
    "Q1049": "SDN",
    "Q1016": "LBY",
    "Q810": "JOR",
    "Q878": "ARE",
    "Q846": "QAT",
    "Q408": "AUS",
    "Q252": "IDN",
}
HUMAN = "Q5"


def slug(name: str) -> str:
    return _SLUG.sub("-", fold(name)).strip("-")


# --- CAMEO / Phoenix -----------------------------------------------------------


def _cameo_date(value: str) -> dt.date:
    digits = value.strip()
    if len(digits) != 6 or not digits.isdigit():
        raise ValueError(f"{value!r} is not a YYMMDD date")
    year = int(digits[:2])
    return dt.date(year + (1900 if year >= 50 else 2000), int(digits[2:4]), int(digits[4:6]))


def _cameo_role(code: str, dates: str | None) -> tuple[str | None, Role]:
    """(ISO3 or None, role) of a ``[CCCSSS dates]`` code."""
    country = iso3_of_cameo(code[:3]) if not nonstate_code(code[:3]) else None
    sector = code[3:6] or (nonstate_code(code[:3]) or "UNK")
    start = end = None
    for part in (dates or "").split():
        if part.startswith(">"):
            start = _cameo_date(part[1:])
        elif part.startswith("<"):
            end = _cameo_date(part[1:])
        elif "-" in part:
            first, _, last = part.partition("-")
            start, end = _cameo_date(first), _cameo_date(last)
    return country, Role(sector=sector, start=start, end=end)


def _cameo_name(token: str) -> str:
    return " ".join(part for part in token.strip().strip("_").split("_") if part).title()


def read_cameo(path: Path) -> Iterator[ActorEntry]:
    """Entries of a CAMEO/Phoenix actor dictionary."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the dictionary: {exc}") from exc
    name: str | None = None
    aliases: list[str] = []
    codes: list[tuple[str | None, Role]] = []

    def finished() -> ActorEntry | None:
        if name is None:
            return None
        country = next((c for c, _ in codes if c), None)
        undated = [r for c, r in codes if r.start is None and r.end is None]
        roles = tuple(r for _, r in codes if r.start or r.end)
        sectors = tuple(dict.fromkeys(r.sector for r in undated)) or tuple(
            dict.fromkeys(r.sector for r in roles)
        )
        return ActorEntry(slug(name), name, "people", country, sectors, tuple(aliases), roles)

    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        try:
            found = [_cameo_role(m.group(1), m.group(2)) for m in _CODE.finditer(line)]
        except ValueError as exc:
            raise InputError(str(path), str(exc), line=number) from exc
        text = _CODE.sub("", line).strip()
        if line.lstrip().startswith("+"):
            aliases.append(_cameo_name(text.lstrip("+")))
        elif text and not raw[:1].isspace():
            entry = finished()
            if entry is not None:
                yield entry
            name, aliases, codes = _cameo_name(text), [], []
        codes.extend(found)
    entry = finished()
    if entry is not None:
        yield entry


# --- Wikidata --------------------------------------------------------------------


def _items(path: Path) -> Iterator[dict[str, Any]]:
    """Entities of a Wikidata JSON dump: an array, or one entity per line."""
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                line = line.strip().rstrip(",")
                if line in ("", "[", "]"):
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(str(path), f"not a Wikidata entity: {exc}", number) from exc
                if isinstance(item, list):
                    yield from (i for i in item if isinstance(i, dict))
                elif isinstance(item, dict):
                    yield item
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the dump: {exc}") from exc


def _claims(item: Mapping[str, Any], prop: str) -> list[dict[str, Any]]:
    claims = item.get("claims", {}).get(prop, [])
    return [c for c in claims if isinstance(c, dict)]


def _value(claim: Mapping[str, Any]) -> Any:
    return claim.get("mainsnak", {}).get("datavalue", {}).get("value")


def _item_id(claim: Mapping[str, Any]) -> str | None:
    value = _value(claim)
    return value.get("id") if isinstance(value, dict) else None


def _time(claim: Mapping[str, Any], prop: str) -> dt.date | None:
    for qualifier in claim.get("qualifiers", {}).get(prop, []):
        value = qualifier.get("datavalue", {}).get("value", {})
        stamp = value.get("time", "") if isinstance(value, dict) else ""
        found = re.match(r"^\+?(\d{4})-(\d{2})-(\d{2})", stamp)
        if found:
            year, month, day = (int(g) for g in found.groups())
            return dt.date(year, max(month, 1), max(day, 1))
    return None


def _label(item: Mapping[str, Any]) -> str | None:
    label = item.get("labels", {}).get("en", {})
    return label.get("value") if isinstance(label, dict) else None


def read_wikidata(path: Path, sectors: SectorTable) -> Iterator[ActorEntry]:
    """Entries of a Wikidata JSON dump; positions held are roles, their sector from
    the position's label where the dump has it ("Minister of Defence" → GOV)."""
    items = list(_items(path))
    states = dict(WIKIDATA_STATES)
    labels: dict[str, str] = {}
    for item in items:
        label = _label(item)
        if label:
            labels[item.get("id", "")] = label
        for claim in _claims(item, "P298"):
            if isinstance(_value(claim), str):
                states[item["id"]] = _value(claim)
    for item in items:
        entry = _wikidata_entry(item, states, labels, sectors)
        if entry is not None:
            yield entry


def _wikidata_entry(
    item: Mapping[str, Any],
    states: Mapping[str, str],
    labels: Mapping[str, str],
    sectors: SectorTable,
) -> ActorEntry | None:
    qid, name = item.get("id"), _label(item)
    if not isinstance(qid, str) or not name or qid in states:
        return None
    kinds = {_item_id(c) for c in _claims(item, "P31")}
    human = HUMAN in kinds
    places = [_item_id(c) for c in [*_claims(item, "P27"), *_claims(item, "P17")]]
    country = next((states[i] for i in places if i is not None and i in states), None)
    roles = []
    for claim in _claims(item, "P39"):
        title = labels.get(_item_id(claim) or "", "")
        sector = sectors.find(title.split()) or "GOV"
        roles.append(Role(sector, title, _time(claim, "P580"), _time(claim, "P582")))
    aliases = tuple(
        a["value"]
        for a in item.get("aliases", {}).get("en", [])
        if isinstance(a, dict) and a.get("value")
    )
    default = "GOV" if human else (sectors.find(name.split()) or "SOC")
    return ActorEntry(
        id=slug(name),
        name=name,
        kind="people" if human else "organisations",
        country=country,
        sectors=(roles[-1].sector if roles else default,),
        aliases=aliases,
        roles=tuple(roles),
        wikidata=qid,
    )


# --- merging ----------------------------------------------------------------------


def merge(entries: Iterable[ActorEntry], table: ActorTable) -> tuple[list[ActorEntry], int]:
    """Entries ready to write beside the table: an entry naming a known actor takes its
    id (same Wikidata id, or same name and country), so loading extends that actor.
    Returns the entries (same ids combined) and how many extend a known actor."""
    by_wikidata = {e.wikidata: e.id for e in table.entries.values() if e.wikidata}
    merged: dict[str, ActorEntry] = {}
    known = 0
    for entry in entries:
        target = by_wikidata.get(entry.wikidata) if entry.wikidata else None
        for actor_id in table.folded.get(fold(entry.name), ()) if target is None else ():
            candidate = table.entries[actor_id]
            if candidate.country == entry.country or entry.country is None:
                target = actor_id
                break
        if target is not None:
            known += target not in merged
            entry = ActorEntry(
                target,
                entry.name,
                table.entries[target].kind,
                entry.country,
                entry.sectors,
                entry.aliases,
                entry.roles,
                entry.sponsors,
                entry.wikidata,
            )
        merged[entry.id] = merged[entry.id].merged(entry) if entry.id in merged else entry
    return list(merged.values()), known
