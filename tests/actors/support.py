"""Helpers of the actors stage tests."""

from __future__ import annotations

from flashpoint import Actor, Document, Pipeline
from flashpoint.actors import ActorResolver


def mention(doc: Document, text: str, occurrence: int = 0) -> Actor:
    """An unresolved mention of the ``occurrence``-th ``text`` in ``doc``."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return Actor(text=text, start=start, end=start + len(text))


def stage(pipeline: Pipeline) -> ActorResolver:
    """The pipeline's actors stage."""
    resolver = pipeline.get_stage("actors")
    assert isinstance(resolver, ActorResolver)
    return resolver
