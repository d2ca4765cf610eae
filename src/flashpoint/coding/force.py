"""Force read from a verb and its clause: forces deployed to protect people or a
host, people used as human shields, bombs that go off, crossings kept closed, and
craft hijacked by non-state armed men.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import OBJECT_DEPS, Match, object_heads, object_kind
from flashpoint.coding.modality import FORCE_NOUNS
from flashpoint.coding.readings import particles_of, phrasal_forms
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Verbs of a deployment's purpose that make it protection of people.
PROTECTING_VERBS = frozenset({"protect", "shield", "guard"})

#: People whom forces sent to protect are given military protection: "to protect
#: civilians", "to shield refugees", "to guard aid convoys".
PROTECTED_NOUNS = frozenset(
    {"civilian", "resident", "population", "refugee", "national", "foreigner", "villager"}
    | {"people", "convoy", "minority", "worker", "citizen", "village"}
)


#: Purposes of forces sent abroad that protect the host: "to defend the country".
HOST_PROTECTING_VERBS = frozenset({"protect", "defend", "shield", "stabilise", "stabilize"})

#: What forces sent abroad protect when they protect the host state itself.
HOST_NOUNS = frozenset(
    {"country", "nation", "emirate", "kingdom", "state", "government", "republic", "ally"}
)

#: Missions whose lead a force sent abroad takes: "to lead a security mission".
MISSION_NOUNS = frozenset({"mission", "force", "operation"})


def _protects_people(parse: Parse, verb: Token) -> bool:
    """Are the forces of ``verb`` sent to protect people ("to protect civilians", "to
    guard aid convoys")?"""
    for clause in parse.kids(verb, "xcomp", "advcl"):
        if clause.lemma not in PROTECTING_VERBS or not parse.infinitive(clause):
            continue
        objects = [h for o in parse.kids(clause, "dobj", "obj") for h in parse.conjuncts(o)]
        if any(o.lemma in PROTECTED_NOUNS for o in objects):
            return True
    return False


def _protects_host(parse: Parse, verb: Token) -> bool:
    """Are the forces of ``verb`` sent to or stationed in a named country to protect or
    defend it, or to lead a mission there ("would deploy troops to Estonia to defend
    the country", "to station troops in Qatar to protect the emirate", "to send police
    to Haiti to lead a security mission")?"""
    holders = [verb, *parse.kids(verb, "dobj", "obj")]
    places = [
        o
        for h in holders
        for p in parse.kids(h, "prep", "dative")
        if p.lemma in ("to", "in")
        for o in parse.kids(p, "pobj")
        if o.ent_type == "GPE" or o.pos == "PROPN"  # the small model tags some states ORG
    ]
    for purpose in parse.kids(verb, "advcl", "xcomp"):
        objects = parse.kids(purpose, "dobj", "obj")
        guards = purpose.lemma in HOST_PROTECTING_VERBS and any(
            o.lemma in HOST_NOUNS or o.ent_type == "GPE" for o in objects
        )
        leads = purpose.lemma == "lead" and any(o.lemma in MISSION_NOUNS for o in objects)
        if places and parse.infinitive(purpose) and (guards or leads):
            return True
    return False


def protective_deployment(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Forces sent or deployed to protect people, or sent to a named country to protect
    it or lead a mission there, are military protection (AID 074, as "deployed
    peacekeepers"; announced, an offer of protection, AGREE as PLOVER reads it), not a
    show of force: "Nigeria deployed troops to Liberia to protect civilians", "Britain
    said it would deploy troops to Estonia to defend the country". Protecting a place
    or an asset ("to guard the border", "to protect the gas fields") stays MOBILIZE."""
    kind = lexicon.verb_obj.get(("deploy", "peacekeeper"))
    if kind is None or match.kind.type != "MOBILIZE" or match.pattern == "noun":
        return match
    protects = _protects_people(parse, match.token) or _protects_host(parse, match.token)
    return replace(match, kind=kind) if protects else match


#: Verbs (with particle) of forces arriving or taking up posts where they are to act:
#: "paratroopers landed in Kinshasa", "peacekeepers fanned out", "took up positions".
ARRIVING_FORMS = frozenset({"land", "arrive", "fan out", "move in", "take up"})

#: Objects a verb of arriving must have, where it has one: "took up positions".
POSTS = frozenset({"position", "post", "station"})

#: Forces whose arrival to protect people is military protection, beyond the nouns
#: of armed or police forces: "peacekeepers", "paratroopers", "blue helmets".
PROTECTING_FORCES = FORCE_NOUNS | frozenset(
    {"peacekeeper", "paratrooper", "marine", "commando", "helmet", "contingent"}
)


def protective_arrival(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Forces landing, arriving or taking up positions to protect people, or in a named
    country to protect it or lead a mission there, give military protection as forces
    deployed to do so do (AID 074, as "deployed peacekeepers"): "Belgian paratroopers
    landed in Kinshasa to protect foreign nationals", "peacekeepers took up positions
    to shield refugees". Forces arriving to guard an asset, or a minister arriving to
    meet civilians, stay what the verb says."""
    forms = set(phrasal_forms(verb, particles_of(parse, verb)))
    objects = {o.lemma for o in parse.kids(verb, "dobj", "obj")}
    if not forms & ARRIVING_FORMS or (objects and not objects & POSTS):
        return None
    if not any(d.lemma in PROTECTING_FORCES for d in doers(parse, verb)):
        return None
    kind = lexicon.verb_obj.get(("deploy", "peacekeeper"))
    protects = _protects_people(parse, verb) or _protects_host(parse, verb)
    return Match(verb, kind, "verb") if kind is not None and protects else None


#: Verbs whose intransitive subject is what the transitive verb acts on: "a bomb
#: exploded" as "(someone) exploded a bomb", "a device went off".
ERGATIVE_VERBS = frozenset({"explode", "detonate", "go off", "blow up", "rip", "tear"})


def ergative_match(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A device going off is its bombing: "a bomb exploded on a metro train", "an
    explosive device went off near the convoy", "a bomb ripped through the market"
    (ASSAULT, CAMEO 183), read as the verb's ``verb_obj`` entry with the subject for
    object; no one is named as doing it."""
    if parse.kids(verb, *OBJECT_DEPS):
        return None
    forms = phrasal_forms(verb, particles_of(parse, verb))
    for form in (f for f in forms if f in ERGATIVE_VERBS):
        for subject in parse.kids(verb, "nsubj"):
            for head in object_heads(parse, subject):
                kind = lexicon.verb_obj.get((form, head.lemma))
                if kind is not None:
                    return Match(verb, kind, "verb_obj", noun=subject)
    return None


#: Dependencies that keep a word in the clause of the verb it hangs on: "forced them
#: to stay in Mosul as human shields" (xcomp, prep, pobj), not a clause of its own.
CLAUSE_DEPS = frozenset({"xcomp", "advcl", "prep", "pobj", "dobj", "obj", "acomp"})


def _in_clause(parse: Parse, verb: Token) -> Iterator[Token]:
    """The words of ``verb``'s clause and of its infinitive or participle clauses."""
    for kid in parse.kids(verb, *CLAUSE_DEPS):
        yield kid
        yield from _in_clause(parse, kid)


def _human_shields(parse: Parse, verb: Token) -> list[Token]:
    """The words "human shields" in the verb's clause ("to stay ... as human shields")."""
    return [
        word
        for word in _in_clause(parse, verb)
        if word.lemma == "shield"
        and any(m.lemma == "human" for m in parse.kids(word, "amod", "compound"))
    ]


def human_shields(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Forcing or confining people to serve "as human shields" uses them as shields
    (ASSAULT, CAMEO 184, as "hold as shield"): "forced villagers to stay in the town
    as human shields"; the compulsion itself ("forced villagers to stay") is COERCE."""
    if match.kind.type != "COERCE":
        return match
    kind = lexicon.verb_pobj.get(("hold", "as", "shield"))
    if kind is not None and _human_shields(parse, match.token):
        return replace(match, kind=kind)
    return match


def placed_as_shields(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Putting people somewhere, or driving them there, as human shields uses them as
    shields whatever the verb (ASSAULT, CAMEO 184, as "hold as shield"): "placed
    foreign hostages at air bases as human shields", "herded families into the old
    town to serve as human shields". The verb must have the people for object and the
    shields an "as" ("left the city with human shields" is none)."""
    kind = lexicon.verb_pobj.get(("hold", "as", "shield"))
    if kind is None or not parse.kids(verb, "dobj", "obj"):
        return None
    roles = [parse.head(w) for w in _human_shields(parse, verb)]
    as_shields = any(r is not None and r.lemma == "as" for r in roles)
    return Match(verb, kind, "verb_obj") if as_shields else None


#: Verbs of keeping an object in a state: "kept the crossings closed".
KEEPING_VERBS = frozenset({"keep"})

#: Participles of closing read as the verb "close" with the kept object.
CLOSED_WORDS = frozenset({"closed", "shut", "sealed"})


def kept_closed(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Keeping a border, a crossing or an embassy closed or shut is closing it, read as
    "closed X" with the same object ("kept the border crossings shut", COERCE 172 or
    the reading of "close" with that object): the object is what the state is held
    in, the participle a complement of "keep"."""
    if verb.lemma not in KEEPING_VERBS:
        return None
    states = parse.kids(verb, "oprd", "ccomp", "xcomp", "acomp", "advcl")
    if not any(s.text.lower() in CLOSED_WORDS and not parse.kids(s, "nsubj") for s in states):
        return None
    objects = parse.kids(verb, "dobj", "obj")
    # "kept 19 of the 21 crossing points closed": a number is named by its "of" phrase.
    objects += [o for n in objects if n.pos == "NUM" for o in parse.of_phrase(n)]
    for obj in objects:
        heads = object_heads(parse, obj, lexicon)
        heads += [c for h in heads for c in parse.kids(h, "compound")]  # "crossing points"
        for head in heads:
            kind = object_kind(lexicon, "close", head)
            if kind is not None:
                return Match(verb, kind, "verb_obj")
    return None


#: Craft whose seizure with people on board by an armed band is a hijacking.
CRAFT_NOUNS = frozenset(
    {"plane", "aircraft", "airliner", "jet", "jetliner", "ship", "vessel", "tanker", "boat"}
    | {"ferry", "freighter", "trawler", "yacht", "dhow", "bus", "train", "carrier"}
)

#: Who seize craft as hijackers rather than as a state's forces: "pirates seized a
#: tanker", "gunmen seized a bus".
HIJACKERS = frozenset(
    {"hijacker", "pirate", "gunman", "kidnapper", "militant", "terrorist", "assailant"}
)


def doers(parse: Parse, verb: Token) -> list[Token]:
    """The nouns of the verb's subject, or of a passive's "by" agent."""
    subjects = [*parse.kids(verb, "nsubj"), *parse.agents(verb)]
    return [h for s in subjects for h in object_heads(parse, s)]


def hijacking(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Hijackers, pirates or gunmen seizing a plane, ship or bus hijack it (ASSAULT
    abduct, CAMEO 181, as "hijack"): "pirates seized a Greek tanker off Somalia",
    "hijackers seized an airliner after take-off". A state seizing a ship ("Iranian
    forces seized a British tanker") stays COERCE 1711."""
    hijack = lexicon.verbs.get("hijack")
    if hijack is None or match.kind.type != "COERCE" or match.kind.mode != "seize":
        return match
    objects = [h for o in parse.kids(match.token, *OBJECT_DEPS) for h in object_heads(parse, o)]
    if not any(o.lemma in CRAFT_NOUNS for o in objects):
        return match
    seizers = {d.lemma for d in doers(parse, match.token)}
    return replace(match, kind=hijack) if seizers & HIJACKERS else match
