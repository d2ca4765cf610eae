"""Where a trigger sits in its sentence: the clauses around it and what they say.

Pure functions of the parse, shared by the coder's confidence (how deeply a trigger
is embedded) and by the main-event ranking (``ranking``): whether a trigger sets the
scene, describes a participant or modifies a noun.
"""

from __future__ import annotations

from flashpoint.coding.clause_links import CLAUSE_LINKS, clause_links, is_circumstance
from flashpoint.coding.contrasts import implicative
from flashpoint.coding.readings import bounding_clause, fronted_participle, modifier_participle
from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: How much deeper each kind of clause (``clause_links.clause_kind``) puts the trigger.
#: Measured on training data (``benchmarks/main_event.py``): the act reported under a
#: verb of saying ("officials said rebels attacked") and a participle clause ("...,
#: killing five") are the news as often as a main clause's; what a verb governs
#: ("agreed to send"), a purpose ("sent troops to fight") or a complement is relayed;
#: a participle clause that opens the sentence ("Visiting Asuncion, Wu urged ...") sets
#: the scene, as a condition or a clause that bounds the event in time ("until their
#: demands are met") does; a relative clause or a noun's clause ("the rebels who
#: attacked", "the decision to send") and, deepest, a clause of time or cause ("after
#: rebels attacked") are the background of the sentence, not its news.
CLAUSE_DEPTH = {
    "reported": 0.0,
    "advcl": 0.0,
    "implied": 0.0,
    "xcomp": 0.5,
    "purpose": 0.5,
    "ccomp": 0.5,
    "parataxis": 0.5,
    "pcomp": 1.0,
    "condition": 1.0,
    "fronted": 1.0,
    "csubj": 1.0,
    "acl": 1.5,
    "relative": 1.5,
    "circumstance": 2.0,
}
#: Each clause beyond the innermost adds this much depth.
OUTER_CLAUSE_DEPTH = 0.5


def clauses(parse: Parse, token: Token) -> list[Token]:
    """The heads of the clauses the trigger is embedded in, innermost first: one for
    each kind ``clause_links.clause_links`` gives."""
    found = []
    for child in [token, *parse.ancestors(token)]:
        head = parse.head(child)
        if head is None:
            break
        if child.dep in CLAUSE_LINKS and (child.pos in ("VERB", "AUX") or child.dep != "pcomp"):
            found.append(child)
    return found


def clause_kinds(parse: Parse, token: Token) -> list[str]:
    """``clause_links.clause_links`` with two readings of adverbial clauses the parse
    does not mark: a participle clause that opens the sentence ("Visiting Asuncion,
    Wu urged ...", ``readings.fronted_participle``) sets the scene ("fronted": less
    deep than a clause of time, as it can be the news: "Rejecting appeals, the
    Treasury said ..."); a clause opened by "with", "despite" or "amid" put before
    its verb (``fronted_absolute``) is a circumstance; a clause that bounds its head
    in time ("will not end the strike until their demands are met",
    ``readings.bounding_clause``) is its condition; the act an implicative verb says
    was done ("managed to evacuate", "ended up rejecting", ``contrasts.implicative``)
    is as much the news as its verb ("implied")."""
    kinds = clause_links(parse, token)
    heads = clauses(parse, token)
    if len(heads) != len(kinds):
        return kinds
    return [
        "circumstance"
        if fronted_absolute(parse, head)
        else "fronted"
        if fronted_participle(parse, head)
        else "condition"
        if kind == "advcl" and bounding_clause(parse, head)
        else "implied"
        if implicative(parse, head)
        else kind
        for kind, head in zip(kinds, heads, strict=True)
    ]


def in_fronted_participle(parse: Parse, token: Token) -> bool:
    """Is the trigger inside a participle clause that opens the sentence, or a clause
    of time or cause put before the clause it hangs on ("As protests turned deadly,
    Bangladesh imposed a curfew")?  Either sets the scene of the news."""
    return any(
        fronted_participle(parse, head)
        or _opening_past_form(parse, head)
        or _fronted_circumstance(parse, head)
        or fronted_absolute(parse, head)
        for head in clauses(parse, token)
    )


