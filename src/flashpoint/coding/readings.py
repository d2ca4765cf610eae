"""Readings of a verb that the parse alone does not give: whom a permission lets in,
a polite refusal, an inquiry set up, a noun modified by a participle, a participle
clause that opens the sentence, a clause that bounds another event in time, and
a rejected accusation against someone else (a defence).

Pure predicates over the parse; ``triggers`` turns them into matches.
"""

from __future__ import annotations

from collections.abc import Sequence

from flashpoint.coding.syntax import COUNT_NOUNS, Parse, is_actor_like
from flashpoint.model import Token

#: Verbs of permission whose complement clause's subject is who they let in: "allowed
#: UN inspectors to visit the site", "let IAEA inspectors visit" (the parser often
#: makes the inspectors the clause's subject, not the verb's object).
PERMISSION_VERBS = frozenset({"allow", "permit", "let"})
#: Nouns of a length of time, when the parser marks no entity ("gave them ten days").
SPAN_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year"})
#: Verbs that read as "refuse" with an infinitive complement: "declined to release".
REFUSAL_READINGS = {"decline": "refuse"}
#: Verbs that read as "pledge" with an infinitive complement and no object: "undertook
#: to return the archives" (not "undertook a review", where "undertake" is a light verb).
PROMISE_READINGS = {"undertake": "pledge"}
#: Predicate adjectives of readiness that, with an infinitive, state an intent as a
#: pledge does: "Kenya is ready to lead the mission", "was willing to compromise".
READINESS_ADJECTIVES = frozenset({"ready", "prepared", "willing"})
#: Acts one undergoes rather than does: "is prepared to face trial" pledges nothing.
UNDERGOING_VERBS = frozenset({"face", "endure", "suffer", "undergo", "bear"})
#: Words that grade a readiness rather than declare it: "less willing to", "how ready".
DEGREE_WORDS = frozenset({"less", "least", "how", "not", "never"})
#: Entity classes of a named state, body or people: "Switzerland", "the EU", "Kurds".
NAMED_PARTY_ENTITIES = frozenset({"GPE", "ORG", "NORP"})
#: Acts of saying whose refusal is declining comment (CAMEO 011), not a rejection.
COMMENT_VERBS = frozenset(
    {"comment", "say", "elaborate", "discuss", "confirm", "specify", "respond", "answer"}
    | {"disclose", "reveal", "identify", "name", "give", "provide", "speak", "detail"}
)
#: Where a falling price ends up: "shares declined to close at a low" is no refusal.
PRICE_CLOSES = frozenset({"close", "end", "finish", "trade", "stand", "settle"})
#: Verbs (with their particle) that set up a body: "set up an inquiry", "established
#: a commission of inquiry into ...": light verbs for the inquiries they found.
FOUNDING_VERBS = frozenset({("set", "up"), ("establish", "")})
#: Inquiries and the bodies that hold them ("a board of inquiry": its "of" phrase).
INQUIRY_NOUNS = frozenset(
    {"inquiry", "investigation", "probe", "commission", "board", "panel", "committee"} | {"mission"}
)
#: Bodies named by their "of" phrase: "a board of inquiry", "a commission of inquiry".
BODY_NOUNS = frozenset({"board", "commission", "panel", "committee"})
#: Verbs of denying and the nouns of an accusation they deny.
DENYING_VERBS = frozenset({"reject", "deny", "dismiss", "brush"})
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge"})
#: Entity labels of names that can be accused or deny.
NAME_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: Words after a verb that the parser may read as adverbs, not particles:
#: "troops pulled back from the border" ("back" an advmod) is "pulled back", "the
#: president stepped down on Friday" ("down" an advmod) is "stepped down".
ADVERB_PARTICLES = frozenset({"back", "away", "down", "out"})
#: Adverbs that act as a particle wherever they stand after the verb: "worked
#: together", "worked closely together".
FREE_PARTICLES = frozenset({"together"})
#: Means of talking at a distance: "spoke by telephone with Clinton" (the parser hangs
#: "with" on the means, not on the verb).
MEANS_NOUNS = frozenset(
    {"telephone", "phone", "video", "videoconference", "videolink", "teleconference"}
)
#: Nouns whose "of" phrase names what they are: "a campaign of ethnic cleansing"
#: is ethnic cleansing, "a wave of arrests" arrests, "a fresh round of aid" aid.
CAMPAIGN_NOUNS = frozenset({"campaign", "wave", "spate", "round"})
#: Civilian groups whose blockade is a protest (PLOVER PROTEST obstruct), with
#: protesters: "fishermen blockaded the port", "truckers blockaded the highways".
CIVILIAN_GROUPS = frozenset(
    {"farmer", "fisherman", "trucker", "driver", "worker", "miner", "student", "activist"}
    | {"villager", "resident", "youth", "striker", "unionist", "community", "haulier"}
    | {"peasant"}
)
#: Working people whose "strike" is a stoppage of work (PLOVER PROTEST strike), not an
#: attack: "striking truck drivers", "miners struck for higher pay".
WORKING_GROUPS = CIVILIAN_GROUPS - {"activist", "villager", "resident", "youth", "community"} | {
    "teacher",
    "doctor",
    "nurse",
    "employee",
    "staff",
    "docker",
    "pilot",
    "union",
    "lecturer",
    "railwayman",
}


