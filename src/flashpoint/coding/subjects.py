"""Who acts in an event: the subject of a trigger verb or the one it inherits through
control, coordination or a relative clause; the authors, intenders, claimants and
carriers of an event noun; the users of a weapon; and the subjects of verbs the parser
misread as participles or nouns."""

from __future__ import annotations

from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import Match, noun_kind
from flashpoint.coding.syntax import Parse, is_actor_like
from flashpoint.coding.triggers import continued_act_preps, gerund_author
from flashpoint.model import Token

#: Nominal events whose "of" phrase is who acted ("the withdrawal of Russian
#: forces"); for the others it is who was acted upon ("the arrest of X").
SELF_MOVING_TYPES = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "COOPERATE"})
#: Nouns of help whose "of" phrase is who gives it: "with the aid of a US-led
#: coalition", "the support of China for the junta".
GIVING_NOUNS = frozenset(
    {"support", "aid", "help", "assistance", "backing", "patronage", "sponsorship"}
)
#: Entity labels of names that can act.
NAME_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: Verbs whose object is what their subject acts with, not who acts: "police used
#: batons to disperse students" (the police disperse them).
INSTRUMENT_VERBS = frozenset({"use", "employ", "utilize", "utilise", "wield"})
#: Verbs whose subject is handed down to an open complement ("agreed to withdraw").
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass",)
#: Relative pronouns: "the militia that attacked" takes its subject from the noun.
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
#: Nouns for documents and statements whose issuer is who acts in a participle on
#: them: "issued a statement calling on", "a report accusing".
DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "letter", "communique", "communiqué", "declaration", "message"}
    | {"note", "video", "post", "tweet", "press", "release", "editorial", "resolution"}
)
#: Nouns of an intended act, whose infinitive is carried out by who intends it:
#: "announced plans to hold drills", "Iran's decision to enrich uranium".
INTENTION_NOUNS = frozenset(
    {"plan", "intention", "decision", "promise", "pledge", "commitment", "readiness"}
    | {"willingness", "intent", "bid", "attempt", "effort", "determination", "vow"}
)
#: Verbs whose subject holds the plan or decision they make known or take.
INTENDING_VERBS = frozenset(
    {"announce", "unveil", "make", "take", "have", "outline", "present", "reveal", "declare"}
    | {"confirm", "signal", "express", "voice", "reaffirm", "renew", "set", "lay", "draw"}
)
#: Nouns whose "for" phrase is an act of the one who claims them.
CLAIM_NOUNS = frozenset({"responsibility", "credit"})
#: Verbs of blaming, whose object did the act their "for"/"of" phrase names: "blamed
#: Armenia for the shelling", "accused Iran of the attack".
BLAMING_VERBS = frozenset(
    {"blame", "accuse", "condemn", "criticise", "criticize", "denounce", "fault"}
)
#: Predicate adjectives whose "for" phrase is an act of their subject.
RESPONSIBLE_WORDS = frozenset({"responsible", "accountable", "culpable", "guilty"})
#: Prepositions that tie a gerund to the verb's object, not its subject: "accused
#: Iran of attacking", "thanked Qatar for mediating", "stopped them from leaving".
OBJECT_LINKING_PREPS = frozenset({"of", "for", "from", "into"})
#: Verbs that begin, continue, widen or end an event named by their object, whose
#: subject carries it out: "stepped up attacks", "lifted the sanctions".
ASPECT_VERBS = frozenset(
    {"step", "launch", "carry", "conduct", "mount", "stage", "wage", "unleash", "pursue"}
    | {"continue", "resume", "intensify", "escalate", "begin", "start", "expand", "widen"}
    | {"increase", "reduce", "halt", "end", "stop", "suspend", "lift", "remove", "ease"}
    | {"renew", "extend", "tighten", "cut", "double", "boost", "scale", "ramp"}
)
#: Verbs that set off or turn on a weapon named as the event: "released sarin gas on
#: the subway", "detonated a car bomb" (the verb's subject attacked).
DEPLOYING_VERBS = frozenset({"release", "spray", "detonate", "deploy", "plant"})
#: Stretches of an event, or a campaign of it, whose "of" phrase names it: "entered the
#: tenth day of a hunger strike", "unleashed a campaign of attacks".
STRETCH_NOUNS = frozenset(
    {"day", "week", "month", "year", "phase", "stage", "campaign", "round", "wave", "spate"}
)
#: Weapons whose user, named by a participle's agent, is who attacked.
INSTRUMENT_NOUNS = frozenset(
    {"missile", "rocket", "shell", "bomb", "mortar", "drone", "grenade", "mine", "bullet"}
    | {"projectile", "explosive", "device", "munition", "shot", "round", "warplane", "jet"}
    | {"aircraft", "helicopter", "plane", "tank", "artillery", "strike", "airstrike"}
)
#: Nouns that hold a set of things said or done: "presented a list of demands".
COLLECTION_NOUNS = frozenset(
    {"list", "set", "series", "raft", "catalogue", "catalog", "slate", "string", "batch"}
    | {"package", "host", "slew", "number", "round", "wave", "flurry", "barrage", "volley"}
)
#: Entity labels of a "by" phrase that says when or how much, not who: "by 2030".
AGENT_NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: Prepositions whose noun is an act of its own, at another time, whose "by" phrase is
#: that act's agent: "will not be provided until a ruling by a court".
TIME_ORDER_PREPS = frozenset({"by", "until", "till", "after", "before", "since", "pending"})
#: Words of a "by" phrase that says how, not who: "dispersed by force" (not "by
#: security forces": the word itself, not its lemma).
MEANS_NOUNS = frozenset(
    {"force", "road", "air", "sea", "land", "rail", "train", "boat", "bus", "truck", "phone"}
    | {"telephone", "email", "letter", "decree", "law", "vote", "margin", "means", "way"}
    | {"hand", "mistake", "accident", "chance", "default", "order", "majority", "night", "day"}
)
#: Types whose act on a to-infinitive is the subject's own ("threatened to strike",
#: "refused to withdraw", "pledged to help"): no passive participle takes one.
CONTROL_TYPES = frozenset({"THREATEN", "REJECT", "AGREE"})


