"""Yielding and access read from a verb and its clause: protesters ending their hold
or striking their camp, a party giving way to another or its demands, granting a
party access, and letting a body into a place.
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import ACCESS_NOUNS, Match, object_heads, object_kind
from flashpoint.coding.readings import named_party, phrasal_forms
from flashpoint.coding.relations import party_or_pronoun_subject
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Protest acts that, ended by protesters, end their dissent: "lifted their blockade of
#: the highway", "ended their occupation of the airport".
PROTEST_HOLDS = frozenset({"blockade", "occupation"})

#: Heads of subjects that are protesters, not armies or states.
PROTESTING_PARTIES = frozenset(
    {"protester", "protestor", "demonstrator", "activist", "striker", "farmer", "trucker"}
    | {"driver", "miner", "worker", "student", "supporter", "fisherman", "villager"}
)


def ended_dissent(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """A blockade or occupation ended by protesters is dissent given up (CONCEDE 082,
    as "end protest"), not an army easing its grip (RETREAT): "farmers lifted their
    blockade of the border crossing", "protesters ended their occupation of the
    airport". A state's or army's ("Israel eased its blockade") stays RETREAT."""
    kind = lexicon.verb_obj.get(("end", "protest"))
    noun = match.noun
    if kind is None or match.kind.type != "RETREAT" or noun is None:
        return match
    if noun.lemma not in PROTEST_HOLDS:
        return match
    subjects = [s for s in parse.kids(match.token, "nsubj") if s.lemma in PROTESTING_PARTIES]
    return replace(match, kind=kind) if subjects else match


#: Verbs of taking down a protest's camp: "dismantled their tents", "took down the
#: barricades", "packed up their encampment".
STRIKING_VERBS = frozenset({"dismantle", "remove", "clear", "take down", "pack up", "pack"})

#: What protesters put up and hold: "the tents they had pitched outside parliament".
PROTEST_CAMPS = frozenset({"tent", "camp", "encampment", "barricade"})


def struck_camp(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Protesters taking down their own tents, camp or barricades end their protest
    (CONCEDE 082, as "end protest"): "demonstrators dismantled their tents outside
    parliament and went home". Police or troops clearing a camp is none of theirs
    ("police dismantled the protest camp")."""
    kind = lexicon.verb_obj.get(("end", "protest"))
    verbs = set(phrasal_forms(verb, parse.kids(verb, "prt")))
    if kind is None or not verbs & STRIKING_VERBS:
        return None
    if not any(o.lemma in PROTEST_CAMPS for o in parse.kids(verb, "dobj", "obj")):
        return None
    subjects = [s for s in parse.kids(verb, "nsubj") if s.lemma in PROTESTING_PARTIES]
    return Match(verb, kind, "verb_obj") if subjects else None


#: Verbs that, with a party for indirect object and "access" for object, let it in:
#: "gave UN inspectors access to the site".
GRANTING_VERBS = frozenset({"give", "grant", "offer"})


def granted_access(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Giving a party access lets it in, read as "allowed" with that party for object
    where the lexicon makes that a RETREAT ("gave IAEA inspectors access to the plant"
    as "allowed inspectors", 0862; "gave the aid convoys access" as "allowed convoys",
    0863); giving anyone else access ("gave reporters access") is none."""
    if verb.lemma not in GRANTING_VERBS:
        return None
    if not any(o.lemma in ACCESS_NOUNS for o in parse.kids(verb, "dobj", "obj")):
        return None
    for party in parse.kids(verb, "dative", "iobj"):
        for head in object_heads(parse, party, lexicon):
            kind = object_kind(lexicon, "allow", head)
            if kind is not None and kind.type == "RETREAT":
                return Match(verb, kind, "verb_obj", noun=party)
    return None


#: Verbs that, with a party for object and an "into" or "to" phrase of a place, let it
#: in: "let an AU team into the region".
ADMITTING_VERBS = frozenset({"allow", "let", "permit", "admit"})

#: Entity classes of a party that is let in, and of the place it is let into.
PARTY_ENTITIES = frozenset({"ORG", "NORP"})

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})

#: Common nouns of places a party is let into: "into the war zone", "to the sites".
PLACE_NOUNS = frozenset(
    {"zone", "region", "area", "territory", "country", "site", "camp", "prison", "city"}
    | {"town", "province", "state", "district", "enclave", "strip", "plant", "facility"}
)

ENTRY_PREPS = frozenset({"into", "to"})


def let_in(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Letting a body named by an organisation into a place lets it in (RETREAT 086,
    as "allowed entry"): "Khartoum let an AU fact-finding team into Darfur", "Syria
    will admit UN experts to the sites". The party must be named ("UN", "African
    Union") and the place a named one or a place noun: "let the dog into the house"
    and "allowed Huawei into its network" are none."""
    kind = lexicon.verb_obj.get(("allow", "entry"))
    if kind is None or verb.lemma not in ADMITTING_VERBS:
        return None
    for obj in parse.kids(verb, "dobj", "obj"):
        if not any(_named_body(t) for t in [obj, *parse.kids(obj, "compound", "amod")]):
            continue
        preps = [p for h in (verb, obj) for p in parse.kids(h, "prep") if p.lemma in ENTRY_PREPS]
        places = [o for p in preps for o in parse.kids(p, "pobj")]
        if any(o.ent_type in PLACE_ENTITIES or o.lemma in PLACE_NOUNS for o in places):
            return Match(verb, kind, "verb_obj", noun=obj)
    return None


def _named_body(token: Token) -> bool:
    """Is the token (an object or its modifier) the name of an organisation or a group
    ("UN", "the African Union")?"""
    return token.ent_type in PARTY_ENTITIES and token.pos == "PROPN"


#: What one gives way to that is a party's pressure, not a change of things: "gave way
#: to the unions' demands", not "the protests gave way to violence".
PRESSURE_NOUNS = frozenset(
    {"demand", "pressure", "term", "condition", "call", "ultimatum", "protester"}
    | {"demonstrator", "striker", "opposition", "rebel", "union"}
)


def gave_way(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A party giving way to another party or to its demands yields to it (CONCEDE
    080, read as "gave in", as the lexicon's "give ground" does): "Quito's Congress
    gave way to the strikers", "Serbia has given way to Brussels on the plates". What
    gives way to a new state of things ("the protests gave way to violence") or a
    subject that is no party is none."""
    kind = lexicon.verb_prt.get(("give", "in"))
    if kind is None or verb.lemma != "give" or not party_or_pronoun_subject(parse, verb):
        return None
    if not any(o.lemma == "way" for o in parse.kids(verb, "dobj", "obj")):
        return None
    tos = [p for p in parse.kids(verb, "prep", "dative") if p.lemma == "to"]
    yielded = [o for p in tos for o in parse.kids(p, "pobj") if _pressing_party(o)]
    return Match(verb, kind, "verb_prt", particle=tos[0]) if yielded else None


def _pressing_party(token: Token) -> bool:
    """Is the token a named party or a party's pressure ("Brussels", "the unions",
    "Palestinian terms")?"""
    return named_party(token) or token.lemma.lower() in PRESSURE_NOUNS
