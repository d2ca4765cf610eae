"""The ``places`` stage: place mentions, their GeoNames entries, and where events happened.

Detection (``flashpoint.geo.detect``) finds the mentions; resolution looks each
name up in the gazetteer and ranks the candidates (``flashpoint.geo.rank``)
twice: once on their own, then again in the light of the document's other
places.  A mention no candidate fits well stays unresolved (null GeoNames id and
coordinates) rather than be given a far-away namesake.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

from flashpoint.actors.countries import CountryTable
from flashpoint.actors.located import home_place, located
from flashpoint.geo.detect import DIRECTIONS, NEARBY, Mention, Near, detect
from flashpoint.geo.gazetteer import Entry, name_key
from flashpoint.geo.location import main_place, nearby_location, phrase_location, tied_place
from flashpoint.geo.rank import Context, build_context, choose, posterior, rank
from flashpoint.model import Document, Place

#: Rounds of resolution: alone, then in the context of the others' choices.
ROUNDS = 4
QUALIFIER_CODES = frozenset({"PCLI", "PCLD", "ADM1"})
#: A division is where the document is when this many of its names lie there ...
FOCUS_NAMES = 2
#: ... and a place there this big is found even where the model missed it.
FOCUS_POPULATION = 500


class Gazetteer(Protocol):
    """What resolution needs of a gazetteer: entries by ``name_key``."""

    def lookup(self, key: str) -> tuple[Entry, ...]: ...


class MemoryGazetteer:
    """A gazetteer held in memory: for tests and small custom lists."""

    def __init__(self, entries: Sequence[tuple[str, Entry]]) -> None:
        self._by_key: dict[str, list[Entry]] = {}
        for name, entry in entries:
            self._by_key.setdefault(name_key(name), []).append(entry)

    def lookup(self, key: str) -> tuple[Entry, ...]:
        return tuple(self._by_key.get(key, ()))


def to_place(mention: Mention, entry: Entry | None, score: float | None) -> Place:
    """The record of a mention, resolved to ``entry`` or not."""
    if entry is None:
        return Place(text=mention.text, start=mention.start, end=mention.end)
    admin1 = entry.name if entry.feature_code == "ADM1" else entry.admin1
    return Place(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        name=entry.name,
        geonames_id=entry.geonames_id if entry.geonames_id > 0 else None,
        country=entry.country,
        admin1=admin1,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        feature_code=entry.feature_code,
        score=score,
    )


def qualifiers(
    text: str, mentions: Sequence[Mention], chosen: Sequence[Entry | None]
) -> dict[int, Entry]:
    """ "Alexandria, Louisiana": the state or division right after a place, by its start."""
    found: dict[int, Entry] = {}
    for (first, _), (second, entry) in zip(
        zip(mentions, chosen, strict=True),
        zip(mentions[1:], chosen[1:], strict=True),
        strict=False,
    ):
        between = text[first.end : second.start]
        if entry is not None and entry.feature_code in QUALIFIER_CODES and between in (", ", ","):
            found[first.start] = entry
    return found


def candidates_for(mention: Mention, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The gazetteer's entries for a mention's name; for "Northeast Georgia", Georgia's."""
    found = gazetteer.lookup(name_key(mention.name))
    if mention.name != mention.text:  # "Laurel County" is an entry; so is "Laurel"
        best: dict[int, Entry] = {}
        for entry in (*gazetteer.lookup(name_key(mention.text)), *found):
            known = best.get(entry.geonames_id)
            if known is None or entry.kind < known.kind:
                best[entry.geonames_id] = entry
        found = tuple(best.values())
    words = mention.name.split()
    if not found and len(words) > 1 and words[0].lower() in DIRECTIONS:
        found = gazetteer.lookup(name_key(" ".join(words[1:])))
    return found


def _by_name(
    keys: Sequence[str], likely: Sequence[list[tuple[Entry, float]]]
) -> dict[str, list[tuple[Entry, float]]]:
    """Each name's candidates, their likelihoods averaged over its mentions: a name
    says where the document is once, however often it recurs."""
    sums: dict[str, dict[tuple[int, str], list[Any]]] = {}
    counts: dict[str, int] = {}
    for key, options in zip(keys, likely, strict=True):
        counts[key] = counts.get(key, 0) + 1
        entries = sums.setdefault(key, {})
        for entry, weight in options:
            ident = (entry.geonames_id, entry.name)
            if ident in entries:
                entries[ident][1] += weight
            else:
                entries[ident] = [entry, weight]
    return {
        key: [(e, w / counts[key]) for e, w in entries.values()] for key, entries in sums.items()
    }