def labour_strike(parse: Parse, verb: Token) -> bool:
    """Is "strike" a stoppage of work: its subject or the noun it modifies is working
    people ("striking truck drivers", "nurses striking for pay", "nurses struck for a
    second day"), or, as the parser reads "appealed to striking workers", a gerund
    whose object, right after it with no article, is working people?  A strike on
    working people stays an attack ("struck the workers' camp")."""
    if verb.lemma != "strike":
        return False
    head = parse.head(verb)
    if verb.dep in ("amod", "acl") and head is not None and head.i > verb.i:
        return head.lemma in WORKING_GROUPS
    if verb.dep == "acl" and head is not None and not parse.kids(verb, "dobj", "obj"):
        return head.lemma in WORKING_GROUPS  # "dock workers striking against the law"
    objects = parse.kids(verb, "dobj", "obj")
    if verb.tag == "VBG" and verb.dep in ("pcomp", "pobj") and len(objects) == 1:
        obj = objects[0]
        plain = not any(k.dep in ("det", "poss") for k in parse.kids(obj))
        return plain and obj.lemma in WORKING_GROUPS and obj.i <= verb.i + 3
    subjects = [c for s in parse.kids(verb, "nsubj") for c in parse.conjuncts(s)]
    if not subjects and verb.dep == "advcl" and verb.tag == "VBG" and head is not None:
        # "rail workers paralysed Paris, striking against the reform": the clause's doer
        subjects = [c for s in parse.kids(head, "nsubj") for c in parse.conjuncts(s)]
    return not objects and any(s.lemma in WORKING_GROUPS for s in subjects)


#: Verbs of making someone act against their will: "forced villagers to carry
#: ammunition" (CAMEO 170, coerce), as "coerce".
COMPELLING_VERBS = frozenset({"force", "compel", "coerce"})
#: Tags of a verb that tells what was done: "forced", "forces", "has forced".
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def compels(parse: Parse, verb: Token) -> bool:
    """Is the verb an active "force/compel X to do": an object that names someone and
    an infinitive complement ("soldiers forced the villagers to carry ammunition")?
    Only a finite verb telling what someone did: not the passive ("the minister was
    forced to resign": what he did is the news), not forcing a thing ("forced a vote",
    "forced its way in"), and not an infinitive or "-ing" form, which in news mostly
    tells a consequence or an aim ("the siege dragged on, forcing residents to rely on
    smugglers", "sanctions to force the regime to negotiate")."""
    if verb.lemma not in COMPELLING_VERBS or verb.tag not in FINITE_TAGS:
        return False
    if parse.kids(verb, "nsubjpass", "auxpass"):
        return False
    objects = [o for o in parse.kids(verb, "dobj", "obj") if _names_people(parse, o)]
    infinitives = [c for c in parse.kids(verb, "xcomp") if parse.infinitive(c)]
    return bool(objects) and bool(infinitives)


