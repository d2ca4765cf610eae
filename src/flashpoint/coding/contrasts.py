"""Contrasts and implicative verbs, read from the parse alone: an alternative set
aside ("rather than", "instead of", "stopped short of"), the verb that "did not X but Y"
gives way to, and verbs that say their act was done ("managed to", "ended up", "went
on to", "did not hesitate to").
"""

from __future__ import annotations

from flashpoint.coding.clause_mood import clause_modality
from flashpoint.coding.syntax import FINITE_TAGS, Parse
from flashpoint.model import Token

#: Particles by which "go" tells what was done next, not what is going to be done:
#: "went on to expel four diplomats", "went ahead to hold the vote".
GOING_ON = frozenset({"on", "ahead"})


def went_on(parse: Parse, verb: Token) -> bool:
    """Is ``verb`` "go on" or "go ahead" ("went on to expel")?"""
    return verb.lemma == "go" and any(k.lemma in GOING_ON for k in parse.kids(verb, "prt"))


#: Verbs of holding back whose denial asserts the act: "did not hesitate to shell the
#: villages" shelled them, "will not hesitate to strike" vows to.
RELUCTANCE_VERBS = frozenset({"hesitate"})


def unhesitating(parse: Parse, child: Token, ancestor: Token) -> bool:
    """Is ``child`` the act of a denied hesitation ("did not hesitate to impose a
    curfew", "will not hesitate in arresting them")?  The act has the time of the
    hesitating clause without its "not": done, or vowed."""
    return (
        ancestor.lemma in RELUCTANCE_VERBS
        and child.dep in ("xcomp", "prep", "pcomp")
        and clause_modality(parse, ancestor) == "negated"
    )


#: Verbs whose open complement is the act done, not relayed: "managed to evacuate",
#: "proceeded to expel"; with a particle, "ended up rejecting" ("end up").
IMPLICATIVE_VERBS = frozenset({"manage", "proceed"})
IMPLICATIVE_PHRASALS = frozenset({("end", "up")})


def implicative(parse: Parse, clause: Token) -> bool:
    """Is ``clause`` the act an implicative verb says was done ("managed to evacuate
    its citizens", "ended up rejecting the request", "went on to expel", "did not
    hesitate to impose a curfew")?  The act is the news as a main clause's is."""
    verb = parse.head(clause)
    if clause.dep != "xcomp" or verb is None or verb.pos != "VERB":
        return False
    particles = {k.lemma for k in parse.kids(verb, "prt")}
    return (
        verb.lemma in IMPLICATIVE_VERBS
        or any((verb.lemma, p) in IMPLICATIVE_PHRASALS for p in particles)
        or went_on(parse, verb)
        or unhesitating(parse, clause, verb)
    )


#: Prepositions that set off an alternative not taken, with the adverb that makes
#: them do so: "rather than", "instead of".
ALTERNATIVE_PREPS = {"than": "rather", "of": "instead"}
#: Verbs whose "short of" phrase is what was not done: "stopped short of expelling".
SHORT_OF_VERBS = frozenset({"stop", "fall"})


def _alternative_marker(parse: Parse, prep: Token) -> bool:
    """Is ``prep`` the "than" of "rather than", the "of" of "instead of", or the "of"
    of "stopped short of"?  The adverb may hang on the preposition, be its head, or,
    fronted, hang beside it on the same verb ("Rather than sending troops, Yerevan
    said ...")."""
    head = parse.head(prep)
    above = parse.head(head) if head is not None else None
    if (
        prep.lemma == "of"
        and head is not None
        and head.text.lower() == "short"
        and above is not None
        and above.lemma in SHORT_OF_VERBS
    ):
        return True
    adverb = ALTERNATIVE_PREPS.get(prep.text.lower())
    beside = [k for k in parse.kids(head, "advmod") if k.i == prep.i - 1] if head else []
    near = [*parse.kids(prep, "advmod"), *([head] if head is not None else []), *beside]
    return adverb is not None and any(t.text.lower() == adverb for t in near)


def replaced(parse: Parse, child: Token, ancestor: Token) -> bool:
    """Is ``child`` an alternative set aside ("Rather than seizing more trawlers, Canada
    urged Spain ...", "imposed sanctions instead of severing ties", "stopped short of
    an embargo")?  It was not done, nor refused: merely possible, as "would rather"
    is, so the act done instead is the news."""
    return child.dep in ("pcomp", "pobj") and _alternative_marker(parse, ancestor)


def replaced_conjunct(parse: Parse, predicate: Token, first: Token) -> bool:
    """Is ``predicate`` joined to ``first`` by "rather than" ("imposed sanctions rather
    than sever ties")?  It is the alternative set aside."""
    return predicate.dep == "conj" and any(
        c.text.lower() == "than" and first.i < c.i < predicate.i and _alternative_marker(parse, c)
        for c in parse.kids(first, "cc")
    )


def contrasted_conjunct(parse: Parse, predicate: Token, first: Token) -> bool:
    """Is ``predicate`` the verb after "but" that a clause's verb gives way to ("did
    not ask for troops but sought a loan", "did not wait ... but recognised")?  The
    "not" is the first verb's alone; a bare verb still shares its auxiliaries and
    governors.  The first verb must have a subject of its own and be no "-ing" form:
    "the problem is not proving guilt but bringing them to trial", read as progressive,
    names two tasks, neither done."""
    return (
        predicate.dep == "conj"
        and first.tag != "VBG"
        and bool(parse.kids(first, "nsubj", "nsubjpass"))
        and any(c.lemma == "but" and first.i < c.i < predicate.i for c in parse.kids(first, "cc"))
    )


def own_clause(parse: Parse, predicate: Token) -> bool:
    """Does ``predicate`` head a clause of its own, with its own tense, subject or
    auxiliary ("will not join the strikes but supports the effort", "but he has
    invested")?  It does not share the first verb's auxiliaries."""
    own = parse.kids(predicate, "nsubj", "nsubjpass", "aux", "auxpass")
    return predicate.tag in FINITE_TAGS or bool(own)
