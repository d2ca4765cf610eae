"""What is asked, wished or awaited, not done: the complement of a verb of asking
("urged Iran to release"), an obligation told to the party it binds, a wish about
another party's act, an act a party is given a time limit for, and what an act waits
for ("until the premier resigns"): hypothetical.
"""

from __future__ import annotations

from flashpoint.coding.clause_mood import HYPOTHETICAL_AUX
from flashpoint.coding.readings import SPAN_NOUNS
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Verbs of asking: what they ask for has not happened and is not the asked
#: party's announcement either ("urged Iran to release"): hypothetical.
REQUEST_GOVERNORS = frozenset(
    {"urge", "ask", "call", "demand", "press", "appeal", "order", "instruct", "invite", "encourage"}
    | {"request", "tell", "push", "require", "want", "beg", "implore", "plead"}
    | {"nudge", "prod", "challenge"}
)

HYPOTHETICAL_GOVERNORS = frozenset(
    {"consider", "weigh", "mull", "threaten", "warn", "fear", "could"}
)


def requested(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` what a verb of asking asks for: "urged Iran to release"
    (xcomp, or an infinitive read as a purpose), "demanded that Iran release" (a bare
    or modal verb); not what
    "was told" reports ("was told soldiers beat detainees")."""
    if clause.dep == "xcomp":
        return True
    if clause.dep == "advcl":
        # "pleaded with Moscow to halt the offensive", the infinitive hung on the verb
        # as if it were a purpose: what the party asked is asked for all the same.
        return clause.tag == "VB" and parse.infinitive(clause)
    if clause.dep != "ccomp":
        return False
    modal = any(k.dep == "aux" and k.lemma in HYPOTHETICAL_AUX for k in parse.kids(clause))
    return modal or clause.tag == "VB" or _obliged(parse, clause)


#: Personal pronouns that take up the party told: "told Minsk it had to let ...".
ADDRESSEE_PRONOUNS = frozenset({"it", "they", "he", "she"})


def _obliged(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` an obligation told to the party it binds ("told Minsk it had to
    let a mission in", "told Kabul that it has to act")?  Telling a party what it has to
    do demands it, as "must" does; "told reporters the army had to retreat" reports."""
    if clause.lemma != "have" or not parse.kids(clause, "xcomp"):
        return False
    teller = parse.head(clause)
    told = parse.kids(teller, "dobj", "dative", "obj") if teller is not None else []
    subjects = parse.kids(clause, "nsubj")
    return bool(told) and any(
        s.text.lower() in ADDRESSEE_PRONOUNS or any(s.text == t.text for t in told)
        for s in subjects
    )


#: Subordinators of what an act waits for: "will stay until the premier resigns".
AWAITING_MARKS = frozenset({"until", "till"})
#: Modalities of an act not yet done, whose awaited event is not done either.
UNDONE = frozenset({"future", "hypothetical"})


def awaited(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` what an act waits for ("vowed to fast until the president quit")?
    Under a planned or possible act, or a vow itself, it is neither done nor promised
    by its own actor: the president did not agree to quit, so it is merely possible."""
    marks = parse.kids(clause, "mark")
    return clause.dep == "advcl" and any(k.lemma in AWAITING_MARKS for k in marks)


#: Governors of a wish: a wish about another party's act ("voiced hope that Minsk
#: would let ...") is no intention of the wisher's and no announcement of the party's.
WISH_GOVERNORS = frozenset({"hope", "wish"})
#: Verbs that give a party a time limit.
GIVING_VERBS = frozenset({"give", "grant", "allow"})


def wished_of_another(parse: Parse, child: Token, ancestor: Token) -> bool:
    """Is ``child`` a clause with a subject of its own under a wish ("hoped that Minsk
    would let ...", "voiced hope that Minsk would ...")?  The act is hoped for, not
    done, and not the wisher's own plan: hypothetical."""
    return (
        ancestor.lemma in WISH_GOVERNORS
        and child.dep in ("ccomp", "acl")
        and bool(parse.kids(child, "nsubj", "nsubjpass"))
    )


def given_time_to(parse: Parse, child: Token, ancestor: Token) -> bool:
    """Is ``child`` the act a party is given a time limit for ("gave Warsaw two months
    to repeal the law")?  The act is demanded, not done."""
    giver = parse.head(ancestor)
    return (
        ancestor.pos == "NOUN"
        and ancestor.lemma in SPAN_NOUNS
        and ancestor.dep in ("dobj", "obj")
        and child.dep in ("relcl", "acl")
        and parse.infinitive(child)
        and giver is not None
        and giver.lemma in GIVING_VERBS
    )
