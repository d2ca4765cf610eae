"""The modality words of one clause: negation ("did not", "no", "nobody"), modal
auxiliaries ("may", "will"), "if" and the conditional clauses it marks, and modifiers
("a planned march").  Shared by ``modality`` and the readings it consults, with
``cut_off``, which tells a clause the parser hung on another across a semicolon.
"""

from __future__ import annotations

from flashpoint.coding.syntax import Parse
from flashpoint.model import Modality, Token

HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "should", "must"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
HYPOTHETICAL_MODIFIERS = frozenset(
    {"potential", "possible", "hypothetical", "likely", "probable", "feared", "alleged"}
)
FUTURE_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "future", "forthcoming", "next"})

#: Subjects that deny the act: "nobody was arrested", "none were hurt".
NOBODY = frozenset({"nobody", "none", "noone", "nothing"})


def clause_modality(
    parse: Parse, predicate: Token, threat: bool = False, negation: bool = True
) -> Modality | None:
    """The modality words of the clause of ``predicate`` alone (negation, modals,
    "if"), or None when it has none: "did not say", "may warn".  A threat's condition
    is what it threatens about ("threatened to strike unless X stopped"): the threat
    itself is made, so ``threat`` leaves conditions aside; without ``negation`` its
    "not" is left aside (what "did not hesitate to" or "did not X but Y" asserts)."""
    kids = parse.kids(predicate)
    if negation and any(k.dep == "neg" and not _contrasted(parse, predicate, k) for k in kids):
        return "negated"
    if any(k.dep == "det" and k.lemma == "no" for k in kids):
        return "negated"
    subjects = [k for k in kids if k.dep in ("nsubj", "nsubjpass")]
    if any(k.lemma in NOBODY for k in subjects):
        return "negated"  # "nobody was arrested"
    if any(d.lemma in ("no", "neither") for k in subjects for d in parse.kids(k, "det", "preconj")):
        return "negated"  # "neither side attacked", "no country has recognised"
    auxiliaries = {k.lemma for k in kids if k.dep in ("aux", "auxpass")}
    auxiliaries |= {k.text.lower() for k in kids if k.dep in ("aux", "auxpass")}
    if auxiliaries & HYPOTHETICAL_AUX:
        return "hypothetical"
    if any(k.dep == "mark" and k.lemma in CONDITIONAL_MARKS for k in kids):
        return "hypothetical"
    if not threat and any(k.dep == "advcl" and is_conditional(parse, k) for k in kids):
        return "hypothetical"  # "will blockade Paris if prices fall"
    if auxiliaries & FUTURE_AUX:
        return "future"
    if any(k.lemma == "go" and k.dep == "aux" for k in kids):
        return "future"
    modifiers = {k.lemma for k in kids if k.dep in ("amod", "compound")}
    if modifiers & HYPOTHETICAL_MODIFIERS:
        return "hypothetical"
    if modifiers & FUTURE_MODIFIERS:
        return "future"
    return None


def _contrasted(parse: Parse, head: Token, negation: Token) -> bool:
    """Does ``negation`` set off what the act is not about, after a comma that follows
    the verb's object or on that object ("we demand real reform, not cosmetic changes",
    "expelled the envoy, not the ambassador")?  Such a "not" contrasts two objects:
    the act is asserted."""
    objects = [head] if head.pos in ("NOUN", "PROPN") else parse.kids(head, "dobj", "obj")
    return (
        negation.i > head.i
        and parse.after_comma(negation.i)
        and any(o.i < negation.i for o in objects)
    )


def is_conditional(parse: Parse, clause: Token) -> bool:
    return any(k.dep == "mark" and k.lemma in CONDITIONAL_MARKS for k in parse.kids(clause))


def cut_off(parse: Parse, clause: Token, governor: Token) -> bool:
    """Is ``clause`` a clause of its own that the parser hung on ``governor`` across a
    semicolon ("Poland expels diplomats; Moscow vows to retaliate")?"""
    low, high = sorted((clause.i, governor.i))
    return any(p.text == ";" and low < p.i < high for p in parse.kids(governor, "punct"))
