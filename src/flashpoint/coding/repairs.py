"""Mending misparses of the small English model that are systematic and safe to undo,
before any rule reads the parse.

Each repair is a pure function of a sentence's tokens and returns new tokens (the
records are frozen), so every stage that reads a sentence (the coder, the actor
stage) sees the same tree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from flashpoint.coding.syntax import Parse
from flashpoint.model import Token

#: Dependencies of a verb's object.
DIRECT_OBJECT_DEPS = frozenset({"dobj", "obj"})


def repaired(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with the known misparses mended (see each repair)."""
    mended = _participle_before_object(list(tokens))
    mended = _object_taken_for_subject(mended)
    return _verb_taken_for_modifier(mended)


def _participle_before_object(tokens: list[Token]) -> list[Token]:
    """A past participle right after a verb that has no object, taken for the verb's
    complement holding the object ("would return [detained] fishermen", read as
    "return (detained fishermen)" as in "got them released"): the participle modifies
    the noun ("detained fishermen") and the noun is the verb's object."""
    parse = Parse(tokens)
    mended = dict(parse.tokens)
    for participle in tokens:
        verb = parse.head(participle)
        if (
            verb is None
            or participle.dep != "xcomp"
            or participle.tag != "VBN"
            or participle.i != verb.i + 1
            or verb.pos != "VERB"
            or parse.kids(verb, *DIRECT_OBJECT_DEPS)
        ):
            continue
        kids = parse.kids(participle)
        objects = [c for c in kids if c.dep in DIRECT_OBJECT_DEPS and c.i > participle.i]
        if len(objects) != 1 or len(kids) != 1:
            continue  # "had them [arrested] at dawn": more than a bare participle
        noun = objects[0]
        mended[participle.i] = replace(participle, dep="amod", head=noun.i)
        mended[noun.i] = replace(noun, dep="dobj", head=verb.i)
    return [mended[t.i] for t in tokens]


#: Dependencies of what completes a verb: an object, a predicate, a clause.
COMPLEMENT_DEPS = DIRECT_OBJECT_DEPS | {"attr", "acomp", "xcomp", "ccomp", "dative"}
#: Dependencies of a verb's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _object_taken_for_subject(tokens: list[Token]) -> list[Token]:
    """A verb's object read as a second subject of the clause that follows ("the army
    declared [martial law] across the country, the chief of staff said", read as
    "declared (law ... the chief said)"): a clause has one subject, so the noun right
    after a verb that has no object, when the clause hung on that verb has another
    subject after it, is the verb's object."""
    parse = Parse(tokens)
    mended = dict(parse.tokens)
    for clause in tokens:
        verb = parse.head(clause)
        subjects = parse.kids(clause, *SUBJECT_DEPS)
        if (
            verb is None
            or clause.dep != "ccomp"
            or len(subjects) != 2
            or verb.pos != "VERB"
            or not verb.i < subjects[0].i < subjects[1].i < clause.i
            or any(k.i != clause.i for k in parse.kids(verb, *COMPLEMENT_DEPS))
        ):
            continue
        noun = subjects[0]
        first = min(t.i for t in parse.subtree(noun))
        if first != verb.i + 1 or noun.pos not in ("NOUN", "PROPN"):
            continue
        mended[noun.i] = replace(noun, dep="dobj", head=verb.i)
    return [mended[t.i] for t in tokens]


def _verb_taken_for_modifier(tokens: list[Token]) -> list[Token]:
    """A past-tense verb read as an adjective of its object although it has a subject
    of its own ("[truckers] [blocked] motorways", read as "blocked motorways" with
    "truckers" the subject of "blocked"): an adjective has no subject, so the verb
    heads the clause and the noun is its object."""
    parse = Parse(tokens)
    mended = dict(parse.tokens)
    for verb in tokens:
        noun = parse.head(verb)
        subjects = parse.kids(verb, "nsubj")
        if (
            noun is None
            or verb.dep != "amod"
            or verb.tag != "VBD"
            or noun.pos not in ("NOUN", "PROPN")
            or noun.i <= verb.i
            or len(subjects) != 1
            or subjects[0].i > verb.i
            or noun.dep in SUBJECT_DEPS  # "lobbied leaders to back": a clause of its own
        ):
            continue
        if any(t.pos == "PUNCT" for t in tokens if subjects[0].i < t.i < verb.i):
            continue  # "the US-backed Kurds": a compound adjective, no clause

        root = noun.dep == "ROOT"
        head = verb.i if root else noun.head
        mended[verb.i] = replace(verb, dep=noun.dep, head=head, pos="VERB")
        mended[noun.i] = replace(noun, dep="dobj", head=verb.i)
    return [mended[t.i] for t in tokens]
