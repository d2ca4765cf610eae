"""Readings composed of a verb and its clause that belong to no one family: a verb
whose infinitive or gerund complement the lexicon lists as its object, the event
nouns that are only what a request or refusal is about, and a predicate noun the
parser took for a verb's object.

The families live beside this module: ``demands`` (demands, orders, ultimatums),
``expulsions`` (orders out, mass expulsion), ``relations`` (cooperation, support,
opposition), ``yielding`` (yielding and access) and ``force`` (protection, human
shields, hijacking); strikes as the means of a shutdown are read in ``protest``.
"""

from __future__ import annotations

from flashpoint.coding.expulsions import ordered_out
from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import ACCESS_NOUNS, Match
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Types whose object event is their content, not a separate happening.
CONTENT_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN", "SUPPORT"})


def complement_match(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A verb whose infinitive or gerund complement the lexicon lists as its object:
    "ordered the troops to leave" (``verb_obj order leave``), "stopped eating",
    "refused to eat" (a hunger strike): the complement's act is what the verb is
    about, as a noun object would be."""
    # "allowed the agency to inspect" is often parsed with a clausal complement whose
    # subject is the agency: an infinitive one is the same complement.
    clauses = [c for c in parse.kids(verb, "ccomp") if parse.infinitive(c)]
    for complement in [*parse.kids(verb, "xcomp"), *clauses]:
        for act in parse.conjuncts(complement):
            # The verb "access" is getting at something ("allowed the firm to access the
            # data"), not the access the noun rows ("allow access") grant.
            if act.pos not in ("VERB", "AUX") or act.lemma in ACCESS_NOUNS:
                continue
            # The complement with its object first ("verb_obj order leave country"):
            # ordering a party to leave the country expels it; ordering troops to
            # leave (a state's own, as often) is no expulsion.
            for obj in parse.kids(act, "dobj", "obj"):
                kind = lexicon.verb_obj.get((verb.lemma, f"{act.lemma} {obj.lemma}"))
                if kind is not None:
                    return Match(verb, kind, "verb_obj")
            kind = lexicon.verb_obj.get((verb.lemma, act.lemma))
            if kind is not None:
                return Match(verb, kind, "verb_obj")
            found = ordered_out(parse, verb, act, lexicon)
            if found is not None:
                return found
    return None


def content_nouns(parse: Parse, match: Match) -> list[Token]:
    """Event nouns that are what a request, promise, refusal or threat is about
    ("called for a ceasefire", "rejected the deal"): not events of their own."""
    if match.kind.type not in CONTENT_TYPES:
        return []
    nouns = parse.kids(match.token, "dobj", "obj")
    if match.particle is not None:
        nouns += parse.kids(match.particle, "pobj")
    for prep in parse.kids(match.token, "prep"):
        if prep.lemma in ("for", "to"):
            nouns += parse.kids(prep, "pobj")
    # "demanded a ban on the party and the arrest of its leaders": all of them.
    return [c for noun in nouns for c in parse.conjuncts(noun)]


def misparsed_predicate_noun(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A predicate noun after the object that the parser made a clause's verb, its
    object the clause's subject ("took more than 1,100 people [hostage]", "hostage"
    parsed as a verb): read as the lexicon's ``verb_obj`` of the verb and that noun
    ("take hostage", ASSAULT 181). A real clause (with an auxiliary, a marker or an
    object of its own) is left alone."""
    for clause in parse.kids(verb, "ccomp"):
        if clause.i < verb.i or not clause.tag.startswith("VB"):
            continue
        if parse.kids(clause, "aux", "auxpass", "mark", "dobj", "obj", "neg"):
            continue
        subjects = parse.kids(clause, "nsubj")
        if not subjects or subjects[0].i < verb.i:
            continue
        kind = lexicon.verb_obj.get((verb.lemma, clause.text.lower()))
        if kind is not None:
            return Match(verb, kind, "verb_obj")
    return None
