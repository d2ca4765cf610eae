"""Cooperation, support and opposition read from a verb and its clause: joint
exercises and joint acts, offers to work together, defending a party against an
accusation, displeasure told with an adjective, rallying support or opposition,
help to a state, and handing a person over for trial (yielding and access are read
in ``yielding``).
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.demands import party_subject, party_word
from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import Match
from flashpoint.coding.readings import defended, named_party
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

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
    # "Russia and Belarus held war games": named holders are partners of each other;
    # "Chinese warships and fighter jets staged drills" are one party's forces.
    subjects = parse.kids(match.token, "nsubj")
    partners += [
        c
        for s in subjects
        for c in parse.kids(s, "conj")
        if c.pos == "PROPN" or c.ent_type in ("GPE", "ORG", "NORP")
    ]
    partners += _allied_modifiers(parse, subjects)
    joint = [e for e in lexicon.nouns.get(word.lemma, ()) if e.modifier == "joint"]
    if not partners or not joint:
        return match
    return replace(match, kind=joint[0].kind)


def _allied_modifiers(parse: Parse, subjects: list[Token]) -> list[Token]:
    """The second of two nations named on one subject noun ("Indian and French
    warships held drills", "Philippine and US forces began exercises"): the forces of
    two parties, partners of each other."""
    return [
        c
        for s in subjects
        for m in parse.kids(s, "amod", "compound")
        if m.ent_type in ("GPE", "NORP")
        for c in parse.kids(m, "conj")
        if c.ent_type in ("GPE", "NORP", "ORG")
    ]


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


#: Heads that offer, promise or wish what their complement says: "is ready to work
#: with Seoul", "pledged to work with the new government", "wants to work with Rabat".
OFFERING_HEADS = frozenset(
    {"ready", "willing", "prepared", "eager", "keen", "determined"}
    | {"pledge", "vow", "promise", "offer", "want", "wish", "intend", "hope"}
)

#: Auxiliaries of an act announced for the future: "said it would work with Bamako".
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall"})


def offered_work(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Working with another party, offered, promised or wished ("said it was ready to
    work closely with Australia", "wants to work with Algeria"), or announced by a party
    for the future ("Brasilia said it would work closely with Buenos Aires"), is
    the offer to cooperate the manual's AGREE names (CAMEO 030): it reads as
    "cooperate", whose future modality the scorer makes AGREE. "Works with" alone
    mostly describes someone in news and stays uncoded."""
    kind = lexicon.verbs.get("cooperate")
    if kind is None or verb.lemma != "work":
        return None
    partners = _partners(parse, verb)
    if verb.dep == "xcomp":
        head = parse.head(verb)
        offered = head is not None and head.lemma in OFFERING_HEADS
    else:
        offered = _announced(parse, verb) and any(party_word(o) for o in partners)
    return Match(verb, kind, "verb") if offered and partners else None


def _partners(parse: Parse, verb: Token) -> list[Token]:
    """Whom the verb is done with: the object of its "with" phrase, or the subject of
    a clause the parser opened with "with" (as its mark, or leaving the verb's "with"
    with no object): "work closely with the authorities to organise elections", read
    as "with the authorities [to] organise"."""
    withs = [p for p in parse.kids(verb, "prep") if p.lemma == "with"]
    phrases = [o for p in withs for o in parse.kids(p, "pobj")]
    bare = [p for p in withs if not parse.kids(p, "pobj")]
    clauses = [
        s
        for c in parse.kids(verb, "advcl")
        if any(m.lemma == "with" for m in [*parse.kids(c, "mark"), *bare])
        for s in parse.kids(c, "nsubj")
    ]
    return [*phrases, *clauses]


def _announced(parse: Parse, verb: Token) -> bool:
    """Is the verb a party's own act told with "will" or "would" ("Rabat will work
    with ...", "said it would work with ...")?"""
    future = any(a.text.lower() in FUTURE_AUXILIARIES for a in parse.kids(verb, "aux"))
    return future and party_or_pronoun_subject(parse, verb)


#: Adverbs that make an act a shared one: "jointly combed the sea".
JOINT_ADVERBS = frozenset({"jointly"})

#: Links of a participle that only says how a noun came about: "a jointly built
#: pipeline", "the ceasefire, to be jointly monitored by ...".
MODIFYING_DEPS = frozenset({"amod", "acl", "relcl"})


def joint_act(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """An act that is no event by itself, done jointly ("Russian and Norwegian teams
    jointly searched the sea"), is material cooperation (CAMEO 060), read as
    "cooperate"; not a participle that describes a noun ("a jointly built pipeline")."""
    kind = lexicon.verbs.get("cooperate")
    if kind is None or verb.pos != "VERB" or verb.dep in MODIFYING_DEPS:
        return None
    joint = any(a.lemma.lower() in JOINT_ADVERBS for a in parse.kids(verb, "advmod"))
    return Match(verb, kind, "verb") if joint else None


#: Adjectives of displeasure, each read as the noun that "expressed" takes: "was
#: unhappy with" as "expressed displeasure over".
DISPLEASED_ADJECTIVES = {
    "unhappy": "displeasure",
    "displeased": "displeasure",
    "disappointed": "disappointment",
    "dismayed": "dismay",
}

#: Prepositions that name what a party is displeased with.
DISPLEASURE_PREPS = frozenset({"with", "by", "at", "over", "about"})

#: Pronouns that may stand for a party in reported speech ("said it was dismayed").
PARTY_PRONOUNS = frozenset({"it", "he", "she", "they"})


def displeased_with(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A party saying it is unhappy, displeased, disappointed or dismayed with
    something disapproves of it (ACCUSE 110), read as "expressed displeasure":
    "Oslo was deeply disappointed by Israel's decision", target Israel. The subject
    must be a named party, an official body or a pronoun for one ("fans were
    disappointed by the result" is no party's act), and the adjective needs its
    "with", "by", "at", "over" or "about" phrase, which names the target."""
    if verb.lemma != "be" or not party_or_pronoun_subject(parse, verb):
        return None
    for adjective in parse.kids(verb, "acomp"):
        noun = DISPLEASED_ADJECTIVES.get(adjective.text.lower())
        kind = lexicon.verb_obj.get(("express", noun)) if noun is not None else None
        preps = [p for p in parse.kids(adjective, "prep", "agent") if p.lemma in DISPLEASURE_PREPS]
        if kind is not None and preps:
            return Match(verb, kind, "verb_obj", particle=preps[0])
    return None


def party_or_pronoun_subject(parse: Parse, verb: Token) -> bool:
    """Is the verb's subject a party (``party_subject``) or a third-person pronoun
    that may stand for one?"""
    subjects = parse.kids(verb, "nsubj")
    pronoun = any(s.text.lower() in PARTY_PRONOUNS for s in subjects)
    return pronoun or party_subject(parse, verb)


#: Acts that oppose someone by themselves: "urged Arab states to isolate the regime".
OPPOSING_ACTS = frozenset({"oppose", "isolate", "ostracise", "ostracize", "shun", "resist"})

#: Acts that oppose whom their "against" phrase names: "to rise against the government".
RISING_ACTS = frozenset({"rise", "unite", "stand", "rally", "mobilise", "mobilize", "band", "line"})

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
    if kind is not None and _support_against(parse, match, lexicon):
        return replace(match, kind=kind)
    if kind is None or match.kind.type != "REQUEST":
        return match
    for act in parse.kids(match.token, "xcomp", "advcl"):
        if parse.infinitive(act) and _opposes(parse, act):
            return replace(match, kind=kind)
    return match


#: What is rallied, drummed up or lined up as support.
RALLIED_NOUNS = frozenset({"support", "backing"})


def _support_against(parse: Parse, match: Match, lexicon: Lexicon) -> bool:
    """Is the match support rallied (the lexicon's "rally support" reading) against
    someone: "drummed up Arab support against Iraq", "lined up support from its
    partners against the offensive"? That rallies opposition to whom the "against"
    phrase names (CAMEO 113), on the verb, its object or the object's phrases."""
    rallying = lexicon.verb_obj.get(("rally", "support"))
    objects = parse.kids(match.token, "dobj", "obj")
    if rallying is None or match.kind != rallying:
        return False
    if not any(o.lemma in RALLIED_NOUNS for o in objects):
        return False  # "rallied behind Kyiv against Russia" stays support for Kyiv
    holders = [match.token, *objects]
    holders += [o for n in objects for p in parse.kids(n, "prep") for o in parse.kids(p, "pobj")]
    return any(p.lemma == "against" for h in holders for p in parse.kids(h, "prep"))


#: Verbs of canvassing parties: lobbying them to back a third party rallies support.
LOBBYING_VERBS = frozenset({"lobby", "canvass"})


def _third_party(parse: Parse, backed: Token) -> bool:
    """Does what is backed name a party of its own ("Georgia", "Venezuela's bid", "the
    bid by Chile", "an aid package for Ukraine"), not the lobbyist's ("its bid", "a
    second resolution")?"""
    owners = [o for o in parse.kids(backed, "poss") if o.pos == "PROPN"]
    beneficiaries = [
        o
        for p in parse.kids(backed, "prep")
        if p.lemma in ("for", "by")
        for o in parse.kids(p, "pobj")
    ]
    named = backed.pos == "PROPN" or any(o.pos == "PROPN" for o in beneficiaries)
    return bool(owners) or named


def rallied_for(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Lobbying parties to back, support or endorse a third party or its cause rallies
    support on its behalf (SUPPORT 053, as "rallied support"): "Nigeria lobbied African
    states to back Ghana's candidate"; lobbying them to back the lobbyist's own bid
    ("to back its bid") is an appeal for support and stays a request."""
    rally = lexicon.verb_obj.get(("rally", "support"))
    if rally is None or match.token.lemma not in LOBBYING_VERBS or match.pattern != "verb":
        return match
    for clause in parse.kids(match.token, "xcomp", "advcl", "ccomp"):
        read = lexicon.verbs.get(clause.lemma)
        if not parse.infinitive(clause) or read is None or read.type != "SUPPORT":
            continue
        if any(_third_party(parse, o) for o in parse.kids(clause, "dobj", "obj")):
            return replace(match, kind=rally)
    return match


#: Common nouns of a state or its government, as giver or receiver of help.
STATE_NOUNS = frozenset({"government", "authority", "ministry", "state", "regime", "junta"})

#: Pronouns that stand for the party that said it would help: "Berne said it would".
HELPER_PRONOUNS = frozenset({"it", "they"})


def helped_state(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A state or body helping a state or its government is aid (AID 070, read as
    "assisted"): "Switzerland said it would help Nigeria recover the stolen funds",
    "Riyadh will help the Yemeni government pay salaries". Helping anyone else ("the
    grant will help families pay their bills") or help from a person ("Kane helped
    England beat Italy") is none."""
    kind = lexicon.verbs.get("assist")
    if kind is None or verb.lemma != "help" or not _helping_state(parse, verb):
        return None
    clauses = parse.kids(verb, "ccomp", "xcomp")
    helped = [
        *parse.kids(verb, "dobj", "obj"),
        *(s for c in clauses for s in parse.kids(c, "nsubj")),
    ]
    return Match(verb, kind, "verb") if any(_state(h) for h in helped) else None


def _state(token: Token) -> bool:
    """Is the token a state, a named body or a government ("Nigeria", "the Yemeni
    government")?"""
    return named_party(token) or token.lemma.lower() in STATE_NOUNS


def _helping_state(parse: Parse, verb: Token) -> bool:
    """Is the verb's subject a state or body, or a pronoun for the one that says it
    will help ("Saudi Arabia said it would help ...")?"""
    subjects = parse.kids(verb, "nsubj")
    if any(_state(s) for s in subjects):
        return True
    head = parse.head(verb) if verb.dep == "ccomp" else None
    speakers = parse.kids(head, "nsubj") if head is not None else []
    pronoun = any(s.text.lower() in HELPER_PRONOUNS for s in subjects)
    return pronoun and any(_state(s) for s in speakers)


#: Verbs of handing a person over to another state or a court.
HANDING_VERBS = frozenset({"hand", "transfer", "deliver", "send", "surrender", "turn"})

#: What a person is handed over to face: "for trial", "to face charges".
TRIAL_NOUNS = frozenset({"trial", "charge", "prosecution", "justice"})

#: What a court sends on for trial that is no person: "sent the case to a higher court".
CASE_NOUNS = frozenset({"case", "file", "matter", "dossier", "bill", "petition", "appeal"})

#: Verbs of a purpose clause of facing a trial: "to face charges", "to stand trial".
FACING_VERBS = frozenset({"face", "stand"})


def handed_for_trial(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A person handed over, transferred or sent to a state or court for trial or to
    face charges is extradited (judicial cooperation, COOPERATE 063): "Kosovo
    transferred the commander to The Hague to stand trial", "Peru sent the banker to
    Miami for trial". Without a "to" phrase or a trial to face it is none, and so is a
    case sent on ("sent the case to a higher court for trial")."""
    kind = lexicon.verbs.get("extradite")
    if kind is None or verb.lemma not in HANDING_VERBS:
        return None
    tos = [
        o
        for p in parse.kids(verb, "prep", "dative")
        if p.lemma == "to"
        for o in parse.kids(p, "pobj")
    ]
    handed = parse.kids(verb, "dobj", "nsubjpass")
    if not tos or any(o.lemma in CASE_NOUNS for o in handed):
        return None
    # "for trial" on the verb or on the place it is sent to ("to Miami for trial").
    fors = [
        o
        for h in (verb, *tos)
        for p in parse.kids(h, "prep")
        if p.lemma == "for"
        for o in parse.kids(p, "pobj")
    ]
    facing = [
        o
        for c in parse.kids(verb, "advcl", "xcomp")
        if c.lemma in FACING_VERBS
        for o in parse.kids(c, "dobj")
    ]
    tried = any(o.lemma in TRIAL_NOUNS for o in [*fors, *facing])
    return Match(verb, kind, "verb") if tried else None
