"""Who did it and to whom: source and target phrases of a trigger match."""

from __future__ import annotations

from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.syntax import Parse, is_actor_like
from flashpoint.coding.triggers import Match, gerund_author, noun_kind
from flashpoint.model import Token

#: Prepositions whose object is the target of an event ("sanctions on Iran",
#: "met with", "an attack against", "sent troops to").
TARGET_PREPS = frozenset(
    {
        "against",
        "on",
        "upon",
        "at",
        "with",
        "to",
        "toward",
        "towards",
        "into",
        "targeting",
        "over",
        "between",
    }
)
#: Nominal events whose "of" phrase is who acted ("the withdrawal of Russian
#: forces"); for the others it is who was acted upon ("the arrest of X").
SELF_MOVING_TYPES = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "COOPERATE"})
#: Nouns of help whose "of" phrase is who gives it: "with the aid of a US-led
#: coalition", "the support of China for the junta".
GIVING_NOUNS = frozenset(
    {"support", "aid", "help", "assistance", "backing", "patronage", "sponsorship"}
)
#: Types whose telling object is acted upon ("expelled diplomats", "released
#: prisoners"); for others it is what is used or sent ("sent troops", "fired missiles").
PATIENT_OBJECT_TYPES = frozenset({"SANCTION", "COERCE", "RETREAT", "CONCEDE", "REJECT", "ACCUSE"})
#: Types whose "from" phrase is the one asked ("demanded autonomy from Serbia").
FROM_TYPES = frozenset({"REQUEST"})
#: Types whose "from" phrase is the target instead of what moves: in "withdrew its
#: troops from Lebanon" the troops are the source's own, Lebanon is acted upon.
ORIGIN_TYPES = frozenset({"RETREAT"})
#: Modes of other types that move something out of a place: "withdrew its
#: peacekeepers from Rwanda" (SANCTION withdraw).
ORIGIN_MODES = frozenset({"withdraw"})
#: Modes whose "from" phrase, in the passive, is who acted: "were expelled from Russia".
EXPULSION_MODES = frozenset({"expel", "deport"})
#: Types whose clausal complement's subject is addressed: "demanded that X ...".
ADDRESSEE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"})
#: Nouns for things said or done whose author is the one acted upon when they
#: are rejected, condemned or accepted ("rejected calls by Belarus").
SPEECH_ACT_NOUNS = frozenset(
    {"call", "offer", "invitation", "demand", "proposal", "request", "resolution", "plan"}
    | {"decision", "policy", "move", "statement", "remark", "comment", "action", "measure"}
    | {"appeal", "ultimatum", "suggestion", "initiative", "bid", "claim", "allegation"}
    | {"accusation", "threat", "warning", "ban", "suppression", "crackdown", "behaviour"}
)
#: Types that answer a call, offer or act, whose author is then the target:
#: "rejected accusations by Maduro", "welcomed the proposal submitted by China".
RESPONSE_TYPES = frozenset({"REJECT", "ACCUSE", "AGREE", "SUPPORT"})
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
#: Predicate adjectives whose "for" phrase is an act of their subject.
RESPONSIBLE_WORDS = frozenset({"responsible", "accountable", "culpable", "guilty"})
#: Verbs whose subject event noun merely happens: "fighting broke out between A and
#: B", "clashes erupted in Kabul" (the verb's phrases are the noun's).
OCCURRENCE_VERBS = frozenset(
    {"break", "erupt", "occur", "continue", "rage", "flare", "resume", "happen", "spread"}
)
#: Types of the speaker's own act, where a pronoun subject of the clause they govern is
#: the speaker: "warned it would retaliate against X" is aimed at X, not at "it".
OWN_ACT_TYPES = frozenset({"THREATEN", "REJECT"})
#: Types whose clause of a future act names whom the act reaches as well as who does
#: it: "warned that Moscow could strike Britain".
THREAT_TYPES = frozenset({"THREATEN"})
#: Modal verbs of an act still to come.
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "shall"})
#: Pronouns that, as such a subject, stand for the speaker.
SELF_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
#: Types whose sending verbs take the "to" phrase of what is sent as their target:
#: "sent troops and doctors to Nepal".
SENDING_TYPES = frozenset({"AID", "MOBILIZE"})
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
#: Adverbs of direction that the parser may give the trigger's "to" phrase: "handed
#: the territory back to Azerbaijan", "turned the suspects over to Kenya".
DIRECTION_ADVERBS = frozenset({"back", "over", "away", "off", "out", "down", "up", "home"})
#: Phrases of a sending verb that may hold the "to" phrase of what is sent: "sent
#: vehicles worth $400 million to Ukraine".
VALUE_PREPS = frozenset({"worth", "valued", "totalling", "totaling", "costing"})
#: Verbs of saying: a clause of one after the trigger's clause ("..., the ministry
#: said") is who reports it, not a complement of the trigger.
REPORTING_VERBS = frozenset({"say", "tell", "report", "add", "announce", "state", "claim"})
#: Weapons whose user, named by a participle's agent, is who attacked.
INSTRUMENT_NOUNS = frozenset(
    {"missile", "rocket", "shell", "bomb", "mortar", "drone", "grenade", "mine", "bullet"}
    | {"projectile", "explosive", "device", "munition", "shot", "round", "warplane", "jet"}
    | {"aircraft", "helicopter", "plane", "tank", "artillery", "strike", "airstrike"}
)
#: Nouns of what is known or told, whose "on"/"about" phrase is what it is about, not
#: whom it is shared with: "share intelligence with Uganda on al-Shabaab".
INFORMATION_NOUNS = frozenset(
    {"intelligence", "information", "datum", "data", "detail", "evidence", "knowledge"}
    | {"expertise", "finding", "know-how", "insight", "assessment", "briefing"}
)
#: Verbs of letting someone in or through, and the phrases of where they go.
PERMISSION_VERBS = frozenset({"allow", "let", "permit", "admit"})
ENTRY_PREPS = frozenset({"into", "to"})
#: Prepositions of a topic.
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
#: Nouns that hold a set of things said or done: "presented a list of demands".
COLLECTION_NOUNS = frozenset(
    {"list", "set", "series", "raft", "catalogue", "catalog", "slate", "string", "batch"}
    | {"package", "host", "slew", "number", "round", "wave", "flurry", "barrage", "volley"}
)
#: Types whose act on a to-infinitive is the subject's own ("threatened to strike",
#: "refused to withdraw", "pledged to help"): no passive participle takes one.
CONTROL_TYPES = frozenset({"THREATEN", "REJECT", "AGREE"})
#: Nouns that count or group the actors after "of": "thousands of protesters".
GROUP_NOUNS = frozenset(
    {"thousand", "hundred", "dozen", "million", "score", "number", "group", "crowd", "lot"}
)


