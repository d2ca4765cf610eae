"""A target owned by "its" or "their" in a reported clause may be the speaker's.

In "The Pakistani army said Indian troops fired on its posts" the posts are not the
troops' (a plural source cannot own "its"): the pronoun stands for the one who
reports the act, and the target takes the speaker's state. Only the subject of a
verb of saying counts, only for the complement clause the event stands in, and only
where the pronoun cannot stand for the event's source by number: "its" after a
plural source and a singular speaker, "their" after a singular named source and a
plural speaker. "Syria said Turkey would halt its operation" keeps "its" for Turkey.
An accusation frames the act it names as a reported clause does ("Iran accused Israel
of attacking its facilities": the gerund under "of"/"for"), and in a hostile act (an
assault, coercion) reported by a speaker named before it "its" cannot stand for the
one who does it, whatever the number, unless "own" follows it ("attacked its own
people"); a deployment may well be of its own forces ("put its forces on alert").
"""

from __future__ import annotations

from flashpoint.actors.resolve import words_of
from flashpoint.actors.view import DocumentView
from flashpoint.coding.targets import ATTRIBUTION_VERBS
from flashpoint.model import Actor, Event, Token

#: Verbs whose subject reports the act of their complement clause.
SAYING_VERBS = ATTRIBUTION_VERBS | {"allege", "complain"}
#: Verbs of accusing, whose "of"/"for" gerund is the act reported.
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "condemn", "criticise", "criticize"})
#: Types of acts done against another, never by an actor to its own things (not a
#: deployment: "put its forces on alert").
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def _head(view: DocumentView, actor: Actor) -> Token | None:
    return view.head_of(actor.start, actor.end)


def _speaker(event: Event, view: DocumentView) -> Token | None:
    """The noun subject of the verb of saying whose complement the trigger heads."""
    clause = _head(view, Actor(event.trigger.text, event.trigger.start, event.trigger.end))
    if clause is None:
        return None
    if clause.dep == "conj" and clause.head != clause.i:
        clause = view.doc.tokens[clause.head]
    governor = _accuser(clause, view)
    if governor is None:
        if clause.dep != "ccomp" or clause.head == clause.i:
            return None
        governor = view.doc.tokens[clause.head]
        if governor.lemma not in SAYING_VERBS:
            return None
    subjects = [t for t in view.children.get(governor.i, ()) if t.dep == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos not in ("NOUN", "PROPN"):
        return None
    return subjects[0]


def _accuser(clause: Token, view: DocumentView) -> Token | None:
    """The verb of accusing whose "of"/"for" gerund ``clause`` is: "accused Israel of
    attacking ..."."""
    if clause.dep != "pcomp" or clause.tag != "VBG" or clause.head == clause.i:
        return None
    prep = view.doc.tokens[clause.head]
    if prep.lemma not in ("of", "for") or prep.head == prep.i:
        return None
    verb = view.doc.tokens[prep.head]
    return verb if verb.lemma in ACCUSING_VERBS and verb.pos == "VERB" else None


def owning_speaker(mention: Actor, event: Event, view: DocumentView) -> Actor | None:
    """The speaker that "its"/"their" at the start of target ``mention`` stands for,
    where the pronoun cannot stand for the event's source (see the module doc)."""
    words = words_of(mention.text)
    pronoun = words[0].lower() if words else ""
    if pronoun not in ("its", "their") or not event.sources:
        return None
    speaker = _speaker(event, view)
    if speaker is None:
        return None
    heads = [_head(view, s) for s in event.sources]
    if any(h is None for h in heads):
        return None
    tags = {h.tag for h in heads if h is not None}
    # The speaker before the act, not an attribution after it ("..., the ministry said").
    hostile = (
        event.type in HOSTILE_TYPES
        and (words[1:2] or [""])[0].lower() != "own"
        and speaker.start < event.trigger.start
    )
    if pronoun == "its":
        fits = speaker.tag in SINGULAR_TAGS and (hostile or tags <= PLURAL_TAGS)
    else:
        fits = tags == {"NNP"} and len(heads) == 1 and speaker.tag in PLURAL_TAGS
    return view.phrase(speaker) if fits else None
