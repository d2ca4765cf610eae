"""Where an event happened: the place attached to its trigger, else a place in its
sentence, else the document's main place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from flashpoint.model import Document, Event, Place, Token

#: Prepositions that put an event somewhere: "talks in Muscat", "off the coast of".
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "off", "outside", "inside", "across", "around", "within", "throughout"}
)


#: Prepositions a place may hang on below a locative phrase: "the coast of Oman".
PASSING_PREPS = frozenset({"of", "between"})


def _token_at(tokens: Sequence[Token], offset: int) -> Token | None:
    for token in tokens:
        if token.start <= offset < token.end:
            return token
    return None


def _attached_to(tokens: Sequence[Token], place: Place, heads: set[int]) -> bool:
    """Is ``place`` the object of a locative preposition governed by one of ``heads``?
    The climb from the name to that preposition passes through "of" and "between"
    ("off the coast of Oman", "at the border between Chad and Sudan") but through no
    other, nor through a verb: "in the latest effort by Washington to squeeze Tehran's
    revenue" puts nothing in Washington or Tehran."""
    token = _token_at(tokens, place.end - 1)
    by_index = {t.i: t for t in tokens}
    for _ in range(4):  # climb from the name to its preposition: "the coast of Oman"
        if token is None or token.head == token.i:
            return False
        head = by_index.get(token.head)
        if head is None:
            return False
        is_prep = head.dep == "prep" or head.pos == "ADP"
        if is_prep and head.lemma in LOCATIVE_PREPS and head.head in heads:
            return True
        if is_prep and head.lemma not in LOCATIVE_PREPS | PASSING_PREPS:
            return False
        if head.pos in ("VERB", "AUX"):
            return False
        token = head
    return False


def _clause_of(tokens: Sequence[Token], token: Token) -> int:
    """The index of the verb heading the clause ``token`` is in (or the root)."""
    by_index = {t.i: t for t in tokens}
    current = token
    for _ in range(len(tokens)):
        if current.pos in ("VERB", "AUX") or current.head == current.i:
            return current.i
        parent = by_index.get(current.head)
        if parent is None:
            return current.i
        current = parent
    return current.i


def main_place(places: Sequence[Place]) -> Place | None:
    """The document's main place: the resolved place mentioned most often (a town or
    division before a state when they tie), first mention of it."""
    resolved = [p for p in places if p.lat is not None and p.name is not None]
    if not resolved:
        return None
    counts = Counter((p.name, p.country) for p in resolved)
    best = max(
        resolved,
        key=lambda p: (counts[(p.name, p.country)], p.feature_code not in ("PCLI", "PCLD")),
    )
    return next(p for p in resolved if (p.name, p.country) == (best.name, best.country))


def phrase_location(event: Event, doc: Document) -> Place | None:
    """The place a locative phrase attaches to the trigger (or to a locative phrase in
    the trigger's own clause), not one of the event's actors; None when there is none."""
    sentence = event.sentence
    tokens, trigger = _sentence_and_trigger(event, doc)
    in_sentence = [p for p in doc.places if sentence.start <= p.start and p.end <= sentence.end]
    if trigger is None or not in_sentence:
        return None
    heads = {trigger.i, *(t.i for t in tokens if t.head == trigger.i and t.pos == "NOUN")}
    actors = [(a.start, a.end) for a in (*event.sources, *event.targets)]
    free = [p for p in in_sentence if not any(s <= p.start < e for s, e in actors)]
    for place in free:
        if _attached_to(tokens, place, heads):
            return place
    # Not a locative phrase in another clause of a long sentence:
    # "attacked Idlib as ministers met in Brussels".
    clause = _clause_of(tokens, trigger)
    same_clause = {t.i for t in tokens if _clause_of(tokens, t) == clause}
    return next((p for p in free if _attached_to(tokens, p, same_clause)), None)


