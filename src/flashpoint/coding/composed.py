"""Readings composed of a verb and its clause: demands ("said X must ..."),
ultimatums, compulsion, orders to act or to leave, offers to work together,
requests to oppose someone, defending a party against an accusation, joint
exercises, displeasure told with an adjective, letting a body in, and the event
nouns that are only what a request or refusal is about.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import ACCESS_NOUNS, OBJECT_DEPS, Match, object_heads, object_kind
from flashpoint.coding.protest import PROTESTERS
from flashpoint.coding.quantities import counts_a_population
from flashpoint.coding.readings import HAZARD_NOUNS, SPAN_NOUNS, compels, defended, particles_of
from flashpoint.coding.syntax import Parse
from flashpoint.coding.threats import OBLIGATION_AUX, PARTY_NOUNS, obligation_warned
from flashpoint.model import Token

#: Verbs of saying: "X said Y must do Z" is X demanding of Y.
SPEECH_VERBS = frozenset(
    {"say", "declare", "announce", "insist", "state", "tell", "conclude", "stress", "write", "add"}
)
#: Verbs whose past with a complement in the bare form is a demand: "insisted that
#: Tokyo resume exports" (the subjunctive), not "insisted that it was innocent".
INSISTING_VERBS = frozenset({"insist"})
#: Types whose object event is their content, not a separate happening.
CONTENT_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN", "SUPPORT"})


def complement_match(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A verb whose infinitive or gerund complement the lexicon lists as its object:
    "ordered the troops to leave" (``verb_obj order leave``), "stopped eating",
    "refused to eat" (a hunger strike): the complement's act is what the verb is
    about, as a noun object would be."""
    # "allowed the agency to inspect" is often parsed with a clausal complement whose
    # subject is the agency: an infinitive one is the same complement.
    clauses = [c for c in parse.kids(verb, "ccomp") if parse.infinitive(c)]
    for complement in [*parse.kids(verb, "xcomp"), *clauses]:
        for act in parse.conjuncts(complement):
            # The verb "access" is getting at something ("allowed the firm to access the
            # data"), not the access the noun rows ("allow access") grant.
            if act.pos not in ("VERB", "AUX") or act.lemma in ACCESS_NOUNS:
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
#: Acts by which an ordered party stops its work in a country: "ordered the UN office
#: to close", "ordered the charity to halt its operations".
CLOSING_ACTS = frozenset({"close", "shut", "halt", "suspend", "cease", "stop", "end"})
#: Objects of a closing act that are the party's own work there ("halt its operations").
WORK_NOUNS = frozenset(
    {"operation", "activity", "work", "office", "mission", "programme", "program"}
)
#: Heads named by their "of" phrase when ordered out: "the French branch of MSF".
BRANCH_NOUNS = frozenset({"branch", "office", "section", "arm", "chapter", "staff"})


def _leaves(parse: Parse, act: Token) -> bool:
    """Is the act leaving, or closing down one's own work: "to leave", "to close",
    "to halt its operations" (not "to close the border", "to stop the attacks")?"""
    if act.lemma == "leave":
        return True
    if act.lemma not in CLOSING_ACTS:
        return False
    return all(o.lemma in WORK_NOUNS for o in parse.kids(act, "dobj", "obj"))


def _ordered_out(parse: Parse, verb: Token, act: Token, lexicon: Lexicon) -> Match | None:
    """Ordering a party out that the lexicon says is expelled (peacekeepers,
    inspectors, diplomats, agencies: "expel inspector") expels it: "ordered the UN
    inspectors to leave" (SANCTION 166), "ordered the charity to halt its operations"
    (1663 with "expel charity"). Ordering troops or residents to leave is no expulsion."""
    if verb.lemma not in ORDERING_VERBS or not _leaves(parse, act):
        return None
    # "the French branch of MSF": the branch is what its "of" phrase names.
    return _expelled(parse, lexicon, verb, parse.kids(verb, "dobj", "obj"), BRANCH_NOUNS)