def _names_people(parse: Parse, noun: Token) -> bool:
    """Does the object name someone, itself or through a count's "of" phrase ("forced
    hundreds of villagers to work")?"""
    if noun.lemma not in COUNT_NOUNS and noun.ent_type != "CARDINAL":
        return is_actor_like(noun)
    return any(is_actor_like(o) for o in parse.of_phrase(noun))


#: Natural forces and crises whose hyphenated "-hit" or "-stricken" says what befell a
#: place or people, not that anyone attacked them: "cyclone-hit Bangladesh".
HAZARD_NOUNS = frozenset(
    {"cyclone", "hurricane", "typhoon", "storm", "quake", "earthquake", "flood", "drought"}
    | {"tsunami", "virus", "pandemic", "covid", "crisis", "recession", "famine", "disaster"}
    | {"wildfire", "tornado", "landslide", "monsoon", "debt", "scandal", "snow", "heat"}
)


def hyphen_prefix(parse: Parse, token: Token) -> Token | None:
    """The first part of a hyphenated word the tokenizer split, hung on ``token``:
    "China" in "China-backed", "baton" in "baton-charged"."""
    first = parse.tokens.get(token.i - 2)
    hyphen = parse.tokens.get(token.i - 1)
    if first is None or hyphen is None or hyphen.text != "-" or first.head != token.i:
        return None
    return first


def hazard_participle(parse: Parse, verb: Token) -> bool:
    """Is the verb the participle of a hyphenated modifier whose first part is a
    natural force or a crisis ("cyclone-hit Bangladesh", "the crisis-hit bank")?"""
    first = hyphen_prefix(parse, verb)
    return verb.tag == "VBN" and first is not None and first.lemma.lower() in HAZARD_NOUNS


def inside_name(parse: Parse, token: Token) -> bool:
    """Is the word a modifier inside a name, before the name's head ("Treaty" in "the
    North Atlantic Treaty Organization", "War Crimes" in "the War Crimes Tribunal")?
    It names the body, not an event; the name's head may still be one ("the Paris
    Agreement")."""
    head = parse.head(token)
    if not token.ent_type or token.dep != "compound" or head is None or head.i < token.i:
        return False
    between = [parse.tokens.get(i) for i in range(token.i + 1, head.i + 1)]
    return all(t is not None and t.ent_type == token.ent_type and t.ent_iob == "I" for t in between)


#: Subordinators of a clause that bounds the event it hangs on in time: "will not end
#: the strike until their demands are met", "will open talks once the rebels free
#: their hostages".  What such a clause tells is the condition of the news, not the news.
BOUNDING_MARKS = frozenset({"until", "till", "once"})
#: Tags of participles.
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
#: The shortest shared beginning that makes two names one party ("Iran", "Iranian").
NAME_STEM = 4


def permitted_subjects(parse: Parse, verb: Token) -> list[Token]:
    """Who a verb of permission lets act: the subject of its complement clause."""
    if verb.lemma not in PERMISSION_VERBS:
        return []
    return [s for c in parse.kids(verb, "ccomp", "xcomp") for s in parse.kids(c, "nsubj")]


def particles_of(parse: Parse, verb: Token) -> list[Token]:
    """The verb's particles: those the parser marks, and an adverb of direction
    right after the verb ("pulled back from the friction point") or right after its
    object ("handed the treasures back to Benin", as "handed back")."""
    objects = parse.kids(verb, "dobj", "obj")
    after_object = {max(t.i for t in parse.subtree(o)) + 1 for o in objects}
    adverbs = [
        a
        for a in parse.kids(verb, "advmod")
        if (a.i in {verb.i + 1} | after_object and a.lemma in ADVERB_PARTICLES)
        or (a.i > verb.i and a.lemma in FREE_PARTICLES)
    ]
    return parse.kids(verb, "prt") + adverbs


