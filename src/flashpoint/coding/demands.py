"""Demands, orders and appeals read from a verb and its clause: "said X must ...",
"told X to ...", "pushed X to ...", ultimatums with a time limit, compulsion, a
warning of what a party must do, and invitations to visit or meet.
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.lexicon import Lexicon
from flashpoint.coding.lookup import Match
from flashpoint.coding.readings import SPAN_NOUNS, compels
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
    if verb.lemma in PARTY_ONLY_VERBS and not party_subject(parse, verb):
        return None
    if any(parse.infinitive(c) for c in parse.kids(verb, "xcomp")):
        return Match(verb, kind, "verb")
    return None


def party_subject(parse: Parse, verb: Token) -> bool:
    """Is the verb's subject a named party or an official body ("Moscow required
    Minsk to ...", "the new government required the UN to ...")? A rule, law or
    deal that requires something ("the treaty requires both sides to ...") is none."""
    return any(party_word(s) for s in parse.kids(verb, "nsubj"))


def party_word(token: Token) -> bool:
    """Is the token a name or an official's or body's noun ("Algeria", "the new
    government", "the minister"), not just anyone ("the band")?"""
    return token.pos == "PROPN" or token.lemma.lower() in PARTY_NOUNS


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
    if verb.lemma in PARTY_ONLY_VERBS and not party_subject(parse, verb):
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
        if all(_time_phrase(parse, k) or _set_off(parse, k, clause) for k in between):
            return Match(verb, kind, "verb")
    return None


def _set_off(parse: Parse, phrase: Token, clause: Token) -> bool:
    """Is the phrase a parenthesis set off by commas before the infinitive ("nudged
    Hanoi, in a letter to its premier, to free the dissidents")?  What it says is
    aside: the infinitive is still what the party is asked to do."""
    return parse.after_comma(phrase.i) and parse.after_comma(clause.i - 1)


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
    _, clauses = time_limit(parse, verb)
    for clause in clauses:
        if not parse.infinitive(clause):
            continue
        for face in (t for t in parse.subtree(clause) if t.lemma == "face" and t.dep == "conj"):
            joined = parse.head(face)
            if joined is not None and any(c.lemma == "or" for c in parse.kids(joined, "cc")):
                return Match(verb, kinds[0].kind, "verb")
    return None


def time_limit(parse: Parse, verb: Token) -> tuple[list[Token], list[Token]]:
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


def compelled(parse: Parse, verb: Token, lexicon: Lexicon) -> Match | None:
    """ "Forced the villagers to carry ammunition" is coercion (CAMEO 170), as
    "coerced"; the act forced on them is coded on its own where it is one."""
    kind = lexicon.verbs.get("coerce")
    return Match(verb, kind, "verb") if kind is not None and compels(parse, verb) else None


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


def warned_obligation(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """A warning or notice that tells a party what it must do is a demand
    (``threats.obligation_warned``: "warned Baghdad it must back down" reads as
    "demanded"); any other match as found."""
    demand = lexicon.verbs.get("demand")
    if match.kind.type != "THREATEN" or demand is None:
        return match
    return replace(match, kind=demand) if obligation_warned(parse, match.token) else match


#: Verbs of granting what was asked, whose object named as another party's demand
#: makes the grant a concession: "agreed to scrap the tax, a key demand of the unions".
CONCEDING_VERBS = frozenset({"agree", "approve", "accept"})

#: Nouns that name what was granted as asked for: "a demand of", "a concession".
DEMAND_NOUNS = frozenset({"demand", "concession"})

#: Links of a noun set beside the thing granted: "the tax, a key demand of ...".
APPOSED_DEPS = frozenset({"appos", "dep"})

#: Links of "demanded" that say the thing granted was asked for: "as demanded by the
#: opposition" (a clause on the verb), "a new law demanded by the opposition".
DEMANDED_DEPS = frozenset({"advcl", "acl"})


def met_demand(parse: Parse, match: Match, lexicon: Lexicon) -> Match:
    """Agreeing to, approving or accepting what the sentence names as another party's
    demand is a concession (CONCEDE 083, as "agreed to demands"): "Kenya agreed to
    release the detainees, a key demand of the opposition", "the council approved a
    recount, as demanded by the protesters". The demand noun is no REQUEST of its own."""
    kind = lexicon.verb_pobj.get(("agree", "to", "demand"))
    if kind is None or match.token.lemma not in CONCEDING_VERBS:
        return match
    if match.kind.type not in {"AGREE", "SUPPORT"}:
        return match
    granted = [t for t in parse.subtree(match.token) if t.i != match.token.i]
    nouns = [t for t in granted if t.lemma in DEMAND_NOUNS and t.dep in APPOSED_DEPS]
    if nouns:
        return replace(match, kind=kind, noun=nouns[0])
    asked = [t for t in granted if t.lemma == "demand" and t.dep in DEMANDED_DEPS]
    return replace(match, kind=kind) if any(_asked_by(parse, t) for t in asked) else match


def _asked_by(parse: Parse, demanded: Token) -> bool:
    """Is "demanded" the past participle of a party's demand, with "as" or a "by"
    agent ("as demanded by Brussels", "a law demanded by the unions")?"""
    marked = any(m.lemma == "as" for m in parse.kids(demanded, "mark"))
    return marked or bool(parse.kids(demanded, "agent"))
