"""From a mention ("Iran's army", "Kata'ib Hezbollah", "President Obama") to an actor.

``resolve_mention`` is a pure function of the mention's words, the loaded
tables and the publication date:

1. sponsor words ("Iran-backed", "pro-Russian") name who backs an actor, not
   the actor: "Iran-backed armed groups" are armed groups, not Iran;
2. a named actor of the actor table, by alias (short forms as written, other
   names folded: no accents, apostrophes or hyphens), the longest first; the
   role in force on the date gives its sector and, for a post held in an
   organisation ("UN secretary-general"), makes it stand for that organisation;
3. else a state (name, short form, demonym, capital) and a PLOVER sector from
   sector words and titles ("army" → MIL, "Brigadier-General" → MIL); a region
   ("Darfur rebels") gives its state;
4. else a person's surname (dated roles choose among namesakes), then a fuzzy
   match for transliterations ("Kataeb Hizbullah").

Unknown actors keep their text, with the country and sector their words give.
The ``ActorResolver`` stage (``actors/stage.py``) adds what needs the whole
document: appositions, "spokesperson for ...", pronouns and definite descriptions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process

from flashpoint.actors.countries import CountryTable, NameMatch
from flashpoint.actors.table import PLACE_KINDS, ActorEntry, ActorTable, exact_key, fold
from flashpoint.actors.table import Role as TableRole
from flashpoint.model import Actor
from flashpoint.tables import data_path, read_table

Role = Literal["source", "target"]
_WORD = re.compile(r"\w(?:[\w'’\-]*\w)?(?:\.(?:\w\.)+)?|\w\.(?:\w\.)+")
_POSSESSIVE = re.compile(r"['’]s?$")
LEADING_ARTICLES = frozenset({"the", "a", "an"})
#: "Iran-backed", "Tehran-aligned", "Russian-sponsored": the word before names a sponsor.
SPONSOR_SUFFIXES = ("backed", "sponsored", "aligned", "allied", "funded", "supported", "armed")
#: "US-brokered talks", "Qatari-mediated deal": the word before names a go-between, who
#: is no party to the talks (and no sponsor of an armed group).
MEDIATOR_SUFFIXES = ("brokered", "mediated", "hosted", "facilitated")
#: Suffixes that name whose a thing is: "a Greek-flagged tanker" is Greece's.
OWNER_SUFFIXES = frozenset({"flagged", "registered", "owned", "operated"})
#: "Australian-led peacekeepers": the word before names the state in command (a name
#: of the table, "the Saudi-led coalition", is looked up whole first).
LEADER_SUFFIXES = frozenset({"led"})
#: Heads that, led by a state, are its: "a US-led coalition" (not "a US-led attack",
#: an event whose leader is its source, found by the coder).
LED_BODIES = frozenset({"coalition", "alliance", "bloc", "force", "forces", "mission"})
#: Names of a federation that each state's own society bears: "the Turkish Red Crescent"
#: is Turkey's, "the Red Cross" alone the international body.
NATIONAL_SOCIETIES = frozenset({"red cross", "red crescent"})
#: Heads whose sector is that of what follows "of"/"for": "spokesperson for Iran's army".
RELATIONAL_HEADS = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "member",
        "members",
        "head",
        "chief",
        "leader",
        "leaders",
        "representative",
        "representatives",
        "official",
        "officials",
        "source",
        "sources",
        "commander",
        "unit",
        "units",
    }
)
#: Envoys whose "to" phrase names the host, not their own state: "ambassador to Iraq".
ENVOY_HEADS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "emissary", "emissaries", "consul"}
    | {"representative", "representatives", "delegate", "delegates", "delegation"}
    | {"attache", "attaché", "chargé", "charge", "nuncio", "commissioner"}
)
LINKING_PREPOSITIONS = frozenset(
    {"of", "for", "from", "in", "at", "throughout", "across", "within"}
)
FORMER = frozenset({"former", "ex", "ousted", "exiled", "deposed", "late"})
#: Fuzzy matching only for names at least this long, at this similarity (0-100).
FUZZY_MIN_LENGTH = 6
FUZZY_CUTOFF = 88.0


def words_of(text: str) -> list[str]:
    """Words of a mention, possessive endings dropped: "Iran's army" → ["Iran", "army"]."""
    return [_POSSESSIVE.sub("", m.group(0)) or m.group(0) for m in _WORD.finditer(text)]


@dataclass(frozen=True)
class SectorTable:
    phrases: Mapping[str, str]
    longest: int

    def find(self, words: Sequence[str]) -> str | None:
        """The sector of the leftmost sector phrase ("army spokesperson" → MIL)."""
        found = self.find_at(words)
        return found[0] if found else None

    def find_at(self, words: Sequence[str]) -> tuple[str, int, int] | None:
        """The leftmost (longest) sector phrase: (sector, first word, last word + 1)."""
        lowered = [w.lower().rstrip(".") for w in words]
        for position in range(len(lowered)):
            for size in range(min(self.longest, len(lowered) - position), 0, -1):
                sector = self.phrases.get(" ".join(lowered[position : position + size]))
                if sector is not None:
                    return sector, position, position + size
        return None


def load_sectors(path: Path | None = None) -> SectorTable:
    path = path or data_path("sectors.tsv")
    phrases = {
        row["phrase"].lower(): row["sector"] for row in read_table(path, ("phrase", "sector"))
    }
    return SectorTable(phrases, max(len(p.split()) for p in phrases))


# --- the pieces of a mention -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Words:
    """A mention's words with their folded and short-form keys, computed once."""

    text: tuple[str, ...]
    folded: tuple[str, ...]
    short: tuple[str, ...]

    @classmethod
    def of(cls, words: Sequence[str]) -> Words:
        return cls(tuple(words), tuple(fold(w) for w in words), tuple(exact_key(w) for w in words))

    def __len__(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class NamedMatch:
    first: int
    last: int
    ids: tuple[str, ...]


def find_named(words: Words, table: ActorTable) -> list[NamedMatch]:
    """Aliases of the actor table in ``words``, leftmost-longest, left to right.

    A folded alias must start on a capitalised word unless it is written in lower
    case in the table ("shabiha"): "the independent commission" is no newspaper.
    An alias gives way to one that starts inside it and reaches further: "the
    Commonwealth of Independent States" is not "the Commonwealth", and "Premier Li
    Peng" is Li Peng, not the later "Premier Li"."""
    found: list[NamedMatch] = []
    position = 0
    while position < len(words):
        match = _longest_at(words, table, position)
        if match is not None and _overtaken(words, table, match):
            match = None
        if match is not None:
            found.append(match)
            position = match.last
        else:
            position += 1
    return found


def _overtaken(words: Words, table: ActorTable, match: NamedMatch) -> bool:
    """Does an alias starting inside ``match`` end after it?"""
    return any(
        (inner := _longest_at(words, table, start)) is not None and inner.last > match.last
        for start in range(match.first + 1, match.last)
    )


def _longest_at(words: Words, table: ActorTable, position: int) -> NamedMatch | None:
    """The longest alias of the table that starts at ``position`` of ``words``."""
    for size in range(min(table.longest, len(words) - position), 0, -1):
        span = slice(position, position + size)
        ids = table.exact.get(" ".join(words.short[span]))
        if not ids:
            ids = table.folded.get(" ".join(words.folded[span]), ())
            first = words.text[position]
            if ids and not first[:1].isupper() and not _lowercase_alias(table, ids, span, words):
                ids = ()
        if ids:
            return NamedMatch(position, position + size, ids)
    return None


def _lowercase_alias(table: ActorTable, ids: tuple[str, ...], span: slice, words: Words) -> bool:
    key = " ".join(words.folded[span])
    entry = table.entries[ids[0]]
    return any(a[:1].islower() and fold(a) == key for a in entry.names)


def choose_entry(
    ids: Sequence[str],
    table: ActorTable,
    date: dt.date | None,
    hint: str | None = None,
    sector: str | None = None,
) -> ActorEntry:
    """Among namesakes: the one in office on ``date``, then one of the country the
    words name, then, among namesakes of different kinds, one of the sector the
    words give ("AFP troops" are the Philippine army, "AFP" alone the news agency),
    then the one whose last role is latest."""
    entries = [table.entries[i] for i in ids]
    if len(entries) == 1:
        return entries[0]
    if date is not None:
        current = [e for e in entries if e.role_at(date) is not None]
        if len(current) == 1:
            return current[0]
        entries = current or entries
    if hint is not None:
        local = [e for e in entries if e.country == hint]
        if local:
            entries = local
    if len({e.kind for e in entries}) > 1:
        entries = _of_sector(entries, sector)
    return max(entries, key=_latest_role)


#: Sectors of armed forces, whose acronym comes with a force word where it is meant
#: ("AFP troops"); alone it is the other namesake ("AFP reported").
ARMED_ENTRY_SECTORS = frozenset({"MIL", "COP", "REB"})


def _of_sector(entries: list[ActorEntry], sector: str | None) -> list[ActorEntry]:
    """Namesakes of different kinds narrowed by the sector the words give, or, where
    they give none, to the unarmed ones."""
    if sector is not None:
        return [e for e in entries if sector in e.sectors] or entries
    return [e for e in entries if not ARMED_ENTRY_SECTORS & set(e.sectors)] or entries


def _latest_role(entry: ActorEntry) -> dt.date:
    role = entry.role_at(None)
    if role is None:
        return dt.date.min
    return role.end or dt.date.max


def actor_from_entry(
    mention: Actor,
    entry: ActorEntry,
    table: ActorTable,
    date: dt.date | None,
    *,
    word_sector: str | None = None,
    former: bool = False,
) -> Actor:
    """The mention resolved to ``entry``, in the role it held on ``date``."""
    country, sector = entry.country, entry.sectors[0] if entry.sectors else None
    role = entry.role_at(date)
    titled = _titled_role(entry, mention.text) if entry.kind == "people" else None
    if titled is not None and (role is None or not _titled(role, mention.text)):
        # "Danish Prime Minister Anders Fogh Rasmussen": the office the words give,
        # whatever the date (or its absence) says he held.
        role = titled
    if role is not None:
        sector = role.sector
        organisation = table.get(role.org) if role.org else None
        if organisation is not None:
            country = organisation.country
    elif entry.roles and date is not None and any(r.end and r.end < date for r in entry.roles):
        sector = "ELI"  # out of office: a former official
    if former and entry.kind == "people":
        sector = "ELI"
    if entry.kind == "igos" and word_sector is not None:
        sector = word_sector  # "UN peacekeepers" → the UN, military
    return replace(mention, name=entry.name, country=country, sector=sector, id=entry.id)


def _titled(role: TableRole, text: str) -> bool:
    """Do the mention's words hold the title of ``role`` ("President Bachelet")?"""
    title = " ".join(words_of(role.title.lower()))
    said = " ".join(w.lower() for w in words_of(text))
    return bool(title) and f" {title} " in f" {said} "


def _titled_role(entry: ActorEntry, text: str) -> TableRole | None:
    """The latest of the entry's roles whose title the mention's words hold."""
    titled = [r for r in entry.roles if _titled(r, text)]
    return max(titled, key=lambda r: r.start or dt.date.min) if titled else None


# --- the pure resolution -----------------------------------------------------------


def _joint_bodies(words: list[str], table: ActorTable | None) -> list[str]:
    """Words with a hyphenated name of bodies of states split ("a joint UN-African
    Union force", "AU-UN peacekeepers"): each piece an alias (or the first word of one)
    of a body of states in the table; "US-NATO" or "Franco-German" stays one word."""
    if table is None:
        return words
    split: list[str] = []
    pieces: list[int] = []  # positions of the pieces of split words
    for word in words:
        parts = word.split("-")
        if len(parts) > 1 and all(p[:1].isupper() for p in parts):
            pieces += range(len(split), len(split) + len(parts))
            split += parts
        else:
            split.append(word)
    if not pieces:
        return words
    bodies = [
        m
        for m in find_named(Words.of(split), table)
        if all(table.entries[i].kind == "igos" for i in m.ids)
    ]
    covered = all(any(m.first <= p < m.last for m in bodies) for p in pieces)
    return split if covered else words


def resolve_mention(
    mention: Actor,
    countries: CountryTable,
    sectors: SectorTable,
    role: Role,
    *,
    table: ActorTable | None = None,
    date: dt.date | None = None,
    context: frozenset[str] = frozenset(),
) -> Actor:
    """Fill ``name``, ``country``, ``sector`` and ``id`` of a mention from its words.

    ``date`` (the publication date) chooses the role in force; ``context`` holds the
    ids of actors named elsewhere in the document ("Brussels" is the EU where the
    EU is in the news, Belgium elsewhere)."""
    half = _korean_half(words_of(mention.text), context)
    if half is not None:
        state = countries.countries[half]
        return replace(mention, name=state.name, country=half, id=half)
    words, sponsors = _without_sponsors(_without_host(words_of(mention.text)), countries)
    words = [_before_suffix(w, OWNER_SUFFIXES) for w in words]
    words = _joint_bodies(words, table)
    sector = _sector(words, sectors)
    former = any(w.lower() in FORMER for w in words)
    indexed = Words.of(words)
    named = find_named(indexed, table) if table is not None else []
    places = [m for m in named if table is not None and _is_place(table, m)]
    actors = [m for m in named if m not in places]
    led = sector is not None or (bool(words) and words[-1].lower() in LED_BODIES)
    leaders = [_before_suffix(w, LEADER_SUFFIXES) for w in words] if led else words
    matches = list(countries.find(leaders))
    found = next(
        (
            m
            for m in matches
            if not _ethnic(words, m)
            and not _surname(words, m, sectors)
            and not _native_people(words, m, countries, sectors)
        ),
        None,
    )
    if actors and table is not None:
        hint = found.country.iso3 if found is not None else None
        head = actors[-1]  # the rightmost name heads the phrase: "bin Laden's al-Qaeda"
        if hint is None:
            # Namesakes of different states ("King Abdullah"): the one whose state
            # the document names ("Saudi women activists ... King Abdullah").
            named_states = {table.entries[i].country for i in head.ids} & context
            hint = next(iter(named_states)) if len(named_states) == 1 else None
        entry = choose_entry(head.ids, table, date, hint, sector)
        run = _capitalised_run(words, head.first, head.last)
        variant = _by_fuzzy(run, table) if len(run) > head.last - head.first else None
        entry = variant or entry  # "Kataeb Hizbullah" is not "Hizbullah"
        if (
            not _is_capital_only(entry, found, head, words)
            and not _foreign_body(entry, found, head, words, sectors)
            and not _someone_else(entry, head, words, table, sectors)
        ):
            return actor_from_entry(mention, entry, table, date, word_sector=sector, former=former)
    cover = next((p for p in places if _covers(p, found)), None) if found is not None else None
    if cover is not None and table is not None:
        # "Greek Cypriot leader X", "Turkish Cypriots": a people whose name holds another
        # state's demonym is of the region's state.
        place = table.entries[cover.ids[0]]
        return replace(mention, name=_proper_name(words), country=place.country, sector=sector)
    if found is not None:
        eu = table.get("EU") if table is not None and "EU" in context else None
        if eu is not None and table is not None and words[found.first] == "Brussels":
            return actor_from_entry(mention, eu, table, date, word_sector=sector)
        country = found.country
        if sector is None and _stands_for_government(words, found, role):
            sector = "GOV"
        return replace(
            mention, name=country.name, country=country.iso3, sector=sector, id=country.iso3
        )
    if places and table is not None:
        place = table.entries[places[0].ids[0]]
        return replace(mention, name=_proper_name(words), country=place.country, sector=sector)
    if table is not None:
        guess = _by_surname(words, table, date, sectors) or _by_fuzzy(words, table)
        if guess is not None:
            return actor_from_entry(mention, guess, table, date, word_sector=sector, former=former)
        misspelt = None if matches else _fuzzy_country(words, countries)
        if misspelt is not None:
            return replace(
                mention, name=misspelt[0], country=misspelt[1], sector=sector, id=misspelt[1]
            )
    if sponsors and sector is None:
        sector = "REB"  # "Iran-backed groups": armed groups in PLOVER practice
    return replace(mention, name=_proper_name(words), sector=sector)


#: "the North" and "the South" of a divided Korea.
KOREAN_HALVES = {"North": "PRK", "South": "KOR"}
#: States whose own news speaks of "the North" or "the South" of themselves.
OTHER_HALVES = frozenset({"SDN", "SSD", "CYP", "YEM", "VNM", "GBR"})


def _korean_half(words: Sequence[str], context: frozenset[str]) -> str | None:
    """ "The North" in a story that names either Korea (and no other state with halves
    of its own) is North Korea, "the South" South Korea: "Seoul put its troops on alert
    along the border with the North"."""
    korean = bool(context & {"KOR", "PRK"}) and not context & OTHER_HALVES
    if not korean or len(words) != 2 or words[0].lower() != "the":
        return None
    return KOREAN_HALVES.get(words[1])


#: What a state sends to an international body: "Iran's UN envoy".
DELEGATE_WORDS = frozenset(
    {"envoy", "ambassador", "representative", "delegate", "delegation", "mission"}
    | {"negotiator", "diplomat", "diplomats", "envoys", "ambassadors", "delegates"}
)


def _covers(place: NamedMatch, found: NameMatch) -> bool:
    """Does a region's name hold a state's name and more ("Greek Cypriot" ⊃ "Greek")?"""
    inside = place.first <= found.first and found.last <= place.last
    return inside and place.last - place.first > found.last - found.first


def _before_suffix(word: str, suffixes: frozenset[str]) -> str:
    """The word before one of ``suffixes`` ("Greek-flagged" → "Greek" for the owner
    suffixes, "Australian-led" → "Australian" for the leader's); other words unchanged."""
    name, dash, suffix = word.rpartition("-")
    return name if dash and name and suffix.lower() in suffixes else word


def _ethnic(words: Sequence[str], found: NameMatch) -> bool:
    """ "ethnic Albanians", "ethnic Russian rebels": a people, not the state's nationals."""
    return (
        found.kind == "demonym" and found.first > 0 and words[found.first - 1].lower() == "ethnic"
    )


#: Demonyms that, after the name of a native people, name the people, not the state.
NATIVE_DEMONYMS = frozenset({"indian", "indians"})


def _native_people(
    words: Sequence[str], found: NameMatch, countries: CountryTable, sectors: SectorTable
) -> bool:
    """ "Indian" after a people's own name is a native people of the Americas, not
    India: "Aymara Indian farmers", "Mapuche Indians" ("South Indian" and "American
    Indian" keep their state's word)."""
    if found.kind != "demonym" or words[found.first].lower() not in NATIVE_DEMONYMS:
        return False
    before = _name_before(words, found, sectors)
    return before is not None and countries.lookup(before) is None


#: Capitalised words before a capital's name that name a part of the city, not a
#: person's given name: "East Jerusalem", "Greater London", "Metro Manila".
CITY_PARTS = frozenset(
    {"east", "west", "north", "south", "central", "greater", "metro", "old", "downtown"}
    | {"northern", "southern", "eastern", "western", "upper", "lower", "inner", "outer"}
)


def _surname(words: Sequence[str], found: NameMatch, sectors: SectorTable) -> bool:
    """A one-word capital right after a given name is a person's surname, not the
    state: "Prime Minister Joseph Muscat" is no Omani, nor "Kevin Rome" an Italian
    ("East Jerusalem", "President Nairobi" aside: a part of the city, a title)."""
    if found.kind != "capital" or found.last - found.first != 1:
        return False
    return _name_before(words, found, sectors) is not None


def _name_before(words: Sequence[str], found: NameMatch, sectors: SectorTable) -> str | None:
    """The capitalised word right before ``found`` where it may be part of a name (a
    given name, a people's own name): no article, part of a city or title."""
    if found.first == 0:
        return None
    before = words[found.first - 1]
    named = (
        before[:1].isupper()
        and before.isalpha()
        and before.lower() not in LEADING_ARTICLES | CITY_PARTS
        and not is_title(before, sectors)
    )
    return before if named else None


def _capitalised_run(words: Sequence[str], first: int, last: int) -> list[str]:
    """The capitalised words around ``words[first:last]`` ("for Kataeb Hizbullah" →
    "Kataeb Hizbullah")."""
    while first > 0 and words[first - 1][:1].isupper():
        first -= 1
    while last < len(words) and words[last][:1].isupper():
        last += 1
    return list(words[first:last])


def _sector(words: Sequence[str], sectors: SectorTable) -> str | None:
    """The sector words give; a relational head takes what follows "of/for"
    ("spokesperson for Iran's army" → MIL, "leaders of the opposition" → OPP)."""
    found = sectors.find_at(words)
    if found is None:
        return None
    sector, _, last = found
    rest = words[last:]
    if (
        words[last - 1].lower() in RELATIONAL_HEADS
        and rest
        and rest[0].lower() in LINKING_PREPOSITIONS
    ):
        return sectors.find(rest[1:]) or sector
    return sector


def _without_host(words: list[str]) -> list[str]:
    """Drop the host of an envoy: in "Iran's ambassador to Lebanon" Lebanon receives
    the ambassador, it is not the ambassador's state."""
    for index, word in enumerate(words[:-1]):
        if word.lower() in ENVOY_HEADS and words[index + 1].lower() == "to":
            return words[: index + 1]
    return words


def _without_sponsors(words: list[str], countries: CountryTable) -> tuple[list[str], list[str]]:
    """Drop sponsor words ("Iran-backed", "pro-Tehran", "backed by Iran"); return the
    rest and the ISO3 codes of the sponsors."""
    kept: list[str] = []
    sponsors: list[str] = []
    skip = 0
    for index, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        lowered = word.lower()
        base, _, suffix = lowered.rpartition("-")
        if base and suffix in MEDIATOR_SUFFIXES and countries.lookup(word[: len(base)]):
            continue  # "US-brokered peace talks with Israel": the talks are with Israel
        if lowered in MEDIATOR_SUFFIXES and kept and countries.lookup(kept[-1]):
            kept.pop()  # "U.S.-brokered" split after the dots
            continue
        if (base and suffix in SPONSOR_SUFFIXES) or lowered.startswith("pro-"):
            name = word[4:] if lowered.startswith("pro-") else word[: len(base)]
            hit = countries.lookup(name)
            if hit is not None:
                sponsors.append(hit[0].iso3)
                continue
        if lowered in SPONSOR_SUFFIXES and index + 2 < len(words) and words[index + 1] == "by":
            hit = countries.lookup(words[index + 2])
            if hit is not None:
                sponsors.append(hit[0].iso3)
                skip = 2
                continue
        kept.append(word)
    return kept, sponsors


def _is_place(table: ActorTable, match: NamedMatch) -> bool:
    return all(table.entries[i].kind in PLACE_KINDS for i in match.ids)


def _is_capital_only(
    entry: ActorEntry, found: NameMatch | None, match: NamedMatch, words: Sequence[str]
) -> bool:
    """A state named before a named actor that is only its part (a capital used as an
    alias) — never: the named actor wins unless it lies inside the state's name, its
    article aside ("the Government of the Commonwealth of Australia" is AUS, not "the
    Commonwealth")."""
    first = match.first + (words[match.first].lower() in LEADING_ARTICLES)
    return (
        found is not None
        and found.first <= first
        and match.last <= found.last
        and (found.last - found.first > match.last - first)
    )


#: Kinds of the table's entries that many states have one of under the same name (not
#: armed groups: "Iran's Hezbollah allies" names the group's sponsor).
NATIONAL_KINDS = frozenset({"state_bodies", "parties"})


def _foreign_body(
    entry: ActorEntry,
    found: NameMatch | None,
    match: NamedMatch,
    words: Sequence[str],
    sectors: SectorTable,
) -> bool:
    """A state's own body or party named with a generic name that the table gives
    another state ("the Mexican Congress", "Belgrade's High Court of Justice", "Japan's
    Democratic Party", "the Ethiopian army's Northern Command"), a name that several
    entries share, none of them that state's ("Algeria's National Liberation Army"),
    or a common noun ("Serbian paramilitaries"), or a state's delegate to an
    international body ("Khartoum's UN envoy", "the Iranian UN ambassador"): the state
    named right before it wins, as does the state of a formal "of" phrase right after
    the body ("the Ministry of Defence of the Russian Federation", ``_of_state``).  A
    company's name after another state's name is a place of that state ("Peru's
    Amazon")."""
    if found is None:
        return False
    if entry.kind == "companies":
        # "Peru's Amazon" is a region of Peru, not the American company.
        named_before = found.last == match.first and found.kind == "name"
        return named_before and entry.country != found.country.iso3
    if entry.kind == "igos":
        after = words[match.last].lower() if match.last < len(words) else ""
        named = " ".join(words[match.first : match.last]).lower()
        if named in NATIONAL_SOCIETIES and found.last == match.first:
            return True  # "the Turkish Red Crescent": Turkey's society, not the ICRC
        return found.last <= match.first and after in DELEGATE_WORDS
    generic = len(match.ids) > 1 or words[match.first][:1].islower()
    if (entry.kind not in NATIONAL_KINDS and not generic) or entry.country is None:
        return False
    between = words[found.last : match.first]
    return entry.country != found.country.iso3 and (
        (
            found.last <= match.first
            and all(w[:1].isupper() or sectors.find([w]) is not None for w in between)
        )
        or _of_state(words, match, found)
    )


#: Words of a state's formal style between its body and its name: "the Ministry of
#: Defence of the Russian Federation".
FORMAL_STYLE = frozenset({"of", "the"})


def _of_state(words: Sequence[str], match: NamedMatch, found: NameMatch) -> bool:
    """A generic body with its state in an "of" phrase right after it, as in the full
    official names of communiques: "the Ministry of Defence of the Russian Federation"
    is Russia's, "the Supreme Court of Pakistan" Pakistan's."""
    between = words[match.last : found.first]
    return (
        bool(between)
        and between[0].lower() == "of"
        and all(w.lower() in FORMAL_STYLE or w[:1].isupper() for w in between)
    )


def _someone_else(
    entry: ActorEntry,
    match: NamedMatch,
    words: Sequence[str],
    table: ActorTable,
    sectors: SectorTable,
) -> bool:
    """A person's one-word alias between two name words of nobody in the table, no
    titles and none of the person's own names, is the middle of someone else's name:
    "attorney general Jesus Murillo Karam" is not Rosario Murillo (one other word, as
    in "the Trump Foundation", may name something of the person's); a hyphenated
    alias followed by such a word is someone else's given name ("Jean-Pierre Fabre")."""
    if entry.kind != "people" or match.last - match.first != 1:
        return False
    own = {fold(w) for name in entry.names for w in words_of(name)}
    # A hyphenated given name ("Jean-Pierre Fabre" is not Karine Jean-Pierre) needs
    # only the surname after it.
    given = "-" in words[match.first]
    beside = [
        words[i]
        for i in (match.first - 1, match.last)
        if 0 <= i < len(words) and not (given and i < match.first)
    ]
    return len(beside) == 2 - given and all(
        w[:1].isupper()
        and fold(w) not in own
        and w.lower() not in LEADING_ARTICLES | NAME_PARTICLES
        and not is_title(w, sectors)
        and not find_named(Words.of([w]), table)
        for w in beside
    )


#: The article of an Arabic surname written joined to it: "al-Assad" is Assad.
ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|an|ar|at|az)[-‐](?=[A-Z])")


