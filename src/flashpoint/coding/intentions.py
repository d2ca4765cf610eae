"""What is to come: plans and intentions ("plans to", "is ready to", "announced plans
to"), "would" in what is reported ("said they would blockade Paris"), offers and their
terms, nouns whose act is not yet done ("a plan to", "the right to", "the prospect of"),
nearness ("a step closer to lifting the embargo"), and acts told as already done or
under way ("announced it had abolished censorship"), which were not planned.
"""

from __future__ import annotations

from flashpoint.coding.clause_mood import clause_modality, is_conditional
from flashpoint.coding.syntax import Parse
from flashpoint.model import Modality, Token

#: Governing verbs that make their complement future: "plans to attack". ("Decide" is
#: not one: PLOVER reads a decision as the act once it is taken, "has decided to sever
#: ties" is the severing; "may decide to" stays merely possible by its modal.)
FUTURE_GOVERNORS = frozenset(
    {
        "plan",
        "intend",
        "expect",
        "prepare",
        "aim",
        "pledge",
        "vow",
        "swear",
        "promise",
        "seek",
        "want",
        "hope",
        "schedule",
        "agree",
        "offer",
        "propose",
        "announce",
        "go",
    }
)
#: Predicate adjectives of intent: "is ready to send", "is prepared to impose".
INTENT_ADJECTIVES = frozenset(
    {"ready", "willing", "prepared", "determined", "poised", "eager", "keen", "set"}
)
#: Verbs of saying: "would" in what they report is the future of the past
#: ("said they would blockade Paris"), not a conditional.
REPORTING_VERBS = frozenset(
    {"say", "announce", "declare", "tell", "state", "confirm", "add", "insist", "vow", "warn"}
    | {"signal", "boast", "inform", "notify", "assure", "reassure", "indicate", "swear"}
)
#: Wh-words that make a reported clause a question: "how", "whether", "what".
WH_TAGS = frozenset({"WRB", "WP", "WDT"})
#: Nouns of saying or promising: "would" in the clause they hold is the future of
#: the past ("his announcement that he would resign", "its pledge that it would").
REPORTING_NOUNS = frozenset(
    {"announcement", "statement", "declaration", "pledge", "promise", "vow", "assurance"}
)

#: Nouns whose complement is wished, asked or promised, not done:
#: "its demand that Israel ease restrictions", "a plan to withdraw".
CONTENT_NOUNS = frozenset(
    {"demand", "call", "appeal", "request", "proposal", "plan", "offer", "promise", "pledge"}
    | {"decision", "bid", "attempt", "effort", "order", "ultimatum", "intention", "readiness"}
    | {"deadline", "willingness"}
)
#: Content nouns that state their holder's own intention, and the verbs that make it
#: public: "announced plans to rewrite the constitution" is announced, not just planned.
INTENT_NOUNS = frozenset(
    {"plan", "intention", "readiness", "offer", "promise", "pledge", "decision", "willingness"}
)
#: Intention nouns that tell a disposition already held, whoever tells it: "Hamas's
#: readiness to go into talks" is the holder's future act, not a mere possibility.
#: ("Decision" is not one: news mostly names a decision already carried out, "the
#: decision to invade", "his decision to quit".)
HELD_INTENT_NOUNS = frozenset({"readiness", "willingness"})
DECLARING_VERBS = frozenset(
    {"announce", "unveil", "outline", "reveal", "confirm", "approve", "adopt", "make"}
    | {"declare", "express", "signal", "state"}
)
#: Dependencies of an intention noun on the verb that makes it public.
ANNOUNCED_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
#: Governors of an offer: its condition ("willing to extradite them if asked") is
#: what the offer is made on, and the offer itself is made.
OFFER_GOVERNORS = frozenset({"offer", "agree", "pledge", "promise", "vow"})
#: Nouns that give what may be done, not what is: "has the power to unblock the route".
ABILITY_NOUNS = frozenset(
    {"right", "power", "ability", "capacity", "authority", "means", "chance", "opportunity"}
)
#: Nouns of what may come: "raised the prospect of sanctions" imposes none yet.
PROSPECT_NOUNS = frozenset({"prospect", "spectre", "specter", "possibility", "threat"})
#: Nouns whose complement has not (yet) been done.
UNDONE_NOUNS = CONTENT_NOUNS | ABILITY_NOUNS | PROSPECT_NOUNS


def reported_future(parse: Parse, predicate: Token, offer: bool = False) -> bool:
    """ "They said they would blockade Paris": "would" reporting an intention; with
    ``offer`` (a cooperative act), also on a condition ("said they would end the
    sit-in if talks resumed": an offer on terms)."""
    kids = parse.kids(predicate)
    conditional = not offer and (
        is_conditional(parse, predicate)
        or any(k.dep == "advcl" and is_conditional(parse, k) for k in kids)
    )
    # A clause coordinated with the reported one is reported too: "said Kuala Lumpur
    # was keen to open its economy and would offer incentives".
    clause = predicate
    while clause.dep == "conj":
        first = parse.head(clause)
        if first is None or first.i == clause.i or first.pos not in ("VERB", "AUX"):
            break
        clause = first
    head = parse.head(clause)
    told = head is not None and (
        (clause.dep == "ccomp" and head.lemma in REPORTING_VERBS)
        or (clause.dep == "acl" and head.pos == "NOUN" and head.lemma in REPORTING_NOUNS)
        or _told_party_clause(parse, clause, head)
    )
    # "did not say how the injured would be evacuated": a question, not a report.
    asked = any(k.tag in WH_TAGS for c in {clause, predicate} for k in parse.kids(c))
    would = any(k.dep == "aux" and k.lemma == "would" for k in kids)
    return told and would and not conditional and not asked and not preferred(parse, predicate)


