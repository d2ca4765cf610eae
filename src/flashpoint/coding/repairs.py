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
    return _participle_before_object(list(tokens))


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