def resolve_mentions(
    text: str,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    rounds: int = ROUNDS,
    near: Near | None = None,
) -> list[tuple[Entry | None, float | None]]:
    """Each mention's entry and confidence (None where unsure).

    The first round ranks each mention's candidates on their own; each later round
    ranks them again in the context of the other mentions' current choices (names
    other than its own), until the choices settle or ``rounds`` run out.  The context
    counts each other name once, by its candidates weighted by their likelihood
    (``rank.posterior``).  A mention found only for lying ``near`` the document's
    other places (source "nearby") is resolved among the candidates near them.
    """
    candidates = [candidates_for(m, gazetteer) for m in mentions]
    if near is not None:  # a small place found for being near the others is one of them
        candidates = [
            tuple(e for e in c if near(e)) if m.source == NEARBY else c
            for m, c in zip(mentions, candidates, strict=True)
        ]
    keys = [name_key(m.name) for m in mentions]
    ranked = [rank(m, c) for m, c in zip(mentions, candidates, strict=True)]
    hits = [choose(r) for r in ranked]
    for _ in range(rounds - 1):
        chosen = [hit[0] if hit else None for hit in hits]
        qualified = qualifiers(text, mentions, chosen)
        likely = _by_name(keys, [posterior(r) for r in ranked])
        contexts: dict[str, Context] = {}
        for key in likely:
            others = [p for k, p in likely.items() if p and k != key]
            contexts[key] = build_context(others, qualified)
        ranked = [
            rank(m, c, contexts[k]) for m, c, k in zip(mentions, candidates, keys, strict=True)
        ]
        new = [choose(r) for r in ranked]
        settled = [h[0] if h else None for h in new] == chosen
        hits = new
        if settled:
            break
    return [(hit[0], hit[1]) if hit else (None, None) for hit in hits]


def focus(resolved: Sequence[tuple[Mention, Entry]]) -> Near | None:
    """Where the document is: a test that a (small) place lies in a first-level
    division the document's places are in, by at least ``FOCUS_NAMES`` distinct names
    (a state named outright counts twice); None where no division stands out."""
    names: dict[tuple[str, str], set[str]] = {}
    for mention, entry in resolved:
        if entry.country is None or mention.source == "demonym":
            continue
        admin1 = entry.name if entry.feature_code == "ADM1" else entry.admin1
        if admin1 is None:
            continue
        key = name_key(mention.name)
        found = names.setdefault((entry.country, admin1), set())
        found.add(key)
        if entry.feature_code == "ADM1":
            found.add(key + "#")
    regions = {region for region, keys in names.items() if len(keys) >= FOCUS_NAMES}
    if not regions:
        return None

    def near(entry: Entry) -> bool:
        return (
            (entry.feature_code.startswith("PPL") or entry.feature_code == "ADM2")
            and entry.population >= FOCUS_POPULATION
            and (entry.country, entry.admin1) in regions
        )

    return near


class PlaceResolver:
    """The ``places`` stage."""

    name = "places"

    def __init__(
        self, gazetteer: Gazetteer, countries: CountryTable, *, unparsed: bool = False
    ) -> None:
        """``unparsed``: also find places in sentences left unparsed (by the pre-filter),
        without the model (``flashpoint.geo.detect.unparsed_mentions``)."""
        self.gazetteer = gazetteer
        self.countries = countries
        self.unparsed = unparsed

    def resolve(self, doc: Document) -> tuple[list[Mention], list[Place]]:
        """The place mentions of a parsed document and their records.

        A second look, once the document's places are known, admits the small
        places among them that the model missed ("Lombard Police", "in Greer")."""
        lookup, unparsed = self.gazetteer.lookup, self.unparsed
        mentions = detect(doc, lookup, self.countries, unparsed=unparsed)
        resolved = resolve_mentions(doc.text, mentions, self.gazetteer)
        near = focus([(m, e) for m, (e, _) in zip(mentions, resolved, strict=True) if e])
        if near is not None:
            more = detect(doc, lookup, self.countries, near, unparsed=unparsed)
            if more != mentions:
                mentions = more
                resolved = resolve_mentions(doc.text, mentions, self.gazetteer, near=near)
        return mentions, [to_place(m, e, s) for m, (e, s) in zip(mentions, resolved, strict=True)]

    def places(self, doc: Document) -> list[Place]:
        """The place mentions of a parsed document, resolved where possible."""
        return self.resolve(doc)[1]

    def __call__(self, doc: Document) -> Document:
        mentions, doc.places = self.resolve(doc)
        # A demonym ("Iranian troops") says who, not where.
        where = [p for p, m in zip(doc.places, mentions, strict=True) if m.source != "demonym"]
        main = main_place(where)
        agents = [a for e in doc.events for a in e.sources]
        per_sentence = Counter(e.sentence.index for e in doc.events)
        events = []
        for event in doc.events:
            phrase = phrase_location(event, doc)
            placed = replace(event, location=phrase or nearby_location(event, doc, where, main))
            inside = [w for w in where if event.sentence.start <= w.start < event.sentence.end]
            tied = tied_place(placed, doc, inside, per_sentence[event.sentence.index] == 1)
            events.append(located(placed, home_place(placed, phrase, tied, agents)))
        doc.events = events
        return doc