def _group_member(parse: Parse, token: Token) -> Token:
    """ "Thousands of Kenyan protesters" → "protesters"; other tokens unchanged."""
    if token.lemma in GROUP_NOUNS or token.ent_type == "CARDINAL" or token.pos == "NUM":
        for prep in parse.kids(token, "prep"):
            if prep.lemma == "of":
                members = parse.kids(prep, "pobj")
                if members:
                    return members[0]
    return token


def actor_heads(parse: Parse, heads: list[Token]) -> list[Token]:
    """Expand coordination and keep what can head an actor mention."""
    found: list[Token] = []
    for head in heads:
        for conjunct in parse.conjuncts(head):
            member = _group_member(parse, conjunct)
            # "a number of Syrians, Iraqis and Afghans": every member counts.
            members = parse.conjuncts(member) if member is not conjunct else [member]
            for token in members:
                if (is_actor_like(token) or _titled_adjective(parse, token)) and token not in found:
                    found.append(token)
    return found


#: Dependencies of an argument the tagger may have given an adjective head.
TITLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj"})


def _titled_adjective(parse: Parse, token: Token) -> bool:
    """An adjective heading an argument with a noun compounded before it: the tagger's
    reading of a hyphenated title ("NATO's secretary-general", "the attorney-general"),
    whose last word it takes for the adjective "general"."""
    return (
        token.pos == "ADJ"
        and token.dep in TITLE_DEPS
        and any(k.pos == "NOUN" and k.i < token.i for k in parse.kids(token, "compound"))
    )


