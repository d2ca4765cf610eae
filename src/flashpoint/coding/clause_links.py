"""The kinds of clause a trigger is embedded in (main, circumstance, condition,
purpose, reported, relative ...), which the confidence depth (``clauses``) reads; a
circumstance ("after rebels attacked") keeps its own modality.
"""

from __future__ import annotations

from flashpoint.coding.clause_mood import is_conditional
from flashpoint.coding.intentions import REPORTING_VERBS
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Subordinators of a circumstance (time, cause, contrast): what such a clause
#: tells has its own modality, whatever the main clause plans or asks.
CIRCUMSTANCE_MARKS = frozenset(
    {"after", "before", "since", "because", "as", "while", "when", "although", "though"}
)
CIRCUMSTANCE_ADVERBS = frozenset({"when", "whenever", "while"})


def is_circumstance(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` an adverbial clause of time, cause or contrast ("after X attacked")?"""
    if clause.dep == "advcl":  # "when" is the clause's adverb: "when police arrested"
        kids = parse.kids(clause)
        return any(k.dep == "mark" and k.lemma in CIRCUMSTANCE_MARKS for k in kids) or any(
            k.dep == "advmod" and k.lemma in CIRCUMSTANCE_ADVERBS for k in kids
        )
    head = parse.head(clause)
    return (
        clause.dep in ("pcomp", "pobj")
        and head is not None
        and head.lemma in CIRCUMSTANCE_MARKS
        and clause.pos in ("VERB", "AUX")
    )


#: Clause links whose kind ``clause_kind`` names.
CLAUSE_LINKS = frozenset({"advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp", "csubj", "parataxis"})


def clause_kind(parse: Parse, token: Token) -> str:
    """The kind of the innermost clause the trigger is embedded in: ``main``,
    ``circumstance`` ("after rebels attacked"), ``condition``, ``purpose`` ("sent
    troops to fight"), ``advcl`` (other adverbial clauses: "killing five"),
    ``xcomp`` ("agreed to send"), ``reported`` ("said that X attacked"), ``ccomp``,
    ``relative`` ("the rebels who attacked"), ``acl`` ("the decision to send"),
    ``pcomp``, ``csubj``, ``parataxis``.  Coordination and noun phrases are looked
    through: "attacked the base and seized the airport" is main twice."""
    kinds = clause_links(parse, token)
    return kinds[0] if kinds else "main"


def clause_links(parse: Parse, token: Token) -> list[str]:
    """The kinds (see ``clause_kind``) of every clause the trigger is embedded in,
    innermost first; empty in the main clause."""
    kinds = []
    child = token
    for ancestor in [*parse.ancestors(token), None]:
        if child.dep in CLAUSE_LINKS and (child.pos in ("VERB", "AUX") or child.dep != "pcomp"):
            kinds.append(_link_kind(parse, child, ancestor))
        if ancestor is None:
            break
        child = ancestor
    return kinds


def _link_kind(parse: Parse, clause: Token, head: Token | None) -> str:
    if is_circumstance(parse, clause):
        return "circumstance"
    if clause.dep == "advcl":
        if is_conditional(parse, clause):
            return "condition"
        return "purpose" if parse.infinitive(clause) else "advcl"
    if clause.dep == "ccomp" and head is not None and head.lemma in REPORTING_VERBS:
        return "reported"
    return {"relcl": "relative"}.get(clause.dep, clause.dep)
