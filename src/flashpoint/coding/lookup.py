"""Looking up what a word's objects are and which event a noun names.

The primitives that the trigger finder and the compositional readings share: the
``Match`` a trigger becomes, the nouns that say what an object is (``object_heads``),
the event a noun names (``noun_kind``), the lexicon's negative entries that make a
verb no event (``non_event``) and the adjectives a verb makes of its object.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from flashpoint.coding.lexicon import EventKind, Lexicon
from flashpoint.coding.readings import BODY_NOUNS, CAMPAIGN_NOUNS, hyphen_prefix
from flashpoint.coding.syntax import COUNT_NOUNS, Parse
from flashpoint.model import Token

OBJECT_DEPS = ("dobj", "obj", "nsubjpass", "attr", "oprd")


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


#: Spans of time that measure out the act of their "of" phrase: "ended 88 days of street
#: protests" as "ended the protests", "halted two weeks of strikes".
TIME_SPANS = frozenset({"day", "week", "month", "year", "decade"})

#: Nouns that only measure out their "of" phrase: "part of the aid programme".
PARTITIVES = frozenset(
    {"part", "some", "all", "most", "much", "many", "half", "portion", "rest", "team", "batch"}
    | {"shipment", "consignment", "ton", "tonne", "kg", "lot", "package", "convoy", "load"}
    | {"worth", "return", "entry", "arrival", "presence", "deployment", "dispatch"}
    | COUNT_NOUNS
    | {"handful", "group", "contingent"}
    | {"range", "raft", "series", "slew", "swathe"}  # "suspend a range of sanctions"
    | {"last", "first", "remainder", "bulk", "majority", "remnant"}  # "the last of its troops"
    | CAMPAIGN_NOUNS
    | TIME_SPANS
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
#: Heads that name a condition by their "of" phrase: "on a state of alert".
STATE_HEADS = frozenset({"state"})


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
        if noun.lemma in PARTITIVES or noun.lemma in BODY_NOUNS | PREMISES_NOUNS:
            # "a board of inquiry" is named by its "of" phrase, as a partitive is,
            # and read as the object itself ("hundreds of olive trees" as "olive trees").
            for inner in parse.of_phrase(noun):
                heads += object_heads(parse, inner, lexicon, access)
        heads += _amount_contents(parse, noun, lexicon)
        heads.append(noun)
        heads += _hyphened_heads(parse, noun)
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
        if noun.lemma in STATE_HEADS:
            heads += parse.of_phrase(noun)  # "alert" in "a state of alert"
    return heads


def _hyphened_heads(parse: Parse, noun: Token) -> list[Token]:
    """A hyphenated noun the tokenizer split, as one head with the lexicon's spelling:
    "ended their sit-in" reads its object as "sit-in" (``verb_obj end sit-in``, CONCEDE
    082), not as "in"."""
    first = hyphen_prefix(parse, noun)
    if first is None:
        return []
    return [replace(noun, lemma=f"{first.text.lower()}-{noun.lemma}")]


#: Premises named by whose they are: "closed the offices of a newspaper" reads as
#: "closed a newspaper" (and still as "closed the offices").
PREMISES_NOUNS = frozenset({"office", "headquarters", "premises", "bureau"})


def _amount_contents(parse: Parse, noun: Token, lexicon: Lexicon | None) -> list[Token]:
    """What a sum of money is in, when the lexicon reads that as aid: "halted $100
    million in budget support", "froze $2 billion in aid" read as "halted support",
    "froze aid" (a MONEY entity with an "in" phrase; not "allocated $95 million in
    humanitarian support", where "support" alone would read as political backing;
    nothing without the lexicon to tell). The parser may hang the phrase on the verb
    whose object the sum is ("cut off millions of dollars in assistance")."""
    if noun.ent_type != "MONEY" or lexicon is None:
        return []
    verb = parse.head(noun) if noun.dep in ("dobj", "obj") else None
    holders = [noun] if verb is None else [noun, verb]
    return [
        head
        for prep in (p for h in holders for p in parse.kids(h, "prep"))
        if prep.lemma == "in"
        for inner in parse.kids(prep, "pobj")
        if _is_aid(noun_kind(parse, inner, lexicon))
        for head in object_heads(parse, inner, lexicon)
    ]


def _is_aid(kind: EventKind | None) -> bool:
    return kind is not None and kind.type == "AID"


#: Nouns of an act whose "of" phrase names what it is done to, read as the verb with
#: that object: "the recall of the ambassador" as "recalled the ambassador", "the
#: lifting of the curfew" as "lifted the curfew", "recognition of Kosovo" as
#: "recognised Kosovo".
NOMINALISED_VERBS = {
    "expulsion": "expel",
    "recall": "recall",
    "recognition": "recognise",
    "release": "release",
    "lifting": "lift",
    "easing": "ease",
    "removal": "remove",
    "imposition": "impose",
    "suspension": "suspend",
    "cancellation": "cancel",
    "closure": "close",
    "freezing": "freeze",
    "severing": "sever",
    "signing": "sign",
    "reopening": "reopen",
    "restoration": "restore",
    "freeze": "freeze",
    "acceptance": "accept",
    "rejection": "reject",
    "admission": "admit",
    "return": "return",
    "downgrading": "downgrade",
    "downgrade": "downgrade",
    "revocation": "revoke",
    "dispatch": "dispatch",
    "cutoff": "cut",
    "declaration": "declare",
    "granting": "grant",
    "eviction": "evict",
    "violation": "violate",
    "breach": "breach",
    "rupture": "break",
    "legalisation": "legalise",
    "legalization": "legalize",
    "abolition": "abolish",
    "reception": "receive",
    "opening": "open",
}
#: Nominalised verbs whose "on" phrase is their object too: "a freeze on aid".
ON_OBJECT_NOUNS = frozenset({"freeze"})
#: Nouns that are their verb's act, read with the verb's prepositional
#: rows: "the Senate's vote against the treaty" as "voted against the treaty", "a
#: show of force" (MOBILIZE 150) as what is shown.
PREP_READ_NOUNS = frozenset({"vote", "show"})


def noun_kind(parse: Parse, noun: Token, lexicon: Lexicon) -> EventKind | None:
    """The event a noun names, honouring modifier-bound entries ("air" strike) and
    the object of a nominalised verb ("the expulsion of the inspectors")."""
    joined = _hyphen_joined(parse, noun, lexicon)
    if joined is not None:
        return joined
    verb = NOMINALISED_VERBS.get(noun.lemma)
    found = _nominal_object_kind(parse, noun, verb, lexicon) if verb is not None else None
    if found is not None:
        return found
    found = _prep_read_kind(parse, noun, lexicon)
    if found is not None:
        return found
    entries = lexicon.nouns.get(noun.lemma, ())
    if noun.text.lower() != noun.lemma:  # "firing" parsed as a verb has lemma "fire"
        entries += lexicon.nouns.get(noun.text.lower(), ())
    modifiers = modifier_lemmas(parse, noun)
    for entry in entries:
        if entry.modifier is None or entry.modifier in modifiers:
            return entry.kind
    if noun.lemma == "call" and calls_for(parse, noun) and not _content_of(parse, noun, lexicon):
        return lexicon.verb_prt.get(("call", "for"))
    attempt = _prep_read_kind(parse, noun, lexicon, ATTEMPT_NOUNS)
    return attempt or _promise_kind(parse, noun, lexicon)


#: Nouns of promising that, with an infinitive, state an intent as "a pledge to" does.
PROMISE_NOUNS = frozenset({"promise", "commitment", "vow", "undertaking"})
#: Verbs that make or make public the promise they act on: "made a promise to".
PROMISE_MAKING_VERBS = frozenset(
    {"make", "give", "announce", "confirm", "issue", "offer", "unveil"}
)


def _promise_kind(parse: Parse, noun: Token, lexicon: Lexicon) -> EventKind | None:
    """A promise, commitment or vow to act, made or announced, is a pledge (the
    lexicon's noun "pledge", AGREE 030): "Qatar's promise to abolish the kafala system
    was announced", "made a commitment to fund schools". One only mentioned is a
    standing promise ("stepped back from his promise to strike"), and one without an
    infinitive none ("the promise of peace", "its commitment to democracy")."""
    head = parse.head(noun)
    made = (
        head is not None
        and head.lemma in PROMISE_MAKING_VERBS
        and noun.dep in ("dobj", "nsubjpass")
    )
    if noun.lemma not in PROMISE_NOUNS or not made:
        return None
    if not any(parse.infinitive(c) and c.pos == "VERB" for c in parse.kids(noun, "acl")):
        return None
    entries = lexicon.nouns.get("pledge", ())
    return entries[0].kind if entries else None


def modifier_lemmas(parse: Parse, noun: Token) -> set[str]:
    """The lemmas of a noun's modifiers, with the adjectives its compounds carry, as
    the parser hangs an adjective on the first noun of a compound: "joint" in "a
    joint vaccination drive" modifies the drive (a joint drive, COOPERATE)."""
    modifiers = parse.kids(noun, "compound", "amod", "nmod")
    compounds = [m for m in modifiers if m.dep == "compound"]
    lemmas = {m.lemma for m in [*modifiers, *(a for c in compounds for a in parse.kids(c, "amod"))]}
    return lemmas | _jointly_done(parse, noun)


def _jointly_done(parse: Parse, noun: Token) -> set[str]:
    """The modifier "joint" where a participle done "jointly" describes the noun,
    before or after it: "a jointly built pipeline" and "the pipeline, built jointly by
    Russia and Turkey" are a joint pipeline."""
    participles = [p for p in parse.kids(noun, "amod", "acl") if p.tag == "VBN"]
    jointly = any(a.lemma == "jointly" for p in participles for a in parse.kids(p, "advmod"))
    return {"joint"} if jointly else set()


#: Nouns of an attempt whose "on" phrase names what was tried, looked up as the
#: lexicon's ``verb_pobj`` "attempt on ...": "an attempt on the president's life" is
#: an attempted assassination (ASSAULT, CAMEO 185).
ATTEMPT_NOUNS = frozenset({"attempt"})


def _hyphen_joined(parse: Parse, noun: Token, lexicon: Lexicon) -> EventKind | None:
    """A hyphenated noun the tokenizer split reads as the joined noun where the lexicon
    has it: "a military build-up" as "buildup", "a sit-in" as "sitin", "a cease-fire"
    as "ceasefire" (the first part hangs on the last as a compound)."""
    first = hyphen_prefix(parse, noun)
    if first is None or any(p.lemma == "to" for p in parse.kids(noun, "prep")):
        return None  # "the build-up to the vote": the run-up, not the act
    modifiers = modifier_lemmas(parse, noun)
    for entry in lexicon.nouns.get(first.text.lower() + noun.lemma.lower(), ()):
        if entry.modifier is None or entry.modifier in modifiers:
            return entry.kind
    return None


def calls_for(parse: Parse, noun: Token) -> bool:
    """The noun "call" with what it asks for: a "for" phrase ("calls for restraint",
    "issued a call for Turkey to let ...") or a clause opened by "for" ("a call for
    Myanmar to grant citizenship"), read as the verb "called for" (REQUEST). A call
    with neither ("a phone call", "took the call") is no request."""
    if any(p.lemma == "for" and parse.kids(p, "pobj", "pcomp") for p in parse.kids(noun, "prep")):
        return True
    clauses = parse.kids(noun, "acl", "relcl", "advcl")
    return any(m.lemma == "for" for c in clauses for m in parse.kids(c, "mark"))


def _content_of(parse: Parse, noun: Token, lexicon: Lexicon) -> bool:
    """``noun`` is what a verb that is not a light one acts on or about ("accepted the
    opposition's call for reform", "balked at calls for"): that verb's content, whose
    author is its target, not an event of its own."""
    head = parse.head(noun)
    if noun.dep == "pobj" and head is not None:
        head = parse.head(head)
    if head is None or head.pos not in ("VERB", "AUX"):
        return False
    return noun.dep in ("dobj", "obj", "pobj") and head.lemma not in lexicon.light


def _nominal_object_kind(
    parse: Parse, noun: Token, verb: str, lexicon: Lexicon
) -> EventKind | None:
    """The verb_obj entry of a nominalised verb and its "of" object."""
    for obj in nominal_objects(parse, noun):
        for head in object_heads(parse, obj):
            kind = object_kind(lexicon, verb, head)
            if kind is not None:
                return kind
    return None


def _prep_objects(
    parse: Parse, noun: Token, nouns: frozenset[str] = PREP_READ_NOUNS
) -> list[tuple[Token, Token]]:
    """The (preposition, object) pairs of a noun read as its verb ("vote against",
    "attempt on"); none for a noun not in ``nouns``."""
    if noun.lemma not in nouns:
        return []
    return [(p, o) for p in parse.kids(noun, "prep") for o in parse.kids(p, "pobj")]


def _prep_read_kind(
    parse: Parse, noun: Token, lexicon: Lexicon, nouns: frozenset[str] = PREP_READ_NOUNS
) -> EventKind | None:
    """The verb_pobj entry of a noun read as its verb with its own preposition:
    "a vote against the deal" as "voted against the deal" (REJECT); with
    ``ATTEMPT_NOUNS``, "an attempt on the president's life" (ASSAULT 185), which is
    looked up only after the noun's own entries ("an attempt on the summit": none)."""
    for prep, obj in _prep_objects(parse, noun, nouns):
        for head in object_heads(parse, obj):
            kind = lexicon.verb_pobj.get((noun.lemma, prep.lemma, head.lemma))
            if kind is not None:
                return kind
    return None


def nominal_objects(parse: Parse, noun: Token) -> list[Token]:
    """What a nominalised verb is done to, its "of" phrase: "the curfew" in "the
    lifting of the curfew" (the act's object, no event of its own), also its "on"
    phrase for a freeze ("a freeze on aid"); none for other nouns."""
    if noun.lemma in PREP_READ_NOUNS:  # "the vote against the treaty": no AGREE
        return [c for _, o in _prep_objects(parse, noun) for c in parse.conjuncts(o)]
    if noun.lemma not in NOMINALISED_VERBS:
        return []
    phrases = list(parse.of_phrase(noun))
    if noun.lemma in ON_OBJECT_NOUNS:
        ons = [p for p in parse.kids(noun, "prep") if p.lemma == "on"]
        phrases += [o for p in ons for o in parse.kids(p, "pobj")]
    return [c for o in phrases for c in parse.conjuncts(o)]


def object_kind(lexicon: Lexicon, verb: str, head: Token) -> EventKind | None:
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


def agent_participle_heads(parse: Parse, verb: Token) -> list[Token]:
    """A passive participle with a "by" agent and no object of its own acts on the
    noun it modifies (a reduced relative clause): "a bomb planted by rebels", "the
    diplomats expelled by Moscow", "a strike called by the Maoists" read as "planted a
    bomb", "expelled diplomats", "called a strike" (``verb_obj`` readings; a light
    verb's event noun stays the noun's own event)."""
    head = parse.head(verb)
    if verb.dep != "acl" or verb.tag != "VBN" or head is None or head.i > verb.i:
        return []
    if parse.kids(verb, *OBJECT_DEPS) or not parse.kids(verb, "agent"):
        return []
    return [head]


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
    commander guilty", an English adjective after its noun being no modifier; or as
    the verb's adverb, after the object or right after the verb: "set ablaze the
    market"). A negated one ("found not guilty") is left out: it says the opposite."""
    found = [k for k in parse.kids(verb, *COMPLEMENT_DEPS) if k.pos == "ADJ"]
    for obj in parse.kids(verb, "dobj", "obj"):
        found += [m for m in parse.kids(obj, "amod") if m.i == verb.i + 1 or m.i > obj.i]
        # "set metro stations ablaze": an adjective after the object parsed as an adverb.
        found += [m for m in parse.kids(verb, "advmod") if m.pos == "ADJ" and m.i > obj.i]
        # "set ablaze the market": one right after the verb, before the object.
        found += [m for m in parse.kids(verb, "advmod") if m.i == verb.i + 1 < obj.i]
    return [a for a in found if not parse.kids(a, "neg")]