def _prep_objects(parse: Parse, token: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
    objects: list[Token] = []
    if _informs(parse, token):  # "shared intelligence with Kenya on al-Shabaab"
        skip = skip | TOPIC_PREPS
    if _admitted(parse, token):  # "allowed UN monitors into Darfur": where they go
        skip = skip | ENTRY_PREPS
    for prep in parse.kids(token, "prep"):
        if prep.lemma in TARGET_PREPS and prep.lemma not in skip:
            objects.extend(parse.kids(prep, "pobj"))
    for acl in parse.kids(token, "acl"):
        if acl.lemma in ("target", "aim", "against"):
            objects.extend(parse.kids(acl, "dobj", "obj"))
    return objects


def _informs(parse: Parse, token: Token) -> bool:
    """Is ``token`` information, or a verb whose object is information ("shared
    intelligence", "passed details"), so that its "on"/"about" phrase is a topic?"""
    if token.lemma in INFORMATION_NOUNS:
        return True
    return token.pos in ("VERB", "AUX") and any(
        o.lemma in INFORMATION_NOUNS for o in parse.kids(token, "dobj", "obj")
    )


def _admitted(parse: Parse, token: Token) -> bool:
    """Is ``token`` a verb of letting someone in with such an object ("let monitors
    into Darfur"), or that object?  Its "into"/"to" phrase is where they may go."""
    verb = parse.head(token) if token.dep in ("dobj", "obj") else token
    if verb is None or verb.lemma not in PERMISSION_VERBS:
        return False
    named = [
        k
        for o in parse.kids(verb, "dobj", "obj")
        for k in [o, *parse.kids(o, "compound", "amod", "nmod", "poss")]
    ]
    return any(_names_someone(k) for k in named)  # "UN monitors", not "aid trucks"


def _datives(parse: Parse, verb: Token) -> list[Token]:
    """Recipients: "gave Iraq aid" (a noun) or "sent troops to Estonia" (its "to" phrase)."""
    found: list[Token] = []
    for dative in parse.kids(verb, "dative"):
        found += parse.kids(dative, "pobj") if dative.pos == "ADP" else [dative]
    return found


def _subjects(parse: Parse, verb: Token) -> list[Token]:
    """Explicit subject of ``verb``, or the one it inherits through control,
    coordination or a relative clause."""
    subjects = parse.kids(verb, *SUBJECT_DEPS)
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
    for agent in parse.kids(verb, "agent"):
        subjects.extend(parse.kids(agent, "pobj"))
    relative = [s for s in subjects if s.lemma in RELATIVE_PRONOUNS or s.tag in ("WDT", "WP")]
    if relative or not subjects:
        head = parse.head(verb)
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
            return _subjects(parse, head)
        if head is not None and verb.dep == "acl" and verb.tag == "VBG":
            return _document_authors(parse, head) or [head]
        if head is not None and verb.dep == "acl" and head.lemma in INTENTION_NOUNS:
            return _intenders(parse, head)  # "India announced plans to hold drills"
        if head is not None and verb.dep == "pcomp":
            return _adjunct_controllers(parse, head)
        holder = parse.head(head) if head is not None and head.dep == "acomp" else None
        if holder is not None and verb.dep in ("xcomp", "prep", "pcomp"):
            return _subjects(parse, holder)  # "Syria is willing to withdraw"
    return [s for s in subjects if s not in relative]


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
        issuers = _subjects(parse, verb)  # "issued a statement", "put out a report"
    return [a for a in issuers if a.lemma not in DOCUMENT_NOUNS]


def _intenders(parse: Parse, noun: Token) -> list[Token]:
    """Whose plan, offer or decision to act it is: its possessor or author ("Iran's
    plan to enrich"), else the subject of a verb that makes it known or has it
    ("India announced plans to hold drills", "Seoul unveiled a plan to ...")."""
    found = [a for a in authors(parse, noun) if _names_someone(a) or a.dep == "poss"]
    verb = parse.head(noun)
    if found or verb is None or noun.dep not in ("dobj", "obj"):
        return found
    return _subjects(parse, verb) if verb.lemma in INTENDING_VERBS else []


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
    if holder.pos not in ("VERB", "AUX"):
        return []
    objects = parse.kids(holder, "dobj", "obj")
    if prep.lemma in OBJECT_LINKING_PREPS and objects:
        return objects
    return _subjects(parse, holder)


def _claimants(parse: Parse, noun: Token) -> list[Token]:
    """ "The Taliban claimed responsibility for ...": the subject of the verb whose
    object is ``noun`` (responsibility, credit)."""
    verb = parse.head(noun)
    if verb is None or noun.dep not in ("dobj", "obj") or verb.pos not in ("VERB", "AUX"):
        return []
    return _subjects(parse, verb)


def _nominal_sources(parse: Parse, noun: Token) -> list[Token]:
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


def _instigators(parse: Parse, sources: list[Token], lexicon: Lexicon) -> list[Token]:
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
            found.extend(_nominal_sources(parse, source))
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


def _carrier_subjects(parse: Parse, noun: Token) -> list[Token]:
    """Who carries out an event named by the object of an aspectual verb ("stepped
    up attacks", "lifted the sanctions", "reduced aid"), or who claims it."""
    head = parse.head(noun)
    if head is None:
        return []
    if noun.dep in ("dobj", "obj") and head.pos == "VERB" and head.lemma in ASPECT_VERBS:
        return _subjects(parse, head)
    return _claimed_by(parse, noun)


def _claimed_by(parse: Parse, noun: Token) -> list[Token]:
    """Who an event noun's "for" phrase says did it: "claimed responsibility for the
    attack", "was responsible for the killing of ..."."""
    head = parse.head(noun)
    if head is not None and noun.dep in ("dobj", "obj") and head.lemma == "claim":
        return _subjects(parse, head)  # "Hezbollah claimed the attack"
    holder = parse.head(head) if head is not None and noun.dep == "pobj" else None
    if holder is None or head is None or head.lemma != "for":
        return []
    if holder.lemma in CLAIM_NOUNS:
        return _claimants(parse, holder)
    copula = parse.head(holder)
    if holder.lemma in RESPONSIBLE_WORDS and holder.dep == "acomp" and copula is not None:
        return _subjects(parse, copula)
    return []


def _given_by_of(parse: Parse, noun: Token) -> bool:
    """Does the "of" phrase of a noun of help name who gives it ("the support of
    Iran", "with the aid of a coalition"), not whom it is for ("in support of the
    ground forces")?"""
    if noun.lemma not in GIVING_NOUNS:
        return False
    prep = parse.head(noun)
    return not (prep is not None and noun.dep == "pobj" and prep.lemma in ("in", "for"))


def _collection_holders(parse: Parse, noun: Token, lexicon: Lexicon) -> list[Token]:
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
    return _subjects(parse, verb)


def _amount(parse: Parse, obj: Token) -> bool:
    """Is the object an amount of something ("500 million euros", "2,000 tonnes")?"""
    counted = any(k.dep in ("nummod", "quantmod") for k in parse.kids(obj))
    return counted or obj.ent_type in ("MONEY", "QUANTITY")


def _sent_to(parse: Parse, obj: Token) -> list[Token]:
    """Where what is sent goes, however deep the parser hangs its "to" phrase:
    "sent vehicles and a team of paratroopers to Lebanon" → Lebanon."""
    pending = [obj]
    while pending:
        token = pending.pop(0)
        for child in parse.kids(token, "conj", "prep", "pobj", "appos", "amod", "npadvmod"):
            if child.dep == "prep" and child.lemma in ("to", "into"):
                return parse.kids(child, "pobj")
            if child.dep == "amod" and child.lemma not in VALUE_PREPS:
                continue  # "howitzers worth 300 million euros to Lithuania"
            pending.append(child)
    return []


def _sent_by_value(parse: Parse, verb: Token) -> list[Token]:
    """The "to" phrase the parser hung on the value of what is sent: "sent vehicles
    worth $400 million to Ukraine" ("to" under "worth")."""
    values = [p for p in parse.kids(verb, "prep", "amod", "acl") if p.lemma in VALUE_PREPS]
    return [t for value in values for t in _sent_to(parse, value)]


def _purpose_subjects(parse: Parse, noun: Token) -> list[Token]:
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
    return _subjects(parse, verb)


def _purpose_with_targets(parse: Parse, noun: Token, match: Match) -> bool:
    """May a self-moving event noun with targets take its clause's subject: one in an
    "in" or "for" phrase ("walked out in protest against X", "came for talks with X")?"""
    prep = parse.head(noun)
    return (
        match.kind.type in SELF_MOVING_TYPES
        and prep is not None
        and noun.dep == "pobj"
        and prep.lemma in ("in", "for")
    )


def _purpose_hosted(parse: Parse, noun: Token, sources: list[Token]) -> list[Token]:
    """Who came for an event noun of a passive verb whose agent is the noun's source:
    "the minister was received by the president for talks" → the minister."""
    prep = parse.head(noun)
    verb = parse.head(prep) if prep is not None else None
    if verb is None or not parse.kids(verb, "auxpass"):
        return []
    agents = [p for a in parse.kids(verb, "agent") for p in parse.kids(a, "pobj")]
    if not any(s in agents for s in sources):
        return []
    return parse.kids(verb, "nsubjpass")


def _amount_carriers(parse: Parse, noun: Token) -> tuple[list[Token], list[Token]]:
    """Who gives an amount of an event noun and to whom: "Washington released $500
    million in budget support to Jordan" (the noun in the amount's "in" phrase, the
    amount the verb's object) → Washington, Jordan."""
    prep = parse.head(noun)
    if prep is None or noun.dep != "pobj" or prep.lemma != "in":
        return [], []
    amount = parse.head(prep)
    verb = parse.head(amount) if amount is not None else None
    if amount is None or verb is None or amount.dep not in ("dobj", "obj"):
        return [], []
    if verb.pos != "VERB" or not _amount(parse, amount):
        return [], []
    recipients = [
        p
        for prep in parse.kids(verb, "prep")
        if prep.lemma in ("to", "for")
        for p in parse.kids(prep, "pobj")
    ]
    return actor_heads(parse, _subjects(parse, verb)), actor_heads(
        parse, recipients + _datives(parse, verb)
    )


def _shared_objects(parse: Parse, verb: Token, match: Match, lexicon: Lexicon) -> list[Token]:
    """The object of a trigger verb coordinated with the verb that has none: in "a man
    punched and knocked down a congressman" both act on the congressman.  Only a verb
    of the same type that takes no subject of its own and follows right after the
    trigger's "and" shares it."""
    if match.pattern != "verb" or parse.kids(verb, "prep", "dative", "ccomp", "xcomp"):
        return []
    for conj in parse.kids(verb, "conj"):
        particles = [p.lemma for p in parse.kids(conj, "prt")]
        kind = lexicon.verbs.get(conj.lemma) or next(
            (
                lexicon.verb_prt[conj.lemma, p]
                for p in particles
                if (conj.lemma, p) in lexicon.verb_prt
            ),
            None,
        )
        if kind is None or kind.type != match.kind.type or conj.pos != "VERB":
            continue
        if parse.kids(conj, *SUBJECT_DEPS, "nsubjpass") or conj.i - verb.i > 3:
            continue
        return [c for o in parse.kids(conj, "dobj", "obj") for c in parse.conjuncts(o)]
    return []


def _cause_sources(parse: Parse, verb: Token, lexicon: Lexicon) -> list[Token]:
    """The authors of an event noun the verb happened in or by: "killed in police
    firing" → police."""
    found: list[Token] = []
    for prep in parse.kids(verb, "prep", "agent"):
        if prep.lemma in ("in", "during", "by"):
            for noun in parse.kids(prep, "pobj"):
                if noun_kind(parse, noun, lexicon) is not None:
                    found.extend(_nominal_sources(parse, noun))
    return found


def arguments(parse: Parse, match: Match, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """The head tokens of the sources and targets of ``match``."""
    trigger = match.token
    if match.pattern == "noun":
        of_phrase = [
            p
            for prep in parse.kids(trigger, "prep")
            if prep.lemma == "of"
            for p in parse.kids(prep, "pobj")
        ]
        acted = match.kind.type in SELF_MOVING_TYPES or _given_by_of(parse, trigger)
        sources = actor_heads(
            parse, _nominal_sources(parse, trigger) + (of_phrase if acted else [])
        )
        if not sources and not acted:
            # "the expulsion of the ambassador by Turkey": the parser hangs the agent
            # on the "of" phrase.
            sources = actor_heads(parse, _phrase_objects(parse, of_phrase, "by"))
            of_phrase = [p for p in of_phrase if p not in sources]
        holders = _holders(parse, trigger)
        phrases = [p for holder in holders for p in _prep_objects(parse, holder)]
        targets = actor_heads(parse, phrases + ([] if acted else of_phrase))
        sides = actor_heads(parse, _phrase_objects(parse, holders, "between"))
        if not sources and len(sides) > 1:  # "clashes between police and protesters"
            sources, targets = sides[:1], [t for t in targets if t is not sides[0]]
        if _from_origin(match):  # "the withdrawal of forces from Panama"
            targets = actor_heads(parse, _phrase_objects(parse, [trigger], "from")) or targets
        if not targets:  # "its demand that Israel ease restrictions"
            targets = actor_heads(parse, _complement_targets(parse, trigger, match))
        claimed = [s for s in actor_heads(parse, _claimed_by(parse, trigger)) if s not in targets]
        if claimed:  # a claim names who did it, whatever the noun's modifiers say
            sources = claimed
        if not sources:
            sources = [
                s for s in actor_heads(parse, _carrier_subjects(parse, trigger)) if s not in targets
            ]
            carrier = parse.head(trigger)
            if sources and not targets and carrier is not None and carrier.pos == "VERB":
                # "reduced military aid to Argentina": the phrase hangs on the verb.
                targets = actor_heads(parse, _prep_objects(parse, carrier))
        if not sources:  # "Moscow presented a list of demands to Tbilisi"
            sources = [
                s
                for s in actor_heads(parse, _collection_holders(parse, trigger, lexicon))
                if s not in targets
            ]
        if not sources and (not targets or _purpose_with_targets(parse, trigger, match)):
            # "walked out in protest against the reform", "returned for talks with X"
            sources = [
                s for s in actor_heads(parse, _purpose_subjects(parse, trigger)) if s not in targets
            ]
            if sources and match.kind.type in SELF_MOVING_TYPES:
                # "X was received by Y for talks": Y hosts X.
                targets += actor_heads(parse, _purpose_hosted(parse, trigger, sources))
        givers, given_to = _amount_carriers(parse, trigger)
        if givers and not any(_names_someone(s) or s.dep == "poss" for s in sources):
            # "released $500 million in budget support to Jordan": not "budget"
            sources, targets = givers, [t for t in targets if _names_someone(t)] or given_to
        return sources, targets
    if match.complement is not None:  # "X said Y must ...": X demands of Y
        targets = parse.kids(match.complement, "nsubj", "nsubjpass")
        return actor_heads(parse, _subjects(parse, trigger)), actor_heads(parse, targets)
    passive = bool(parse.kids(trigger, "auxpass")) or bool(parse.kids(trigger, "nsubjpass"))
    sources = _subjects(parse, trigger)
    # Not an event noun ("talks were held", "sanctions were imposed on Iran"): it is
    # what happened, not to whom.
    undergoers = [
        t
        for t in parse.kids(trigger, "nsubjpass")
        if t != match.noun and noun_kind(parse, t, lexicon) is None
    ]
    targets = undergoers if passive else []
    if match.noun is None:
        for obj in _objects(parse, trigger) or _shared_objects(parse, trigger, match, lexicon):
            sending = match.kind.type in SENDING_TYPES or _amount(parse, obj)
            sent_to = (_sent_to(parse, obj) or _sent_by_value(parse, trigger)) if sending else []
            if sent_to:  # "sent supplies to Nepal": Nepal, not the supplies
                targets += sent_to
            elif obj.lemma in SPEECH_ACT_NOUNS or noun_kind(parse, obj, lexicon) is not None:
                # Not the offer or the crackdown but who made it: "rejected an offer
                # from Kabul", "denounced Serbia's crackdown".
                targets += _criticised(parse, obj)
            elif obj.dep in ("dobj", "obj"):
                targets.append(obj)
        targets += _datives(parse, trigger)
    else:
        if match.pattern == "light":  # "imposed US sanctions": the noun's author
            sources += [s for s in _nominal_sources(parse, match.noun) if s not in sources]
        elif (
            match.kind.type in PATIENT_OBJECT_TYPES
            and noun_kind(parse, match.noun, lexicon) is None
        ):
            targets.append(match.noun)  # "expelled four Russian diplomats", not "sanctions"
        named: list[Token] = []
        if match.kind.type in RESPONSE_TYPES and match.noun.lemma in SPEECH_ACT_NOUNS:
            # "rejected accusations by Maduro against Brazil": who made them, not
            # whom they are against.
            named = _named_authors(parse, match.noun)
            targets += named
        holder = parse.head(match.noun) if match.noun.dep == "compound" else None
        for noun in [*([] if named else [match.noun]), *([holder] if holder is not None else [])]:
            targets += _prep_objects(parse, noun)  # "a mediation effort between A and B"
        if match.kind.type in SENDING_TYPES and not targets:
            # "sent troops and doctors to Nepal", "sent arms worth $1bn to Kyiv"
            targets += _sent_to(parse, match.noun) or _sent_by_value(parse, trigger)
        targets += _datives(parse, trigger)
    head = parse.head(trigger)
    if head is not None and _misparsed_finite(parse, trigger, head):
        # "In a letter to the council, Sudan's envoy accused Chad of ...": a verb the
        # tagger read as finite, with an object, hung on the noun before it.
        sources.append(head)
    elif head is not None and trigger.dep in ("amod", "acl") and trigger.tag == "VBN":
        if (
            _misparsed_clause(parse, trigger, head)
            or _misparsed_call(parse, match, head)
            or _misparsed_control(parse, match, head)
        ):
            # "The Iraqi air force carried out three strikes": the parser took the
            # sentence for a noun phrase; its noun is the subject.
            sources.append(head)
        else:
            # A participle on a noun: "Iran-backed militias", "territory occupied by IS".
            targets.append(head)
            sources += parse.kids(trigger, "npadvmod")
    if match.particle is not None and match.particle.dep == "prep":
        targets += parse.kids(match.particle, "pobj")
    skip = frozenset({match.particle.lemma}) if match.particle is not None else frozenset()
    targets += _prep_objects(parse, trigger, skip)
    for adverb in parse.kids(trigger, "advmod"):
        if adverb.lemma in DIRECTION_ADVERBS:  # "handed the town back to Azerbaijan"
            targets += _prep_objects(parse, adverb, skip)
    if not targets:
        # "fired tear gas and live ammunition at protesters": "live" taken for a verb
        # holding the phrase that belongs to the trigger.
        for split in _split_verbs(parse, trigger, lexicon):
            targets += _prep_objects(parse, split)
    if match.kind.type in FROM_TYPES:  # "demanded compensation from Kuwait"
        targets += _phrase_objects(parse, [trigger, *parse.kids(trigger, "dobj")], "from")
    if _from_origin(match):  # "withdrew its troops from Lebanon"
        holders = [trigger, *parse.kids(trigger, "dobj", "advmod", "prt")]  # "pulled back from"
        targets = _phrase_objects(parse, holders, "from") or targets
    if passive and not sources and match.kind.mode in EXPULSION_MODES:
        sources = _phrase_objects(parse, [trigger], "from")  # "diplomats were expelled from Russia"
    sources = [s for s in _instigators(parse, sources, lexicon) if s not in targets]
    if not sources:
        sources = _cause_sources(parse, trigger, lexicon)
    found = actor_heads(parse, targets)
    if not found:
        found = actor_heads(parse, _complement_targets(parse, trigger, match))
    return actor_heads(parse, sources), found


def _objects(parse: Parse, verb: Token) -> list[Token]:
    """The objects of ``verb`` with those coordinated with them, and nouns the parser
    coordinated with the verb after its object: "condemned the raid and the threats
    made by X" ("threats" hung on "condemned")."""
    objects = [c for o in parse.kids(verb, "dobj", "obj") for c in parse.conjuncts(o)]
    if objects:
        objects += [
            c for c in parse.kids(verb, "conj") if c.pos in ("NOUN", "PROPN") and c.i > objects[0].i
        ]
    return objects


def _split_verbs(parse: Parse, verb: Token, lexicon: Lexicon) -> list[Token]:
    """Words coordinated with ``verb`` that the parser made a verb or an adjective of,
    taking a word of its object: no subject, no auxiliary and no trigger of their own,
    and a bare form after a finite verb ("fired tear gas and live ammunition at ...",
    "live" a verb or an adjective holding "ammunition" and "at ...")."""
    return [
        conj
        for conj in parse.kids(verb, "conj")
        if (conj.tag == "VB" or (conj.pos == "ADJ" and parse.kids(conj, "dobj")))
        and verb.tag in ("VBD", "VBZ", "VBP", "VBN")
        and conj.lemma not in lexicon.verbs
        and not parse.kids(conj, *SUBJECT_DEPS, "nsubjpass", "aux", "auxpass", "mark")
    ]


def _named_authors(parse: Parse, noun: Token) -> list[Token]:
    """The authors of a call, offer or act that name someone ("Maduro's accusations",
    "threats made by the US Government"): its authors and the agents of participles on
    it, not a pronoun."""
    modifiers = ("compound", "amod", "nmod")  # "peace" in "the peace plan" is no author
    found = [a for a in authors(parse, noun) if _names_someone(a) or a.dep not in modifiers]
    for acl in parse.kids(noun, "acl"):
        for agent in parse.kids(acl, "agent"):
            found += parse.kids(agent, "pobj")
    # A pronoun mostly points back at the source ("condemned its crackdown on X").
    found = [a for a in found if is_actor_like(a) and a.pos != "PRON"]
    if _against(parse, noun) and found and all(_forum(a) for a in found):
        # "vetoed UN resolutions against Assad": the organisation that would adopt it
        # is where it was put, the party it is against is whom the veto helps.
        return []
    return found


def _against(parse: Parse, noun: Token) -> list[Token]:
    return [
        p
        for prep in parse.kids(noun, "prep")
        if prep.lemma == "against"
        for p in parse.kids(prep, "pobj")
    ]


def _forum(token: Token) -> bool:
    """An organisation named as a modifier of a call or act ("a UN resolution", "the
    Security Council statement"): where it is made, not a party that makes it."""
    return token.dep in ("compound", "nmod") and token.ent_type == "ORG"


def _criticised(parse: Parse, noun: Token) -> list[Token]:
    """Who a rejected, condemned or welcomed act or statement is aimed at: its named
    authors where it has them ("rejected accusations by Maduro against Brazil" →
    Maduro; "the threats made by the US" → the US), else its authors and target
    phrases ("denounced the crackdown on protesters")."""
    named = _named_authors(parse, noun)
    if named:
        return named
    against = _against(parse, noun)
    found = [a for a in authors(parse, noun) if not (against and _forum(a))]
    return found + _prep_objects(parse, noun)


def _misparsed_clause(parse: Parse, participle: Token, head: Token) -> bool:
    """Is a participle with an object of its own hung on the sentence's root noun?
    That is a finite verb the parser read as a participle ("The air force carried
    out strikes"): a passive participle takes no object."""
    return head.dep == "ROOT" and participle.dep == "acl" and bool(parse.kids(participle, "dobj"))


def _misparsed_call(parse: Parse, match: Match, head: Token) -> bool:
    """Is a participle whose trigger phrase has its object ("called on X", "appealed to
    X") hung on the sentence's root noun with no agent of its own?  That is the finite
    verb of a sentence the parser read as a noun phrase ("The UN human rights chief
    called on the government to ..."): a passive participle has no such phrase."""
    trigger, particle = match.token, match.particle
    return (
        head.dep == "ROOT"
        and trigger.dep == "acl"
        and particle is not None
        and particle.dep == "prep"
        and particle.head == trigger.i
        and bool(parse.kids(particle, "pobj"))
        and not parse.kids(trigger, "agent")
    )


def _misparsed_finite(parse: Parse, verb: Token, head: Token) -> bool:
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


def _misparsed_control(parse: Parse, match: Match, head: Token) -> bool:
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


def _holders(parse: Parse, noun: Token) -> list[Token]:
    """An event noun, and the verb it is the subject of where that verb only says it
    happened, whose phrases are then the noun's: "fighting broke out between ..."."""
    verb = parse.head(noun)
    if verb is not None and noun.dep == "nsubj" and verb.lemma in OCCURRENCE_VERBS:
        return [noun, verb]
    return [noun]


def _from_origin(match: Match) -> bool:
    """Is the "from" phrase of this event the place or party it is aimed at?"""
    return match.kind.type in ORIGIN_TYPES or match.kind.mode in ORIGIN_MODES


def _phrase_objects(parse: Parse, holders: list[Token], preposition: str) -> list[Token]:
    """The objects of the ``preposition`` phrases of ``holders``: "from" gives origins
    ("withdrew from Lebanon"), "between" the parties ("clashes between A and B")."""
    return [
        pobj
        for holder in holders
        for prep in parse.kids(holder, "prep")
        if prep.lemma == preposition
        for pobj in parse.kids(prep, "pobj")
    ]


def _names_someone(token: Token) -> bool:
    """A proper name or a person-like entity ("Jordan's King Abdullah")."""
    return token.pos == "PROPN" or token.ent_type in NAME_ENTS


def authors(parse: Parse, noun: Token) -> list[Token]:
    """Who made an offer, call or move: its possessor, a name compounded with it,
    or its "by"/"from" phrase."""
    found = _nominal_sources(parse, noun)
    for prep in parse.kids(noun, "prep"):
        if prep.lemma in ("from", "by"):
            found += parse.kids(prep, "pobj")
    return found


def _complement_targets(parse: Parse, predicate: Token, match: Match) -> list[Token]:
    """Targets carried by a clause the trigger governs: who is to act in "demanded
    that the US cancel" (its subject), or whom the promised act reaches in
    "offered to hand them over to Britain" (that act's objects and recipients)."""
    for clause in parse.kids(predicate, "ccomp", "acl"):
        if _attribution(parse, predicate, clause):
            continue
        subjects = parse.kids(clause, "nsubj", "nsubjpass") or _folded_subject(parse, clause)
        if not subjects or match.kind.type not in ADDRESSEE_TYPES:
            continue
        speaker = all(s.pos == "PRON" and s.lemma.lower() in SELF_PRONOUNS for s in subjects)
        if match.kind.type in THREAT_TYPES and not speaker and _modal(parse, clause):
            # "warned that Washington would impose sanctions on Nicaragua": the named
            # side may be the speaker's own (the actor stage drops it, ``actors.own``).
            return subjects + [t for t in _reached(parse, clause) if t not in subjects]
        if not (speaker and match.kind.type in OWN_ACT_TYPES):
            return subjects
        found = _reached(parse, clause)
        if found:
            return found
    for clause in parse.kids(predicate, "xcomp"):
        found = _reached(parse, clause)
        if found:
            return found
    return []


def _modal(parse: Parse, clause: Token) -> bool:
    """Does a modal verb put the clause's act in the future ("would impose")?"""
    return any(k.lemma.lower() in MODALS for k in parse.kids(clause, "aux"))


def _attribution(parse: Parse, predicate: Token, clause: Token) -> bool:
    """Is ``clause`` the attribution of the sentence that the parser hung on the
    trigger: a verb of saying after it, set off by a comma, with its subject before it
    ("India demanded that ..., the foreign ministry said")?"""
    if clause.lemma not in REPORTING_VERBS or clause.i < predicate.i:
        return False
    subjects = parse.kids(clause, "nsubj")
    commas = [k for k in parse.kids(clause, "punct") if k.text == "," and k.i < clause.i]
    return bool(subjects) and bool(commas) and all(s.i < clause.i for s in subjects)


def _reached(parse: Parse, act: Token) -> list[Token]:
    """Whom an act reaches: its datives, the objects of its target phrases, and its
    objects where they name someone (else their target phrases); else whom the act
    it is done for reaches ("use force to stop Taiwan")."""
    found = _datives(parse, act) + _prep_objects(parse, act)
    for obj in parse.kids(act, "dobj", "obj"):
        owned = any(_names_someone(k) for k in parse.kids(obj, "poss"))  # "Iran's sites"
        found += [obj] if _names_someone(obj) or owned else _prep_objects(parse, obj)
        if not _names_someone(obj):  # "lift the ban imposed on SIMI"
            found += [p for acl in parse.kids(obj, "acl") for p in _prep_objects(parse, acl)]
    for purpose in [] if found else parse.kids(act, "xcomp"):
        found += _reached(parse, purpose)
    return found


def _folded_subject(parse: Parse, clause: Token) -> list[Token]:
    """The subject the parser folded into a clause it took for a noun: in "demanded
    that President Assad step aside", "step" is read as a noun with "Assad" as its
    compound modifier."""
    if clause.pos not in ("NOUN", "PROPN") or not parse.kids(clause, "mark"):
        return []
    return [c for c in parse.kids(clause, "compound") if c.pos == "PROPN"][-1:]