def phrasal_forms(verb: Token, particles: Sequence[Token]) -> list[str]:
    """The verb's phrasal lemmas with each of ``particles`` ("take up", "step down"),
    then its own lemma: a phrasal verb's reading comes before the bare verb's."""
    return [*(f"{verb.lemma} {p.lemma}" for p in particles), verb.lemma]


def direction_words(parse: Parse, verb: Token) -> set[str]:
    """The lemmas of the prepositions, particles and adverbs on a verb or on its
    objects, where the parser may hang a phrase of where someone was driven ("drove
    villagers from the hills", "drove 700,000 Rohingya [from] Rakhine", "chased them
    out")."""
    holders = [verb, *parse.kids(verb, "dobj", "obj")]
    return {k.lemma for h in holders for k in parse.kids(h, "prep", "prt", "advmod")}


def outs_of(parse: Parse, verb: Token) -> list[Token]:
    """An "out" parsed as the verb's preposition heading an "of" phrase after its
    object ("ordered the monitors [out] of the zone"): the particle of a phrasal verb
    with that object ("order out the monitors"), for its verb_obj readings."""
    objects = parse.kids(verb, "dobj", "obj")
    return [
        p
        for p in parse.kids(verb, "prep")
        if p.lemma == "out"
        and any(o.i < p.i for o in objects)
        and any(q.lemma == "of" for q in parse.kids(p, "prep"))
    ]


def means_preps(parse: Parse, verb: Token) -> list[Token]:
    """Prepositions hung on the means of a talk at a distance, read as the verb's:
    "with" in "spoke by telephone with Clinton" ("spoke with Clinton")."""
    means = [
        o
        for p in parse.kids(verb, "prep")
        if p.lemma == "by"
        for o in parse.kids(p, "pobj")
        if o.lemma in MEANS_NOUNS
    ]
    return [p for m in means for p in parse.kids(m, "prep")]


def refusal_reading(parse: Parse, verb: Token) -> str | None:
    """The verb "declined to release" reads as ("refuse"); None for "prices declined"
    and for declining to comment (CAMEO 011, no PLOVER event)."""
    reading = REFUSAL_READINGS.get(verb.lemma)
    acts = [c for c in parse.kids(verb, "xcomp") if c.pos in ("VERB", "AUX")]
    acts += _dated_infinitives(parse, verb)
    if reading is None or not acts or any(a.lemma in COMMENT_VERBS for a in acts):
        return None
    if all(a.lemma in PRICE_CLOSES for a in acts):
        return None
    return reading


def promise_reading(parse: Parse, verb: Token) -> str | None:
    """The verb "undertook to return the archives" reads as "pledge" (AGREE, CAMEO 030);
    None with an object ("undertook a review") or without an infinitive."""
    reading = PROMISE_READINGS.get(verb.lemma)
    if reading is None or parse.kids(verb, "dobj", "obj"):
        return None
    acts = [c for c in parse.kids(verb, "xcomp") if c.pos in ("VERB", "AUX")]
    acts += _dated_infinitives(parse, verb)
    return reading if any(parse.infinitive(a) for a in acts) else None


