"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``): one document per item.

The XML is parsed safely first (defusedxml): entity declarations (the "billion
laughs" expansion bomb, external entities that read local files or URLs) and
external DTDs are refused before feedparser sees a byte.  A document's text is the item
title, a blank line, then its content (or summary) as plain text with paragraphs.
"""

from __future__ import annotations

import email.utils
import io
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree
import feedparser

from flashpoint.errors import InputError
from flashpoint.ingest._common import Item, check_bytes, declared_xml_encoding, decode
from flashpoint.ingest._markup import html_to_text
from flashpoint.model import Document

FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
"""Root elements (lower-cased local names) of RSS 2.0/0.9x, Atom and RSS 1.0 (RDF)."""

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def read_feed(data: bytes, origin: str) -> Iterator[Item]:
    """Yield one document per feed item (``origin#item-N``), or why the feed or an item failed."""
    try:
        data = check_feed(data, origin)
    except InputError as error:
        yield error
        return
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    entries: list[Mapping[str, Any]] = list(parsed.entries)
    if not entries:
        yield InputError(origin, "feed has no items")
        return
    source = _text_of(parsed.feed, "title")
    for index, entry in enumerate(entries, start=1):
        yield item_document(entry, f"{origin}#item-{index}", index=index, source=source)


def check_feed(data: bytes, origin: str) -> bytes:
    """The feed's bytes (BOM stripped) once they are known to be safe, well-formed XML.

    Raises ``InputError`` for binary, empty, undecodable or malformed input, for
    entity declarations and external references, and for XML that is not a feed.
    """
    data, skipped = check_bytes(data, origin)
    decode(data, origin, encoding=declared_xml_encoding(data) or "utf-8", offset=skipped)
    root = parse_xml_safely(data, origin)
    name = _local_name(root.tag)
    if name.lower() not in FEED_ROOTS:
        raise InputError(origin, f"not an RSS or Atom feed (root element <{name}>)")
    return data


def parse_xml_safely(data: bytes, origin: str) -> Element:
    """Parse with defusedxml, refusing entity declarations, external entities and DTDs.

    A document type declaration is allowed only without an external DTD (no
    ``SYSTEM``/``PUBLIC`` identifier), so only documents that have one are parsed twice.
    """
    try:
        try:
            return _parse_xml(data, forbid_dtd=True)
        except defusedxml.DTDForbidden as error:
            if error.sysid or error.pubid:
                reason = f"XML refers to an external DTD ({error.sysid or error.pubid!r}); refused"
                raise InputError(origin, reason) from None
        return _parse_xml(data, forbid_dtd=False)
    except defusedxml.EntitiesForbidden as error:
        raise InputError(origin, _entity_reason(error)) from None
    except defusedxml.ExternalReferenceForbidden as error:
        reason = f"XML refers to an external resource ({error.sysid!r}); refused"
        raise InputError(origin, reason) from None
    except ParseError as error:
        line = error.position[0] if error.position else None
        raise InputError(origin, f"malformed XML: {error}", line) from None


def _parse_xml(data: bytes, *, forbid_dtd: bool) -> Element:
    root: Element = defusedxml.ElementTree.fromstring(
        data, forbid_dtd=forbid_dtd, forbid_entities=True, forbid_external=True
    )
    return root


def item_document(entry: Mapping[str, Any], origin: str, *, index: int, source: str | None) -> Item:
    """The document for one feed item, or an ``InputError`` when it has no text at all."""
    title = _text_of(entry, "title")
    body = _item_body(entry)
    text = f"{title}\n\n{body}" if title and body else title or body
    if not text:
        return InputError(origin, f"feed item {index} has no title and no text; skipped")
    return Document.from_text(
        text,
        id=_string(entry.get("id")) or _string(entry.get("link")),
        title=title,
        url=_web_url(_string(entry.get("link"))),
        date=_item_date(entry),
        source=source,
        origin=origin,
    )


def _item_body(entry: Mapping[str, Any]) -> str | None:
    """The item's full content when it has some, else its summary, as plain text."""
    for content in entry.get("content") or ():
        if isinstance(content, Mapping):
            text = _plain(_string(content.get("value")), _string(content.get("type")))
            if text:
                return text
    return _text_of(entry, "summary")


def _text_of(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` as plain text, stripping HTML where feedparser says it is HTML."""
    detail = mapping.get(f"{key}_detail")
    kind = _string(detail.get("type")) if isinstance(detail, Mapping) else None
    return _plain(_string(mapping.get(key)), kind)


def _plain(value: str | None, kind: str | None) -> str | None:
    if not value:
        return None
    text = html_to_text(value) if kind in _HTML_TYPES else value.replace("\r\n", "\n").strip()
    return text or None


def _item_date(entry: Mapping[str, Any]) -> date | None:
    """The item's date as written (its own time zone), else as feedparser parsed it (UTC)."""
    for key in ("published", "updated", "created"):
        written = _parse_feed_date(_string(entry.get(key)))
        if written is not None:
            return written
        parsed = entry.get(f"{key}_parsed")
        if parsed is not None:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except (AttributeError, TypeError, ValueError):
                continue
    return None


def _parse_feed_date(value: str | None) -> date | None:
    """An RFC 3339 (Atom) or RFC 822 (RSS) date, in the time zone it was written in."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


def _entity_reason(error: defusedxml.EntitiesForbidden) -> str:
    if error.sysid or error.pubid:
        return (
            f"XML declares an external entity {error.name!r} ({error.sysid or error.pubid!r}); "
            "refused (external entities can read local files)"
        )
    return (
        f"XML declares an entity {error.name!r}; refused "
        "(entity declarations allow expansion bombs such as 'billion laughs')"
    )


def _web_url(value: str | None) -> str | None:
    # feedparser copies an Atom id or an RSS guid into ``link``; only a web address is a URL.
    return value if value and value.lower().startswith(("http://", "https://")) else None


def _local_name(tag: object) -> str:
    name = tag if isinstance(tag, str) else ""
    return name.rpartition("}")[2].rpartition(":")[2]


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