def _opening_past_form(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` a past form with no subject of its own that opens the sentence
    before the verb it hangs on ("Refused a pay rise, nurses walked out", the tagger
    reading "Refused" as a past tense)?  Without a subject it is a participle."""
    head = parse.head(clause)
    return (
        clause.dep == "advcl"
        and clause.tag == "VBD"
        and head is not None
        and clause.i < head.i
        and parse.start(clause) == min(parse.tokens)
        and not parse.kids(clause, "mark", *SUBJECT_DEPS)
    )


#: Words that open a clause of accompanying circumstance or contrast: "With rebels
#: advancing on the capital, ...", "Despite protests calling for her to quit, ...".
ABSOLUTE_OPENERS = frozenset({"with", "despite", "amid", "amidst", "notwithstanding"})


def fronted_absolute(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` opened by "with", "despite" or "amid" and put before the verb it
    hangs on ("With peacekeepers held hostage, the government turned to Britain",
    "Despite weeks of protests calling for her to quit, the president said ...")?  It
    tells the circumstance of the news, not the news, as a clause of time does."""
    head = parse.head(clause)
    if head is None:
        return False
    if clause.dep == "advcl":
        return clause.i < head.i and opened_absolute(parse, clause)
    verb = parse.head(head)
    return (
        clause.dep == "pcomp"
        and head.lemma.lower() in ABSOLUTE_OPENERS
        and verb is not None
        and head.i < verb.i
    )


def opened_absolute(parse: Parse, clause: Token) -> bool:
    """Does ``clause`` open with its own "with", "despite" or "amid" ("With rebels
    advancing on the capital, ...")?"""
    start = parse.start(clause)
    return any(
        o.i == start and o.lemma.lower() in ABSOLUTE_OPENERS
        for o in parse.kids(clause, "mark", "prep")
    )


def _fronted_circumstance(parse: Parse, clause: Token) -> bool:
    head = parse.head(clause)
    return head is not None and clause.i < head.i and is_circumstance(parse, clause)


#: Dependencies of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependencies of a phrase set off after a subject that says who it is.
INSERT_DEPS = frozenset({"appos", "prep", "amod"})
#: Kinds of clause that say who a participant is.
DESCRIBING_CLAUSES = frozenset({"relative", "acl"})


def in_subject_clause(parse: Parse, token: Token) -> bool:
    """Is the trigger inside a clause that says who a participant named before its
    verb is ("the rebels, who seized the town in May, announced ...", "the coalition
    fighting the rebels has declared ...")?"""
    kinds = clause_kinds(parse, token)
    heads = clauses(parse, token)
    return len(kinds) == len(heads) and any(
        kind in DESCRIBING_CLAUSES and _before_its_verb(parse, head)
        for kind, head in zip(kinds, heads, strict=True)
    )


def in_subject_apposition(parse: Parse, token: Token) -> bool:
    """Is the trigger inside an apposition or a phrase set off by a comma between a
    subject and its verb ("the envoy, a veteran of the Dayton talks, urged ...", "the
    rebels, fresh from attacks on army posts, said ...", "Cuba, long under US
    sanctions, said ...")?  It says who the subject is, as a clause on it does."""
    for above in [token, *parse.ancestors(token)]:
        head = parse.head(above)
        if head is None or above.dep not in INSERT_DEPS:
            continue
        if not parse.after_comma(parse.start(above)):
            continue
        if head.dep in SUBJECT_DEPS:
            return head.i < above.i and _before_its_verb(parse, above)
        subjects = parse.kids(head, *SUBJECT_DEPS)
        return head.pos in ("VERB", "AUX") and any(s.i < above.i < head.i for s in subjects)
    return False


def _before_its_verb(parse: Parse, clause: Token) -> bool:
    """Does the clause come before the verb of the noun it describes?"""
    noun = parse.head(clause)
    return noun is not None and clause.i < clause_verb(parse, noun).i


def clause_depth(parse: Parse, token: Token) -> float:
    """How deeply the trigger is embedded: 0 in the main clause or one coordinated
    with it, else by the kind of its innermost clause (``CLAUSE_DEPTH``, kinds read
    by ``clause_kinds``) plus ``OUTER_CLAUSE_DEPTH`` for each clause around that one."""
    kinds = clause_kinds(parse, token)
    if not kinds:
        return 0.0
    return CLAUSE_DEPTH.get(kinds[0], 1.0) + OUTER_CLAUSE_DEPTH * (len(kinds) - 1)


def clause_verb(parse: Parse, token: Token) -> Token:
    """The verb of the clause that holds ``token`` (itself if it is one)."""
    while token.pos not in ("VERB", "AUX"):
        above = parse.head(token)
        if above is None or above.i == token.i:
            break
        token = above
    return token


#: Links by which a noun event hangs inside a participle's phrase ("detained after
#: a deadly riot in the capital").
ADJUNCT_DEPS = frozenset({"pobj", "prep", "compound", "amod", "nmod"})


def in_modifier(parse: Parse, token: Token) -> bool:
    """Is the trigger a participle that modifies a noun, or inside one ("suspects
    detained after a riot were tortured": the riot says who the suspects are too)?"""
    for above in [token, *parse.ancestors(token)]:
        if modifier_participle(parse, above):
            return True
        if above.dep not in ADJUNCT_DEPS:
            return False
    return False
