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

from dataclasses import dataclass, replace

from flashpoint.coding.lexicon import EventKind, Lexicon
from flashpoint.coding.readings import (
    BODY_NOUNS,
    CAMPAIGN_NOUNS,
    CIVILIAN_GROUPS,
    INQUIRY_NOUNS,
    compels,
    defended,
    founds_inquiry,
    hazard_participle,
    inside_name,
    labour_strike,
    particles_of,
    permitted_subjects,
    refusal_reading,
)
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

OBJECT_DEPS = ("dobj", "obj", "nsubjpass", "attr", "oprd")
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
#: Verbs of saying: "X said Y must do Z" is X demanding of Y.
SPEECH_VERBS = frozenset(
    {"say", "declare", "announce", "insist", "state", "tell", "conclude", "stress", "write", "add"}
)
OBLIGATION_AUX = frozenset({"must", "should"})
#: Verbs whose past with a complement in the bare form is a demand: "insisted that
#: Tokyo resume exports" (the subjunctive), not "insisted that it was innocent".
INSISTING_VERBS = frozenset({"insist"})
CURRENCY_WORDS = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "rupee", "riyal", "dirham", "franc", "ruble"}
    | {"rouble"}
)
#: Types whose object event is their content, not a separate happening.
CONTENT_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN", "SUPPORT"})


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger found in the text.

    ``token`` is the predicate (the verb, or the noun of a nominal event);
    ``noun`` the event noun governed by a light verb, if any; ``pattern`` one of
    ``verb``, ``verb_prt``, ``verb_obj``, ``light``, ``noun``.
    """

    token: Token
    kind: EventKind
    pattern: str
    noun: Token | None = None
    particle: Token | None = None
    #: The clause whose subject is the target: the demanded act in "said X must
    #: ...", the act a defended party is accused of.
    complement: Token | None = None


#: Nouns that only measure out their "of" phrase: "part of the aid programme".
PARTITIVES = frozenset(
    {"part", "some", "all", "most", "much", "many", "half", "portion", "rest", "team", "batch"}
    | {"shipment", "consignment", "ton", "tonne", "kg", "lot", "package", "convoy", "load"}
    | {"worth", "return", "entry", "arrival", "presence", "deployment", "dispatch"}
    | {"hundred", "thousand", "dozen", "million", "score", "number", "handful", "group"}
    | CAMPAIGN_NOUNS
)

#: Nouns that stand for what their "to" phrase names: "access to the websites".
ACCESS_NOUNS = frozenset({"access"})


#: Heads that say little about what they hold: their compound modifier does.
GENERIC_HEADS = frozenset(
    {
        "program",
        "programme",
        "package",
        "plan",
        "project",
        "scheme",
        "shipment",
        "delivery",
        "supply",
        "flow",
        "convoy",
        "consignment",
        "system",
        "unit",
        "force",
        "battery",
        "effort",
        "mission",
        "campaign",
        "initiative",
        "process",
        "round",
    }
)


#: Heads that name a degree of what their modifier says, which the parser may take
#: for an adjective: "raised its alert level", "alert status".
GRADE_HEADS = frozenset({"level", "status"})


def object_heads(
    parse: Parse, obj: Token, lexicon: Lexicon | None = None, access: bool = True
) -> list[Token]:
    """The nouns that say what an object is: itself, the compound modifier of a
    generic head ("aid" in "aid programme", not "missile" in "missile test"),
    coordinated objects, the "of" phrase of a partitive, and (with ``access``) what
    access is to ("blocked access to websites"; not after a light verb: "they have
    access to aid" is no aid given)."""
    heads: list[Token] = []
    for noun in parse.conjuncts(obj):
        if access and noun.lemma in ACCESS_NOUNS:
            # "blocked access to news websites" reads as "blocked news websites".
            for prep in parse.kids(noun, "prep"):
                if prep.lemma == "to":
                    for inner in parse.kids(prep, "pobj"):
                        heads += object_heads(parse, inner, lexicon)
        if noun.lemma in PARTITIVES or noun.lemma in BODY_NOUNS:
            # "a board of inquiry" is named by its "of" phrase, as a partitive is.
            for prep in parse.kids(noun, "prep"):
                if prep.lemma == "of":
                    for inner in parse.kids(prep, "pobj"):
                        heads += object_heads(parse, inner)
        heads.append(noun)
        if noun.ent_type == "PERSON" or (noun.pos == "PROPN" and noun.dep != "compound"):
            # "released journalist Jane Doe": the title says what the name is.
            heads += [t for t in parse.kids(noun, "compound", "appos") if t.pos == "NOUN"]
            if noun.ent_type == "PERSON":
                heads.append(replace(noun, lemma="person"))
        telling = lexicon is not None and noun_kind(parse, noun, lexicon) is None
        if telling or noun.lemma in GENERIC_HEADS:
            # The compound modifier after the head itself: "aid programme" (a head
            # that says little); given the lexicon, that of any head that is no
            # event itself ("eased curfew hours", not "launched a missile test").
            heads += parse.kids(noun, "compound")
        if noun.lemma in GRADE_HEADS:
            heads += parse.kids(noun, "amod")  # "alert" in "its alert level"
    return heads


#: Nouns of an act whose "of" phrase names what it is done to, read as the verb with
#: that object: "the recall of the ambassador" as "recalled the ambassador".
NOMINALISED_VERBS = {"expulsion": "expel", "recall": "recall"}


def noun_kind(parse: Parse, noun: Token, lexicon: Lexicon) -> EventKind | None:
    """The event a noun names, honouring modifier-bound entries ("air" strike) and
    the object of a nominalised verb ("the expulsion of the inspectors")."""
    verb = NOMINALISED_VERBS.get(noun.lemma)
    found = _nominal_object_kind(parse, noun, verb, lexicon) if verb is not None else None
    if found is not None:
        return found
    entries = lexicon.nouns.get(noun.lemma, ())
    if noun.text.lower() != noun.lemma:  # "firing" parsed as a verb has lemma "fire"
        entries += lexicon.nouns.get(noun.text.lower(), ())
    modifiers = {c.lemma for c in parse.kids(noun, "compound", "amod", "nmod")}
    for entry in entries:
        if entry.modifier is None or entry.modifier in modifiers:
            return entry.kind
    return None


def _nominal_object_kind(
    parse: Parse, noun: Token, verb: str, lexicon: Lexicon
) -> EventKind | None:
    """The verb_obj entry of a nominalised verb and its "of" object."""
    for prep in parse.kids(noun, "prep"):
        for obj in parse.kids(prep, "pobj") if prep.lemma == "of" else ():
            for head in object_heads(parse, obj):
                kind = _object_kind(lexicon, verb, head)
                if kind is not None:
                    return kind
    return None


def _object_kind(lexicon: Lexicon, verb: str, head: Token) -> EventKind | None:
    """The verb_obj entry of a verb and an object head: by lemma, else by the
    object's entity class ("recognise GPE": "recognised Kosovo")."""
    kind = lexicon.verb_obj.get((verb, head.lemma))
    if kind is None and head.ent_type:
        kind = lexicon.verb_obj.get((verb, head.ent_type))
    return kind


def _is_kind(token: Token, words: frozenset[str]) -> bool:
    """``token`` is one of ``words``: by lemma, or by entity class ("DATE")."""
    return token.lemma in words or (bool(token.ent_type) and token.ent_type in words)


def _objects_of(parse: Parse, verb: Token) -> list[Token]:
    """The verb's objects; for a relative or participle clause without one, the
    noun it modifies ("a position he has occupied", "the seat occupied by")."""
    objects = parse.kids(verb, *OBJECT_DEPS)
    head = parse.head(verb)
    if not objects and verb.dep in ("relcl", "acl") and head is not None:
        return [head]
    return objects


def non_event(parse: Parse, verb: Token, lexicon: Lexicon) -> Token | None:
    """The object that makes this verb no event, per the lexicon's negative entries:
    "a position he has occupied" (``not_obj``), "elections called for 24 June"
    (``not_pobj``, a DATE entity). Checked before any positive pattern; None when
    the verb's reading is not marked."""
    objects = lexicon.not_obj.get(verb.lemma)
    if objects:
        for obj in _objects_of(parse, verb):
            if any(_is_kind(head, objects) for head in object_heads(parse, obj)):
                return obj
    pairs = lexicon.not_pobj.get(verb.lemma)
    if pairs:
        for prep in parse.kids(verb, "prep"):
            words = frozenset(word for p, word in pairs if p == prep.lemma)
            for obj in parse.kids(prep, "pobj") if words else ():
                if any(_is_kind(head, words) for head in object_heads(parse, obj)):
                    return obj
    return None


#: Dependencies the parser gives a predicate adjective: "found him guilty" (ccomp),
#: "was found guilty" (oprd), "set the hostages free" (advcl).
COMPLEMENT_DEPS = ("ccomp", "oprd", "acomp", "xcomp", "advcl")


def predicate_adjectives(parse: Parse, verb: Token) -> list[Token]:
    """Adjectives that say what the verb makes of its object, looked up in the
    lexicon as its object ("verb_obj find guilty"): "found him guilty", "was found
    guilty", "set the hostages free", and "set free three activists" (parsed as the
    object's modifier, right after the verb, or after the object: "found the
    commander guilty", an English adjective after its noun being no modifier). A
    negated one ("found not guilty") is left out: it says the opposite."""
    found = [k for k in parse.kids(verb, *COMPLEMENT_DEPS) if k.pos == "ADJ"]
    for obj in parse.kids(verb, "dobj", "obj"):
        found += [m for m in parse.kids(obj, "amod") if m.i == verb.i + 1 or m.i > obj.i]
    return [a for a in found if not parse.kids(a, "neg")]


def _verb_match(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    if non_event(parse, verb, lexicon) is not None:
        return None
    # Most specific first: a true particle ("pulled out"), a telling object
    # ("fired tear gas at"), a preposition ("called on"), an event noun after a
    # light verb ("imposed sanctions"), the verb alone.
    particles = particles_of(parse, verb)
    objects = parse.kids(verb, *OBJECT_DEPS)
    found = _prep_object_match(parse, verb, lexicon, particles)
    if found is not None:
        return found
    for particle in particles:
        # A phrasal verb with a telling object: "called off the strike", "gave up
        # their weapons" (lexicon lemma "call off"), before either word alone.
        phrasal = f"{verb.lemma} {particle.lemma}"
        for obj in objects:
            for head in object_heads(parse, obj, lexicon):
                kind = lexicon.verb_obj.get((phrasal, head.lemma))
                if kind is not None:
                    return Match(verb, kind, "verb_obj", noun=obj, particle=particle)
    for particle in particles:
        kind = lexicon.verb_prt.get((verb.lemma, particle.lemma))
        if kind is not None:
            return Match(verb, kind, "verb_prt", particle=particle)
    # "allowed UN inspectors to visit": who is let in counts as the object.
    for obj in [*objects, *permitted_subjects(parse, verb)]:
        for head in object_heads(parse, obj, lexicon):
            kind = _object_kind(lexicon, verb.lemma, head)
            if kind is not None:
                return Match(verb, kind, "verb_obj", noun=obj)
    for adjective in predicate_adjectives(parse, verb):
        kind = lexicon.verb_obj.get((verb.lemma, adjective.lemma))
        if kind is not None:
            return Match(verb, kind, "verb_obj")
    found = _class_object_match(parse, verb, objects, lexicon) or _complement_match(
        parse, verb, lexicon
    )
    if found is not None:
        return found
    for prep in parse.kids(verb, "prep"):
        kind = lexicon.verb_prt.get((verb.lemma, prep.lemma))
        if kind is not None:
            return Match(verb, kind, "verb_prt", particle=prep)
    founding = founds_inquiry(parse, verb)  # "set up a board of inquiry"
    if verb.lemma in lexicon.light or founding:
        for obj in objects:
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


def _complement_match(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A verb whose infinitive or gerund complement the lexicon lists as its object:
    "ordered the troops to leave" (``verb_obj order leave``), "stopped eating",
    "refused to eat" (a hunger strike): the complement's act is what the verb is
    about, as a noun object would be."""
    for complement in parse.kids(verb, "xcomp"):
        for act in parse.conjuncts(complement):
            if act.pos not in ("VERB", "AUX"):
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
            found = _ordered_out(parse, verb, act, lexicon)
            if found is not None:
                return found
    return None


#: Verbs of telling someone what to do: "ordered the inspectors to leave".
ORDERING_VERBS = frozenset({"order", "tell", "instruct"})


def _ordered_out(parse: Parse, verb: Token, act: Token, lexicon: Lexicon) -> Match | None:
    """Ordering a party out that the lexicon says is expelled (peacekeepers,
    inspectors, diplomats: "expel inspector") expels it: "ordered the UN inspectors
    to leave" (SANCTION 166). Ordering troops or residents to leave is no expulsion."""
    if verb.lemma not in ORDERING_VERBS or act.lemma != "leave":
        return None
    for party in parse.kids(verb, "dobj", "obj"):
        for head in object_heads(parse, party, lexicon):
            kind = lexicon.verb_obj.get(("expel", head.lemma))
            if kind is not None:
                return Match(verb, kind, "verb_obj", noun=party)
    return None


def _prep_object_match(
    parse: Parse, verb: Token, lexicon: Lexicon, particles: list[Token]
) -> Match | None:
    """A verb with a telling prepositional object: "put its forces on alert",
    "expelled him from the party", "pulled out of the talks" (the preposition may
    hang on the verb, its particle, its object, or a preposition parsed for the
    particle: "out" in "out of")."""
    if not lexicon.verb_pobj:
        return None
    holders = [verb, *particles, *parse.kids(verb, "dobj", "obj", "prep")]
    for prep in (p for holder in holders for p in parse.kids(holder, "prep")):
        for obj in parse.kids(prep, "pobj"):
            for head in object_heads(parse, obj, lexicon):
                kind = lexicon.verb_pobj.get((verb.lemma, prep.lemma, head.lemma))
                if kind is None and head.ent_type:  # "welcomed Modi to GPE"
                    kind = lexicon.verb_pobj.get((verb.lemma, prep.lemma, head.ent_type))
                if kind is not None:
                    return Match(verb, kind, "verb_prt", particle=prep)
    return None


#: Nouns and verbs of military exercises: held with a partner, they are joint.
EXERCISE_WORDS = frozenset(
    {"exercise", "drill", "maneuver", "manoeuvre", "patrol", "game", "wargame"}
)


def joint_exercise(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """A show of force held *with* another party is military cooperation: "held
    naval drills with Russia", "patrolled the strait with Japanese ships", "Russia
    and Belarus held war games" (PLOVER:
    joint exercises are COOPERATE, a single country's are MOBILIZE).  The kind is
    the lexicon's "joint" reading of the word."""
    word = match.noun if match.noun is not None else match.token
    if match.kind.type != "MOBILIZE" or word.lemma not in EXERCISE_WORDS:
        return match
    holders = {match.token, word}
    partners = [
        pobj
        for holder in holders
        for prep in parse.kids(holder, "prep")
        if prep.lemma in ("with", "alongside")
        for pobj in parse.kids(prep, "pobj")
    ]
    # "Russia and Belarus held war games": the holders are partners of each other.
    partners += [c for s in parse.kids(match.token, "nsubj") for c in parse.kids(s, "conj")]
    joint = [e for e in lexicon.nouns.get(word.lemma, ()) if e.modifier == "joint"]
    if not partners or not joint:
        return match
    return replace(match, kind=joint[0].kind)


#: The CAMEO code of a blockade (COERCE restrict): by civilians, it is a protest.
BLOCKADE = "191"
#: Who protests, by the word for them: a crowd of these is a protest or a riot.
PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd", "mob"}
)
#: Who may make up a crowd when they gather to demand something.
CROWD_NOUNS = PROTESTERS | frozenset(
    {"people", "thousand", "hundred", "dozen", "supporter", "student", "worker", "activist"}
    | {"resident", "citizen", "farmer", "villager", "opponent", "youth", "woman", "teacher"}
)
#: Verbs of a crowd gathering or moving: "poured into the square", "filled the streets".
GATHERING_VERBS = frozenset(
    {"gather", "assemble", "converge", "pour", "flood", "fill", "throng", "crowd", "pack"}
    | {"mass", "flock", "stream", "swarm", "surround", "camp", "parade"}
)
#: Verbs of a clause that says a gathering is a protest: "..., demanding that X resign".
PROTEST_CUES = frozenset(
    {"demand", "call", "chant", "protest", "denounce", "condemn", "shout", "decry"}
    | {"oppose", "urge", "wave", "brandish"}
)


def _subjects(parse: Parse, verb: Token) -> list[Token]:
    """The nouns naming the verb's subject ("thousands of protesters": both), or
    those of the verb it is coordinated with ("torched cars and clashed ...")."""
    subjects = parse.kids(verb, "nsubj")
    head = parse.head(verb)
    if not subjects and verb.dep == "conj" and head is not None:
        subjects = parse.kids(head, "nsubj")
    return [h for s in subjects for h in object_heads(parse, s)]


def _crowd_protest(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A crowd gathering to protest is a demonstration (PLOVER PROTEST demo):
    "protesters gathered in Warsaw", "thousands poured into the capital, demanding
    that X resign", "crowds filled the square against the decree" (a verb of
    gathering with protesters for subject, or with a crowd and a clause of
    demanding or a phrase "against")."""
    kind = lexicon.verbs.get("demonstrate")
    if kind is None or verb.lemma not in GATHERING_VERBS:
        return None
    subjects = {h.lemma for h in _subjects(parse, verb)}
    if not subjects & CROWD_NOUNS:
        return None
    cued = any(k.lemma in PROTEST_CUES for k in parse.kids(verb, "advcl", "xcomp")) or any(
        k.lemma == "against" for k in parse.kids(verb, "prep")
    )
    return Match(verb, kind, "verb") if cued or subjects & PROTESTERS else None


def riot(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Protesters destroying or looting property or using crude violence riot (PLOVER
    PROTEST riot, CAMEO 145): "angry crowds set fire to banks", "protesters torched
    metro stations", "students demanding reforms stoned the police". The same act by
    others stays ASSAULT (CAMEO 1712) or COERCE (looting, 171).  Civilians blockading
    ("farmers blockaded the highways") obstruct passage (PROTEST obstruct, CAMEO 144,
    as "barricade"); a state's blockade stays COERCE (CAMEO 191)."""
    walkout = lexicon.nouns.get("walkout")
    if walkout and match.kind.type == "ASSAULT" and labour_strike(parse, match.token):
        return replace(match, kind=walkout[0].kind)  # "striking truck drivers"
    subjects = {h.lemma for h in _subjects(parse, match.token)}
    blockade = lexicon.verbs.get("barricade")
    if match.kind.cameo == BLOCKADE and blockade and subjects & (PROTESTERS | CIVILIAN_GROUPS):
        return replace(match, kind=blockade)
    kind = lexicon.verbs.get("riot")
    if kind is None or not _violent_protest_act(match):
        return match
    return replace(match, kind=kind) if _protesting(parse, match.token, subjects) else match


#: Verbs of taking property by force (COERCE seize): by protesters, rioting.
LOOTING_VERBS = frozenset({"loot", "plunder", "pillage"})
#: ASSAULT modes of crude violence that, done by protesters, is rioting.
CRUDE_MODES = frozenset({"primitive", "beat"})
#: CAMEO code of killing by physical assault: a killing by a mob is no riot but an assault.
KILLING = "1823"


def _violent_protest_act(match: Match) -> bool:
    """Is the act one a riot is made of (PLOVER riot: "the participants intend to cause
    physical injury and/or property damage"): damaging, looting or burning property,
    crude violence (stones, fire, blows) short of killing, or clashing?"""
    kind = match.kind
    looting = kind.mode == "seize" and match.token.lemma in LOOTING_VERBS
    damage = looting or kind.cameo.startswith("1712")
    crude = kind.type == "ASSAULT" and kind.mode in CRUDE_MODES and kind.cameo != KILLING
    clash = kind.type == "ASSAULT" and match.token.lemma == "clash"
    return damage or crude or clash


def _protesting(parse: Parse, verb: Token, subjects: set[str]) -> bool:
    """Is the subject a crowd of protesters: protesters by name, or a crowd said to
    protest by a participle ("students demanding an end to one-party rule")?"""
    if subjects & PROTESTERS:
        return True
    nouns = parse.kids(verb, "nsubj")
    head = parse.head(verb)
    if not nouns and verb.dep == "conj" and head is not None:
        nouns = parse.kids(head, "nsubj")
    crowds = [h for n in nouns for h in object_heads(parse, n) if h.lemma in CROWD_NOUNS]
    return any(k.lemma in PROTEST_CUES for c in crowds for k in parse.kids(c, "acl"))


#: Words in "re" that are not the act done again ("recall", "reside", "return").
NOT_REPEATED = frozenset(
    {"recall", "recommend", "recede", "refine", "refund", "relay", "remove", "reside"}
    | {"return", "reset", "repay", "reissue", "remake", "relook", "reorder", "reorganize"}
    | {"reorganise", "rearrange", "recharge", "reclose", "reconduct", "refinance", "retrain"}
    | {"reschedule", "reinvest", "retest", "reuse", "recount", "rehold", "remount", "refile"}
    | {"relend", "replant", "record", "reflect", "reform", "reveal", "release", "rewound"}
    | {"represent", "research"}
)


def _repeated(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A verb of doing again codes as the act itself: "reimposed a curfew",
    "redeployed troops", "reopened talks" (the lemma without "re", when that is
    a trigger or a light verb and the verb itself is not in the lexicon)."""
    lemma = verb.lemma
    if not lemma.startswith("re") or len(lemma) < 6 or lemma in NOT_REPEATED:
        return None
    plain = replace(verb, lemma=lemma.removeprefix("re").removeprefix("-"))
    match = _verb_match(parse, plain, lexicon)
    return replace(match, token=verb) if match is not None else None


def _hyphenated(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A hyphenated verb the tokenizer split: "baton-charged", "lathi-charge",
    "fire-bombed" code as the joined verb ("batoncharge") where the lexicon has it."""
    first = parse.tokens.get(verb.i - 2)
    hyphen = parse.tokens.get(verb.i - 1)
    if first is None or hyphen is None or hyphen.text != "-" or first.head != verb.i:
        return None
    joined = replace(verb, lemma=first.text.lower() + verb.lemma)
    match = _verb_match(parse, joined, lexicon)
    return replace(match, token=verb) if match is not None else None


def _declined(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """ "Declined to release the prisoners" reads as "refused to release" (REJECT)."""
    reading = refusal_reading(parse, verb)
    if reading is None:
        return None
    match = _verb_match(parse, replace(verb, lemma=reading), lexicon)
    return replace(match, token=verb) if match is not None else None


def defence(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Rejecting an accusation against a named third party defends it (SUPPORT, CAMEO
    052 "defend verbally"): "Lavrov rejected accusations that Syrian forces had used
    chemical weapons" has Syria for target; denying one's own guilt stays REJECT."""
    kind = lexicon.verbs.get("defend")
    found = defended(parse, match.token) if match.kind.type == "REJECT" else None
    if kind is None or found is None:
        return match
    accusation, accused = found
    clause = parse.head(accused[0]) if accused[0].dep.startswith("nsubj") else None
    return Match(match.token, kind, "verb_obj", noun=accusation, complement=clause)


def _demand(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A speech verb whose complement says someone must act: a REQUEST."""
    kind = lexicon.verbs.get("demand")
    if kind is None or verb.lemma not in SPEECH_VERBS | INSISTING_VERBS:
        return None
    for complement in parse.kids(verb, "ccomp"):
        auxiliaries = parse.kids(complement, "aux")
        obliged = any(a.lemma in OBLIGATION_AUX for a in auxiliaries) or (
            complement.lemma == "have" and parse.kids(complement, "xcomp")
        )
        if obliged or _subjunctive(parse, verb, complement):
            return Match(verb, kind, "demand", complement=complement)
    return None


def _subjunctive(parse: Parse, verb: Token, complement: Token) -> bool:
    """Is the complement of a past verb of insisting in the bare form, with a subject
    and no auxiliary ("insisted that Seoul lift the ban", "insisted the envoy be
    recalled")? After a past verb an indicative would be past too ("insisted that
    the talks were going well")."""
    if verb.lemma not in INSISTING_VERBS or verb.tag != "VBD":
        return False
    bare = complement.tag == "VB" or (complement.tag == "VBP" and complement.lemma != "be")
    # "insisted the envoy be recalled": a passive's bare "be".
    bare = bare or any(a.tag == "VB" for a in parse.kids(complement, "auxpass"))
    subject = parse.kids(complement, "nsubj", "nsubjpass")
    return bare and bool(subject) and not parse.kids(complement, "aux")


#: Verbs that set a time limit: "gave Qatar ten days to ...", "set them 48 hours to ...".
DEADLINE_VERBS = frozenset({"give", "set", "grant"})
#: Nouns of a length of time, when the parser marks no entity.
SPAN_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _ultimatum(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A time limit to act "or face" a consequence is an ultimatum (THREATEN, CAMEO
    139, as the noun "ultimatum"): "gave the rebels 48 hours to withdraw or face
    air strikes". A time limit alone ("gave them a week to reply") is none."""
    kinds = lexicon.nouns.get("ultimatum")
    if not kinds or verb.lemma not in DEADLINE_VERBS:
        return None
    spans = [
        k
        for k in parse.kids(verb, "npadvmod", "dobj", "obj")
        if k.lemma in SPAN_NOUNS or k.ent_type in ("DATE", "TIME")
    ]
    for clause in parse.kids(verb, "advcl", "xcomp") if spans else ():
        if not any(a.lemma == "to" for a in parse.kids(clause, "aux")):
            continue
        for face in (t for t in parse.subtree(clause) if t.lemma == "face" and t.dep == "conj"):
            joined = parse.head(face)
            if joined is not None and any(c.lemma == "or" for c in parse.kids(joined, "cc")):
                return Match(verb, kinds[0].kind, "verb")
    return None


#: Heads that offer or promise what their complement says: "is ready to work with
#: Seoul", "pledged to work with the new government".
OFFERING_HEADS = frozenset(
    {"ready", "willing", "prepared", "eager", "keen", "determined"}
    | {"pledge", "vow", "promise", "offer"}
)


def _offered_work(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Working with another party, offered or promised ("said it was ready to work
    closely with Australia"), is the offer to cooperate the manual's AGREE names (CAMEO
    030): it reads as "cooperate", whose future modality the scorer makes AGREE. "Works
    with" alone mostly describes someone in news and stays uncoded."""
    kind = lexicon.verbs.get("cooperate")
    if kind is None or verb.lemma != "work" or verb.dep != "xcomp":
        return None
    head = parse.head(verb)
    if head is None or head.lemma not in OFFERING_HEADS:
        return None
    partners = [p for p in parse.kids(verb, "prep") if p.lemma == "with" and parse.kids(p, "pobj")]
    return Match(verb, kind, "verb") if partners else None


def _compelled(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """ "Forced the villagers to carry ammunition" is coercion (CAMEO 170), as
    "coerced"; the act forced on them is coded on its own where it is one."""
    kind = lexicon.verbs.get("coerce")
    return Match(verb, kind, "verb") if kind is not None and compels(parse, verb) else None


#: Acts that oppose someone by themselves: "urged Arab states to isolate the regime".
OPPOSING_ACTS = frozenset({"oppose", "isolate", "ostracise", "ostracize", "shun", "resist"})
#: Acts that oppose whom their "against" phrase names: "to rise against the government".
RISING_ACTS = frozenset({"rise", "unite", "stand", "rally", "mobilise", "mobilize", "band"})
#: Objects of an act that, "against" someone, oppose them: "to close ranks against",
#: "to take a common stand against", "to join a strike against".
OPPOSING_OBJECTS = frozenset(
    {"rank", "stand", "front", "coalition", "campaign", "opposition", "strike", "protest"}
)


def _opposes(parse: Parse, act: Token) -> bool:
    """Is the act one of opposing someone ("oppose", "rise against", "close ranks
    against")?"""
    if act.lemma in OPPOSING_ACTS:
        return True
    holders = [act] if act.lemma in RISING_ACTS else []
    holders += [o for o in parse.kids(act, "dobj", "obj") if o.lemma in OPPOSING_OBJECTS]
    return any(p.lemma == "against" for h in holders for p in parse.kids(h, "prep"))


def rallied_opposition(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """A request that others oppose someone rallies opposition against them (CAMEO
    113, ACCUSE; the lexicon's "rally opposition"): "urged supporters to rise against
    the government", "lobbied Arab states to oppose the dam"."""
    kind = lexicon.verb_obj.get(("rally", "opposition"))
    if kind is None or match.kind.type != "REQUEST":
        return match
    for act in parse.kids(match.token, "xcomp", "advcl"):
        if any(a.lemma == "to" for a in parse.kids(act, "aux")) and _opposes(parse, act):
            return replace(match, kind=kind)
    return match


def _content_nouns(parse: Parse, match: Match) -> list[Token]:
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
            match = (
                _hyphenated(parse, token, lexicon)
                or _verb_match(parse, token, lexicon)
                or _declined(parse, token, lexicon)
                or _demand(parse, token, lexicon)
                or _ultimatum(parse, token, lexicon)
                or _compelled(parse, token, lexicon)
                or _offered_work(parse, token, lexicon)
                or _repeated(parse, token, lexicon)
                or _crowd_protest(parse, token, lexicon)
            )
            if match is not None:
                match = riot(parse, joint_exercise(parse, match, lexicon), lexicon)
                match = rallied_opposition(parse, defence(parse, match, lexicon), lexicon)
                matches.append(match)
                if match.noun is not None:
                    consumed.add(match.noun.i)
                consumed.update(t.i for t in _content_nouns(parse, match))
    matched = {m.token.i for m in matches}
    for token in tokens:
        if token.i in consumed or token.i in matched:
            continue
        if token.pos not in ("NOUN", "PROPN") and not _nominal_gerund(parse, token):
            continue
        if inside_name(parse, token):
            continue  # "Treaty" in "the North Atlantic Treaty Organization"
        kind = noun_kind(parse, token, lexicon)
        if kind is not None:
            matches.append(joint_exercise(parse, Match(token, kind, "noun"), lexicon))
    return sorted(matches, key=lambda m: m.token.i)


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