def readiness_acts(parse: Parse, verb: Token) -> list[Token]:
    """The acts a party declares itself ready for: "build" in "Gazprom said it was
    ready to build a pipeline" ("be" with a predicate adjective of
    ``READINESS_ADJECTIVES`` and an infinitive). None for "not ready", a degree ("less
    willing to", "how far it is ready to go"), a state ("prepared to be"), an act
    with nothing it bears on ("ready to fall"), or something other than a state or
    body ("the bridge is ready to open", "are you ready?")."""
    graders = parse.kids(verb, "advmod", "neg")
    graders += [g for a in graders for g in parse.kids(a, "advmod")]  # "how far it is"
    if verb.lemma != "be" or any(k.lemma.lower() in DEGREE_WORDS for k in graders):
        return []
    if not any(_named_party(parse, s) for s in parse.kids(verb, "nsubj")):
        return []  # "the meal is ready to eat"
    adjectives = [
        a
        for a in parse.kids(verb, "acomp")
        if a.lemma in READINESS_ADJECTIVES
        and not any(d.lemma in DEGREE_WORDS for d in parse.kids(a, "advmod", "neg"))
    ]
    acts = [c for a in adjectives for c in parse.kids(a, "xcomp") if c.pos == "VERB"]
    return [
        a
        for a in acts
        if parse.infinitive(a)
        and not parse.kids(a, "nsubj", "neg")
        and parse.kids(a, "dobj", "obj", "prep", "prt")  # not "the regime is ready to fall"
        and a.lemma not in UNDERGOING_VERBS  # not "is prepared to face the courts"
    ]


def _named_party(parse: Parse, subject: Token) -> bool:
    """Is the subject a state or body: a name ("Kenya", "Gazprom"), "it" standing for
    one ("Gazprom said it was ready"), or a noun with such a name on it ("Kenya's
    government")?  Not a person or "we", whose readiness is as often personal."""
    if subject.pos == "PRON":
        return subject.lemma.lower() == "it"
    if _aged(parse, subject):
        return False  # "Ali, 24, is prepared to ...": a person, whatever the tagger says
    words = [subject, *parse.kids(subject, "poss", "compound", "amod")]
    return any(w.ent_type in NAMED_PARTY_ENTITIES for w in words)


def _aged(parse: Parse, noun: Token) -> bool:
    """Is the noun given an age in apposition, as news gives a person's ("Ali, 24,")?"""
    return any(a.pos == "NUM" or a.text.isdigit() for a in parse.kids(noun, "appos"))


def named_party(token: Token) -> bool:
    """Is the token the name of a state, a body or a people ("Brussels", "the EU")?"""
    return token.pos == "PROPN" and token.ent_type in NAMED_PARTY_ENTITIES


def _dated_infinitives(parse: Parse, verb: Token) -> list[Token]:
    """Subjectless infinitives the parser hangs on the verb as adverbial clauses after
    a date: "declined on Monday to reverse the freeze" (only time phrases between)."""
    found = []
    for clause in parse.kids(verb, "advcl"):
        if clause.pos != "VERB" or not parse.infinitive(clause) or parse.kids(clause, "nsubj"):
            continue
        between = [k for k in parse.kids(verb, "prep", "npadvmod") if verb.i < k.i < clause.i]
        if between and all(_dated(parse, k) for k in between):
            found.append(clause)
    return found


def _dated(parse: Parse, phrase: Token) -> bool:
    """A time phrase: "on Monday", "last week" (a DATE or TIME entity)."""
    words = [phrase, *parse.kids(phrase, "pobj")]
    return any(w.ent_type in ("DATE", "TIME") for w in words)


def founds_inquiry(parse: Parse, verb: Token) -> bool:
    """Is the verb one that sets up a body ("set up", "established")?"""
    particles = [p.lemma for p in parse.kids(verb, "prt")] or [""]
    return any((verb.lemma, p) in FOUNDING_VERBS for p in particles)


def modifier_participle(parse: Parse, token: Token) -> bool:
    """Is the trigger a participle that modifies a noun: before it, alone or inside a
    hyphenated modifier ("jailed dissidents", "retreating troops", "China-backed
    projects", "a Chinese-financed railway"), or after it ("territory occupied by
    IS")?  Such an event says who or what a participant is, not what the sentence
    reports."""
    head = parse.head(token)
    if head is None or head.pos not in ("NOUN", "PROPN"):
        return False
    if token.dep == "acl" and token.tag == "VBN" and head.dep != "ROOT":
        return True  # "territory occupied by IS was shelled"
    if head.i <= token.i:
        return False
    if token.dep == "amod" and token.tag in PARTICIPLE_TAGS:
        return True  # "jailed dissidents", "retreating troops"
    return hyphen_prefix(parse, token) is not None  # "China-backed projects"


