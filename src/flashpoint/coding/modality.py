"""Is the event asserted, negated, hypothetical or future?  (Historical is set by
the dates stage, which knows the publication date.)

The decision looks at the trigger's own clause (negation, modal auxiliaries,
"if"), at the light verb governing a nominal event, and up the chain of
governing verbs ("plans to", "is expected to", "denied sending").

The readings it consults live beside it: ``clause_mood`` (one clause's words),
``intentions`` (what is to come), ``hypotheticals`` (asked, wished, awaited),
``denials``, ``contrasts`` (an alternative set aside, "did not X but Y", implicative
verbs) and ``clause_links`` (the kinds of clause a trigger is embedded in).
"""

from __future__ import annotations

from flashpoint.coding.clause_links import is_circumstance
from flashpoint.coding.clause_mood import clause_modality, cut_off, is_conditional
from flashpoint.coding.contrasts import (
    contrasted_conjunct,
    own_clause,
    replaced,
    replaced_conjunct,
    unhesitating,
    went_on,
)
from flashpoint.coding.denials import (
    ENDING_VERBS,
    FAILURE_NOUNS,
    NEGATING_GOVERNORS,
    denied_noun,
    under_denial,
)
from flashpoint.coding.hypotheticals import (
    HYPOTHETICAL_GOVERNORS,
    REQUEST_GOVERNORS,
    UNDONE,
    awaited,
    given_time_to,
    requested,
    wished_of_another,
)
from flashpoint.coding.intentions import (
    DECLARING_VERBS,
    FUTURE_GOVERNORS,
    HELD_INTENT_NOUNS,
    PROSPECT_NOUNS,
    UNDONE_NOUNS,
    approached,
    going_to,
    intent_adjective,
    offered,
    reported_future,
    told_as_done,
    undone_modality,
)
from flashpoint.coding.lookup import Match
from flashpoint.coding.syntax import Parse
from flashpoint.model import Event, Modality, Token

#: Governors whose complement is not coded at all: the threatened act did not happen.
SUPPRESSING_GOVERNORS = frozenset({"threaten"})
#: Cooperative event types (PLOVER quad classes 1 and 2): announced, they are
#: offers (AGREE), so a condition they are announced on is the offer's term
#: ("said it would lift sanctions if elections were held"), not a mere possibility.
COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
)

#: Links up which a governing clause's modality reaches the trigger.
CHAIN_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep", "dobj", "acl", "relcl"})

#: Verbs of commanding: what a commander orders his forces to do is done, not asked.
COMMAND_VERBS = frozenset({"order", "instruct", "command", "direct"})
#: Nouns of armed or police forces, who carry out what they are ordered to do.
FORCE_NOUNS = frozenset(
    {"troop", "force", "police", "army", "military", "soldier", "unit", "navy", "militia"}
    | {"policeman", "officer", "guard", "battalion", "brigade", "gendarme", "commander"}
)


