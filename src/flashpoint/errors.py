"""The one exception tree of flashpoint.

::

    FlashpointError
    ├── InputError            an input could not be read (path, line, reason)
    ├── ResourceError         a lexicon, table or model is missing or malformed
    ├── StageError            a pipeline stage broke its contract
    ├── StoreError            the event database cannot be opened, read or written
    └── UsageError            a caller passed arguments that cannot work

Every message says what failed, where, and what to do about it.
"""

from __future__ import annotations


class FlashpointError(Exception):
    """Base class of every error flashpoint raises on purpose."""


class InputError(FlashpointError):
    """An input (file, feed item, JSON Lines line) could not be read.

    ``origin`` names the input (a path, ``<stdin>`` or a URL), ``line`` the
    1-based line number where one applies, ``reason`` says why.
    """

    def __init__(self, origin: str, reason: str, line: int | None = None) -> None:
        self.origin = origin
        self.reason = reason
        self.line = line
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {reason}")


class ResourceError(FlashpointError):
    """A resource (lexicon, actor table, gazetteer, spaCy model) is unusable."""


class StageError(FlashpointError):
    """A pipeline stage returned something other than the document it was given."""


class StoreError(FlashpointError):
    """The event database (``flashpoint ingest --db``) cannot be opened, read or written."""


class UsageError(FlashpointError):
    """Arguments that cannot work together (the CLI turns this into exit status 2)."""
