"""Denials: a clause under a negated one ("did not say it would attack"), governors
that negate their complement ("refused to", "stopped firing"), nouns of failure ("the
inability to"), and a noun that "no" denies ("had no intention of attacking").
"""

from __future__ import annotations

from flashpoint.coding.clause_mood import clause_modality, cut_off
from flashpoint.coding.contrasts import RELUCTANCE_VERBS
from flashpoint.coding.intentions import UNDONE_NOUNS
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Nouns that say an act did not come about: "the inability to reach a compromise".
FAILURE_NOUNS = frozenset({"inability", "failure"})

NEGATING_GOVERNORS = frozenset({"deny", "refuse", "fail", "reject", "decline", "avoid"})
#: Verbs of ending whose "-ing" complement is an act no longer done ("stopped firing").
ENDING_VERBS = frozenset({"stop", "cease", "quit"})


def under_denial(parse: Parse, predicate: Token) -> bool:
    """Is the clause of ``predicate`` what a negated clause says, plans or wants
    ("did not say it would attack", "neither side has said it plans to sever ties")?"""
    child = predicate
    for ancestor in parse.ancestors(predicate):
        if child.dep not in ("ccomp", "xcomp") or cut_off(parse, child, ancestor):
            return False
        if ancestor.lemma in RELUCTANCE_VERBS:
            return False  # "did not hesitate to say it would strike": said
        if clause_modality(parse, ancestor) == "negated":
            return True
        child = ancestor
    return False


#: Nouns besides the undone ones whose denial denies their act: "felt no need to talk".
DENIABLE_NOUNS = frozenset({"need", "intent"})


def denied_noun(parse: Parse, child: Token, noun: Token) -> bool:
    """Is ``child`` the clause or phrase of a noun that "no" denies ("had no intention
    of attacking", "made no attempt to stop the looting")?  The act is denied with it."""
    return (
        noun.pos == "NOUN"
        and noun.lemma in UNDONE_NOUNS | DENIABLE_NOUNS
        and child.dep in ("acl", "prep")
        and clause_modality(parse, noun) == "negated"
    )
