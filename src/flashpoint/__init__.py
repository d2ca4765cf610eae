"""flashpoint: open, evidence-linked political event data from news.

The public API a notebook user calls::

    import flashpoint
    events = flashpoint.code("The United States imposed sanctions on Iran.", date="2026-02-10")
    pipeline = flashpoint.Pipeline.default()
    for doc in pipeline.pipe(documents): ...

Everything not listed in ``__all__`` is private and may change.
"""

from __future__ import annotations

from datetime import date as _date
from functools import lru_cache

from flashpoint._version import __version__
from flashpoint.errors import FlashpointError, InputError, ResourceError, StageError, UsageError
from flashpoint.model import (
    PLOVER_TYPES,
    Actor,
    Document,
    Entity,
    Event,
    Place,
    Quantity,
    Quote,
    Sentence,
    Span,
    Token,
)
from flashpoint.pipeline import Pipeline, Resources, Stage

__all__ = [
    "PLOVER_TYPES",
    "Actor",
    "Document",
    "Entity",
    "Event",
    "FlashpointError",
    "InputError",
    "Pipeline",
    "Place",
    "Quantity",
    "Quote",
    "ResourceError",
    "Resources",
    "Sentence",
    "Span",
    "Stage",
    "StageError",
    "Token",
    "UsageError",
    "__version__",
    "code",
]


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline.default()


def code(text: str, date: _date | str | None = None) -> list[Event]:
    """Code one text into events; ``date`` is its publication date (a date or
    ``YYYY-MM-DD``).  The default pipeline is loaded on first use and reused."""
    published = _date.fromisoformat(date) if isinstance(date, str) else date
    return _default_pipeline().code(text, published)
