"""Finding event triggers in a parsed sentence with the trigger lexicon.

Readings the lexicon marks as no event ("occupied a position", "polls called for
24 June") are set aside first. Four shapes are recognised, most specific first:

- a verb with a particle or preposition ("called for", "pulled out"),
- a verb with a telling object ("sent troops", "opened fire"), a phrasal verb
  with one ("called off the strike"), or a predicate adjective read as the
  object ("found him guilty", "set the hostages free"),
- a light verb whose object noun names the event ("imposed sanctions",
  "held talks", "launched an attack"),
- a plain verb ("attacked") or a nominal event ("an air strike on", "talks in Oman").
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.composed import complement_match, content_nouns, misparsed_predicate_noun
from flashpoint.coding.demands import (
    compelled,
    demand_match,
    invited_to,
    met_demand,
    nudged_to,
    told_to,
    ultimatum_match,
    warned_obligation,
)
from flashpoint.coding.expulsions import (
    demanded_out,
    given_time_to_leave,
    mass_expulsion,
    mass_expulsion_noun,
    stopped_operations,
)
from flashpoint.coding.force import (
    ergative_match,
    hijacking,
    human_shields,
    kept_closed,
    placed_as_shields,
    protective_arrival,
    protective_deployment,
)
from flashpoint.coding.lexicon import EventKind, Lexicon
from flashpoint.coding.lookup import (
    OBJECT_DEPS,
    Match,
    agent_participle_heads,
    nominal_objects,
    non_event,
    noun_kind,
    object_heads,
    object_kind,
    predicate_adjectives,
)
from flashpoint.coding.protest import crowd_protest, means_strikes, riot, strike_shutdown
from flashpoint.coding.readings import (
    INQUIRY_NOUNS,
    adjective_participle,
    clause_fors,
    contested_modifier,
    founds_inquiry,
    hazard_participle,
    hyphen_prefix,
    inside_name,
    loose_particles,
    means_preps,
    misparsed_objects,
    named_plural_objects,
    outs_of,
    particles_of,
    permitted_subjects,
    phrasal_forms,
    promise_reading,
    readiness_acts,
    refusal_reading,
    second_objects,
)
from flashpoint.coding.relations import (
    defence,
    displeased_with,
    handed_for_trial,
    helped_state,
    joint_act,
    joint_exercise,
    offered_work,
    rallied_for,
    rallied_opposition,
)
from flashpoint.coding.syntax import Parse
from flashpoint.coding.yielding import ended_dissent, gave_way, granted_access, let_in, struck_camp
from flashpoint.model import Token

#: Verbs that hand money over ("provided $90 million"): with a MONEY object, AID.
TRANSFER_VERBS = frozenset(
    {"provide", "give", "allocate", "contribute", "grant", "donate", "disburse", "send", "transfer"}
    | {"deliver", "supply", "ship", "fly", "hand", "airlift", "dispatch", "distribute", "offer"}
)
#: Goods whose handing over is material aid ("provided equipment and medicine to").
AID_GOODS = frozenset(
    {"equipment", "medicine", "medication", "drug", "supply", "food", "aid", "assistance"}
    | {"training", "vehicle", "aircraft", "weapon", "arm", "ammunition", "tent", "blanket"}
    | {"vaccine", "dose", "fuel", "grain", "wheat", "flour", "rice", "shelter", "relief"}
    | {"donation", "grant", "loan", "fund", "funding", "expert", "doctor", "medic", "ration"}
    | {"firearm", "rifle", "gun", "drone", "ambulance", "generator", "kit"}
    | {"interceptor", "missile", "munition", "shell", "rocket", "launcher", "howitzer"}
)
#: Goods whose handing over is military aid (CAMEO 072): "provided Israel with interceptors".
MILITARY_GOODS = frozenset(
    {"weapon", "arm", "ammunition", "firearm", "rifle", "gun", "drone", "interceptor"}
    | {"missile", "munition", "shell", "rocket", "launcher", "howitzer"}
)
CURRENCY_WORDS = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "rupee", "riyal", "dirham", "franc", "ruble"}
    | {"rouble"}
)


def _verb_match(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    if non_event(parse, verb, lexicon) is not None:
        return None
    # Most specific first: a true particle ("pulled out"), a telling object
    # ("fired tear gas at"), a preposition ("called on"), an event noun after a
    # light verb ("imposed sanctions"), the verb alone.
    particles = particles_of(parse, verb)
    objects = (
        parse.kids(verb, *OBJECT_DEPS)
        or agent_participle_heads(parse, verb)
        or misparsed_objects(parse, verb)
    )
    objects = [*objects, *named_plural_objects(parse, verb), *second_objects(parse, verb)]
    found = _prep_object_match(parse, verb, lexicon, particles)
    if found is not None:
        return found
    for particle in [*particles, *outs_of(parse, verb), *loose_particles(parse, verb)]:
        # A phrasal verb with a telling object: "called off the strike", "gave up
        # their weapons" (lexicon lemma "call off"), before either word alone.
        phrasal = f"{verb.lemma} {particle.lemma}"
        for obj in objects:
            for head in object_heads(parse, obj, lexicon):
                kind = lexicon.verb_obj.get((phrasal, head.lemma))
                if kind is not None:
                    return Match(verb, kind, "verb_obj", noun=obj, particle=particle)
    found = _phrasal_prep_match(parse, verb, particles, lexicon)
    if found is not None:
        return found
    for particle in particles:
        kind = lexicon.verb_prt.get((verb.lemma, particle.lemma))
        if kind is not None:
            return Match(verb, kind, "verb_prt", particle=particle)
    # "allowed UN inspectors to visit": who is let in counts as the object.
    for obj in [*objects, *permitted_subjects(parse, verb)]:
        for head in object_heads(parse, obj, lexicon):
            kind = object_kind(lexicon, verb.lemma, head)
            if kind is not None:
                return Match(verb, kind, "verb_obj", noun=obj)
    for adjective in predicate_adjectives(parse, verb):
        kind = lexicon.verb_obj.get((verb.lemma, adjective.lemma))
        if kind is not None:
            return Match(verb, kind, "verb_obj")
    found = (
        _class_object_match(parse, verb, objects, lexicon)
        or complement_match(parse, verb, lexicon)
        or _class_complement_match(parse, verb, lexicon)
    )
    if found is not None:
        return found
    for prep in [*parse.kids(verb, "prep"), *means_preps(parse, verb), *clause_fors(parse, verb)]:
        kind = lexicon.verb_prt.get((verb.lemma, prep.lemma))
        if kind is not None:
            return Match(verb, kind, "verb_prt", particle=prep)
    founding = founds_inquiry(parse, verb)  # "set up a board of inquiry"
    if verb.lemma in lexicon.light or founding:
        # Not a participle's noun: "the massacre carried out by ..." stays the noun's.
        for obj in parse.kids(verb, *OBJECT_DEPS):
            for head in object_heads(parse, obj, access=False):  # "launched a mediation effort"
                kind = noun_kind(parse, head, lexicon)
                if kind is not None and (not founding or head.lemma in INQUIRY_NOUNS):
                    return Match(verb, kind, "light", noun=head)
    kind = lexicon.verbs.get(verb.lemma)
    if kind is not None:
        return Match(verb, kind, "verb")
    aid = lexicon.nouns.get("aid")
    if verb.lemma in TRANSFER_VERBS and aid:
        # "provided Egypt with aircraft and vehicles": the goods are in the "with" phrase.
        goods = [
            p for w in parse.kids(verb, "prep") if w.lemma == "with" for p in parse.kids(w, "pobj")
        ]
        for obj in [*objects, *goods]:
            # "provided 6.3 million euros", "sent a team of doctors", "handed over
            # medical equipment": handing over money or goods is material aid.
            heads = object_heads(parse, obj)
            money = obj.ent_type == "MONEY" or any(h.lemma in CURRENCY_WORDS for h in heads)
            if money or any(h.lemma in AID_GOODS for h in heads):
                military = [e.kind for e in aid if e.modifier == "military"]
                arms = military and any(h.lemma in MILITARY_GOODS for h in heads)
                kind = military[0] if arms else aid[-1].kind
                return Match(verb, kind, "verb_obj", noun=obj)
    return None


#: Event types whose nouns a verb reads as it reads the type's plain noun: "halted
#: development loans" as "halted aid", "froze intelligence sharing" as "froze
#: cooperation", "suspended consultations" as "suspended talks".
CLASS_NOUNS = {"AID": "aid", "COOPERATE": "cooperation", "CONSULT": "talk"}
#: Nouns of those types that name a one-off act, not an exchange that can be cut.
NOT_EXCHANGES = frozenset(
    {"exercise", "drill", "maneuver", "manoeuvre", "patrol", "game", "wargame", "operation"}
    | {"rescue", "evacuation", "extradition"}
)


def _class_object_match(
    parse: Parse, verb: Token, objects: list[Token], lexicon: Lexicon
) -> Match | None:
    """A verb with an object of an exchange class (aid, cooperation, talks) that the
    lexicon does not list with that verb, read as the verb with the class's plain
    noun: "suspended budget support" as "suspended aid" (SANCTION), "granted a loan"
    as "granted aid" (AID), "sought consultations" as "sought talks" (REQUEST)."""
    for obj in objects:
        for head in object_heads(parse, obj, lexicon):
            kind = noun_kind(parse, head, lexicon)
            plain = CLASS_NOUNS.get(kind.type) if kind is not None else None
            if plain is None or head.lemma in NOT_EXCHANGES:
                continue
            found = lexicon.verb_obj.get((verb.lemma, plain))
            if found is not None:
                return Match(verb, found, "verb_obj", noun=obj)
    return None


#: Acts of the party that gets an exchange, not the one that gives it.
RECEIVING_VERBS = frozenset({"receive", "accept", "get", "obtain", "take", "seek"})


def _class_complement_match(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A verb whose gerund complement is an act of an exchange class, read as the verb
    with the class's plain noun: "stopped delivering relief supplies" as "stopped aid"
    (SANCTION 162), "suspended sharing intelligence" as "suspended cooperation". Only
    a gerund: what is stopped is under way ("agreed to send aid" is a promise); not
    a recipient's act ("stopped receiving refugees" withholds nothing it gave)."""
    for complement in parse.kids(verb, "xcomp"):
        if complement.tag != "VBG" or complement.lemma in RECEIVING_VERBS:
            continue
        inner = _verb_match(parse, complement, lexicon)
        plain = CLASS_NOUNS.get(inner.kind.type) if inner is not None else None
        found = lexicon.verb_obj.get((verb.lemma, plain)) if plain is not None else None
        if found is not None:
            return Match(verb, found, "verb_obj")
    return None