#: Particles of a name that join it to what follows ("Bin Salman", "Van Rompuy"):
#: no name word of their own.
NAME_PARTICLES = frozenset(
    {"bin", "ibn", "bint", "al", "el", "abu", "umm", "van", "von", "de", "da", "di", "du"}
    | {"la", "le", "der", "den", "del", "dos", "das", "ter", "ben"}
)
#: Particles of a kunya ("Abu Ahmed", "Umm Khalid": father or mother of a child so
#: named), whose name after them is no surname of the one so called.
KUNYA = frozenset({"abu", "abou", "umm"})
#: Honorifics before a surname that the sector table does not hold: "Mr Putin".
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord", "lady", "dame", "gen", "lt"}
    | {"col", "maj", "capt", "adm", "sgt", "rep", "sen", "gov", "pres", "hon", "rev"}
    | {"sheikh", "sheik", "shaikh", "mullah", "imam", "comrade", "mister", "madam"}
)


def is_title(word: str, sectors: SectorTable) -> bool:
    """Is ``word`` a title or an honorific ("President", "Ayatollah", "Mr")?"""
    return word.lower().rstrip(".") in HONORIFICS or sectors.find([word]) is not None


def _by_surname(
    words: Sequence[str], table: ActorTable, date: dt.date | None, sectors: SectorTable
) -> ActorEntry | None:
    """A person by surname alone ("Putin", "President Obama"): the capitalised words
    left after titles must be one surname of the table."""
    if len(words) == 2 and words[0] == "the":
        return None  # "the Moon" is no person surnamed Moon
    bare = [ARABIC_ARTICLE.sub("", w) for w in words]
    names = [w for w in bare if w[:1].isupper() and w.lower() not in LEADING_ARTICLES]
    if len(names) > 1:
        # "Ayatollah Khamenei": the known surname comes last, after a title; "Abdullah
        # Elmir" and "Shukri Hassan" are someone else than a person surnamed Abdullah
        # or Hassan (a name word before the surname is no title).
        titled = [w for w in names if fold(w) in table.surnames]
        last = (
            len(titled) == 1
            and len(names) == 2
            and titled[0] == names[-1]
            and (is_title(names[0], sectors) or names[0].lower() in NAME_PARTICLES - KUNYA)
        )
        names = titled if last else names
    if len(names) != 1:
        return None
    ids = table.surnames.get(fold(names[0]))
    if not ids:
        return None
    return choose_entry(ids, table, date)


def _by_fuzzy(words: Sequence[str], table: ActorTable) -> ActorEntry | None:
    """A transliteration variant of an alias ("Kataeb Hizbullah", "Asaib Ahl al Haq")."""
    name = _proper_name(list(words))
    if name is None:
        return None
    key = fold(name)
    if len(key) < FUZZY_MIN_LENGTH:
        return None
    candidates = table.fuzzy_keys.get(key[0], ())
    best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if best is None:
        return None
    entry = table.entries[table.folded[best[0]][0]]
    return None if entry.kind in PLACE_KINDS else entry


def _fuzzy_country(words: Sequence[str], countries: CountryTable) -> tuple[str, str] | None:
    """A misspelt state ("Ethopia"): one capitalised word close to a state's name."""
    names = [w for w in words if w[:1].isupper()]
    if len(names) != 1 or len(names[0]) < 5:
        return None
    best = process.extractOne(
        names[0].lower(), countries.fuzzy_names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
    )
    if best is None or best[0][:1] != fold(names[0])[:1]:
        # A misspelling keeps the first letter ("Ethopia"); "Kankara" is another town
        # than Ankara.
        return None
    country = countries.countries[countries.folded[best[0]][0]]
    return country.name, country.iso3


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
