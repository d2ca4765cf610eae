"""Whom forces reach at a state's edge: a show of force put along a border or coast is
aimed at the state across it ("massed troops along its border with Eritrea"), and a
withdrawal promised or refused reaches the place it leaves ("refused to pull its troops
back from positions inside Georgia")."""

from __future__ import annotations

from flashpoint.coding.lookup import Match
from flashpoint.coding.subjects import names_someone, phrase_objects
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Types of a show of force, aimed at the state across the border it is put along:
#: "massed 30,000 troops along its border with Eritrea" → Eritrea.
FRONTIER_TYPES = frozenset({"MOBILIZE"})
#: Nouns of a state's edge, prepositions that put forces by one, and the links from
#: the verb through which such a phrase hangs in the parse.
FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary", "coast", "coastline", "shore"})
FRONTIER_PREPS = frozenset({"along", "near", "on", "at", "to", "toward", "towards", "off"})
FRONTIER_LINKS = ("dobj", "obj", "prep", "pobj", "advmod", "npadvmod")


def frontier_sides(parse: Parse, verb: Token, match: Match) -> list[Token]:
    """The state across the border that forces are massed, readied or drilled along:
    its "with" phrase or the name on it ("along the border with India", "near the
    Syrian border", "off Norway's coast"), not the source's own ("its border" alone)."""
    if match.kind.type not in FRONTIER_TYPES:
        return []
    pending, found = [verb], []
    while pending:
        token = pending.pop(0)
        for child in parse.kids(token, *FRONTIER_LINKS):
            pending.append(child)
            if (
                child.dep == "pobj"
                and child.lemma in FRONTIER_NOUNS
                and token.lemma in FRONTIER_PREPS
            ):
                found += _across(parse, child)
    return found


def _beyond(parse: Parse, place: Token) -> list[Token]:
    """A place left, or the state across it where it is a border that names one
    ("withdrew from the border with Eritrea" → Eritrea)."""
    if place.lemma not in FRONTIER_NOUNS:
        return [place]
    return _across(parse, place) or [place]


def _across(parse: Parse, frontier: Token) -> list[Token]:
    """Who is across a border or off a coast: its "with" phrase ("the border with
    Eritrea"), else a capitalised name or adjective on it ("the Syrian border")."""
    sides = [
        c
        for prep in parse.kids(frontier, "prep")
        if prep.lemma == "with"
        for o in parse.kids(prep, "pobj")
        for c in parse.conjuncts(o)
    ]
    named = [
        k
        for k in parse.kids(frontier, "amod", "compound", "poss", "nmod")
        if k.pos in ("PROPN", "ADJ") and k.text[:1].isupper()
    ]
    # One name compounded on the border is its side in the border's own words: "the
    # Gaza border", which a city's name alone ("Gaza") would not be; not a pair of
    # names ("the Turkey-Syria border").
    if len(named) == 1 and named[0].dep == "compound" and not parse.kids(named[0]):
        return sides or [frontier]
    return sides or named


#: Verbs of taking forces or people out of a place, and the phrases on the place left
#: that say where it is.
WITHDRAWING_VERBS = frozenset({"withdraw", "pull", "remove", "evacuate"})
WITHIN_PREPS = frozenset({"in", "inside", "within"})


def left_places(parse: Parse, act: Token) -> list[Token]:
    """Whom a withdrawal promised or refused reaches: the place left, the state across
    a border left or the state a place left is in ("refused to pull its troops back
    from the border with Eritrea" → Eritrea, "from positions inside Georgia" →
    Georgia)."""
    if act.lemma not in WITHDRAWING_VERBS:
        return []
    holders = [act, *parse.kids(act, "dobj", "obj", "advmod", "prt")]
    found: list[Token] = []
    for place in phrase_objects(parse, holders, "from"):
        if place.lemma in FRONTIER_NOUNS:
            found += _beyond(parse, place)
        elif names_someone(place):
            found.append(place)
        else:
            found += [
                o
                for prep in parse.kids(place, "prep")
                if prep.lemma in WITHIN_PREPS
                for o in parse.kids(prep, "pobj")
            ]
    return found