#: Nouns of "put X on hold": the phrase suspends X ("put the talks on hold").
HOLD_NOUNS = frozenset({"hold", "ice"})


def _put_on_hold(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """ "Put the aid programme on hold", "deliveries were put on ice" read as
    "suspended" with the same object."""
    if verb.lemma != "put":
        return None
    ons = [p for p in parse.kids(verb, "prep") if p.lemma == "on"]
    if not any(o.lemma in HOLD_NOUNS for p in ons for o in parse.kids(p, "pobj")):
        return None
    return _read_as(parse, verb, "suspend", lexicon)


def _read_as(parse: Parse, verb: Token, reading: str | None, lexicon: Lexicon) -> Match | None:
    """The match of ``verb`` read as the verb ``reading`` with its own objects and
    phrases, kept on ``verb`` ("put on hold" as "suspend"); None without a reading."""
    if reading is None:
        return None
    match = _verb_match(parse, replace(verb, lemma=reading), lexicon)
    return replace(match, token=verb) if match is not None else None


#: Adverbs of direction that a verb's prepositional phrase may hang on ("back across",
#: "stayed home from work", "stayed away from work").
DIRECTION_ADVERBS = frozenset({"back", "away", "home"})


#: Verbs whose prepositional readings need the party they turn to: "turned to China
#: for help" asks China; "turned down a request for aid", "where to turn for help" do not.
ADDRESSED_VERBS = frozenset({"turn"})


def _addressed(parse: Parse, verb: Token, particles: list[Token]) -> bool:
    """Does the verb, with no particle of its own, name in a "to" phrase the party it
    turns to ("turned to Beijing for a loan")?"""
    return not particles and any(p.lemma == "to" for p in parse.kids(verb, "prep"))


def _prep_object_match(
    parse: Parse, verb: Token, lexicon: Lexicon, particles: list[Token]
) -> Match | None:
    """A verb with a telling prepositional object: "put its forces on alert",
    "expelled him from the party", "pulled out of the talks" (the preposition may
    hang on the verb, its particle, its object, or a preposition parsed for the
    particle: "out" in "out of"), or a passive's "by" agent ("caught by police")."""
    if not lexicon.verb_pobj:
        return None
    if verb.lemma in ADDRESSED_VERBS and not _addressed(parse, verb, particles):
        return None
    holders = [verb, *particles, *parse.kids(verb, "dobj", "obj", "prep")]
    # "forced them back across the border": the phrase hangs on a directional adverb.
    holders += [a for a in parse.kids(verb, "advmod") if a.lemma in DIRECTION_ADVERBS]
    # A phrasal verb first: "stepped down as mediator" (lemma "step down").
    lemmas = phrasal_forms(verb, particles)
    for prep in (p for holder in holders for p in parse.kids(holder, "prep", "agent")):
        for obj in parse.kids(prep, "pobj"):
            for head in object_heads(parse, obj, lexicon):
                kind = _pobj_kind(lexicon, lemmas, prep, head)
                if kind is not None:
                    return Match(verb, kind, "verb_prt", particle=prep)
    return None


def _pobj_kind(lexicon: Lexicon, lemmas: list[str], prep: Token, head: Token) -> EventKind | None:
    """The lexicon's ``verb_pobj`` reading of the first of ``lemmas`` with the phrase,
    its object read by lemma or, in capitals, by entity class ("welcomed Modi to GPE")."""
    for lemma in lemmas:
        kind = lexicon.verb_pobj.get((lemma, prep.lemma, head.lemma))
        if kind is None and head.ent_type:
            kind = lexicon.verb_pobj.get((lemma, prep.lemma, head.ent_type))
        if kind is not None:
            return kind
    return None


#: Words in "re" that are not the act done again ("recall", "reside", "return").
NOT_REPEATED = frozenset(
    {"recall", "recommend", "recede", "refine", "refund", "relay", "remove", "reside"}
    | {"return", "reset", "repay", "reissue", "remake", "relook", "reorder", "reorganize"}
    | {"reorganise", "rearrange", "recharge", "reclose", "reconduct", "refinance", "retrain"}
    | {"reschedule", "reinvest", "retest", "reuse", "recount", "rehold", "remount", "refile"}
    | {"relend", "replant", "record", "reflect", "reform", "reveal", "release", "rewound"}
    | {"represent", "research", "rebrand"}
)


def _repeated(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A verb of doing again codes as the act itself: "reimposed a curfew",
    "redeployed troops", "reopened talks" (the lemma without "re", when that is
    a trigger or a light verb and the verb itself is not in the lexicon)."""
    lemma = _undoubled(verb)
    if not lemma.startswith("re") or len(lemma) < 6 or lemma in NOT_REPEATED:
        return None
    return _read_as(parse, verb, lemma.removeprefix("re").removeprefix("-"), lexicon)


def _undoubled(verb: Token) -> str:
    """The verb's lemma, mended where the tagger left a past tense's doubled consonant
    and "e" on it ("readmitted" as "readmitte": "readmit")."""
    lemma = verb.lemma
    doubled = len(lemma) > 4 and lemma[-1] == "e" and lemma[-2] == lemma[-3] not in "aeiou"
    return lemma[:-2] if doubled and verb.text.lower() == f"{lemma}d" else lemma


def _hyphenated(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A hyphenated verb the tokenizer split: "baton-charged", "lathi-charge",
    "fire-bombed" code as the joined verb ("batoncharge") where the lexicon has it."""
    first = hyphen_prefix(parse, verb)
    if first is None:
        return None
    return _read_as(parse, verb, first.text.lower() + verb.lemma, lexicon)


#: Verbs of going on with an act, with the adverb or particle they need (None: none)
#: and the preposition that names the act: "carried on with a general strike", "pushed
#: ahead with the expropriation". ("embarked on" is left out: it costs the GSR.)
CONTINUED_ACTS = {
    ("carry", "on"): "with",
    ("press", "on"): "with",
    ("press", "ahead"): "with",
    ("push", "ahead"): "with",
    ("push", "on"): "with",
    ("forge", "ahead"): "with",
    ("go", "ahead"): "with",
    ("plough", "on"): "with",
    ("plough", "ahead"): "with",
    ("proceed", None): "with",
    ("persist", None): "with",
    ("persevere", None): "with",
    ("continue", None): "with",
}


def continued_act_preps(parse: Parse, verb: Token) -> list[Token]:
    """The "with" phrases of a verb of going on with an act ("carried on with a general
    strike", "continued with the expropriation"), where the verb has no object of its
    own ("put Syria ahead with a strike" is none)."""
    if parse.kids(verb, "dobj", "obj"):
        return []
    adverbs = [None, *(k.lemma for k in parse.kids(verb, "prt", "advmod"))]
    wanted = {CONTINUED_ACTS.get((verb.lemma, adverb)) for adverb in adverbs} - {None}
    return [prep for prep in parse.kids(verb, "prep") if prep.lemma in wanted]


def _carried_on_with(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """The act named by the "with" phrase of a verb of going on with it is asserted, like
    a light verb's object: "pressed on with its campaign of general strikes" (PROTEST),
    "pushed ahead with the expropriation of the mines" (COERCE).  A verb the parser hung
    on a noun as a modifier ("Kenyan nurses carried on with ...") leaves the act to its
    noun, whose carrier ``subjects.carrier_subjects`` finds."""
    if verb.dep == "acl":
        return None
    for prep in continued_act_preps(parse, verb):
        for obj in parse.kids(prep, "pobj"):
            for head in object_heads(parse, obj, access=False):
                kind = noun_kind(parse, head, lexicon)
                if kind is not None:
                    return Match(verb, kind, "light", noun=head)
    return None


def _declined(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """ "Declined to release the prisoners" reads as "refused to release" (REJECT)."""
    return _read_as(parse, verb, refusal_reading(parse, verb), lexicon)


def _undertaken(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """ "Undertook to return the archives" reads as "pledged to return" (AGREE)."""
    return _read_as(parse, verb, promise_reading(parse, verb), lexicon)


#: What "pulling the plug on" a thing reads as, tried in turn with the thing as object.
PLUG_READINGS = ("cancel", "end", "halt", "scrap")


def _pulled_plug(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """ "Pulled the plug on the aid programme" reads as "cancelled/ended the aid
    programme": the idiom's "on" phrase is what the verb acts on."""
    if verb.lemma != "pull" or not any(
        o.lemma == "plug" for o in parse.kids(verb, "dobj", "obj", "nsubjpass")
    ):
        return None
    holders = [verb, *parse.kids(verb, "dobj", "obj", "nsubjpass")]
    ons = [p for h in holders for p in parse.kids(h, "prep") if p.lemma == "on"]
    for obj in (o for p in ons for o in parse.kids(p, "pobj")):
        for reading in PLUG_READINGS:
            for head in object_heads(parse, obj, lexicon):
                kind = object_kind(lexicon, reading, head)
                if kind is not None:
                    return Match(verb, kind, "verb_obj", noun=obj)
    return None


def _phrasal_prep_match(
    parse: Parse, verb: Token, particles: list[Token], lexicon: Lexicon
) -> Match | None:
    """A phrasal verb with its preposition: "stood up for the reformers", "held out for
    better terms" (lexicon verb_prt lemma "stand up", arg "for")."""
    for particle in particles:
        phrasal = f"{verb.lemma} {particle.lemma}"
        for prep in parse.kids(verb, "prep"):
            if any(_time_span(o) for o in parse.kids(prep, "pobj")):
                continue  # "held out for three days": a span, not terms
            kind = lexicon.verb_prt.get((phrasal, prep.lemma))
            if kind is not None:
                return Match(verb, kind, "verb_prt", particle=prep)
    return None


#: Units of time whose phrase is a span: "held out for many more months".
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})


def _time_span(noun: Token) -> bool:
    """A noun phrase of time: "three days", "many more months"."""
    return noun.ent_type in ("DATE", "TIME") or noun.lemma in TIME_UNITS


def find_triggers(parse: Parse, tokens: list[Token], lexicon: Lexicon) -> list[Match]:
    """All trigger matches of a sentence, one per predicate, in text order."""
    matches: list[Match] = []
    consumed: set[int] = set()
    for token in tokens:
        if token.pos in ("VERB", "AUX") or (token.pos == "NOUN" and token.tag.startswith("VB")):
            ruled_out = non_event(parse, token, lexicon)
            if ruled_out is not None:
                # "gave an interview": neither the verb nor its object is an event.
                consumed.add(ruled_out.i)
                continue
            if hazard_participle(parse, token):
                continue  # "cyclone-hit Bangladesh": what befell it, not an attack
            if adjective_participle(parse, token):
                continue  # "scrapped punishing tariffs": a judgement, not a punishment
            if contested_modifier(parse, token):
                continue  # "along the disputed border": a quarrel, no rejection
            if _threatening_promise(parse, token, lexicon):
                continue  # "vowed to strike any vessel": the threat is the strike's
            match = (
                _hyphenated(parse, token, lexicon)
                or _put_on_hold(parse, token, lexicon)
                or _carried_on_with(parse, token, lexicon)
                or _pulled_plug(parse, token, lexicon)
                or handed_for_trial(parse, token, lexicon)
                or protective_arrival(parse, token, lexicon)
                or _verb_match(parse, token, lexicon)
                or _declined(parse, token, lexicon)
                or _undertaken(parse, token, lexicon)
                or _ready_to(parse, token, lexicon)
                or demand_match(parse, token, lexicon)
                or told_to(parse, token, lexicon)
                or nudged_to(parse, token, lexicon)
                or ultimatum_match(parse, token, lexicon)
                or given_time_to_leave(parse, token, lexicon)
                or granted_access(parse, token, lexicon)
                or let_in(parse, token, lexicon)
                or compelled(parse, token, lexicon)
                or ergative_match(parse, token, lexicon)
                or offered_work(parse, token, lexicon)
                or joint_act(parse, token, lexicon)
                or displeased_with(parse, token, lexicon)
                or struck_camp(parse, token, lexicon)
                or helped_state(parse, token, lexicon)
                or _repeated(parse, token, lexicon)
                or crowd_protest(parse, token, lexicon)
                or kept_closed(parse, token, lexicon)
                or placed_as_shields(parse, token, lexicon)
                or misparsed_predicate_noun(parse, token, lexicon)
                or gave_way(parse, token, lexicon)
            )
            match = strike_shutdown(parse, match, token, lexicon)
            match = mass_expulsion(parse, match, token, lexicon)
            if match is not None:
                match = human_shields(parse, _crowd_massed(parse, match, lexicon), lexicon)
                match = riot(parse, joint_exercise(parse, match, lexicon), lexicon)
                match = protective_deployment(parse, hijacking(parse, match, lexicon), lexicon)
                match = invited_to(parse, match, lexicon)
                match = rallied_opposition(parse, defence(parse, match, lexicon), lexicon)
                match = met_demand(parse, ended_dissent(parse, match, lexicon), lexicon)
                match = demanded_out(parse, stopped_operations(parse, match, lexicon), lexicon)
                match = rallied_for(parse, warned_obligation(parse, match, lexicon), lexicon)
                matches.append(match)
                consumed.update(t.i for t in means_strikes(parse, token))
                if match.noun is not None:
                    consumed.add(match.noun.i)
                    consumed.update(t.i for t in nominal_objects(parse, match.noun))
                for noun in content_nouns(parse, match):
                    # "welcomed the lifting of sanctions": neither is an event of its own.
                    consumed.add(noun.i)
                    consumed.update(t.i for t in nominal_objects(parse, noun))
    matched = {m.token.i for m in matches}
    for token in tokens:
        if token.i in consumed or token.i in matched:
            continue
        if token.pos not in ("NOUN", "PROPN") and not _nominal_gerund(parse, token):
            continue
        if inside_name(parse, token):
            continue  # "Treaty" in "the North Atlantic Treaty Organization"
        if _names_a_unit(parse, token):
            continue  # "riot police": who, not a riot
        kind = noun_kind(parse, token, lexicon) or _goods_shipment(parse, token, lexicon)
        if kind is not None:
            match = mass_expulsion_noun(parse, Match(token, kind, "noun"), lexicon)
            matches.append(riot(parse, joint_exercise(parse, match, lexicon), lexicon))
            # "the lifting of the curfew": the curfew is what is lifted, no event.
            consumed.update(t.i for t in nominal_objects(parse, token))
    return sorted(matches, key=lambda m: m.token.i)


#: Heads that an event noun right before them, as a compound, names the kind of: "riot
#: police", "riot gear", "a riot squad" are who or what, not a riot.
UNIT_HEADS = frozenset({"police", "policeman", "officer", "gear", "squad", "shield", "van"})


def _names_a_unit(parse: Parse, token: Token) -> bool:
    """Is the noun a compound right before a head of ``UNIT_HEADS`` ("[riot] police",
    also in "Belarusian [riot] police" and "[riot] police reinforcements")?"""
    following = parse.tokens.get(token.i + 1)
    return token.dep == "compound" and following is not None and following.lemma in UNIT_HEADS


#: Verbs of promising, coded AGREE alone ("pledged reforms", "promised to help").
PROMISING_VERBS = frozenset({"promise", "pledge", "vow", "swear", "guarantee"})
#: Adverbs that deny a promised act: "vowed never to fire first".
NEVER_WORDS = frozenset({"never", "not"})
#: Types of a promised act that make the promise a threat: force and protest
#: ("promised to strike", "pledged to shell"); not sending troops ("pledged to deploy
#: peacekeepers", an offer) nor acts of law or policy, which a pledge may offer
#: ("pledged to put the killers on trial", "to arrest them").
THREATENED_TYPES = frozenset({"THREATEN", "PROTEST", "ASSAULT"})


def _threatening_promise(parse: Parse, verb: Token, lexicon: Lexicon) -> bool:
    """A promise to do a conflictual act is a threat, not an AGREE: "the militia
    promised to shell the town" is coded by the shelling, which its infinitive makes
    future (read as THREATEN), the promise itself no cooperative pledge."""
    if verb.lemma not in PROMISING_VERBS:
        return False
    for act in parse.kids(verb, "xcomp"):
        if not parse.infinitive(act) or parse.kids(act, "nsubj", "neg"):
            continue  # "promised not to attack" is a concession
        adverbs = [*parse.kids(act, "advmod", "neg"), *parse.kids(verb, "advmod", "neg")]
        adverbs += [n for a in adverbs for n in parse.kids(a, "neg")]
        if any(k.lemma in NEVER_WORDS for k in adverbs):
            continue  # "pledging never again to use poison gas"
        found = _verb_match(parse, act, lexicon)
        if found is not None and found.kind.type in THREATENED_TYPES:
            return True
        found = found or _repeated(parse, act, lexicon)  # "pledged to retake the town if"
        if found is not None and found.kind.type in COERCIVE_TYPES and _on_condition(parse, act):
            return True  # "pledged to retake Gaza if the rocket fire did not stop"
    return False


#: Acts that, promised on a condition another party must meet, are held over it.
COERCIVE_TYPES = frozenset({"SANCTION", "MOBILIZE", "COERCE"})
#: Subordinators of the condition or term a promised act is held to.
CONDITION_WORDS = frozenset({"if", "unless", "until"})


def _on_condition(parse: Parse, act: Token) -> bool:
    """Is the promised act held to a condition ("to impose a curfew if the riots went
    on", "to keep the border shut until Kabul hands over the men")?  A sanction, a
    show of force or coercion so promised is a threat, not a pledge; one promised
    outright ("pledged to arrest the killers") stays a pledge."""
    clauses = parse.kids(act, "advcl")
    return any(m.lemma.lower() in CONDITION_WORDS for c in clauses for m in parse.kids(c, "mark"))


def _ready_to(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A party ready, prepared or willing to do what is no event by itself states an
    intent, read as "pledged to" (AGREE 030): "Gazprom said it was ready to build a
    pipeline to Turkey". An act that is an event is coded by itself, its readiness
    making it future ("ready to hold talks", an offer; "ready to strike", a threat)."""
    acts = readiness_acts(parse, verb)
    if not acts or any(_verb_match(parse, a, lexicon) is not None for a in acts):
        return None
    return _read_as(parse, verb, "pledge", lexicon)


#: Nouns of sending goods, read as TRANSFER_VERBS read their objects: "a shipment of
#: tents and blankets" as "shipped tents and blankets" (AID).
TRANSFER_NOUNS = frozenset({"shipment", "consignment", "delivery", "airlift"})


def _goods_shipment(parse: Parse, noun: Token, lexicon: Lexicon) -> EventKind | None:
    """The aid a noun of sending names by its "of" phrase of aid goods ("a Turkish
    shipment of tents reached the camps", "the delivery of howitzers to Kyiv"):
    military aid for arms, else aid; None for other goods ("a delivery of mail")."""
    aid = lexicon.nouns.get("aid")
    if noun.lemma not in TRANSFER_NOUNS or not aid:
        return None
    heads = [h for o in parse.of_phrase(noun) for h in object_heads(parse, o)]
    if any(h.lemma in lexicon.nouns for h in heads):
        return None  # "the delivery of aid": the aid is the event
    if not any(h.lemma in AID_GOODS for h in heads):
        return None
    military = [e.kind for e in aid if e.modifier == "military"]
    arms = military and any(h.lemma in MILITARY_GOODS for h in heads)
    return military[0] if arms else aid[0].kind


def _crowd_massed(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """A crowd massing is a demonstration, not a build-up of forces: "thousands of
    protesters massed outside parliament, demanding ..." (PROTEST demo, as
    ``crowd_protest``); troops massing stays MOBILIZE."""
    if match.kind.type != "MOBILIZE" or match.pattern != "verb":
        return match
    return crowd_protest(parse, match.token, lexicon) or match


#: Dependencies of a gerund that is used as a noun: "resorted to firing".
NOMINAL_DEPS = frozenset({"pobj", "pcomp", "nsubj", "nsubjpass", "dobj"})


def _nominal_gerund(parse: Parse, token: Token) -> bool:
    """A gerund the parser calls a verb but that is used as a noun, with no object
    of its own: "resorted to firing", "died in police firing" (parsed as "police"
    modified by "firing": see ``gerund_author``)."""
    if token.tag != "VBG" or parse.kids(token, "dobj", "nsubj", "aux"):
        return False
    return token.dep in NOMINAL_DEPS or gerund_author(parse, token) is not None


def gerund_author(parse: Parse, token: Token) -> Token | None:
    """The noun right before a gerund that the parser hung it on: "police" in "died in
    police firing" (an actor's act, read as a compound: the police fired)."""
    head = parse.head(token)
    if token.dep == "acl" and head is not None and head.i == token.i - 1 and head.pos == "NOUN":
        return head
    return None