def subjects_of(parse: Parse, verb: Token) -> list[Token]:
    """Explicit subject of ``verb``, or the one it inherits through control,
    coordination or a relative clause."""
    subjects = parse.kids(verb, *SUBJECT_DEPS)
    opening = [s for s in subjects if opening_participle(parse, s)]
    if opening:
        # "Addressing reporters in Tehran, Iran's foreign minister charged ...": the
        # opening clause is no subject; the parser hung the real one on its last noun.
        subjects = [s for s in subjects if s not in opening]
        subjects = subjects or [a for o in opening for a in stranded_subjects(parse, o)]
    if not subjects:
        # ... or hung it there with the opening clause read as an adverbial one.
        opening = [c for c in parse.kids(verb, "advcl") if opening_participle(parse, c)]
        subjects = [a for o in opening for a in stranded_subjects(parse, o)]
    if not subjects:
        # The parser sometimes hangs the subject on the auxiliary: "The UK and France
        # however have opposed ..." → "have" holds "UK".
        for aux in parse.kids(verb, "aux"):
            subjects.extend(parse.kids(aux, *SUBJECT_DEPS))
    if not subjects:
        # ... or takes a name before the verb for an adverb: "USAID deployed teams".
        subjects = [
            k
            for k in parse.kids(verb, "advmod", "npadvmod", "dep")
            if k.i < verb.i and k.ent_type in NAME_ENTS
        ]
    subjects.extend(parse.agents(verb))
    if not subjects:
        subjects = stray_agents(parse, verb)
    relative = [s for s in subjects if s.lemma in RELATIVE_PRONOUNS or s.tag in ("WDT", "WP")]
    if relative or not subjects:
        head = parse.head(verb)
        if opening_participle(parse, verb):
            # The opening clause's act is the sentence subject's: "Ignoring appeals
            # from London, Iran kept ..." (its head's), or, the clause read as the
            # root, the name hung on its last noun ("Defying X, Israel snubbed ...").
            if head is None:
                return stranded_subjects(parse, verb)
            return subjects_of(parse, head)
        if head is not None and verb.dep == "relcl":
            return [head]
        if head is not None and verb.dep == "xcomp" and head.lemma not in INSTRUMENT_VERBS:
            controllers = parse.kids(head, "dobj", "nsubjpass")
            if controllers:
                # Object control: "forcing the police to open fire" → the police;
                # "Israel is expected to strike" → Israel.
                return controllers
        if (
            head is not None
            and verb.dep in ("xcomp", "conj", "advcl")
            and head.pos in ("VERB", "AUX")
        ):
            inherited = subjects_of(parse, head)
            if not inherited and _active_after_passive(parse, verb, head):
                # "Police were put on alert and stepped up patrols": the passive's
                # subject does the active second verb.
                return parse.kids(head, *PASSIVE_SUBJECT_DEPS)
            return inherited
        if head is not None and verb.dep == "acl" and verb.tag == "VBG":
            return _document_authors(parse, head) or [head]
        if head is not None and verb.dep == "acl" and _verb_tagged_noun(parse, head):
            return parse.kids(head, *SUBJECT_DEPS)  # "The Government pledges to support"
        if head is not None and verb.dep == "acl" and head.lemma in INTENTION_NOUNS:
            return _intenders(parse, head)  # "India announced plans to hold drills"
        if head is not None and verb.dep == "pcomp":
            return _adjunct_controllers(parse, head)
        holder = parse.head(head) if head is not None and head.dep == "acomp" else None
        if holder is not None and verb.dep in ("xcomp", "prep", "pcomp"):
            return subjects_of(parse, holder)  # "Syria is willing to withdraw"
    return [s for s in subjects if s not in relative]