#: Adverbs that make "would" a preference: "would rather fight than surrender".
PREFERENCE_ADVERBS = frozenset({"rather", "sooner"})


def preferred(parse: Parse, predicate: Token) -> bool:
    """Is ``predicate`` what its subject would rather do ("said they would rather go
    and fight")?  A preference is no announced act: it stays hypothetical."""
    return any(k.lemma in PREFERENCE_ADVERBS for k in parse.kids(predicate, "advmod"))


def _told_party_clause(parse: Parse, clause: Token, party: Token) -> bool:
    """Is ``clause`` a "that" clause hung on the party told rather than on the verb
    of saying ("assured residents that police would arrest the looters", parsed as
    a clause of "residents")?  It is what is told, as "told X that ..." is."""
    verb = parse.head(party)
    return (
        clause.dep == "acl"
        and party.dep in ("dobj", "dative", "obj")
        and verb is not None
        and verb.lemma in REPORTING_VERBS
        and any(k.lemma == "that" for k in parse.kids(clause, "mark"))
    )


def intent_adjective(parse: Parse, token: Token) -> bool:
    """ "ready to", "willing to", "is set to": an adjective, or a participle after
    "be" ("set" in "is set to visit"; not the verb of "set up a board")."""
    if token.text.lower() not in INTENT_ADJECTIVES:
        return False
    return token.pos == "ADJ" or any(k.lemma == "be" for k in parse.kids(token))


def offered(parse: Parse, predicate: Token) -> bool:
    """Is ``predicate`` what an offer or readiness is about ("was willing to
    extradite them if asked", "offered to withdraw if ...")?"""
    head = parse.head(predicate)
    return (
        predicate.dep == "xcomp"
        and head is not None
        and (intent_adjective(parse, head) or head.lemma in OFFER_GOVERNORS)
    )


def _announced_intention(parse: Parse, noun: Token) -> Modality | None:
    """The modality of an intention noun made public ("announced plans to",
    "made an offer to"): future, unless the announcing clause is itself
    negated or hypothetical; None when the noun is not announced."""
    head = parse.head(noun)
    # Announced as its object, or as its passive subject: "X's decision to establish
    # relations was announced" is made public as "announced its decision to" is.
    if noun.lemma not in INTENT_NOUNS or noun.dep not in ANNOUNCED_DEPS or head is None:
        return None
    if head.lemma not in DECLARING_VERBS:
        return None
    own = clause_modality(parse, head)
    return own if own in ("negated", "hypothetical") else "future"


def undone_modality(parse: Parse, noun: Token, held: bool) -> Modality:
    """The modality of the act an undone noun is about ("plan to", "intention of",
    "right to"): future when the intention is announced, or when it is ``held`` (a
    disposition of which the act is the noun's own complement: "its readiness to go
    into talks"), unless the clause that holds the noun is itself negated or
    hypothetical ("did not show its readiness to talk"); else hypothetical."""
    announced = _announced_intention(parse, noun)
    if announced is not None:
        return announced
    holder = parse.head(noun)
    own = clause_modality(parse, holder) if holder is not None and holder.i != noun.i else None
    return "future" if held and own in (None, "future") else "hypothetical"


def told_as_done(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` a past-tense complement ("announced it had abolished censorship",
    "announced that troops withdrew", "announced it was withdrawing")?  What is
    announced as done or under way was not planned."""
    if clause.dep != "ccomp":
        return False
    kids = parse.kids(clause)
    if clause.tag == "VBD":
        return not any(k.dep == "aux" for k in kids)
    # Auxiliaries after the subject only: in "want everyone who has been there
    # detained", "has" is the subject's.
    subjects = [k.i for k in kids if k.dep in ("nsubj", "nsubjpass")]
    auxes = [k for k in kids if k.dep in ("aux", "auxpass") and k.i > max(subjects, default=-1)]
    past_aux = any(k.tag == "VBD" for k in auxes)
    perfect = any(k.dep == "aux" and k.lemma == "have" for k in auxes)
    # "announced it was suspending its mediation": a past progressive tells an act
    # under way, as "announced it had suspended" tells one done.
    progressive = any(k.dep == "aux" and k.lemma == "be" and k.tag == "VBD" for k in auxes)
    return (clause.tag == "VBN" and (past_aux or perfect)) or (clause.tag == "VBG" and progressive)


def going_to(child: Token, ancestor: Token) -> bool:
    """Is ``ancestor`` the "going" of "is going to" with ``child`` its infinitive?  Other
    uses of "go" ("went on a rampage, ransacking ...", "went ahead with the expulsion")
    tell what was done."""
    return ancestor.lemma != "go" or (ancestor.tag == "VBG" and child.dep == "xcomp")


#: Words of nearness whose "to" phrase is an act not yet done: "moved closer to
#: lifting the embargo", "came close to signing a truce".
NEARNESS = frozenset({"close", "closer", "near", "nearer"})


def approached(parse: Parse, child: Token, ancestor: Token) -> bool:
    """Is ``child`` the act of a "to" phrase of nearness ("a step closer to lifting the
    embargo": ``ancestor`` is "to")?  The act is approached, not done."""
    near = parse.head(ancestor)
    return (
        child.dep == "pcomp"
        and ancestor.lemma == "to"
        and near is not None
        and near.text.lower() in NEARNESS
    )