def _expelled(
    parse: Parse, lexicon: Lexicon, verb: Token, parties: list[Token], standing_for: frozenset[str]
) -> Match | None:
    """The expulsion of the first of ``parties`` the lexicon says is expelled ("expel
    inspector"), read through the "of" phrase of a noun of ``standing_for`` ("the
    branch of MSF", "the head of the mission")."""
    for party in parties:
        heads = object_heads(parse, party, lexicon)
        heads += [o for h in heads if h.lemma in standing_for for o in parse.of_phrase(h)]
        for head in heads:
            kind = object_kind(lexicon, "expel", head)
            if kind is not None:
                return Match(verb, kind, "verb_obj", noun=party)
    return None


#: Verbs that stop a party's work when their object is it ("suspended the operations
#: of two charities").
STOPPING_VERBS = frozenset({"suspend", "halt", "stop", "end", "ban", "freeze"})


def stopped_operations(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Stopping the operations or work of a party the lexicon says is expelled
    (agencies, charities, missions) expels it (SANCTION 166, 1663 for aid agencies):
    "suspended the operations of two aid groups", "halted the charity's work"; a
    force's own operations stay a halt of fighting (RETREAT)."""
    noun = match.noun
    if noun is None or noun.lemma not in WORK_NOUNS or match.token.lemma not in STOPPING_VERBS:
        return match
    parties = parse.of_phrase(noun) + parse.kids(noun, "poss")
    for party in parties:
        for head in object_heads(parse, party, lexicon):
            kind = object_kind(lexicon, "expel", head)
            if kind is not None:
                return replace(match, kind=kind)
    return match


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
    partners += [
        c
        for s in parse.kids(match.token, "nsubj")
        for c in parse.kids(s, "conj")
        if c.pos == "PROPN" or c.ent_type in ("GPE", "ORG", "NORP")
    ]
    joint = [e for e in lexicon.nouns.get(word.lemma, ()) if e.modifier == "joint"]
    if not partners or not joint:
        return match
    return replace(match, kind=joint[0].kind)


#: Verbs of a deployment's purpose that make it protection of people.
PROTECTING_VERBS = frozenset({"protect", "shield", "guard"})
#: People whom forces sent to protect are given military protection: "to protect
#: civilians", "to shield refugees", "to guard aid convoys".
PROTECTED_NOUNS = frozenset(
    {"civilian", "resident", "population", "refugee", "national", "foreigner", "villager"}
    | {"people", "convoy", "minority", "worker", "citizen"}
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


def demand_match(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A speech verb whose complement says someone must act: a REQUEST."""
    kind = lexicon.verbs.get("demand")
    if kind is None or verb.lemma not in SPEECH_VERBS | INSISTING_VERBS:
        return None
    for complement in parse.kids(verb, "ccomp"):
        auxiliaries = parse.kids(complement, "aux")
        obliged = any(a.lemma in OBLIGATION_AUX for a in auxiliaries) or (
            complement.lemma == "have" and parse.kids(complement, "xcomp")
        )
        bare = _subjunctive(parse, verb, complement) or _named_subjunctive(parse, verb, complement)
        if obliged or bare:
            return Match(verb, kind, "demand", complement=complement)
    return None


def _named_subjunctive(parse: Parse, verb: Token, complement: Token) -> bool:
    """A bare verb after a name that the parser read as a noun, with the name for its
    subject or compound: "insisted that ASEAN step in" ("step" a noun). After "that"
    and a past verb of insisting, a singular noun with a subject, or whose only
    modifier is a name, is the subjunctive of a verb with that name as its subject."""
    if verb.lemma not in INSISTING_VERBS or not _past(parse, verb) or complement.tag != "NN":
        return False
    if not any(m.lemma == "that" for m in parse.kids(complement, "mark")):
        return False
    kids = [k for k in parse.kids(complement) if k.i < complement.i]
    subjects = [k for k in kids if k.dep == "nsubj"]
    names = [k for k in kids if k.dep == "compound" and k.pos == "PROPN"]
    others = [k for k in kids if k.dep in ("det", "amod", "poss", "nummod")]
    return bool(subjects or names) and not others


def _subjunctive(parse: Parse, verb: Token, complement: Token) -> bool:
    """Is the complement of a past verb of insisting in the bare form, with a subject
    and no auxiliary ("insisted that Seoul lift the ban", "insisted the envoy be
    recalled")? After a past verb an indicative would be past too ("insisted that
    the talks were going well")."""
    if verb.lemma not in INSISTING_VERBS or not _past(parse, verb):
        return False
    bare = complement.tag == "VB" or (complement.tag == "VBP" and complement.lemma != "be")
    # "insisted the envoy be recalled": a passive's bare "be".
    bare = bare or any(a.tag == "VB" for a in parse.kids(complement, "auxpass"))
    subject = parse.kids(complement, "nsubj", "nsubjpass")
    return bare and bool(subject) and not parse.kids(complement, "aux")


def _past(parse: Parse, verb: Token) -> bool:
    """Is the verb in the past or the present perfect ("insisted", "has insisted")?
    After either, an indicative complement would not be in the bare form."""
    perfect = verb.tag == "VBN" and any(a.lemma == "have" for a in parse.kids(verb, "aux"))
    return verb.tag == "VBD" or perfect


#: Verbs that, with a party for object and an infinitive, ask that party to act:
#: "told Israel to scale back", "pressed the junta to restore civilian rule",
#: "advised both sides to accept mediation"; each read as the lexicon verb named.
TELLING_VERBS = {"tell": "demand", "press": "urge", "advise": "urge", "require": "demand"}
#: Subjects that are the speaker or the hearer of a quote, not a party.
SPEAKERS = frozenset({"i", "we", "you"})
#: Telling verbs that are a demand only when a party requires: "the Security Council
#: required Iraq to grant access" is, "the law requires firms to disclose" is not; and
#: canvassing is an appeal only by a party: "Britain canvassed Commonwealth members to
#: oppose the motion" is, "they canvassed experts to find out how it works" is not.
PARTY_ONLY_VERBS = frozenset({"require", "canvass"})


def told_to(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Telling, pressing or advising a party to act is a request (CAMEO 10 demand,
    02 appeal): "Washington told Israel to scale back its operations" reads as
    "demanded", "pressed Myanmar to free the prisoners" as "urged". The act asked
    for is coded on its own (hypothetical); without an infinitive ("told reporters
    that ...") the verb is one of saying."""
    reading = TELLING_VERBS.get(verb.lemma)
    kind = lexicon.verbs.get(reading) if reading is not None else None
    if kind is None or not (parse.kids(verb, "dobj", "obj") or _told_by(parse, verb)):
        return None
    if any(s.text.lower() in SPEAKERS for s in parse.kids(verb, "nsubj")):
        return None  # "I told them to leave me": a witness's own words, no party's act
    if verb.lemma in PARTY_ONLY_VERBS and not _party_subject(parse, verb):
        return None
    if any(parse.infinitive(c) for c in parse.kids(verb, "xcomp")):
        return Match(verb, kind, "verb")
    return None


def _party_subject(parse: Parse, verb: Token) -> bool:
    """Is the verb's subject a named party or an official body ("Moscow required
    Minsk to ...", "the new government required the UN to ...")? A rule, law or
    deal that requires something ("the treaty requires both sides to ...") is none."""
    subjects = parse.kids(verb, "nsubj")
    return any(s.pos == "PROPN" or s.lemma.lower() in PARTY_NOUNS for s in subjects)


def _told_by(parse: Parse, verb: Token) -> bool:
    """A passive with its teller in a "by" phrase and a party for subject: "Guyana was
    told by Venezuela to negotiate", "the leaders were pressed by the EU to act"."""
    parties = parse.kids(verb, "nsubjpass")
    if not parties or any(p.text.lower() in SPEAKERS for p in parties):
        return False
    return any(parse.kids(a, "pobj") for a in parse.kids(verb, "agent"))


#: Verbs that dare, nudge or push a party, with an infinitive, into acting: "challenged
#: the EU to open its markets", "nudged Israel to give ground", "prodded both sides to
#: return to talks", "pushed Hanoi to free the dissidents", "coaxed the rebels to come
#: back to the table"; read as "urged" (an appeal, CAMEO 02). "Pressed" is here too for
#: its infinitive parsed as an adverbial clause after a time phrase ("pressed the
#: coalition on Sunday to coordinate its strikes"), which ``told_to`` does not read.
NUDGING_VERBS = frozenset({"challenge", "nudge", "prod", "push", "coax", "press", "canvass"})


def nudged_to(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Challenging, nudging, prodding or canvassing a party to act is an appeal to it
    (REQUEST, read as "urged"): the infinitive may hang on the verb as a complement
    or, as the parser often has it after a time phrase, as an adverbial clause.
    Without an infinitive ("challenged the ruling in court", "canvassed voters") it is
    none of this."""
    kind = lexicon.verbs.get("urge")
    if kind is None or verb.lemma not in NUDGING_VERBS or not parse.kids(verb, "dobj", "obj"):
        return None
    if verb.lemma in PARTY_ONLY_VERBS and not _party_subject(parse, verb):
        return None
    objects = parse.kids(verb, "dobj", "obj")
    for clause in parse.kids(verb, "xcomp", "advcl"):
        if not parse.infinitive(clause) or parse.kids(clause, "nsubj"):
            continue
        between = [
            k for k in parse.kids(verb, "prt", "advmod", "prep") if objects[0].i < k.i < clause.i
        ]
        # "to press his plan for Turkey to establish": the object's own phrase, no time.
        between += [k for k in parse.kids(objects[0], "prep") if k.i < clause.i]
        # "nudged the waiters away from the TV to serve": a purpose, not what is asked.
        if all(_time_phrase(parse, k) for k in between):
            return Match(verb, kind, "verb")
    return None


def _time_phrase(parse: Parse, prep: Token) -> bool:
    """A prepositional phrase of time: "on Tuesday", "in March"."""
    objects = parse.kids(prep, "pobj")
    return prep.dep == "prep" and any(o.ent_type in ("DATE", "TIME") for o in objects)


#: Verbs that set a time limit: "gave Qatar ten days to ...", "set them 48 hours to ...".
DEADLINE_VERBS = frozenset({"give", "set", "grant"})


def ultimatum_match(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A time limit to act "or face" a consequence is an ultimatum (THREATEN, CAMEO
    139, as the noun "ultimatum"): "gave the rebels 48 hours to withdraw or face
    air strikes". A time limit alone ("gave them a week to reply") is none."""
    kinds = lexicon.nouns.get("ultimatum")
    if not kinds or verb.lemma not in DEADLINE_VERBS:
        return None
    _, clauses = _time_limit(parse, verb)
    for clause in clauses:
        if not parse.infinitive(clause):
            continue
        for face in (t for t in parse.subtree(clause) if t.lemma == "face" and t.dep == "conj"):
            joined = parse.head(face)
            if joined is not None and any(c.lemma == "or" for c in parse.kids(joined, "cc")):
                return Match(verb, kinds[0].kind, "verb")
    return None


def _time_limit(parse: Parse, verb: Token) -> tuple[list[Token], list[Token]]:
    """The spans of time a verb of setting a deadline gives ("ten days") and the
    clauses that say what for: on the verb, or the infinitive parsed as a relative
    clause of the span ("gave them 72 hours to leave or face air strikes")."""
    spans = [
        k
        for k in parse.kids(verb, "npadvmod", "dobj", "obj")
        if k.lemma in SPAN_NOUNS or k.ent_type in ("DATE", "TIME")
    ]
    clauses = parse.kids(verb, "advcl", "xcomp") if spans else []
    return spans, clauses + [c for k in spans for c in parse.kids(k, "relcl", "acl")]


#: Heads named by their "of" phrase when given time to leave: "the head of the OSCE
#: mission" is the mission.
LEADER_NOUNS = BRANCH_NOUNS | frozenset({"head", "chief", "leader", "director"})


def given_time_to_leave(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """Giving a party the lexicon says is expelled (inspectors, monitors, a mission, an
    agency: "expel inspector") a span of time to leave, or to close its own work, expels
    it as ordering it out does ("gave the UN monitors 48 hours to leave the country",
    SANCTION 166; with "or face" it is an ultimatum, read before). Giving anyone else
    time to leave ("gave residents a day to leave") is none."""
    if verb.lemma not in DEADLINE_VERBS:
        return None
    spans, clauses = _time_limit(parse, verb)
    if not any(parse.infinitive(c) and _leaves(parse, c) for c in clauses):
        return None
    parties = [p for p in parse.kids(verb, "dative", "iobj", "dobj", "obj") if p not in spans]
    return _expelled(parse, lexicon, verb, parties, LEADER_NOUNS)


#: Heads that offer or promise what their complement says: "is ready to work with
#: Seoul", "pledged to work with the new government".
OFFERING_HEADS = frozenset(
    {"ready", "willing", "prepared", "eager", "keen", "determined"}
    | {"pledge", "vow", "promise", "offer"}
)


def offered_work(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
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
    if verb.lemma != "be" or not _party_or_pronoun_subject(parse, verb):
        return None
    for adjective in parse.kids(verb, "acomp"):
        noun = DISPLEASED_ADJECTIVES.get(adjective.text.lower())
        kind = lexicon.verb_obj.get(("express", noun)) if noun is not None else None
        preps = [p for p in parse.kids(adjective, "prep", "agent") if p.lemma in DISPLEASURE_PREPS]
        if kind is not None and preps:
            return Match(verb, kind, "verb_obj", particle=preps[0])
    return None


def _party_or_pronoun_subject(parse: Parse, verb: Token) -> bool:
    """Is the verb's subject a party (``_party_subject``) or a third-person pronoun
    that may stand for one?"""
    subjects = parse.kids(verb, "nsubj")
    pronoun = any(s.text.lower() in PARTY_PRONOUNS for s in subjects)
    return pronoun or _party_subject(parse, verb)


def compelled(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """ "Forced the villagers to carry ammunition" is coercion (CAMEO 170), as
    "coerced"; the act forced on them is coded on its own where it is one."""
    kind = lexicon.verbs.get("coerce")
    return Match(verb, kind, "verb") if kind is not None and compels(parse, verb) else None


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
    forms = [verb.lemma, *(f"{verb.lemma} {p.lemma}" for p in particles_of(parse, verb))]
    for form in (f for f in forms if f in ERGATIVE_VERBS):
        for subject in parse.kids(verb, "nsubj"):
            for head in object_heads(parse, subject):
                kind = lexicon.verb_obj.get((form, head.lemma))
                if kind is not None:
                    return Match(verb, kind, "verb_obj", noun=subject)
    return None


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


#: Acts of going to or taking part in a meeting: an invitation to them stays an offer
#: to meet (CAMEO 036, the lexicon's "invite"): "invited Putin to visit Tokyo".
VISITING_VERBS = frozenset(
    {"visit", "come", "attend", "meet", "talk", "negotiate", "participate", "address"}
    | {"speak", "observe", "watch", "tour", "travel", "go", "stay", "dine", "discuss"}
)

#: Meetings whose joining is a visit: "invited Kabul to join the talks".
MEETING_NOUNS = frozenset(
    {"talk", "negotiation", "summit", "conference", "meeting", "dialogue", "session"}
    | {"forum", "ceremony", "celebration", "part", "visit", "delegation", "panel"}
)


def invited_to(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Inviting a party to do something other than come to a meeting asks it to
    (REQUEST, read as "urged"): "invited Seoul to invest in its ports", "invited the
    rebels to lay down their arms"; "invited Putin to visit" stays an offer to meet."""
    kind = lexicon.verbs.get("urge")
    if kind is None or match.kind.type != "AGREE" or match.token.lemma != "invite":
        return match
    if not parse.kids(match.token, "dobj", "obj"):
        return match
    for act in parse.kids(match.token, "xcomp"):
        if not parse.infinitive(act) or parse.kids(act, "nsubj"):
            continue
        if act.lemma in VISITING_VERBS:
            return match
        nouns = parse.kids(act, "dobj", "obj")
        nouns += [o for p in parse.kids(act, "prep") for o in parse.kids(p, "pobj")]
        if any(n.lemma in MEETING_NOUNS for n in nouns):
            return match
        return replace(match, kind=kind)
    return match


def content_nouns(parse: Parse, match: Match) -> list[Token]:
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


#: Dependencies that keep a word in the clause of the verb it hangs on: "forced them
#: to stay in Mosul as human shields" (xcomp, prep, pobj), not a clause of its own.
CLAUSE_DEPS = frozenset({"xcomp", "advcl", "prep", "pobj", "dobj", "obj", "acomp"})


def _in_clause(parse: Parse, verb: Token) -> Iterator[Token]:
    """The words of ``verb``'s clause and of its infinitive or participle clauses."""
    for kid in parse.kids(verb, *CLAUSE_DEPS):
        yield kid
        yield from _in_clause(parse, kid)


def human_shields(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Forcing or confining people to serve "as human shields" uses them as shields
    (ASSAULT, CAMEO 184, as "hold as shield"): "forced villagers to stay in the town
    as human shields"; the compulsion itself ("forced villagers to stay") is COERCE."""
    if match.kind.type != "COERCE":
        return match
    kind = lexicon.verb_pobj.get(("hold", "as", "shield"))
    for word in _in_clause(parse, match.token):
        if word.lemma == "shield" and any(
            m.lemma == "human" for m in parse.kids(word, "amod", "compound")
        ):
            return replace(match, kind=kind) if kind is not None else match
    return match


#: Verbs of bringing a place or trade to a halt, which a strike may do: "shut down the
#: capital with a general strike", "paralysed the ports in a strike over pay".
SHUTTING_VERBS = frozenset({"shut", "close", "paralyse", "paralyze", "cripple", "halt"})
#: Prepositions of the means or the occasion: "with a strike", "in a strike".
MEANS_PREPS = frozenset({"with", "in", "through", "by"})
#: Nouns of a stoppage of work: a "strike" that shuts places is a walkout, not an attack.
STOPPAGE_NOUNS = frozenset({"strike", "walkout", "stoppage"})


def means_strikes(parse: Parse, verb: Token) -> list[Token]:
    """The strike nouns a shutting verb is done with or in ("shut down X with a general
    strike"): the strike is the shutdown's own event, no event of its own."""
    if verb.lemma not in SHUTTING_VERBS:
        return []
    preps = [p for p in parse.kids(verb, "prep") if p.lemma in MEANS_PREPS]
    return [n for p in preps for n in parse.kids(p, "pobj") if n.lemma in STOPPAGE_NOUNS]


def strike_shutdown(
    parse: Parse, match: Match | None, verb: Token, lexicon: Lexicon
) -> Match | None:
    """Shutting a place down with or in a strike is the strike (PROTEST strike, CAMEO
    143): "unions shut down banks and airports in a strike over fuel prices", "the
    opposition paralysed the capital with a general strike". Shutting by other means
    ("shut the border") keeps its reading."""
    walkout = lexicon.nouns.get("walkout")
    if walkout and means_strikes(parse, verb):
        return Match(verb, walkout[0].kind, "verb")
    return match


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


def misparsed_predicate_noun(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """A predicate noun after the object that the parser made a clause's verb, its
    object the clause's subject ("took more than 1,100 people [hostage]", "hostage"
    parsed as a verb): read as the lexicon's ``verb_obj`` of the verb and that noun
    ("take hostage", ASSAULT 181). A real clause (with an auxiliary, a marker or an
    object of its own) is left alone."""
    for clause in parse.kids(verb, "ccomp"):
        if clause.i < verb.i or not clause.tag.startswith("VB"):
            continue
        if parse.kids(clause, "aux", "auxpass", "mark", "dobj", "obj", "neg"):
            continue
        subjects = parse.kids(clause, "nsubj")
        if not subjects or subjects[0].i < verb.i:
            continue
        kind = lexicon.verb_obj.get((verb.lemma, clause.text.lower()))
        if kind is not None:
            return Match(verb, kind, "verb_obj")
    return None


#: Verbs of forcing people from their land that the lexicon reads as deporting, or not
#: at all: done to tens of thousands, a mass expulsion.  "Deport" names a legal
#: removal, whatever its size, and stays COERCE 174.
EXPELLING_VERBS = frozenset({"expel", "banish", "drive", "chase", "send"})
#: Verbs of driving people off that need a place left or crossed ("drove villagers
#: from their homes", "sent refugees back across the border"), with those words.
DRIVING_VERBS = {
    "drive": frozenset({"from", "out", "across", "into"}),
    "chase": frozenset({"from", "out", "across"}),
    "send": frozenset({"back"}),
}


def _as_mass(match: Match, lexicon: Lexicon) -> Match:
    """The match read as the lexicon's "mass expulsion" (ASSAULT 20), where it has one."""
    mass = next((e.kind for e in lexicon.nouns.get("expulsion", ()) if e.modifier == "mass"), None)
    return replace(match, kind=mass) if mass is not None else match


def _driven_off(parse: Parse, verb: Token) -> bool:
    """Does a verb of ``DRIVING_VERBS`` say where people were driven from or across
    ("drove villagers from their homes", "sent refugees back", "chased them out")?
    Verbs of expelling say it by themselves."""
    words = DRIVING_VERBS.get(verb.lemma)
    return words is None or any(k.lemma in words for k in parse.kids(verb, "prep", "prt", "advmod"))


def _a_cause(doer: Token, lexicon: Lexicon) -> bool:
    """Is the doer an event or a hazard ("fighting", "the war", "floods"), which
    displaces people but expels nobody?"""
    return doer.lemma in lexicon.nouns or doer.lemma in HAZARD_NOUNS


def mass_expulsion(
    parse: Parse, match: Match | None, verb: Token, lexicon: Lexicon
) -> Match | None:
    """Expelling or driving off people by the tens of thousands is a mass expulsion
    (ASSAULT, CAMEO 201, coded 20 as the lexicon's "mass expulsion"): "Kenya expelled
    tens of thousands of Somali refugees", "the militia drove 50,000 villagers from
    their homes". Expelling thousands of migrant workers or deporting any number stays
    COERCE 174, and sending thousands of troops back to the front stays MOBILIZE, as
    driving protesters from a square disperses them; fighting or floods driving people
    from their homes displace them."""
    if verb.lemma not in EXPELLING_VERBS or not _driven_off(parse, verb):
        return match
    if match is not None and match.kind.mode != "deport" and verb.lemma not in DRIVING_VERBS:
        return match  # "expelled diplomats" is a sanction
    if match is not None and match.kind.type not in ("COERCE", "ASSAULT"):
        return match
    people = parse.kids(verb, "dobj", "obj", "nsubjpass")
    if not any(counts_a_population(parse, p) for p in people):
        return match
    if any(h.lemma in PROTESTERS for p in people for h in object_heads(parse, p)):
        return match  # "police drove thousands of protesters from the square" disperses
    if any(_a_cause(d, lexicon) for d in _doers(parse, verb)):
        return match  # "fighting has driven 160,000 people from their homes"
    if match is not None:
        return _as_mass(match, lexicon)
    expel = lexicon.verbs.get("expel")
    return _as_mass(Match(verb, expel, "verb"), lexicon) if expel is not None else None


def mass_expulsion_noun(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """The expulsion of people by the tens of thousands is a mass expulsion, as
    expelling them is (``mass_expulsion``): "Riyadh's expulsion of hundreds of thousands
    of Yemeni workers"; "the expulsion of 400 migrants" and a deportation stay COERCE
    174."""
    if match.pattern != "noun" or match.kind.mode != "deport" or match.token.lemma != "expulsion":
        return match
    if not any(counts_a_population(parse, o) for o in parse.of_phrase(match.token)):
        return match
    return _as_mass(match, lexicon)


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


def _doers(parse: Parse, verb: Token) -> list[Token]:
    """The nouns of the verb's subject, or of a passive's "by" agent."""
    agents = [o for a in parse.kids(verb, "agent") for o in parse.kids(a, "pobj")]
    return [h for s in [*parse.kids(verb, "nsubj"), *agents] for h in object_heads(parse, s)]


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
    seizers = {d.lemma for d in _doers(parse, match.token)}
    return replace(match, kind=hijack) if seizers & HIJACKERS else match


def warned_obligation(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """A warning or notice that tells a party what it must do is a demand
    (``threats.obligation_warned``: "warned Baghdad it must back down" reads as
    "demanded"); any other match as found."""
    demand = lexicon.verbs.get("demand")
    if match.kind.type != "THREATEN" or demand is None:
        return match
    return replace(match, kind=demand) if obligation_warned(parse, match.token) else match


#: Verbs of canvassing parties: lobbying them to back a third party rallies support.
LOBBYING_VERBS = frozenset({"lobby"})


def _third_party(parse: Parse, backed: Token) -> bool:
    """Does what is backed name a party of its own ("Georgia", "Venezuela's bid", "an
    aid package for Ukraine"), not the lobbyist's ("its bid", "a second resolution")?"""
    owners = [o for o in parse.kids(backed, "poss") if o.pos == "PROPN"]
    beneficiaries = [
        o for p in parse.kids(backed, "prep") if p.lemma == "for" for o in parse.kids(p, "pobj")
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
