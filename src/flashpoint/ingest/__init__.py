"""The read stage: inputs (files, directories, standard input) to documents.

::

    read_inputs(["news/", "feed.xml", "-"])  ->  Document | InputError, in input order

One module per kind of input, each a function from ``(bytes, origin)`` to
documents and errors, so each can be used and tested without files:

- ``text``  (``.txt`` and unknown suffixes): one article, the first line maybe a title
- ``html``  (``.html``, ``.htm``): the main text of a page, boilerplate dropped
- ``jsonl`` (``.jsonl``, ``.ndjson``): one document per line
- ``feeds`` (``.xml``, ``.rss``, ``.atom``): one document per RSS/Atom item, parsed safely

Readers never raise for a bad input; they yield an :class:`~flashpoint.errors.InputError`
naming the input (``path``, ``path:line`` or ``path#item-N``) and the reason.
"""

from __future__ import annotations

from flashpoint.ingest._common import Item
from flashpoint.ingest.feeds import read_feed
from flashpoint.ingest.html import read_html
from flashpoint.ingest.inputs import (
    DEFAULT_MAX_BYTES,
    Kind,
    kind_for_path,
    read_bytes,
    read_inputs,
    sniff_kind,
)
from flashpoint.ingest.jsonl import read_jsonl
from flashpoint.ingest.text import read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Item",
    "Kind",
    "kind_for_path",
    "read_bytes",
    "read_feed",
    "read_html",
    "read_inputs",
    "read_jsonl",
    "read_text",
    "sniff_kind",
]