def ordered_forces(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` what a command to armed or police forces orders ("ordered troops
    to pull out", "instructed the police to step up patrols", "ordered its forces put
    on alert")?  Forces carry out their orders, so the commanded act is reported as
    done (CAMEO codes the act: 0874, 151), not asked for as a request to another
    party is."""
    verb = parse.head(clause)
    if verb is None or verb.lemma not in COMMAND_VERBS or verb.pos != "VERB":
        return False
    if clause.dep == "xcomp":
        ordered = parse.kids(verb, "dobj", "obj")
    elif clause.dep == "ccomp":
        ordered = parse.kids(clause, "nsubj", "nsubjpass")
    else:
        return False
    return any(o.lemma in FORCE_NOUNS for o in ordered)


def is_suppressed(parse: Parse, match: Match) -> bool:
    """True when the trigger is the content of a threat ("threatened to attack"):
    a threat is coded as THREATEN, never as the act it threatens."""
    child = match.token
    for ancestor in parse.ancestors(match.token):
        if child.dep not in ("xcomp", "ccomp", "conj", "pcomp", "pobj", "prep"):
            return False
        if ancestor.lemma in SUPPRESSING_GOVERNORS:
            return True
        child = ancestor
    return False


#: Types of a stance a trailing participle can give the act it comments on: "vowed to
#: stay put, defying a court order", "agreed to a referendum, conceding the demand".
STANCE_TYPES = frozenset({"REJECT", "CONCEDE"})


def _commented_clause(parse: Parse, token: Token) -> Token | None:
    """The outermost clause that a trailing participle of stance comments on ("vowed
    that no troops would enter, rejecting the plan": "vowed"), or None when ``token``
    is no participle set off by a comma after its head.  Defying or conceding is done
    by the vow or the agreement itself, so it takes that clause's modality, not the
    modality of the act vowed."""
    head = parse.head(token)
    if token.dep != "advcl" or token.tag != "VBG" or head is None or head.i > token.i:
        return None
    # The comma may hang on the last clause before the participle: "vowed to stay put
    # until the minister resigned, defying a court order".
    set_off = parse.after_comma(token.i) or any(
        p.text == "," and head.i < p.i < token.i for p in parse.kids(head, "punct")
    )
    if parse.kids(token, "mark") or not set_off:
        return None
    clause = head
    while clause.dep in CHAIN_DEPS | {"conj"}:
        above = parse.head(clause)
        if above is None or above.i == clause.i or above.pos not in ("VERB", "AUX"):
            break
        clause = above
    return clause


def modality(parse: Parse, match: Match) -> Modality:
    """The modality of an event from its trigger and the clauses governing it."""
    if match.kind.type in STANCE_TYPES:
        commented = _commented_clause(parse, match.token)
        if commented is not None:
            return clause_modality(parse, commented) or "asserted"
    threat = match.kind.type == "THREATEN"
    offer = match.kind.type in COOPERATIVE_TYPES
    # An object that tells the event ("banned a planned march", "postponed the upcoming
    # talks") is what is acted on: its being planned or possible is not the act's mood,
    # only its denial is ("banned no rallies"); a light verb's noun is the act itself.
    noun = match.noun
    if (
        match.pattern == "verb_obj"
        and noun is not None
        and clause_modality(parse, noun) != "negated"
    ):
        noun = None
    return _modality(parse, match.token, noun, threat, offer)


def _modality(
    parse: Parse,
    predicate: Token,
    noun: Token | None,
    threat: bool,
    offer: bool = False,
    negation: bool = True,
) -> Modality:
    if under_denial(parse, predicate):
        return "negated"  # "neither side has said it plans to sever ties"
    conditions_aside = threat or offered(parse, predicate)
    own = clause_modality(parse, predicate, threat=conditions_aside, negation=negation)
    if own is None and noun is not None:
        own = clause_modality(parse, noun)
    if own == "hypothetical" and reported_future(parse, predicate, offer):
        return "future"
    if own is not None:
        return own
    first = parse.head(predicate)
    if first is not None and replaced_conjunct(parse, predicate, first):
        return "hypothetical"  # "imposed sanctions rather than sever ties"
    if predicate.dep == "conj" and first is not None and first.pos in ("VERB", "AUX"):
        # Coordinated verbs share auxiliaries and governors: "will attack the
        # base and seize the airport", "aims to tighten sanctions and impose ...".
        contrast = contrasted_conjunct(parse, predicate, first)
        if not (contrast and own_clause(parse, predicate)):
            return _modality(parse, first, None, threat, offer, negation and not contrast)
    child = predicate
    purpose_of_own = True
    for ancestor in parse.ancestors(predicate):
        if child.dep not in CHAIN_DEPS or cut_off(parse, child, ancestor):
            break
        if child.dep == "advcl" and is_conditional(parse, child):
            return "hypothetical"
        if awaited(parse, child) and (
            ancestor.lemma in FUTURE_GOVERNORS
            or _modality(parse, ancestor, None, threat, offer) in UNDONE
        ):
            return "hypothetical"  # "vowed to stay put until the premier resigned"
        if is_circumstance(parse, child):
            break  # "announced sanctions a day after jets shot down a plane": told, not planned
        if replaced(parse, child, ancestor):
            return "hypothetical"  # "Rather than seizing more trawlers, Canada urged ..."
        if unhesitating(parse, child, ancestor):
            return _modality(parse, ancestor, None, threat, offer, negation=False)
        if ancestor.lemma in NEGATING_GOVERNORS:
            return "negated"
        if ancestor.lemma in ENDING_VERBS and child.dep == "xcomp" and child.tag == "VBG":
            return "negated"  # "stopped firing at midnight": the firing ended
        if ancestor.lemma in HYPOTHETICAL_GOVERNORS:
            return "hypothetical"
        if wished_of_another(parse, child, ancestor) or given_time_to(parse, child, ancestor):
            return "hypothetical"  # "voiced hope that Minsk would let", "gave X a month to"
        if denied_noun(parse, child, ancestor):
            return "negated"  # "had no intention of attacking", "has no plan to"
        told = ancestor.lemma in DECLARING_VERBS and told_as_done(parse, child)
        # "Visiting Lima, the minister pledged ...": a participle clause put before
        # it is the circumstance of the pledge, not what is pledged.
        scene = child.dep == "advcl" and child.tag == "VBG" and child.i < ancestor.i
        planned = (
            ancestor.lemma in FUTURE_GOVERNORS
            and not told
            and not scene
            and not went_on(parse, ancestor)
            and going_to(child, ancestor)
        )
        if approached(parse, child, ancestor):
            return "future"  # "moved a step closer to lifting the embargo"
        if planned or intent_adjective(parse, ancestor):
            return "future"
        if ordered_forces(parse, child):
            child = ancestor  # "ordered troops to pull out": done as the order is
            continue
        if ancestor.lemma in REQUEST_GOVERNORS and requested(parse, child):
            return "hypothetical"  # asked for, not announced by its actor
        if child.dep == "pcomp" and ancestor.lemma == "without":
            return "negated"  # "decided without consulting parliament"
        if ancestor.pos == "NOUN" and ancestor.lemma in FAILURE_NOUNS:
            return "negated"  # "the inability to reach a compromise"
        # A prospect's content is its "of" phrase or clause, not a relative clause on
        # it ("a prospect that will alarm the countries that negotiated the deal").
        content = ancestor.lemma not in PROSPECT_NOUNS or child.dep in ("prep", "acl")
        if ancestor.pos == "NOUN" and ancestor.lemma in UNDONE_NOUNS and content:
            own_content = purpose_of_own and child.dep == "acl" and parse.infinitive(child)
            held = own_content and ancestor.lemma in HELD_INTENT_NOUNS
            return undone_modality(parse, ancestor, held)
        inherited = clause_modality(parse, ancestor)
        # "said it would begin lifting sanctions"; not "would be safe to rescue them".
        reported = (
            child.dep == "xcomp"
            and not parse.kids(ancestor, "acomp", "attr")
            and reported_future(parse, ancestor, offer)
        )
        if inherited == "hypothetical" and reported:
            return "future"
        # The purpose of an act that may merely be done is merely possible too: "may
        # feel emboldened to launch an assault", "should meet to discuss". (An
        # announced act's purpose stays as told: "will meet to discuss" is the
        # meeting's topic, not an intention of its own.)
        purpose = purpose_of_own and child.dep == "advcl" and parse.infinitive(child)
        if purpose and inherited == "hypothetical" and not reported_future(parse, ancestor, offer):
            return inherited
        if purpose and inherited == "negated":
            return inherited  # "did not go there to kill": the denied trip's purpose too
        # What a relative clause or a noun's clause tells ("militias that had fought")
        # has its own time, not that of a purpose it is inside.
        purpose_of_own = purpose_of_own and child.dep not in ("relcl", "acl")
        if inherited in ("hypothetical", "negated") and child.dep in ("xcomp", "pcomp", "prep"):
            return inherited  # "may be put under arrest"
        if inherited == "future" and child.dep in ("xcomp", "prep"):
            return "future"
        child = ancestor
    return "asserted"


def plover_type(event: Event) -> str | None:
    """The type PLOVER gives an event: announced intentions become AGREE or
    THREATEN, and a refused or withheld cooperative act ("will not accept",
    "declined to withdraw") is a REJECT.

    The current PLOVER manual keeps a future CONCEDE as CONCEDE and makes an announced
    retreat CONCEDE; the GSR's annotators coded such intentions as AGREE (scored by the
    manual's rule, GSR AGREE recall falls from 0.85 to 0.75 and no CONCEDE is gained), so
    this reading, which the scorers use, follows the gold set."""
    cooperative = event.quad_class in (1, 2)
    if event.modality == "future" and event.type not in ("AGREE", "THREATEN"):
        return "AGREE" if cooperative else "THREATEN"
    if event.modality == "negated":
        return "REJECT" if cooperative else None
    if event.modality == "hypothetical":
        return None
    return event.type
