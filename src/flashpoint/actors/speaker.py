"""A target owned by "its" or "their" in a reported clause may be the speaker's.

In "The Pakistani army said Indian troops fired on its posts" the posts are not the
troops' (a plural source cannot own "its"): the pronoun stands for the one who
reports the act, and the target takes the speaker's state. Only the subject of a
verb of saying counts, only for the complement clause the event stands in, and only
where the pronoun cannot stand for the event's source by number: "its" after a
plural source and a singular speaker, "their" after a singular named source and a
plural speaker. "Syria said Turkey would halt its operation" keeps "its" for Turkey.
"""

from __future__ import annotations

from flashpoint.actors.resolve import words_of
from flashpoint.actors.view import DocumentView
from flashpoint.coding.targets import ATTRIBUTION_VERBS
from flashpoint.model import Actor, Event, Token

#: Verbs whose subject reports the act of their complement clause.
SAYING_VERBS = ATTRIBUTION_VERBS | {"allege", "complain"}
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
    if clause.dep != "ccomp" or clause.head == clause.i:
        return None
    governor = view.doc.tokens[clause.head]
    if governor.lemma not in SAYING_VERBS:
        return None
    subjects = [t for t in view.children.get(governor.i, ()) if t.dep == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos not in ("NOUN", "PROPN"):
        return None
    return subjects[0]


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
    if pronoun == "its":
        fits = tags <= PLURAL_TAGS and speaker.tag in SINGULAR_TAGS
    else:
        fits = tags == {"NNP"} and len(heads) == 1 and speaker.tag in PLURAL_TAGS
    return view.phrase(speaker) if fits else None
