"""Which of the coder's secondary targets an event's actors take, and where it happened.

Where the text names no target, or leaves an actor without a state, the actors stage
turns to the coder's secondary targets of the event (``secondary_targets``): the first
candidate group that resolves to named actors or states other than the source, and the
first place it happened in that has a state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from flashpoint.actors.view import DocumentView
from flashpoint.coding.coder import mention as phrase_mention
from flashpoint.coding.secondary import secondary_targets
from flashpoint.model import Actor, Event, Token


def secondary(
    event: Event,
    event_sources: tuple[Actor, ...],
    view: DocumentView,
    mention: Callable[[Actor], Actor],
    members: Callable[[Actor], list[Actor]],
) -> tuple[tuple[Actor, ...], Actor | None] | None:
    """The coder's secondary targets of an event (``secondary_targets``): the first
    candidate group that names actors or states (not the source itself), and
    the first place it happened in that has a state; None without a parse.
    ``mention`` resolves a target's phrase in the document, ``members`` gives the
    actors it stands for."""
    doc = view.doc
    if event.sentence.index >= len(doc.sentences):
        return None
    parse = view.parse(event.sentence.index)
    trigger = next((t for t in parse.tokens.values() if t.start == event.trigger.start), None)
    if trigger is None:
        return None
    groups, places = secondary_targets(parse, trigger, event.type)
    # A state's body is not the state's other bodies: the Mexican Congress (MEX,
    # LEG) may call on Mexican leaders (MEX, GOV).
    sources = {(a.id, a.sector) for a in event_sources if a.id}

    def resolve(head: Token) -> Actor:
        found = phrase_mention(parse, head, doc.text)
        return mention(found)

    # A place stands for its state, not its government: "in Baghdad" → IRQ, no sector.
    place = next((replace(a, sector=None) for a in map(resolve, places) if a.country), None)
    for group in groups:
        actors = [a for head in group for a in members(resolve(head))]
        # Only named actors or states, and not the source itself.
        # A word of the place's name is that place: "Congo" in "the Democratic
        # Republic of Congo".
        # Nor a word of a source's own mention: "Somali" in "Somali militants".
        actors = [
            a
            for a in actors
            if (a.country or a.id)
            and (a.id, a.sector) not in sources
            and not _within(a, place)
            and not any(_within(a, s) for s in event_sources)
        ]
        if actors:
            return tuple(actors), place
    return (), place


def _within(actor: Actor, place: Actor | None) -> bool:
    return place is not None and place.start <= actor.start and actor.end <= place.end
