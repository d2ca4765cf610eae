"""The actor table: named actors with countries, sectors, aliases and dated roles.

The table ships as tab-separated files in ``flashpoint/data/actors/``, one file
per kind (``igos.tsv``, ``people.tsv``, ``armed_groups.tsv``, ``parties.tsv``,
``military.tsv``, ``companies.tsv``, ``media.tsv``, ``ngos.tsv``, ``regions.tsv``);
states come from ``countries.tsv``.  Columns::

    id  name  country  sectors  aliases  roles  sponsors  wikidata

``country`` is ISO3 or empty (international organisations, transnational
groups); ``sectors``, ``aliases`` and ``sponsors`` are ``|``-separated; a role
is ``SECTOR[@ORG]:title:start:end`` with dates ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD`` (either may be empty: open-ended), e.g.
``GOV:president:2017-01-20:2021-01-20|OPP::2021-01-20:2025-01-20``.  A role
held for an organisation without a country (``GOV@UN:secretary-general:...``)
makes the person stand for that organisation while it lasts.

Files of a user's own (``flashpoint actors import`` writes them) are read after
the shipped ones; an entry with an id already seen extends it (aliases, roles
and sponsors are added), so users can add a transliteration without copying a row.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from flashpoint.errors import ResourceError
from flashpoint.tables import data_path, read_table, split_multi

T = TypeVar("T")

COLUMNS = ("id", "name", "country", "sectors", "aliases", "roles", "sponsors", "wikidata")
#: PLOVER sector codes (PLOVER manual, "Sector Codes").
PLOVER_SECTORS = frozenset(
    {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS"}
    | {"CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
)
#: PLOVER's codes for international non-state actors, used as sectors of entries
#: that have no country (IGO for organisations of states, NGO, IMG for
#: transnational militarized groups, MNC, ISM).
NONSTATE_CODES = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM"})
SECTOR_CODES = PLOVER_SECTORS | NONSTATE_CODES
#: The file names (kinds) of the shipped table, in load order.
KINDS = (
    "igos",
    "people",
    "armed_groups",
    "state_bodies",
    "parties",
    "companies",
    "media",
    "ngos",
    "regions",
)
#: Kinds that are places, not actors: they give a country to "Darfur rebels".
PLACE_KINDS = frozenset({"regions"})

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_APOSTROPHES = re.compile(r"['’ʼ‘`´]")
_SEPARATORS = re.compile(r"[\-‐‑–—_/]+")
_SPACES = re.compile(r"\s+")
#: A possessive ending inside an alias ("People's", "Lord's").
_INNER_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def fold(text: str) -> str:
    """The key a name is matched on: no accents, apostrophes, dots or hyphens, lowercase.

    "Kata'ib Ḥizb Allāh" → "kataib hizb allah"; "Ansar-Allah" → "ansar allah".
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _APOSTROPHES.sub("", plain).replace(".", "")
    plain = _SEPARATORS.sub(" ", plain)
    return _SPACES.sub(" ", plain).strip().lower()


def exact_key(text: str) -> str:
    """The case-kept key of a short form: "U.N." → "UN"."""
    return _SPACES.sub(" ", text.replace(".", "")).strip()


def is_short_form(alias: str) -> bool:
    """Short forms and acronyms ("UN", "IS", "U.N.", "PMF") match only as written."""
    letters = re.sub(r"[\s.\-]", "", alias)
    return len(letters) <= 3 or (letters.isupper() and letters.isalpha() and len(letters) <= 5)


def parse_date(value: str, *, end: bool = False) -> dt.date | None:
    """``YYYY``/``YYYY-MM``/``YYYY-MM-DD``; a partial end date means the period's last day."""
    if not value:
        return None
    found = _DATE.match(value)
    if found is None:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(found.group(1))
    month = int(found.group(2) or (12 if end else 1))
    if found.group(3):
        return dt.date(year, month, int(found.group(3)))
    day = calendar.monthrange(year, month)[1] if end else 1
    return dt.date(year, month, day)


