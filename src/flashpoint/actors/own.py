"""The source's own side is not its target.

A phrase that hangs on an event may name where the source acted from rather than whom
it acted upon: "Pakistan summoned an Indian diplomat to its Foreign Ministry", "lifted
the restrictions between it and Israel", "closed Venezuela's land borders with
Brazil". Such a target is named by a pronoun (or one possessing it) that resolution
gave the source's own state or none, or is a thing (not people) that the source's state
possesses; it is dropped where the event has another target, so the event runs to the
other side only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flashpoint.actors.resolve import words_of
from flashpoint.model import Actor, Event

#: Types whose source may name its own state as the one to carry out the act.
THREAT_TYPES = frozenset({"THREATEN"})

#: A thing of a named owner: "Venezuela's land borders".
POSSESSED = re.compile(r"\w['’]s\s+\w")
#: Pronouns that name, or possess, the source itself.
SELF_WORDS = frozenset({"it", "its", "itself", "his", "her", "their", "them", "themselves"})


def _own(actor: Actor, home: set[str]) -> bool:
    """Named by a pronoun, or one possessing it, with the source's state or none (a
    possessed target is left stateless: "summoned X to its ministry"); or a thing the
    source's state possesses, not people ("closed Venezuela's borders with Brazil")."""
    words = words_of(actor.text)
    if bool(words) and words[0] in SELF_WORDS:
        return actor.country in home or not actor.country
    return (
        actor.country in home and actor.sector is None and POSSESSED.search(actor.text) is not None
    )


def _own_state(actor: Actor, home: set[str], event: Event) -> bool:
    """The source's own state named as the one to carry out a threat: in "the
    minister warned that Washington would impose sanctions on Nicaragua" the threat is
    aimed at Nicaragua, not at Washington."""
    return (
        event.type in THREAT_TYPES
        and actor.country in home
        and actor.id is not None
        and actor.id == actor.country
    )


def without_own(event: Event) -> Event:
    """``event`` without targets that are its source's own side named by a pronoun (or,
    for a threat, the source's own state), where another target remains."""
    home = {a.country for a in event.sources if a.country}
    kept = tuple(t for t in event.targets if not _own(t, home) and not _own_state(t, home, event))
    if not kept or len(kept) == len(event.targets):
        return event
    return replace(event, targets=kept)
