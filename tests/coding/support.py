"""Helpers of the coder tests: pick the event a test is about."""

from __future__ import annotations

from flashpoint import Event


def only(events: list[Event], event_type: str) -> Event:
    """The first event of ``event_type`` (the test fails, listing them, if none)."""
    found = [e for e in events if e.type == event_type]
    assert found, f"no {event_type} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def by_trigger(events: list[Event], word: str) -> Event:
    """The first event triggered by ``word`` (the test fails, listing them, if none)."""
    found = [e for e in events if e.trigger.text == word]
    assert found, f"no event on {word!r} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]
