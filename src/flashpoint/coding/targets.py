"""Whom an event reaches: the objects and target phrases of a trigger, where what is
sent goes, the targets carried by a clause a demand or threat governs, and the named
authors of a rejected, condemned or welcomed act."""

from __future__ import annotations

from flashpoint.coding.frontiers import left_places
from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import Match
from flashpoint.coding.readings import direction_words, readiness_acts
from flashpoint.coding.subjects import INSTRUMENT_NOUNS, SUBJECT_DEPS, authors, names_someone
from flashpoint.coding.subjects import phrase_objects as phrase_objects  # its old home
from flashpoint.coding.syntax import Parse, is_actor_like
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
#: Types whose "from" phrase is the target instead of what moves: in "withdrew its
#: troops from Lebanon" the troops are the source's own, Lebanon is acted upon.
ORIGIN_TYPES = frozenset({"RETREAT"})
#: Modes of other types that move something out of a place: "withdrew its
#: peacekeepers from Rwanda" (SANCTION withdraw).
ORIGIN_MODES = frozenset({"withdraw"})
#: Types whose clausal complement's subject is addressed: "demanded that X ...".
ADDRESSEE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"})
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
#: Phrases of a sending verb that may hold the "to" phrase of what is sent: "sent
#: vehicles worth $400 million to Ukraine".
VALUE_PREPS = frozenset({"worth", "valued", "totalling", "totaling", "costing"})
#: Verbs of saying: a clause of one after the trigger's clause ("..., the ministry
#: said") is who reports it, not a complement of the trigger.
ATTRIBUTION_VERBS = frozenset({"say", "tell", "report", "add", "announce", "state", "claim"})
#: Nouns of what is known or told, whose "on"/"about" phrase is what it is about, not
#: whom it is shared with: "share intelligence with Uganda on al-Shabaab".
INFORMATION_NOUNS = frozenset(
    {"intelligence", "information", "datum", "data", "detail", "evidence", "knowledge"}
    | {"expertise", "finding", "know-how", "insight", "assessment", "briefing"}
)
#: Verbs of letting someone in or through, and the phrases of where they go.
PERMISSION_VERBS = frozenset({"allow", "let", "permit", "admit"})
ENTRY_PREPS = frozenset({"into", "to"})
#: Verbs of driving people off their land, and the phrases of the place they leave:
#: "drove the villagers out of the valley into Uganda" reaches the villagers, not
#: Uganda, where they were driven to.
DRIVING_OFF_VERBS = frozenset({"drive", "chase", "expel", "banish", "deport", "force"})
LEAVING_WORDS = frozenset({"from", "out"})
DESTINATION_PREPS = frozenset({"into", "to", "toward", "towards"})
#: Verbs whose object the parser reads as the subject of the bare clause after it:
#: in "help Moldova get through the winter", "allow US troops to use its bases",
#: Moldova and the troops are whom the helping or allowing reaches.
RAISING_VERBS = frozenset({"help", "assist", "aid", "let", "allow", "permit", "enable"})
#: Of those, verbs of helping, whose purpose clause names whom an act is for.
HELPING_VERBS = frozenset({"help", "assist", "aid", "enable"})
#: Prepositions of a topic.
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def prep_objects(parse: Parse, token: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
    objects: list[Token] = []
    if _informs(parse, token):  # "shared intelligence with Kenya on al-Shabaab"
        skip = skip | TOPIC_PREPS
    if _admitted(parse, token):  # "allowed UN monitors into Darfur": where they go
        skip = skip | ENTRY_PREPS
    if _fled_into(parse, token):  # "drove them out of X into Y": where they fled
        skip = skip | DESTINATION_PREPS
    for prep in parse.kids(token, "prep"):
        if prep.lemma in TARGET_PREPS and prep.lemma not in skip:
            objects.extend(o for o in parse.kids(prep, "pobj") if not _means(prep, o))
    for acl in parse.kids(token, "acl"):
        if acl.lemma in ("target", "aim", "against"):
            objects.extend(parse.kids(acl, "dobj", "obj"))
    return objects


#: Weapons, whose "with" phrase says how an act was done, not whom it reached.
WEAPON_NOUNS = INSTRUMENT_NOUNS | frozenset(
    {"weapon", "gun", "rifle", "knife", "machete", "club", "baton", "truncheon", "gas"}
    | {"poison", "toxin", "firearm", "pistol", "stick", "whip", "cannon"}
)


def _means(prep: Token, obj: Token) -> bool:
    """Is ``obj`` of a "with" phrase a weapon, the means of the act ("struck the bases
    with armed drones", "beat the prisoners with clubs"), not whom it reaches ("clashed
    with police")?"""
    return prep.lemma == "with" and obj.lemma in WEAPON_NOUNS and not names_someone(obj)


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
    return any(names_someone(k) for k in named)  # "UN monitors", not "aid trucks"


def _fled_into(parse: Parse, token: Token) -> bool:
    """Is ``token`` a verb of driving people off with a place they left and an object
    not of the actor's own ("drove 5,000 villagers from the hills into Kenya")?  Its
    "into"/"to" phrase is where they fled; "drove its tanks from Belarus into Ukraine"
    keeps Ukraine."""
    if token.pos != "VERB" or token.lemma not in DRIVING_OFF_VERBS:
        return False
    objects = parse.kids(token, "dobj", "obj")
    owned = any(
        k.pos == "PRON" for o in objects for k in parse.kids(o, "poss")
    )  # "its tanks", "their troops"
    left = bool(LEAVING_WORDS & direction_words(parse, token))
    return bool(objects) and not owned and left


def dative_objects(parse: Parse, verb: Token) -> list[Token]:
    """Recipients: "gave Iraq aid" (a noun) or "sent troops to Estonia" (its "to" phrase)."""
    found: list[Token] = []
    for dative in parse.kids(verb, "dative"):
        found += parse.kids(dative, "pobj") if dative.pos == "ADP" else [dative]
    # The parser leaves a named recipient between the verb and its object unlabelled
    # ("would send Kyiv more weapons": Kyiv is `dep` or `intj`); a proper name so
    # placed is the dative.
    objects = parse.kids(verb, "dobj")
    for dep in parse.kids(verb, "dep", "intj"):
        if (
            dep.pos == "PROPN"
            and is_actor_like(dep)
            and any(verb.i < dep.i < obj.i for obj in objects)
        ):
            found.append(dep)
    return found


#: CAMEO codes of handing someone over to another state's justice: extradition (063).
HANDOVER_CODES = frozenset({"063"})


def handed_to(parse: Parse, match: Match, targets: list[Token]) -> list[Token]:
    """Of a handover to justice, the receiver in its "to" phrase, not the one handed
    over: "extradited the cartel boss to the United States" → the United States,
    "handed the suspect over to Spanish judges" → the judges.  Without a receiver,
    ``targets`` as they are."""
    if match.kind.cameo not in HANDOVER_CODES:
        return targets
    receivers = [t for t in targets if object_of(parse, t, "to")]
    return receivers or targets


def object_of(parse: Parse, token: Token, preposition: str) -> bool:
    """Is ``token`` (or the phrase it is coordinated in) the object of ``preposition``
    ("handed over to Spain and France": both of "to")?"""
    while token.dep == "conj":
        head = parse.head(token)
        if head is None:
            return False
        token = head
    prep = parse.head(token)
    return token.dep == "pobj" and prep is not None and prep.lemma == preposition


def is_amount(parse: Parse, obj: Token) -> bool:
    """Is the object an amount of something ("500 million euros", "2,000 tonnes")?"""
    counted = any(k.dep in ("nummod", "quantmod") for k in parse.kids(obj))
    return counted or obj.ent_type in ("MONEY", "QUANTITY")


def recipients_of(parse: Parse, obj: Token) -> list[Token]:
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


def sent_by_value(parse: Parse, verb: Token) -> list[Token]:
    """The "to" phrase the parser hung on the value of what is sent: "sent vehicles
    worth $400 million to Ukraine" ("to" under "worth")."""
    values = [p for p in parse.kids(verb, "prep", "amod", "acl") if p.lemma in VALUE_PREPS]
    return [t for value in values for t in recipients_of(parse, value)]


def passive_undergoers(parse: Parse, noun: Token) -> list[Token]:
    """Who underwent an event noun that is the agent of a passive verb: "700,000
    villagers were driven from their homes by an army campaign", "Iran was hit by new
    US sanctions" → the villagers, Iran (the passive's subject). The caller keeps it to
    a noun with an author: "hope was replaced by resignation" is no act on hope."""
    agent = parse.head(noun) if noun.dep == "pobj" else None
    verb = parse.head(agent) if agent is not None and agent.dep == "agent" else None
    if verb is None or not parse.kids(verb, "auxpass"):
        return []
    return [  # someone named or counted: not "ties were frayed by X's support for Y"
        s
        for s in parse.kids(verb, "nsubjpass")
        if names_someone(s) or any(k.dep == "nummod" for k in parse.kids(s))
    ]


def purpose_hosted(parse: Parse, noun: Token, sources: list[Token]) -> list[Token]:
    """Who came for an event noun of a passive verb whose agent is the noun's source:
    "the minister was received by the president for talks" → the minister."""
    prep = parse.head(noun)
    verb = parse.head(prep) if prep is not None else None
    if verb is None or not parse.kids(verb, "auxpass"):
        return []
    agents = parse.agents(verb)
    if not any(s in agents for s in sources):
        return []
    return parse.kids(verb, "nsubjpass")


def shared_objects(parse: Parse, verb: Token, match: Match, lexicon: Lexicon) -> list[Token]:
    """The object of a trigger verb coordinated with the verb that has none: in "a man
    punched and knocked down a congressman" both act on the congressman.  Only a verb
    of the same type (or both uses of force: "beat and detained protesters") that
    takes no subject of its own and follows right after the trigger's "and" shares
    it."""
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
        if kind is None or not kindred_types(kind.type, match.kind.type) or conj.pos != "VERB":
            continue
        if parse.kids(conj, *SUBJECT_DEPS, "nsubjpass") or conj.i - verb.i > 3:
            continue
        return [c for o in parse.kids(conj, "dobj", "obj") for c in parse.conjuncts(o)]
    return []


#: Types of the use of force, whose coordinated verbs act on the same people: "beat
#: and detained protesters" (an assault and an arrest) both reach the protesters.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def kindred_types(first: str, second: str) -> bool:
    """May two coordinated acts of these types share one object: the same type, or
    both uses of force?"""
    return first == second or {first, second} <= FORCE_TYPES


def verb_objects(parse: Parse, verb: Token) -> list[Token]:
    """The objects of ``verb`` with those coordinated with them, and nouns the parser
    coordinated with the verb after its object: "condemned the raid and the threats
    made by X" ("threats" hung on "condemned")."""
    direct = parse.kids(verb, "dobj", "obj") or participle_subjects(parse, verb)
    objects = [c for o in direct for c in parse.conjuncts(o)]
    if objects:
        objects += [
            c for c in parse.kids(verb, "conj") if c.pos in ("NOUN", "PROPN") and c.i > objects[0].i
        ]
    return objects


def participle_subjects(parse: Parse, verb: Token) -> list[Token]:
    """The object of ``verb`` that the parser made the subject of an "-ing" clause
    after it: in "settlers attacked farmers harvesting olives" it reads "farmers
    harvesting olives" as a clause of its own.  A noun right after the verb, with no
    comma between, is the verb's object where the clause has an object or phrase of its
    own ("harvesting olives", "marching to parliament"); "deployed jets circling above"
    deploys no target."""
    return [
        s
        for clause in parse.kids(verb, "advcl", "ccomp")
        if clause.tag == "VBG" and clause.i > verb.i and parse.kids(clause, "dobj", "obj", "prep")
        for s in parse.kids(clause, "nsubj")
        if s.pos in ("NOUN", "PROPN") and parse.start(s) == verb.i + 1
    ]


def split_verbs(parse: Parse, verb: Token, lexicon: Lexicon) -> list[Token]:
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


def named_authors(parse: Parse, noun: Token) -> list[Token]:
    """The authors of a call, offer or act that name someone ("Maduro's accusations",
    "threats made by the US Government"): its authors and the agents of participles on
    it, not a pronoun."""
    modifiers = ("compound", "amod", "nmod")  # "peace" in "the peace plan" is no author
    found = [a for a in authors(parse, noun) if names_someone(a) or a.dep not in modifiers]
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


def criticised(parse: Parse, noun: Token) -> list[Token]:
    """Who a rejected, condemned or welcomed act or statement is aimed at: its named
    authors where it has them ("rejected accusations by Maduro against Brazil" →
    Maduro; "the threats made by the US" → the US), else its authors and target
    phrases ("denounced the crackdown on protesters")."""
    named = named_authors(parse, noun)
    if named:
        return named
    against = _against(parse, noun)
    found = [a for a in authors(parse, noun) if not (against and _forum(a))]
    return found + prep_objects(parse, noun)


def event_holders(parse: Parse, noun: Token) -> list[Token]:
    """An event noun, and the verb it is the subject of where that verb only says it
    happened, whose phrases are then the noun's: "fighting broke out between ..."."""
    verb = parse.head(noun)
    if verb is not None and noun.dep == "nsubj" and verb.lemma in OCCURRENCE_VERBS:
        return [noun, verb]
    return [noun]


def from_origin(match: Match) -> bool:
    """Is the "from" phrase of this event the place or party it is aimed at?"""
    return match.kind.type in ORIGIN_TYPES or match.kind.mode in ORIGIN_MODES


def complement_targets(parse: Parse, predicate: Token, match: Match) -> list[Token]:
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
            found = subjects + [t for t in _reached(parse, clause) if t not in subjects]
            return found + [t for t in _conditioned(parse, clause, predicate) if t not in found]
        if not (speaker and match.kind.type in OWN_ACT_TYPES):
            return subjects
        found = _reached(parse, clause)
        if found:
            return found
    if match.kind.type in DEMAND_TYPES:
        found = asked_subjects(parse, predicate)
        if found:
            return found
    for clause in _purposes(parse, predicate):
        found = _reached(parse, clause)
        if found:
            return found
    if match.kind.type in DEMAND_TYPES:
        return _named_after_that(parse, predicate)
    return []


#: Types whose "that" clause names who is to act even where the parser mangled it.
DEMAND_TYPES = frozenset({"REQUEST"})


def asked_subjects(parse: Parse, predicate: Token) -> list[Token]:
    """Who is asked to act in a "for ... to" clause after a demand: "called for Israel
    to condemn the invasion", "pushed for the World Bank to double its lending" (the
    parser reads the name as the subject of a clause marked "for"); not a pronoun."""
    return [
        s
        for clause in parse.kids(predicate, "advcl", "ccomp")
        if clause.i > predicate.i and clause.tag == "VB"
        if any(m.lemma.lower() == "for" for m in parse.kids(clause, "mark"))
        if any(a.text.lower() == "to" for a in parse.kids(clause, "aux"))
        for s in parse.kids(clause, "nsubj")
        if s.pos != "PRON" and predicate.i < s.i < clause.i
    ]


def _named_after_that(parse: Parse, predicate: Token) -> list[Token]:
    """The name that opens a demanded clause the parser did not read as a clause with
    a subject: "demanded on Friday that Tbilisi stop ..." ("Tbilisi" an adjective),
    "demanded that Pakistan share intelligence ..." ("Pakistan" a compound of a noun).
    The "that" must follow the verb, at most after a phrase of time on it; the name
    is the last word of the proper name right after it ("the" aside)."""
    after = [t for t in parse.tokens.values() if t.i > predicate.i]
    after.sort(key=lambda t: t.i)
    index = 0
    while index < len(after) and after[index].text.lower() != "that":
        token = after[index]
        timed = token.ent_type in ("DATE", "TIME") or (
            token.dep == "prep" and parse.head(token) is predicate
        )
        if not timed:
            return []
        index += 1
    if index >= len(after) or after[index].dep not in ("mark", "det"):
        return []
    name: list[Token] = []
    for token in after[index + 1 :]:
        if token.text.lower() == "the" and not name:
            continue
        if token.pos != "PROPN" or token.ent_type in ("DATE", "TIME"):
            break
        name.append(token)
    if not name or not is_actor_like(name[-1]):
        return []
    return name[-1:]


#: Subordinators of the condition a threat or demand is made on (also
#: ``secondary``: "threatened to strike unless Iran stopped").
CONDITION_MARKS = frozenset({"if", "unless"})


def _conditioned(parse: Parse, clause: Token, predicate: Token) -> list[Token]:
    """Who must act, or not, for a threatened act to be spared: the subject of its "if"
    or "unless" clause ("warned that its troops would take the region if Guyana went on
    ..." is aimed at Guyana), on the act's clause or on the warning."""
    return [
        s
        for head in (clause, predicate)
        for condition in parse.kids(head, "advcl")
        if any(m.lemma.lower() in CONDITION_MARKS for m in parse.kids(condition, "mark"))
        for s in parse.kids(condition, "nsubj")
    ]


def _purposes(parse: Parse, act: Token) -> list[Token]:
    """The open complements of ``act``, the act a party is ready for ("was ready to
    build a pipeline to Turkey") and its "to help" purpose clauses ("pledged loans to
    help Pakistan meet its payments": whom the pledge is for)."""
    helping = [
        c for c in parse.kids(act, "advcl") if c.lemma in HELPING_VERBS and parse.infinitive(c)
    ]
    return parse.kids(act, "xcomp") + readiness_acts(parse, act) + helping


def _modal(parse: Parse, clause: Token) -> bool:
    """Does a modal verb put the clause's act in the future ("would impose")?"""
    return any(k.lemma.lower() in MODALS for k in parse.kids(clause, "aux"))


def _attribution(parse: Parse, predicate: Token, clause: Token) -> bool:
    """Is ``clause`` the attribution of the sentence that the parser hung on the
    trigger: a verb of saying after it, set off by a comma, with its subject before it
    ("India demanded that ..., the foreign ministry said")?"""
    if clause.lemma not in ATTRIBUTION_VERBS or clause.i < predicate.i:
        return False
    subjects = parse.kids(clause, "nsubj")
    commas = [k for k in parse.kids(clause, "punct") if k.text == "," and k.i < clause.i]
    return bool(subjects) and bool(commas) and all(s.i < clause.i for s in subjects)


def raised_objects(parse: Parse, verb: Token) -> list[Token]:
    """The object of a verb of helping or letting that the parser made the subject of
    the clause after it ("help Haitian police confront gangs", "allow US troops to
    use its territory", "assist investigators trying to trace"): a bare, "to" or
    "-ing" clause, not a finite one ("helped that ...")."""
    if verb.lemma not in RAISING_VERBS or verb.pos != "VERB":
        return []
    found: list[Token] = []
    for clause in parse.kids(verb, "ccomp"):
        if clause.i < verb.i or clause.tag not in ("VB", "VBG"):
            continue
        if parse.kids(clause, "mark") or any(a.pos != "PART" for a in parse.kids(clause, "aux")):
            continue
        found += [s for s in parse.kids(clause, "nsubj") if s.i > verb.i and s.pos != "PRON"]
    return found


#: Participles that give a place or thing its holder: "positions held by the rebels".
HOLDING_VERBS = frozenset({"hold", "control", "occupy", "man", "operate", "run", "own"})


def holders_of(parse: Parse, obj: Token) -> list[Token]:
    """Who holds a thing acted upon that names no one: "attacked positions held by
    Tigrayan forces" reaches the forces."""
    if names_someone(obj):
        return []
    return [
        p
        for acl in parse.kids(obj, "acl")
        if acl.lemma in HOLDING_VERBS and acl.tag == "VBN"
        for agent in parse.kids(acl, "agent")
        for p in parse.kids(agent, "pobj")
    ]


def _reached(parse: Parse, act: Token) -> list[Token]:
    """Whom an act reaches: its datives, the objects of its target phrases, the place
    a withdrawal leaves, its objects where they name someone (else their target
    phrases) and the object of a verb of helping read as a subject ("help Moldova get
    through"); else whom the act it is done for reaches ("use force to stop Taiwan")."""
    found = dative_objects(parse, act) + prep_objects(parse, act) + raised_objects(parse, act)
    found += left_places(parse, act)  # "refused to pull its troops out of X"
    for obj in parse.kids(act, "dobj", "obj"):
        owned = any(names_someone(k) for k in parse.kids(obj, "poss"))  # "Iran's sites"
        found += [obj] if names_someone(obj) or owned else prep_objects(parse, obj)
        if not names_someone(obj):  # "lift the ban imposed on SIMI"
            found += [p for acl in parse.kids(obj, "acl") for p in prep_objects(parse, acl)]
    for purpose in [] if found else _purposes(parse, act):
        found += _reached(parse, purpose)
    return found


def _folded_subject(parse: Parse, clause: Token) -> list[Token]:
    """The subject the parser folded into a clause it took for a noun: in "demanded
    that President Assad step aside", "step" is read as a noun with "Assad" as its
    compound modifier."""
    if clause.pos not in ("NOUN", "PROPN") or not parse.kids(clause, "mark"):
        return []
    return [c for c in parse.kids(clause, "compound") if c.pos == "PROPN"][-1:]