def _verb_tagged_noun(parse: Parse, noun: Token) -> bool:
    """A verb in the present that the tagger took for a plural noun, as it does in
    communiques and headlines: "The Government of the Republic of Zambia pledges to
    support ..." ("pledges" tagged like "the pledges"); a noun heads no subject."""
    return noun.pos == "NOUN" and bool(parse.kids(noun, *SUBJECT_DEPS))


def stray_agents(parse: Parse, verb: Token) -> list[Token]:
    """The "by" phrase of a passive verb with no agent, where the parser hung it as a
    plain phrase on the verb or on the last noun of one of its phrases: "detainees were
    handed back to Yerevan by Azerbaijan", "were arrested at a Cairo hotel by the
    police" → Azerbaijan, the police (not "by 2030", "by force": no actor)."""
    if verb.tag != "VBN" or not parse.kids(verb, "auxpass", "nsubjpass"):
        return []
    if parse.kids(verb, "agent"):
        return []
    holders = [verb] + [
        o
        for p in parse.kids(verb, "prep")
        + [q for a in parse.kids(verb, "advmod") for q in parse.kids(a, "prep")]
        if p.lemma not in TIME_ORDER_PREPS
        for o in parse.kids(p, "pobj")
    ]
    return [
        o
        for o in phrase_objects(parse, holders, "by")
        if is_actor_like(o)
        and o.ent_type not in AGENT_NON_ACTOR_ENTS
        and o.text.lower() not in MEANS_NOUNS
    ]


def phrase_objects(parse: Parse, holders: list[Token], preposition: str) -> list[Token]:
    """The objects of the ``preposition`` phrases of ``holders``: "from" gives origins
    ("withdrew from Lebanon"), "between" the parties ("clashes between A and B")."""
    return [
        pobj
        for holder in holders
        for prep in parse.kids(holder, "prep")
        if prep.lemma == preposition
        for pobj in parse.kids(prep, "pobj")
    ]


