"""What coordination decides about a mention's actors in the actors stage.

How many actors a mention stands for: the named states of "partners like Saudi Arabia
and the UAE", one per state in "diplomats from Poland, Germany and Sweden" and in "US
and British forces"; and the state a bare noun takes from what it is coordinated with:
"the Yemeni army and allied fighters" → YEM, "Armenian artillery and tanks" → ARM.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from flashpoint.actors.countries import CountryTable
from flashpoint.actors.resolve import words_of
from flashpoint.actors.view import DocumentView
from flashpoint.model import Actor, Event, Token

#: Prepositions that give examples of a plural actor: "partners like Saudi Arabia".
EXAMPLE_PREPS = frozenset({"like", "including"})
#: Prepositions whose coordinated states each give a member of the actor: "diplomats
#: from Poland, Germany and Sweden".
ORIGIN_PREPS = frozenset({"from", "in", "of"})
#: CAMEO codes of acts two sides do with each other, so that the sides coordinated in
#: the subject are also whom the act reaches: "Kenya and Uganda signed a deal" (057), "Chilean and
#: Peruvian ministers met" (044), "Russia and China held joint drills" (062).
MUTUAL_CODES = frozenset({"030", "036", "037", "040", "041", "044", "046", "050", "057", "0871"})
MUTUAL_ROOTS = frozenset({"06"})
#: Verbs of fighting that are mutual with no object ("troops exchanged fire", "clashed"),
#: unlike "carried out strikes in Idlib", whose place is no second side.
MUTUAL_FIGHT_VERBS = frozenset({"exchange", "trade", "clash", "skirmish", "brawl"})
#: Prepositions of where a mutual act took place ("met in Lima", "off Malta").
VENUE_PREPS = frozenset({"in", "at", "near", "off", "aboard", "along", "across", "inside"})
#: Words before a noun that make it the ally of the actor it is coordinated with.
ALLY_WORDS = frozenset({"allied", "loyalist", "aligned", "affiliated", "auxiliary"})


def members(
    actor: Actor, view: DocumentView, countries: CountryTable, resolve: Callable[[Actor], Actor]
) -> list[Actor]:
    """The actors a mention stands for: the named states of "partners like Saudi
    Arabia and the UAE"; one per state in "diplomats from Poland, Germany and
    Sweden" and in "US and British forces"; else the mention itself."""
    head = view.head_of(actor.start, actor.end)
    if head is None:
        return _split(countries, actor)
    for prep in view.children.get(head.i, ()):
        if prep.dep != "prep" or prep.i < head.i:
            continue
        named = [resolve(phrase) for phrase in _coordinated(view, prep)]
        named = [a for a in named if a.country or a.id]
        lemma = prep.text.lower()
        example = lemma in EXAMPLE_PREPS or (
            lemma == "as" and any(c.lemma == "such" for c in view.children.get(prep.i, ()))
        )
        if example and named and actor.id is None:
            return [a for found in named for a in _split(countries, found)]
        states = list(dict.fromkeys(a.country for a in named if a.country and a.id == a.country))
        if lemma in ORIGIN_PREPS and len(states) > 1 and actor.country == states[0]:
            if actor.id != actor.country:  # "diplomats from Poland and Sweden"
                return [replace(actor, country=iso3) for iso3 in states]
            # "the foreign ministers of Egypt and Jordan": each state itself.
            return [as_state(countries, actor, iso3) for iso3 in states]
    return _split(countries, actor)


def _coordinated(view: DocumentView, prep: Token) -> list[Actor]:
    """The coordinated objects of a preposition, each its own phrase."""
    found = []
    queue = [c for c in view.children.get(prep.i, ()) if c.dep == "pobj"]
    while queue:
        token = queue.pop(0)
        conjuncts = [c for c in view.children.get(token.i, ()) if c.dep == "conj"]
        queue += conjuncts
        skip = {t.i for c in conjuncts for t in view.subtree(c)}
        tokens = [
            t
            for t in view.subtree(token)
            if t.i not in skip and t.dep not in ("cc", "punct") and t.i <= token.i
        ]
        found.append(view.span(tokens))
    return found