@dataclass(frozen=True, slots=True)
class Role:
    """A position held from ``start`` to ``end`` (inclusive; None is open-ended)."""

    sector: str
    title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    org: str | None = None  # the organisation's actor id, when not the entry's country

    def in_force(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_cell(self) -> str:
        sector = f"{self.sector}@{self.org}" if self.org else self.sector
        start = self.start.isoformat() if self.start else ""
        end = self.end.isoformat() if self.end else ""
        return f"{sector}:{self.title}:{start}:{end}"


def parse_role(cell: str) -> Role:
    parts = cell.split(":")
    if len(parts) != 4:
        raise ValueError(f"role {cell!r} is not SECTOR[@ORG]:title:start:end")
    sector, _, org = parts[0].strip().partition("@")
    return Role(
        sector=sector,
        title=parts[1].strip(),
        start=parse_date(parts[2].strip()),
        end=parse_date(parts[3].strip(), end=True),
        org=org or None,
    )


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One named actor of the table."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sectors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    sponsors: tuple[str, ...] = ()
    wikidata: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def role_at(self, day: dt.date | None) -> Role | None:
        """The role in force on ``day`` (the latest begun where several are); without a
        date, the latest role."""
        if not self.roles:
            return None
        if day is None:
            return max(self.roles, key=_role_order)
        current = [r for r in self.roles if r.in_force(day)]
        return max(current, key=_role_order) if current else None

    def merged(self, other: ActorEntry) -> ActorEntry:
        """This entry extended by ``other`` (same id, e.g. from a user's file)."""
        return replace(
            self,
            country=other.country or self.country,
            sectors=_union(self.sectors, other.sectors),
            aliases=_union(self.aliases, (other.name, *other.aliases)),
            roles=_union(self.roles, other.roles),
            sponsors=_union(self.sponsors, other.sponsors),
            wikidata=self.wikidata or other.wikidata,
        )

    def to_row(self) -> list[str]:
        return [
            self.id,
            self.name,
            self.country or "",
            "|".join(self.sectors),
            "|".join(a for a in self.aliases if a != self.name),
            "|".join(r.to_cell() for r in self.roles),
            "|".join(self.sponsors),
            self.wikidata or "",
        ]


def _role_order(role: Role) -> tuple[dt.date, dt.date]:
    return (role.start or dt.date.min, role.end or dt.date.max)


def _union(first: Sequence[T], second: Iterable[T]) -> tuple[T, ...]:
    seen = list(first)
    seen.extend(x for x in second if x not in seen)
    return tuple(seen)


def entry_from_row(row: Mapping[str, str], kind: str) -> ActorEntry:
    """An entry from a table row; raises ValueError with what is wrong."""
    if not row["id"] or not row["name"]:
        raise ValueError("id and name must not be empty")
    name = row["name"]
    return ActorEntry(
        id=row["id"],
        name=name,
        kind=kind,
        country=row["country"] or None,
        sectors=tuple(split_multi(row["sectors"])),
        aliases=tuple(a for a in split_multi(row["aliases"]) if a != name),
        roles=tuple(parse_role(cell) for cell in split_multi(row["roles"])),
        sponsors=tuple(split_multi(row["sponsors"])),
        wikidata=row.get("wikidata") or None,
    )


def read_entries(path: Path, kind: str | None = None) -> Iterator[ActorEntry]:
    """The entries of one table file (kind: the file's name up to its first dot, so
    ``people.imported.tsv`` holds people, unless given)."""
    kind = kind or path.name.split(".")[0]
    for number, row in enumerate(read_table(path, COLUMNS), start=1):
        try:
            yield entry_from_row(row, kind)
        except ValueError as exc:
            raise ResourceError(f"{path}: row {number} ({row.get('id')!r}): {exc}") from exc


TSV_HEADER = "\t".join(COLUMNS)


def write_entries(path: Path, entries: Iterable[ActorEntry], comment: str = "") -> int:
    """Write entries as a table file; returns how many."""
    lines = [f"# {line}" for line in comment.splitlines()] + [TSV_HEADER]
    lines += ["\t".join(entry.to_row()) for entry in entries]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1 - len(comment.splitlines())


# --- the loaded table ------------------------------------------------------------


@dataclass(frozen=True)
class ActorTable:
    """Entries by id and the indexes the resolver matches mentions with."""

    entries: Mapping[str, ActorEntry]
    folded: Mapping[str, tuple[str, ...]]  # fold(alias) -> ids
    exact: Mapping[str, tuple[str, ...]]  # short forms, case kept -> ids
    surnames: Mapping[str, tuple[str, ...]]  # fold(last name) -> person ids
    sponsored: Mapping[str, tuple[str, ...]]  # ISO3 -> ids of the groups it backs
    longest: int
    fuzzy_keys: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # first letter -> keys

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, actor_id: str) -> ActorEntry | None:
        return self.entries.get(actor_id)

    def lookup(self, phrase: str, *, capitalised: bool = True) -> tuple[str, ...]:
        """Ids whose alias is ``phrase``: short forms as written, others folded.

        A one-word alias that is not a short form matches only a capitalised word
        ("Hamas", not "shell" for Shell)."""
        found = self.exact.get(exact_key(phrase))
        if found:
            return found
        key = fold(phrase)
        if not capitalised and " " not in key:
            return ()
        return self.folded.get(key, ())

    def of_kind(self, *kinds: str) -> list[ActorEntry]:
        return [e for e in self.entries.values() if e.kind in kinds]


def _kind_files(directory: Path) -> list[Path]:
    shipped = [directory / f"{kind}.tsv" for kind in KINDS if (directory / f"{kind}.tsv").is_file()]
    others = sorted(p for p in directory.glob("*.tsv") if p not in shipped)
    return shipped + others