def event_location(
    event: Event,
    doc: Document,
    places: Sequence[Place] | None = None,
    main: Place | None = None,
) -> Place | None:
    """Where ``event`` happened: the place phrase attached to its trigger, else the first
    resolved place of ``places`` (default: the document's) in its sentence that is not
    one of its actors, else ``main`` (the document's main place)."""
    return phrase_location(event, doc) or nearby_location(event, doc, places, main)


def nearby_location(
    event: Event,
    doc: Document,
    places: Sequence[Place] | None = None,
    main: Place | None = None,
) -> Place | None:
    """Where ``event`` happened when no place phrase says: the first resolved place of
    ``places`` in its sentence that is not one of its actors, else ``main``."""
    sentence = event.sentence
    tokens, trigger = _sentence_and_trigger(event, doc)
    clause = _clause_of(tokens, trigger) if trigger is not None else None
    elsewhere = {t.i for t in tokens if _clause_of(tokens, t) != clause}
    actors = [(a.start, a.end) for a in (*event.sources, *event.targets)]
    for place in doc.places if places is None else places:
        inside = sentence.start <= place.start and place.end <= sentence.end
        is_actor = any(s <= place.start < e for s, e in actors)
        # Not where another clause's action happened: "... as ministers met in Brussels".
        other_clause = bool(elsewhere) and _attached_to(tokens, place, elsewhere)
        if inside and not is_actor and not other_clause and place.lat is not None:
            return place
    return main


#: Prepositions of a path through space: "abducted pupils from a school in Kebbi".
SPATIAL_PREPS = LOCATIVE_PREPS | {"from", "to", "into", "on", "onto", "across", "through"}
#: How many links a place may lie below the trigger.
PATH_LINKS = 8


def _sentence_and_trigger(event: Event, doc: Document) -> tuple[list[Token], Token | None]:
    tokens = doc.sentence_tokens(event.sentence)
    return tokens, _token_at(tokens, event.trigger.start)


def _reached(tokens: list[Token], trigger: Token, place: Place) -> bool:
    """Is ``place`` reached from ``trigger`` through its objects and spatial phrases
    only ("abducted pupils from a boarding school in Kebbi state", "poured into central
    Belgrade")?  A participle on an object that happened in the place counts ("assaulted
    women fleeing the fighting in West Darfur": the women were there), once.  Not a
    place that modifies a noun ("the Britain-based observatory") or that hangs on a
    phrase of another kind ("collusion with Russia")."""
    by_index = {t.i: t for t in tokens}
    token = _token_at(tokens, place.end - 1)
    if token is None:
        return False
    while token.dep == "compound" and token.head in by_index:  # "Kebbi" in "Kebbi state"
        token = by_index[token.head]
    first = by_index.get(token.head) if token.dep == "pobj" else None
    participle = first is not None and first.lemma in LOCATIVE_PREPS
    for _ in range(PATH_LINKS):
        head = by_index.get(token.head)
        if head is None or head.i == token.i:
            return False
        if token.dep == "pobj" and head.lemma not in SPATIAL_PREPS:
            return False
        if token.dep == "acl" and participle and token.tag == "VBG":
            participle = False  # "women fleeing the fighting in West Darfur"
        elif token.dep not in ("pobj", "prep", "dobj", "obj", "nsubjpass", "appos"):
            return False
        if head.i == trigger.i:
            return True
        token = head
    return False


def tied_place(event: Event, doc: Document, places: Sequence[Place], alone: bool) -> Place | None:
    """A place of the event's sentence (``places``) tied to the event, for its actors:
    the first its trigger reaches through objects and spatial phrases, else, in a
    sentence with this one event (``alone``), its one place where it is named in the
    trigger's clause (not in the clause of a verb of saying above it: "the
    Britain-based observatory said troops took ...")."""
    tokens, trigger = _sentence_and_trigger(event, doc)
    if trigger is None:
        return None
    reached = next((p for p in places if _reached(tokens, trigger, p)), None)
    if reached is not None or not alone or len(places) != 1:
        return reached
    token = _token_at(tokens, places[0].end - 1)
    same_clause = token is not None and _clause_of(tokens, token) == _clause_of(tokens, trigger)
    return places[0] if same_clause else None