def _split(countries: CountryTable, actor: Actor) -> list[Actor]:
    """Coordinated states in one phrase are several actors: "US and British forces"."""
    words = words_of(actor.text)
    matches = list(countries.find(words))
    states = list(dict.fromkeys(m.country.iso3 for m in matches))
    if len(states) < 2 or actor.id != states[0]:
        return [actor]
    between = {w.lower() for w in words[matches[0].last : matches[-1].first]}
    if not between or not between <= {"and", "or", "and/or"}:
        return [actor]
    return [as_state(countries, actor, iso3) for iso3 in states]


def as_state(countries: CountryTable, actor: Actor, iso3: str) -> Actor:
    """The mention standing for the state ``iso3`` itself."""
    return replace(actor, name=countries.countries[iso3].name, country=iso3, id=iso3)


def ally(mention: Actor, view: DocumentView, resolve: Callable[[Actor], Actor]) -> str | None:
    """The state of the actor that "allied fighters" or "loyalist militias" are
    coordinated with: "the Yemeni army and allied fighters" → YEM."""
    head = view.head_of(mention.start, mention.end)
    if head is None or head.dep != "conj" or head.head == head.i:
        return None
    inside = view.tokens_in(mention.start, mention.end)
    if not any(t.i < head.i and t.text.lower() in ALLY_WORDS for t in inside):
        return None
    governor = view.doc.tokens[head.head]
    return resolve(view.phrase(governor)).country


def shared_state(
    actor: Actor, mention: Actor, view: DocumentView, resolve: Callable[[Actor], Actor]
) -> str | None:
    """The state of the modifier a bare noun shares with the noun of the same sector
    it is coordinated with: "Armenian artillery and tanks" → ARM for the tanks."""
    head = view.head_of(mention.start, mention.end)
    if head is None or head.dep != "conj" or head.head == head.i:
        return None
    inside = view.tokens_in(mention.start, mention.end)
    if any(t.dep in ("det", "poss", "amod", "nummod") for t in inside if t.i < head.i):
        return None
    governor = view.doc.tokens[head.head]
    if governor.pos != "NOUN":
        return None
    found = resolve(view.phrase(governor))
    if found.sector != actor.sector or found.id != found.country:
        return None  # a named group or person is no modifier to share
    return found.country


def mutual(event: Event, view: DocumentView) -> Event:
    """A mutual act of two or more states coordinated in its subject, with no target but
    the place it took place, is also aimed at the states after the first: "Kenya and
    Uganda signed a deal in Nairobi" → sources Kenya, Uganda, target Uganda (not Nairobi);
    "Indian and Pakistani troops exchanged fire in Kashmir" → target Pakistan."""
    if not _mutual_act(event, view):
        return event
    states = list(dict.fromkeys(a.country for a in event.sources if a.country))
    if len(states) < 2 or not all(_venue(t, view) for t in event.targets):
        return event
    others = tuple(a for a in event.sources if a.country != states[0])
    return replace(event, targets=others)


def _mutual_act(event: Event, view: DocumentView) -> bool:
    """Is ``event`` an act two sides do with each other (``MUTUAL_CODES``), or a
    fight on a verb of exchange ("exchanged fire", "clashed")?  Not one denied ("neither
    Britain nor France ratified it", "they were not consulted"), whose sides did
    nothing together."""
    code = event.cameo or ""
    if event.modality == "negated":
        return False
    if code in MUTUAL_CODES or code[:2] in MUTUAL_ROOTS:
        return True
    trigger = view.tokens_in(event.trigger.start, event.trigger.end)
    return code[:2] == "19" and any(t.lemma in MUTUAL_FIGHT_VERBS for t in trigger)


def _venue(target: Actor, view: DocumentView) -> bool:
    """Is ``target`` the object of a phrase of where the act took place ("in Lima")?"""
    head = view.head_of(target.start, target.end)
    if head is None or head.dep != "pobj" or head.head == head.i:
        return False
    return view.doc.tokens[head.head].text.lower() in VENUE_PREPS
