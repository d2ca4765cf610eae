"""Web pages (``.html``, ``.htm``): the article's main text, boilerplate dropped.

trafilatura finds the main text and the page's metadata (title, canonical URL,
publication date, site name).  The document text is ``title + "\\n\\n" + body``
when a title was found, so the headline is coded along with the body.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import trafilatura
from trafilatura.settings import Document as ExtractedPage

from flashpoint.errors import InputError
from flashpoint.ingest._common import Item, declared_html_encoding, decode_text
from flashpoint.model import Document

# Only dates the page states in its markup or text; no guessing from loose numbers.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(data: bytes, origin: str) -> Iterator[Item]:
    """Yield the article in a web page, or the reason none could be found."""
    try:
        markup = decode_text(data, origin, encoding=declared_html_encoding(data))
    except InputError as error:
        yield error
        return
    page = extract_page(markup)
    body = (page.text or "").strip() if page is not None else ""
    if page is None or not body:
        yield InputError(origin, "no article text found (is it an article page?)")
        return
    title = _clean(page.title)
    yield Document.from_text(
        article_text(title, body),
        title=title,
        url=_clean(page.url),
        date=_page_date(page.date),
        source=_clean(page.sitename),
        origin=origin,
    )


def extract_page(markup: str) -> ExtractedPage | None:
    """trafilatura's main text and metadata for a page; ``None`` when it finds no text."""
    page = trafilatura.bare_extraction(
        markup,
        # News pages: prefer dropping a borderline paragraph to coding a menu or a footer.
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        with_metadata=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    return page if isinstance(page, ExtractedPage) else None


def article_text(title: str | None, body: str) -> str:
    """``title + "\\n\\n" + body``, without repeating a headline the body starts with."""
    if not title:
        return body
    first, _, rest = body.partition("\n")
    if first.strip() == title:
        body = rest.strip()
    return f"{title}\n\n{body}" if body else title


def _page_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None