def _names(parse: Parse, token: Token) -> list[str]:
    """The names in the phrase of ``token`` (lower-cased): "Syrian government forces"
    → ["syrian"]."""
    return [
        t.text.lower() for t in parse.subtree(token) if t.ent_type in NAME_ENTS or t.pos == "PROPN"
    ]


def _same_party(names: list[str], others: list[str]) -> bool:
    """Do two lists of names share one, or a name and its adjective ("Iran", "Iranian")?"""
    return any(a[:NAME_STEM] == b[:NAME_STEM] for a in names for b in others)


def _accused(parse: Parse, accusation: Token) -> list[Token]:
    """Who an accusation is against: the subject of its clause ("accusations that
    Syrian forces had used ..."), or its "against" phrase."""
    found = [
        s
        for clause in parse.kids(accusation, "acl", "ccomp")
        for s in parse.kids(clause, "nsubj", "nsubjpass")
    ]
    found += [
        p
        for prep in parse.kids(accusation, "prep")
        if prep.lemma == "against"
        for p in parse.kids(prep, "pobj")
    ]
    return found


def defended(parse: Parse, verb: Token) -> tuple[Token, list[Token]] | None:
    """A denial of an accusation against a named third party is defending it (CAMEO
    052): the accusation and the parties it accuses, where they are named and none is
    the denier itself ("Lavrov rejected accusations that Syrian forces had used ...";
    not "Iran denied accusations that it had attacked tankers")."""
    if verb.lemma not in DENYING_VERBS:
        return None
    subjects = parse.kids(verb, "nsubj")
    denier = [n for s in subjects for n in _names(parse, s)]
    for obj in parse.kids(verb, "dobj", "obj"):
        if obj.lemma not in ACCUSATION_NOUNS:
            continue
        accused = _accused(parse, obj)
        names = [_names(parse, a) for a in accused]
        third = accused and subjects and all(names)
        if third and not any(_same_party(n, denier) for n in names):
            return obj, accused
    return None


