"""The ``dates`` stage: event dates resolved against the publication date."""

from flashpoint.dates.resolve import DateResolver, resolve_expression

__all__ = ["DateResolver", "resolve_expression"]
