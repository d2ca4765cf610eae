"""A target owned by "its" or "their" in a reported clause may be the speaker's.

In "The Pakistani army said Indian troops fired on its posts" the posts are not the
troops' (a plural source cannot own "its"): the pronoun stands for the one who
reports the act, and the target takes the speaker's state. Only the subject of a
verb of saying counts, only for the complement clause the event stands in, and only
where the pronoun cannot stand for the event's source by number: "its" after a
plural source and a singular speaker, "their" after a singular named source and a
plural speaker. "Syria said Turkey would halt its operation" keeps "its" for Turkey.
An accusation frames the act it names as a reported clause does ("Iran accused Israel
of attacking its facilities": the gerund under "of"/"for", or an event noun there,
"blamed Armenia for the shelling of its villages"), and in a hostile act (an
assault, coercion) reported by a speaker named before it "its" cannot stand for the
one who does it, whatever the number, unless "own" follows it ("attacked its own
people"); a deployment may well be of its own forces ("put its forces on alert"). A
verb objecting to an event noun ("condemned the Israeli attack on its territory") frames
it too, and so does the main clause of an "after"/"when" clause that holds a hostile act
("After the Indian army shelled its posts, Pakistan ..."). "Its neighbour" or "its ally"
is never the speaker's.
"""

from __future__ import annotations

from flashpoint.actors.resolve import words_of
from flashpoint.actors.view import DocumentView
from flashpoint.coding.targets import ATTRIBUTION_VERBS
from flashpoint.model import Actor, Event, Token

#: Verbs whose subject reports the act of their complement clause.
SAYING_VERBS = ATTRIBUTION_VERBS | {"allege", "complain"}
#: Verbs of accusing, whose "of"/"for" gerund is the act reported.
ACCUSING_VERBS = frozenset(
    {"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce"}
)
#: Verbs that object to an act named by their object or "against"/"over" phrase:
#: "protested (against) the NATO attacks on its territory".
PROTESTING_VERBS = frozenset({"protest", "condemn", "denounce", "criticise", "criticize"})
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
    attacking ...", or whose "of"/"for" event noun it is ("blamed Armenia for the
    shelling of ..."), or the verb objecting to the event noun it is the object or
    "against"/"over" phrase of ("condemned the Israeli attack on its territory",
    "protested against the NATO attacks on its territory")."""
    if clause.head == clause.i:
        return None
    if clause.dep == "dobj" and clause.pos == "NOUN":
        # "Sudan condemned the Israeli attack on its territory": "its" cannot stand for
        # an adjective; a possessor ("Russia's attack on its neighbour") may own it.
        verb = view.doc.tokens[clause.head]
        return verb if _objecting(verb) and _unowned(clause, view) else None
    gerund = clause.dep == "pcomp" and clause.tag == "VBG"
    noun = clause.dep == "pobj" and clause.pos == "NOUN"
    if not gerund and not noun:
        return None
    prep = view.doc.tokens[clause.head]
    if prep.head == prep.i:
        return None
    verb = view.doc.tokens[prep.head]
    if prep.lemma in ("against", "over") and noun:
        return verb if _objecting(verb) and _unowned(clause, view) else None
    if prep.lemma not in ("of", "for"):
        return None
    return verb if verb.lemma in ACCUSING_VERBS and verb.pos == "VERB" else None


def _objecting(verb: Token) -> bool:
    return verb.lemma in PROTESTING_VERBS and verb.pos == "VERB"


def _unowned(noun: Token, view: DocumentView) -> bool:
    """Is the event noun without a possessor, which may own its "its" ("Russia's attack
    on its neighbour")?  An adjective ("the Israeli attack") cannot."""
    return not any(t.dep == "poss" for t in view.children.get(noun.i, ()))


#: Subordinators of a clause that tells what the main clause's subject answered.
ANSWERED_MARKS = frozenset({"after", "when", "before", "since", "because"})
#: Words of a relation to another, whose "its" is never the one related to: "its
#: neighbour", "its ally".
RELATION_WORDS = frozenset(
    {"neighbour", "neighbor", "neighbours", "neighbors", "ally", "allies", "rival", "rivals"}
    | {"enemy", "enemies", "foe", "foes", "adversary", "adversaries"}
)


def _answering(event: Event, view: DocumentView) -> Token | None:
    """The noun subject of the main clause that an "after"/"when"/... clause holding
    a hostile act hangs on: "After the Indian army shelled its posts, Pakistan recalled
    its envoy" (the posts are Pakistan's, named after them)."""
    clause = _head(view, Actor(event.trigger.text, event.trigger.start, event.trigger.end))
    if clause is None or clause.dep != "advcl" or clause.head == clause.i:
        return None
    marks = [t for t in view.children.get(clause.i, ()) if t.dep == "mark"]
    if not any(m.text.lower() in ANSWERED_MARKS for m in marks):
        return None
    governor = view.doc.tokens[clause.head]
    subjects = [t for t in view.children.get(governor.i, ()) if t.dep == "nsubj"]
    if governor.pos != "VERB" or len(subjects) != 1 or subjects[0].pos not in ("NOUN", "PROPN"):
        return None
    return subjects[0]


def owning_speaker(mention: Actor, event: Event, view: DocumentView) -> Actor | None:
    """The speaker that "its"/"their" at the start of target ``mention`` stands for,
    where the pronoun cannot stand for the event's source (see the module doc); or,
    for "its" in a hostile act of an "after"/"when" clause, the main clause's subject."""
    words = words_of(mention.text)
    pronoun = words[0].lower() if words else ""
    if pronoun not in ("its", "their") or not event.sources:
        return None
    if any(w.lower() in RELATION_WORDS for w in words[1:]):
        return None
    own = (words[1:2] or [""])[0].lower() == "own"
    answering = _answering(event, view) if event.type in HOSTILE_TYPES and not own else None
    if answering is not None and pronoun == "its" and answering.tag in SINGULAR_TAGS:
        return view.phrase(answering)
    speaker = _speaker(event, view)
    if speaker is None:
        return None
    heads = [_head(view, s) for s in event.sources]
    if any(h is None for h in heads):
        return None
    tags = {h.tag for h in heads if h is not None}
    # The speaker before the act, not an attribution after it ("..., the ministry said").
    hostile = event.type in HOSTILE_TYPES and not own and speaker.start < event.trigger.start
    if pronoun == "its":
        fits = speaker.tag in SINGULAR_TAGS and (hostile or tags <= PLURAL_TAGS)
    else:
        fits = tags == {"NNP"} and len(heads) == 1 and speaker.tag in PLURAL_TAGS
    return view.phrase(speaker) if fits else None