def fronted_participle(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` a participle clause that opens its sentence, before the clause it
    hangs on ("Visiting Asuncion, Wu urged Paraguay ...", "Backed by tanks, troops
    seized ...", "Responding to a plea, officials said ...")?  It sets the scene of
    the news; a trailing one (", killing five") is often the news itself."""
    head = parse.head(clause)
    return (
        clause.dep == "advcl"
        and clause.tag in PARTICIPLE_TAGS
        and head is not None
        and clause.i < head.i
        and not parse.kids(clause, "mark")
    )


def bounding_clause(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` an adverbial clause that bounds its head in time ("until their
    demands are met", "once they free the hostages")?"""
    return clause.dep == "advcl" and any(
        k.lemma.lower() in BOUNDING_MARKS for k in parse.kids(clause, "mark")
    )


#: Particles the parser reads as a preposition heading the verb's object ("brushing
#: [aside] London's demand", "shrugging [off] Washington's appeals") or as an adverb
#: ("turned [aside] Hanoi's demand"), right after the verb.
LOOSE_PARTICLES = frozenset({"aside", "off", "away"})


def loose_particles(parse: Parse, verb: Token) -> list[Token]:
    """A particle right after the verb that the parser made a preposition or an
    adverb: "shrugging off the appeals", "turned aside the demand"."""
    return [
        k
        for k in parse.kids(verb, "prep", "advmod")
        if k.i == verb.i + 1 and k.lemma in LOOSE_PARTICLES
    ]


#: Answers that follow a verb of saying as its object ("said no to", "said sorry to").
ANSWER_WORDS = frozenset({"no", "yes", "sorry"})


#: Participles used as adjectives of judgement before a noun ("punishing tariffs",
#: "crippling sanctions", "crushing defeat", "sweeping powers"): no act of their own.
ADJECTIVE_PARTICIPLES = frozenset({"punish", "cripple", "crush", "sweep", "devastate"})
#: Past participles that before a noun say it is in contention, no one's act:
#: "the disputed border", "a contested election".
CONTESTED_PARTICIPLES = frozenset({"dispute", "contest"})


def contested_modifier(parse: Parse, token: Token) -> bool:
    """Is the token "disputed" or "contested" modifying the noun after it ("along the
    disputed border", "the disputed oil-rich city of Kirkuk")? It names a standing
    quarrel, not a rejection by anyone ("the claim was disputed by" stays one)."""
    if token.tag != "VBN" or token.lemma not in CONTESTED_PARTICIPLES or token.dep != "amod":
        return False
    head = parse.head(token)
    return head is not None and head.i > token.i and not parse.kids(token, "agent", "prep")


def adjective_participle(parse: Parse, token: Token) -> bool:
    """Is the token a participle of judgement that only describes the noun after it:
    a modifier ("the punishing tariffs"), or a gerund the parser hung as a complement
    right after a verb with that noun for its object ("scrapped [punishing] tariffs")?"""
    if token.tag != "VBG" or token.lemma not in ADJECTIVE_PARTICIPLES:
        return False
    head = parse.head(token)
    if token.dep == "amod":
        return head is not None and head.i > token.i
    return bool(_adjective_nouns(parse, token))


def _adjective_nouns(parse: Parse, token: Token) -> list[Token]:
    """The common noun right after a judging participle misparsed as the complement
    of the verb right before it ("scrapped punishing tariffs" → tariffs)."""
    head = parse.head(token)
    if token.dep != "xcomp" or head is None or head.i != token.i - 1:
        return []
    if parse.kids(token, "aux", "nsubj"):
        return []
    # A thing, not a party: "discussed punishing Russia" is an act on Russia.
    return [
        o
        for o in parse.kids(token, "dobj")
        if o.i == token.i + 1 and o.pos == "NOUN" and not o.ent_type
    ]


def misparsed_objects(parse: Parse, verb: Token) -> list[Token]:
    """The verb's object where the parser gave it another role: the object of a
    particle read as a preposition, or made the particle's ("shrugging off Washington's
    appeals"); a plural noun read as a verb in a complement clause whose subject is
    its name modifier ("heeded European Union calls for", "swatted away EU demands
    to"); the noun after an expletive "it" ("made it a condition that"); and an
    answer word (interjection or adverb) right after a verb of saying with a "to" or
    "for" phrase ("said no to joining", "said sorry to Moscow for"). Only where the
    verb has no object."""
    if parse.kids(verb, "dobj", "obj"):
        return []
    holders = [*loose_particles(parse, verb), *parse.kids(verb, "prt")]
    found = [o for p in holders for o in parse.kids(p, "pobj")]
    for clause in parse.kids(verb, "ccomp"):
        # "made it a condition that ...": the noun after the expletive "it", which the
        # parser makes the head of a clause with "it" for subject.
        expletive = any(s.text.lower() == "it" for s in parse.kids(clause, "nsubj"))
        if clause.pos == "NOUN" and expletive:
            found.append(clause)
    for participle in parse.kids(verb, "xcomp"):
        if participle.lemma in ADJECTIVE_PARTICIPLES and participle.tag == "VBG":
            found.extend(_adjective_nouns(parse, participle))  # "scrapped punishing tariffs"
    for clause in parse.kids(verb, "ccomp"):
        subjects = parse.kids(clause, "nsubj")
        if (
            clause.tag == "VBZ"
            and clause.i > verb.i
            and not parse.kids(clause, "aux", "mark", "neg")
            and any(s.i == clause.i - 1 and s.pos == "PROPN" for s in subjects)
        ):
            found.append(clause)
    for word in parse.kids(verb, "intj", "advmod"):
        preps = [*parse.kids(verb, "prep"), *parse.kids(word, "prep")]
        answer = word.i == verb.i + 1 and word.lemma in ANSWER_WORDS
        if answer and any(p.lemma in ("to", "for") for p in preps):
            found.append(word)
    return found


def named_plural_objects(parse: Parse, verb: Token) -> list[Token]:
    """A plural noun the parser read as a verb right after the verb's object, a
    name that is really its modifier: "shot down European Union calls to allow",
    "rebuffed Kremlin demands for" (the name made the object, the noun a complement
    clause with no subject, auxiliary or mark)."""
    objects = parse.kids(verb, "dobj")
    if len(objects) != 1 or objects[0].pos != "PROPN":
        return []
    return [
        clause
        for clause in parse.kids(verb, "ccomp")
        if clause.tag == "VBZ"
        and clause.i == objects[0].i + 1
        and not parse.kids(clause, "nsubj", "nsubjpass", "aux", "mark", "neg")
    ]


#: Links of a describing participle the parser hung on a verb as its own clause.
PARTICIPLE_CLAUSE_DEPS = ("advcl", "xcomp", "ccomp")


def second_objects(parse: Parse, verb: Token) -> list[Token]:
    """The thing given in a double-object verb where the parser lost it: the object
    of a describing participle hung on the verb right after its first object ("handed
    investigators [detailed] information" → information), or a second noun of the
    verb's "to" phrase right after its first ("passed to its counterparts details of
    the plot" → details). Not where the participle (tagged a past form) has a subject,
    auxiliary or mark."""
    firsts = parse.kids(verb, "dobj")
    found = [
        o
        for clause in parse.kids(verb, *PARTICIPLE_CLAUSE_DEPS)
        if clause.tag in ("VBN", "VBD")
        and any(f.i == clause.i - 1 for f in firsts)
        and not parse.kids(clause, "nsubj", "nsubjpass", "aux", "mark")
        for o in parse.kids(clause, "dobj")
        if o.i == clause.i + 1 and o.pos == "NOUN"
    ]
    for prep in parse.kids(verb, "prep"):
        nouns = parse.kids(prep, "pobj") if prep.lemma == "to" else []
        found.extend(n for n in nouns[1:] if n.pos == "NOUN" and n.i == nouns[0].i + 1)
    return found


def clause_fors(parse: Parse, verb: Token) -> list[Token]:
    """The "for" right after the verb that marks an infinitive clause of the verb
    ("pushed for the Bank to double", "called for Israel to condemn"), read as the
    verb's preposition (not "pressed ahead with its plan for Syria to be ...")."""
    return [
        m
        for clause in parse.kids(verb, "advcl", "ccomp", "xcomp")
        if clause.i > verb.i
        for m in parse.kids(clause, "mark")
        if m.lemma == "for" and m.i == verb.i + 1 and parse.kids(clause, "aux")
    ]


#: Links by which "clear" completes "make": "made clear", "made it clear".
CLEAR_LINKS = frozenset({"ccomp", "acomp", "oprd"})


def telling_phrase(parse: Parse, head: Token) -> Token | None:
    """The verb of a phrase of telling on which a told clause hangs, as a verb of
    saying: "made (it) clear that it would quit the talks" (the clause hung on "made"
    beside "clear", or on "clear") and "let Hamas know that" or "let it be known that"
    (hung on "know") tell through "made" and "let"; None for any other ``head``."""
    up = parse.head(head)
    if head.lemma == "make" and any(k.lemma == "clear" for k in parse.kids(head, *CLEAR_LINKS)):
        return head
    if up is None or up.i == head.i:
        return None
    if head.lemma == "clear" and head.dep in CLEAR_LINKS and up.lemma == "make":
        return up
    if head.lemma == "know" and head.dep in ("ccomp", "xcomp") and up.lemma == "let":
        return up
    return None