def actor_files(directory: Path | None = None) -> list[Path]:
    """The shipped table files, then those of ``directory/actors`` (a user's own)."""
    files = _kind_files(data_path("actors"))
    if directory is not None and (directory / "actors").is_dir():
        files += _kind_files(directory / "actors")
    return files


def load_actor_table(directory: Path | None = None) -> ActorTable:
    """Load the shipped actor table, extended by ``directory/actors/*.tsv`` if present."""
    return build_table(actor_files(directory))


def build_table(files: Sequence[Path]) -> ActorTable:
    entries: dict[str, ActorEntry] = {}
    for path in files:
        seen_here: set[str] = set()
        for entry in read_entries(path):
            if entry.id in seen_here:
                raise ResourceError(f"{path}: the id {entry.id!r} appears twice; ids are unique")
            seen_here.add(entry.id)
            known = entries.get(entry.id)
            entries[entry.id] = known.merged(entry) if known else entry
    return index_entries(entries)


#: A Korean or Chinese name written family name first, with a hyphenated given name.
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")


def index_entries(entries: Mapping[str, ActorEntry]) -> ActorTable:
    folded: dict[str, list[str]] = {}
    exact: dict[str, list[str]] = {}
    surnames: dict[str, list[str]] = {}
    sponsored: dict[str, list[str]] = {}
    for entry in entries.values():
        for alias in entry.names:
            if is_short_form(alias):
                _add(exact, exact_key(alias), entry.id)
            else:
                _add(folded, fold(alias), entry.id)
                # Mentions are matched on words with possessive endings dropped:
                # "People's Deputies" is looked up as "People Deputies".  Not a short
                # name, which then would stand inside longer ones ("People's Party").
                bare = fold(_INNER_POSSESSIVE.sub("", alias))
                if bare != fold(alias) and len(bare.split(" ")) >= 3:
                    _add(folded, bare, entry.id)
        if entry.kind == "people":
            last = fold(entry.name).split(" ")[-1]
            if _FAMILY_NAME_FIRST.fullmatch(entry.name):
                # "Moon Jae-in", "Tsai Ing-wen": the family name comes first.
                last = fold(entry.name).split(" ")[0]
            if len(last) >= 4:
                _add(surnames, last, entry.id)
        for sponsor in entry.sponsors:
            _add(sponsored, sponsor, entry.id)
    keys = [k for k in folded if len(k) >= 6]
    fuzzy: dict[str, list[str]] = {}
    for key in keys:
        fuzzy.setdefault(key[0], []).append(key)
    longest = max((len(k.split(" ")) for k in [*folded, *exact]), default=1)
    return ActorTable(
        entries=dict(entries),
        folded=_frozen(folded),
        exact=_frozen(exact),
        surnames=_frozen(surnames),
        sponsored=_frozen(sponsored),
        longest=longest,
        fuzzy_keys=_frozen(fuzzy),
    )


def _add(index: dict[str, list[str]], key: str, actor_id: str) -> None:
    ids = index.setdefault(key, [])
    if actor_id not in ids:
        ids.append(actor_id)


def _frozen(index: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(ids) for key, ids in index.items()}


def validate(table: ActorTable, countries: Iterable[str], files: Sequence[Path] = ()) -> list[str]:
    """Problems with the table: unknown countries, sectors or organisations, roles that end
    before they start, ids used twice across ``files`` or clashing with a state's ISO3."""
    isos = set(countries)
    problems: list[str] = []
    if files:
        owner: dict[str, Path] = {}
        for path in files:
            for entry in read_entries(path):
                if entry.id in owner:
                    problems.append(f"{entry.id}: in both {owner[entry.id].name} and {path.name}")
                owner[entry.id] = path
    for entry in table.entries.values():
        where = f"{entry.id} ({entry.kind})"
        if entry.id in isos:
            problems.append(f"{where}: id clashes with a state's ISO3 code")
        if entry.country is not None and entry.country not in isos:
            problems.append(f"{where}: country {entry.country!r} is not in countries.tsv")
        problems += [
            f"{where}: sponsor {s!r} is not a state" for s in entry.sponsors if s not in isos
        ]
        sectors = [*entry.sectors, *(r.sector for r in entry.roles)]
        problems += [
            f"{where}: sector {s!r} is not PLOVER" for s in sectors if s not in SECTOR_CODES
        ]
        for role in entry.roles:
            if role.start and role.end and role.end < role.start:
                problems.append(f"{where}: role {role.to_cell()!r} ends before it starts")
            if role.org and role.org not in table.entries:
                problems.append(f"{where}: role organisation {role.org!r} is not in the table")
        if entry.kind not in PLACE_KINDS and not entry.sectors and not entry.roles:
            problems.append(f"{where}: no sector and no role")
    return problems