def _active_after_passive(parse: Parse, verb: Token, head: Token) -> bool:
    """Is ``verb`` an active finite verb with an object of its own, coordinated after
    a passive verb by "and"/"but", whose subject it shares ("were put on alert and
    stepped up patrols"), not a passive participle sharing its auxiliary ("was arrested and
    charged")?"""
    return (
        verb.dep == "conj"
        and verb.tag in ("VBD", "VBZ", "VBP")
        and bool(parse.kids(verb, "dobj"))
        and not parse.kids(verb, "auxpass", "nsubjpass", *SUBJECT_DEPS)
        and bool(parse.kids(head, "auxpass"))
        and not parse.kids(head, "agent")
        and any(head.i < c.i < verb.i for c in parse.kids(head, "cc"))
    )


def opening_participle(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` a participle that opens the sentence with a comma-closed phrase
    ("Citing security concerns, Ankara ...") that the parser took for the clausal
    subject of the verb after it, an adverbial clause of it, or the root?"""
    if clause.dep not in ("csubj", "advcl", "ROOT") or clause.tag not in ("VBG", "VBN"):
        return False
    if clause.i != min(parse.tokens) or parse.start(clause) != clause.i:
        return False
    return any(t.text == "," for t in parse.subtree(clause))


def stranded_subjects(parse: Parse, clause: Token) -> list[Token]:
    """Names the parser hung, after a comma, as appositions inside an opening
    participle's phrase: the sentence's subject ("Addressing the European Parliament,
    Turkey's prime minister implored ..." → minister)."""
    found = []
    for token in parse.subtree(clause):
        if token.dep == "appos" and parse.after_comma(parse.start(token)) and is_actor_like(token):
            found.append(token)
    return sorted(found, key=lambda t: t.i)[:1]


def _document_authors(parse: Parse, noun: Token) -> list[Token]:
    """Who issued a statement or report that does something: "Amnesty issued a
    statement calling on ...", "a report by HRW accusing ..." (empty for other nouns)."""
    if noun.lemma not in DOCUMENT_NOUNS:
        return []
    issuers = authors(parse, noun)
    for acl in parse.kids(noun, "acl"):
        for agent in parse.kids(acl, "agent"):
            issuers += parse.kids(agent, "pobj")  # "a report released by HRW"
    verb = parse.head(noun)
    if not issuers and verb is not None and noun.dep in ("dobj", "obj") and verb.pos == "VERB":
        issuers = subjects_of(parse, verb)  # "issued a statement", "put out a report"
    return [a for a in issuers if a.lemma not in DOCUMENT_NOUNS]


def _intenders(parse: Parse, noun: Token) -> list[Token]:
    """Whose plan, offer or decision to act it is: its possessor or author ("Iran's
    plan to enrich"), else the subject of a verb that makes it known or has it
    ("India announced plans to hold drills", "Seoul unveiled a plan to ...")."""
    found = [a for a in authors(parse, noun) if names_someone(a) or a.dep == "poss"]
    verb = parse.head(noun)
    if found or verb is None or noun.dep not in ("dobj", "obj"):
        return found
    return subjects_of(parse, verb) if verb.lemma in INTENDING_VERBS else []


def _adjunct_controllers(parse: Parse, prep: Token) -> list[Token]:
    """Who does what a gerund after a preposition says: the subject of the verb the
    phrase hangs on ("helped Haiti by donating food", "ended the talks after
    extending a visit"), its object where the preposition links them ("accused
    Iran of attacking", "prevented them from leaving"), and the claimant of
    "claimed responsibility for killing"."""
    holder = parse.head(prep)
    if holder is None or prep.dep != "prep":
        return []
    if holder.pos == "NOUN" and holder.lemma in CLAIM_NOUNS:
        return _claimants(parse, holder)
    verb = parse.head(holder)
    if holder.pos == "ADV" and holder.dep in ("advmod", "prt") and verb is not None:
        holder = verb  # "went back to deporting", "went on to attack": the verb's adverb
    if holder.pos not in ("VERB", "AUX"):
        return []
    objects = parse.kids(holder, "dobj", "obj")
    if prep.lemma in OBJECT_LINKING_PREPS and objects:
        return objects
    return subjects_of(parse, holder)


def _claimants(parse: Parse, noun: Token) -> list[Token]:
    """ "The Taliban claimed responsibility for ...": the subject of the verb whose
    object is ``noun`` (responsibility, credit)."""
    verb = parse.head(noun)
    if verb is None or noun.dep not in ("dobj", "obj") or verb.pos not in ("VERB", "AUX"):
        return []
    return subjects_of(parse, verb)


def nominal_sources(parse: Parse, noun: Token) -> list[Token]:
    """Who carried out a nominal event: "Iran's attack", "an Israeli strike",
    "police firing" (the actor stage drops modifiers that name no actor, "air")."""
    sources = parse.kids(noun, "poss")
    sources += [
        c
        for c in parse.kids(noun, "compound", "amod", "nmod")
        if c.pos in ("PROPN", "NOUN") or c.ent_type in ("NORP", "GPE", "ORG")
    ]
    for prep in parse.kids(noun, "prep"):
        if prep.lemma == "by":
            sources.extend(parse.kids(prep, "pobj"))
    for led in parse.kids(noun, "amod"):
        if led.lemma == "lead" and led.tag == "VBN":  # "a US-led attack"
            sources.extend(parse.kids(led, "npadvmod", "compound", "nmod"))
    author = gerund_author(parse, noun)  # "police firing" parsed as "police" + "firing"
    return [*sources, author] if author is not None else sources


def instigators(parse: Parse, sources: list[Token], lexicon: Lexicon) -> list[Token]:
    """An event noun as subject stands for whoever carried it out: in "an Israeli air
    strike killed nine people" the source is "Israeli", not the strike."""
    found: list[Token] = []
    for source in sources:
        agent = source.lemma.endswith("er") and source.lemma[:-2] in lexicon.verbs
        users = _instrument_users(parse, source)
        if agent:  # "a suicide bomber killed ...": the bomber is who did it
            found.append(source)
        elif users:  # "missiles fired by the Israeli military struck ..."
            found.extend(users)
        elif source.pos == "NOUN" and noun_kind(parse, source, lexicon) is not None:
            found.extend(nominal_sources(parse, source))
        else:
            found.append(source)
    return found


def _instrument_users(parse: Parse, noun: Token) -> list[Token]:
    """Who used a weapon: the agent of a participle on it ("the rockets fired by
    Hamas", "a bomb planted by militants")."""
    if noun.lemma not in INSTRUMENT_NOUNS:
        return []
    return [
        pobj
        for acl in parse.kids(noun, "acl")
        if acl.tag == "VBN"
        for agent in parse.kids(acl, "agent")
        for pobj in parse.kids(agent, "pobj")
    ]


def carrier_subjects(parse: Parse, noun: Token) -> list[Token]:
    """Who carries out an event named by the object of an aspectual verb ("stepped
    up attacks", "lifted the sanctions", "reduced aid") or of a verb that sets off a
    weapon ("released sarin gas"), by its "with" phrase after
    a particle of going on ("carried on with a strike", "pressed ahead with"), or by
    the "of" phrase of a stretch of time or a campaign that such a verb or "enter"
    takes ("entered the tenth day of a hunger strike"), or who claims it."""
    head = parse.head(noun)
    if head is None:
        return []
    carrying = ASPECT_VERBS | DEPLOYING_VERBS
    if noun.dep in ("dobj", "obj") and head.pos == "VERB" and head.lemma in carrying:
        return subjects_of(parse, head)
    verb = parse.head(head) if noun.dep == "pobj" else None
    # Not "began with protests" (how something else began).
    if verb is not None and verb.pos == "VERB" and head in continued_act_preps(parse, verb):
        return _carriers(parse, verb)
    stretch = verb
    verb = parse.head(stretch) if stretch is not None and head.lemma == "of" else None
    if (
        verb is not None
        and stretch is not None
        and stretch.lemma in STRETCH_NOUNS
        and stretch.dep in ("dobj", "obj")
        and verb.pos == "VERB"
        and (verb.lemma in ASPECT_VERBS or verb.lemma == "enter")
    ):
        return _carriers(parse, verb)
    return claimed_by(parse, noun)


def _carriers(parse: Parse, verb: Token) -> list[Token]:
    """The subject of ``verb``, or the noun it hangs on where the parser took the
    sentence's finite verb for a modifier ("Thousands of workers carried on ...")."""
    found = subjects_of(parse, verb)
    head = parse.head(verb)
    if not found and head is not None and verb.dep == "acl" and verb.tag in ("VBD", "VBN"):
        root = [head, *parse.ancestors(head)][-1]
        return [head] if root.pos in ("NOUN", "PROPN") and head.pos in ("NOUN", "PROPN") else []
    return found


def claimed_by(parse: Parse, noun: Token) -> list[Token]:
    """Who an event noun's "for" phrase says did it: "claimed responsibility for the
    attack", "was responsible for the killing of ...", "blamed Armenia for the
    shelling" (or a verb of blaming's "of": "accused Iran of the attack")."""
    head = parse.head(noun)
    if head is not None and noun.dep in ("dobj", "obj") and head.lemma == "claim":
        return subjects_of(parse, head)  # "Hezbollah claimed the attack"
    holder = parse.head(head) if head is not None and noun.dep == "pobj" else None
    if holder is None or head is None or head.lemma not in ("for", "of"):
        return []
    if head.lemma == "of" and holder.lemma not in BLAMING_VERBS:
        return []
    if holder.lemma in CLAIM_NOUNS:
        return _claimants(parse, holder)
    if holder.lemma in BLAMING_VERBS and holder.pos == "VERB" and noun.pos == "NOUN":
        # "Azerbaijan blamed Armenia for the shelling of its villages": Armenia shelled.
        return parse.kids(holder, "dobj", "obj")
    copula = parse.head(holder)
    if holder.lemma in RESPONSIBLE_WORDS and holder.dep == "acomp" and copula is not None:
        return subjects_of(parse, copula)
    return []


def given_by_of(parse: Parse, noun: Token) -> bool:
    """Does the "of" phrase of a noun of help name who gives it ("the support of
    Iran", "with the aid of a coalition"), not whom it is for ("in support of the
    ground forces")?"""
    if noun.lemma not in GIVING_NOUNS:
        return False
    prep = parse.head(noun)
    return not (prep is not None and noun.dep == "pobj" and prep.lemma in ("in", "for"))


def collection_holders(parse: Parse, noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who makes an event noun counted by a collection that a light verb takes ("issued
    a set of demands", "presented a list of demands"): the light verb's subject, as in
    "issued demands" (which the trigger finder reads through partitives only)."""
    prep = parse.head(noun)
    if prep is None or noun.dep != "pobj" or prep.lemma != "of":
        return []
    collection = parse.head(prep)
    if collection is None or collection.lemma not in COLLECTION_NOUNS:
        return []
    verb = parse.head(collection)
    if verb is None or collection.dep not in ("dobj", "obj") or verb.lemma not in lexicon.light:
        return []
    return subjects_of(parse, verb)


def purpose_subjects(parse: Parse, noun: Token) -> list[Token]:
    """Participants of an event noun that is where or why its clause's subject went:
    "negotiators return to Geneva for talks" → the negotiators."""
    prep = parse.head(noun)
    if (
        prep is None
        or noun.dep not in ("pobj", "pcomp")
        or prep.lemma not in ("for", "to", "in", "at")
    ):
        return []
    verb = parse.head(prep)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return []
    return subjects_of(parse, verb)


def purpose_with_targets(parse: Parse, noun: Token, match: Match) -> bool:
    """May a self-moving event noun with targets take its clause's subject: one in an
    "in" or "for" phrase ("walked out in protest against X", "came for talks with X")?"""
    prep = parse.head(noun)
    return (
        match.kind.type in SELF_MOVING_TYPES
        and prep is not None
        and noun.dep == "pobj"
        and prep.lemma in ("in", "for")
    )


def cause_sources(parse: Parse, verb: Token, lexicon: Lexicon) -> list[Token]:
    """The authors of an event noun the verb happened in or by: "killed in police
    firing" → police."""
    found: list[Token] = []
    for prep in parse.kids(verb, "prep", "agent"):
        if prep.lemma in ("in", "during", "by"):
            for noun in parse.kids(prep, "pobj"):
                if noun_kind(parse, noun, lexicon) is not None:
                    found.extend(nominal_sources(parse, noun))
    return found


def misparsed_clause(parse: Parse, participle: Token, head: Token) -> bool:
    """Is a participle with an object of its own hung on the sentence's root noun?
    That is a finite verb the parser read as a participle ("The air force carried
    out strikes"): a passive participle takes no object."""
    return head.dep == "ROOT" and participle.dep == "acl" and bool(parse.kids(participle, "dobj"))


def misparsed_call(parse: Parse, match: Match, head: Token) -> bool:
    """Is a participle whose trigger phrase has its object ("called on X", "appealed to
    X") hung on the sentence's root noun with no agent of its own?  That is the finite
    verb of a sentence the parser read as a noun phrase ("The UN human rights chief
    called on the government to ..."): a passive participle has no such phrase."""
    trigger, particle = match.token, match.particle
    return (
        _root_noun(parse, head)
        and trigger.dep == "acl"
        and particle is not None
        and particle.dep == "prep"
        and particle.head == trigger.i
        and bool(parse.kids(particle, "pobj"))
        and not parse.kids(trigger, "agent")
    )


def _root_noun(parse: Parse, noun: Token) -> bool:
    """Is ``noun`` the sentence's root, or the members of a root group noun ("A group
    of retired judges called on ...": the parser hangs the verb on "judges")?"""
    if noun.dep == "ROOT":
        return True
    prep = parse.head(noun) if noun.dep == "pobj" else None
    group = parse.head(prep) if prep is not None and prep.lemma == "of" else None
    return group is not None and group.dep == "ROOT" and group.lemma in ROOT_GROUP_NOUNS


#: Nouns of a body of people whose "of" phrase says who they are: "a group of judges".
ROOT_GROUP_NOUNS = frozenset({"group", "delegation", "coalition", "alliance", "association"})


def misparsed_finite(parse: Parse, verb: Token, head: Token) -> bool:
    """Is a past-tense verb (tagged finite, not a participle) with an object and no
    subject hung on the noun before it as a clause describing it?  That noun is its
    subject: the parser lost the sentence's structure ("..., Khartoum's envoy accused
    South Sudan of aggression")."""
    return (
        verb.dep == "acl"
        and verb.tag == "VBD"
        and head.i < verb.i
        and bool(parse.kids(verb, "dobj", "obj"))
        and not parse.kids(verb, *SUBJECT_DEPS, "nsubjpass", "agent", "auxpass")
    )


def misparsed_control(parse: Parse, match: Match, head: Token) -> bool:
    """Is a participle of an act on the subject's own infinitive ("threatened to ...",
    "refused to ...", "pledged to ...") hung on the sentence's root noun?  That is the
    finite verb of a sentence read as a noun phrase ("Opposition parties threatened
    on Monday to launch protests"): these verbs take no infinitive in the passive."""
    trigger = match.token
    infinitives = [
        c
        for c in parse.kids(trigger, "xcomp", "advcl")
        if any(a.tag == "TO" for a in parse.kids(c, "aux"))
    ]
    return (
        head.dep == "ROOT"
        and trigger.dep == "acl"
        and match.kind.type in CONTROL_TYPES
        and bool(infinitives)
        and not parse.kids(trigger, "agent")
    )


def names_someone(token: Token) -> bool:
    """A proper name or a person-like entity ("Jordan's King Abdullah")."""
    return token.pos == "PROPN" or token.ent_type in NAME_ENTS


def authors(parse: Parse, noun: Token) -> list[Token]:
    """Who made an offer, call or move: its possessor, a name compounded with it,
    or its "by"/"from" phrase."""
    found = nominal_sources(parse, noun)
    for prep in parse.kids(noun, "prep"):
        if prep.lemma in ("from", "by"):
            found += parse.kids(prep, "pobj")
    return found
