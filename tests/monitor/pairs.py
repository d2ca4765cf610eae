"""The reference reading of an event's dyads, for tests that check the store's."""

from __future__ import annotations

from flashpoint.model import Event


def country_pairs(event: Event) -> set[tuple[str, str]]:
    """The (source, target) countries of an event whose source acts on another mention:
    the sides of a mutual act ("Kenya and Uganda signed a deal") do not act on
    themselves."""
    return {
        (s.country, t.country)
        for s in event.sources
        for t in event.targets
        if s.country and t.country and (s.start, s.end) != (t.start, t.end)
    }
