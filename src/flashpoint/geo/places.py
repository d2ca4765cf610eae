"""The ``places`` stage: place mentions, their GeoNames entries, and where events happened.

Detection takes the model's GPE/LOC/FAC entities, trimmed of "the" and "'s".
Resolution is behind the small ``Gazetteer`` protocol; the built-in one knows
every state and its capital (GeoNames ids and coordinates from the country
table) and answers None for anything else rather than guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from flashpoint.actors.countries import CountryTable
from flashpoint.model import Document, Event, Place, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions that put an event somewhere: "talks in Muscat", "off the coast of".
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "off", "outside", "inside", "across", "around", "within", "throughout"}
)


class Gazetteer(Protocol):
    def resolve(self, mention: Place, context: Sequence[Place]) -> Place | None:
        """The mention with its GeoNames entry filled in, or None when unsure."""


class CountryGazetteer:
    """States and capitals only: the foundation's gazetteer, exact by construction."""

    def __init__(self, countries: CountryTable) -> None:
        self.countries = countries

    def resolve(self, mention: Place, context: Sequence[Place]) -> Place | None:
        hit = self.countries.lookup(mention.text)
        if hit is None or hit[1] == "demonym":
            return None
        country, kind = hit
        if kind == "capital" and country.capital_geonames_id is not None:
            return replace(
                mention,
                name=country.capital,
                geonames_id=country.capital_geonames_id,
                country=country.iso3,
                lat=country.capital_lat,
                lon=country.capital_lon,
                feature_code="PPLC",
                score=0.9,
            )
        return replace(
            mention,
            name=country.name,
            geonames_id=country.geonames_id,
            country=country.iso3,
            lat=country.lat,
            lon=country.lon,
            feature_code="PCLI",
            score=0.95,
        )


def trim(text: str, start: int) -> tuple[str, int]:
    """Drop a leading "the" and a trailing possessive from a place span."""
    for article in ("the ", "The "):
        if text.startswith(article):
            text, start = text[len(article) :], start + len(article)
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    return text, start


def detect_places(doc: Document) -> list[Place]:
    """Unresolved place mentions from the document's entities."""
    places = []
    for entity in doc.entities:
        if entity.label in PLACE_LABELS:
            text, start = trim(entity.text, entity.start)
            if text:
                places.append(Place(text=text, start=start, end=start + len(text)))
    return places


def _token_at(tokens: Sequence[Token], offset: int) -> Token | None:
    for token in tokens:
        if token.start <= offset < token.end:
            return token
    return None


def _attached_to(tokens: Sequence[Token], place: Place, heads: set[int]) -> bool:
    """Is ``place`` the object of a locative preposition governed by one of ``heads``?"""
    token = _token_at(tokens, place.end - 1)
    by_index = {t.i: t for t in tokens}
    for _ in range(4):  # climb from the name to its preposition: "the coast of Oman"
        if token is None or token.head == token.i:
            return False
        head = by_index.get(token.head)
        if head is None:
            return False
        is_prep = head.dep == "prep" or head.pos == "ADP"
        if is_prep and head.lemma in LOCATIVE_PREPS and head.head in heads:
            return True
        token = head
    return False


def event_location(event: Event, doc: Document) -> Place | None:
    """Where ``event`` happened: the place attached to its trigger, else a place
    introduced by a locative preposition in its sentence that is not one of its
    actors; None when the sentence gives none."""
    sentence = event.sentence
    tokens = doc.tokens[sentence.first : sentence.last] if sentence.last else []
    in_sentence = [p for p in doc.places if sentence.start <= p.start and p.end <= sentence.end]
    trigger = _token_at(tokens, event.trigger.start)
    if trigger is None or not in_sentence:
        return None
    heads = {trigger.i, *(t.i for t in tokens if t.head == trigger.i and t.pos == "NOUN")}
    actors = [(a.start, a.end) for a in (*event.sources, *event.targets)]
    free = [p for p in in_sentence if not any(s <= p.start < e for s, e in actors)]
    for place in free:
        if _attached_to(tokens, place, heads):
            return place
    # Else a locative phrase elsewhere in the trigger's own clause (not in another
    # clause of a long sentence: "attacked Idlib as ministers met in Brussels").
    clause = _clause_of(tokens, trigger)
    same_clause = {t.i for t in tokens if _clause_of(tokens, t) == clause}
    return next((p for p in free if _attached_to(tokens, p, same_clause)), None)


def _clause_of(tokens: Sequence[Token], token: Token) -> int:
    """The index of the verb heading the clause ``token`` is in (or the root)."""
    by_index = {t.i: t for t in tokens}
    current = token
    for _ in range(len(tokens)):
        if current.pos in ("VERB", "AUX") or current.head == current.i:
            return current.i
        parent = by_index.get(current.head)
        if parent is None:
            return current.i
        current = parent
    return current.i


class PlaceResolver:
    """The ``places`` stage."""

    name = "places"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Document) -> Document:
        mentions = detect_places(doc)
        resolved: list[Place] = []
        for mention in mentions:
            resolved.append(self.gazetteer.resolve(mention, resolved) or mention)
        doc.places = resolved
        doc.events = [replace(e, location=event_location(e, doc)) for e in doc.events]
        return doc
