"""Places named in the text: where an event's actors are, and mentions that are no actor.

A crowd with no state that acted "here" or "there" is of the place named last
(``placed_by_adverb``); a crowd or band acting on a place among an event's secondary
targets is where that place is (``place_reached``); a city named on an event noun ("the
Kabul bombing") is where it happened, not who acted (``place_compound``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from flashpoint.actors.countries import CountryTable
from flashpoint.actors.located import SOCIETY_SECTORS, placed
from flashpoint.actors.resolve import SectorTable, words_of
from flashpoint.actors.sentence_states import homeless
from flashpoint.actors.view import DocumentView
from flashpoint.model import Actor, Event, Token

#: Entity labels of places.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Kinds of country names that name a place (not a demonym: "the Iranians").
STATE_NAMES = frozenset({"name", "capital"})
#: Adverbs that point back to a place named before: "rallied here", "rioters there".
PLACE_ADVERBS = frozenset({"here", "there"})


def placed_by_adverb(
    event: Event, view: DocumentView, countries: CountryTable, resolve: Callable[[Actor], Actor]
) -> Event:
    """A crowd with no state that acted "here" or "there" is of the place named last
    before the adverb, in its sentence or the one before (a dateline's city for
    "here"): "Durban is a port city. Rioters there looted malls" → ZAF, "Quito,
    May 2 (Xinhua) -- Thousands marched here" → ECU."""
    if not any(homeless(a) for a in event.sources):
        return event
    adverb = _place_adverb(event, view)
    if adverb is None or _quoted(view.doc.text[event.sentence.start : adverb.start]):
        return event
    state = _last_place(view, adverb.start, event.sentence.index, countries, resolve)
    if state is None:
        return event
    sources = tuple(placed(a, state) if homeless(a) else a for a in event.sources)
    return replace(event, sources=sources)


def _last_place(
    view: DocumentView,
    offset: int,
    sentence: int,
    countries: CountryTable,
    resolve: Callable[[Actor], Actor],
) -> str | None:
    """The state of the place named last before ``offset``, in sentence
    ``sentence`` or the one before it (a state's or capital's name whatever the
    model took it for: "Yerevan" of a dateline may be tagged a person)."""
    for entity in reversed(view.doc.entities):
        named = countries.lookup(entity.text)
        state = named is not None and named[1] in STATE_NAMES
        place = entity.label in PLACE_ENTITIES or state
        if entity.end > offset or not place:
            continue
        if view.sentence_of(entity.start) < sentence - 1:
            return None
        found = resolve(Actor(entity.text, entity.start, entity.end))
        if found.country is not None:
            return found.country
    return None


def place_reached(
    candidates: tuple[Actor, ...], sources: tuple[Actor, ...], countries: CountryTable
) -> Actor | None:
    """The place (a capital, or a town or region of the gazetteer: no actor of its
    own) among an event's secondary targets, where the crowd or band that acts on
    it is: "protesters poured into the streets of Lima, demanding ..." → PER,
    "rebels attacked the Kurdish town of Afrin" → SYR.  Not for a government or an
    army, which deal with a place from abroad as often as at home."""
    if not sources or not all(a.sector in SOCIETY_SECTORS for a in sources):
        return None
    return next((replace(c, sector=None) for c in candidates if _place(c, countries)), None)


def _place(actor: Actor, countries: CountryTable) -> bool:
    """Is ``actor`` a place: a capital's name alone, or a named place with a state
    and no actor of the table or sector ("Afrin")?"""
    if actor.country is None:
        return False
    names = list(countries.find(words_of(actor.text)))
    if names:
        return all(m.kind == "capital" for m in names)
    return actor.id is None and actor.sector is None and actor.name is not None


def place_compound(
    mention: Actor, view: DocumentView, countries: CountryTable, sectors: SectorTable
) -> bool:
    """A city named on an event noun is where it happened, not who acted: "the
    Ankara attack", "the Kabul bombing".  A state stays an actor ("US strikes"),
    as does a city on an actor noun ("the Kabul government")."""
    inside = view.tokens_in(mention.start, mention.end)
    if not inside or any(t.ent_type not in PLACE_ENTITIES for t in inside):
        return False
    head = view.head_of(mention.start, mention.end)
    if head is None or head.dep != "compound" or head.head == head.i:
        return False
    noun = view.doc.tokens[head.head]
    if noun.pos != "NOUN" or sectors.find([noun.text]) is not None:
        return False
    words = words_of(mention.text)
    return all(m.kind == "capital" for m in countries.find(words))


def _quoted(before: str) -> bool:
    """Does ``before``, the sentence up to a word, leave a quotation open?  In quoted
    speech "here" is where the speaker stands, not the place the story named last."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _place_adverb(event: Event, view: DocumentView) -> Token | None:
    """ "here" or "there" on the event's trigger or on one of its sources ("rallied
    here", "Rioters there"), not the "there" of "there were clashes"."""
    spans = [(event.trigger.start, event.trigger.end), *((a.start, a.end) for a in event.sources)]
    holders = {t.i for start, end in spans if (t := view.head_of(start, end)) is not None}
    tokens = view.tokens_in(event.sentence.start, event.sentence.end)
    return next(
        (
            t
            for t in tokens
            if t.text.lower() in PLACE_ADVERBS and t.dep == "advmod" and t.head in holders
        ),
        None,
    )
