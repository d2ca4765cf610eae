"""Web pages: main text through trafilatura, boilerplate dropped, metadata kept."""

from __future__ import annotations

import datetime as dt

from flashpoint.errors import InputError
from flashpoint.ingest import read_html
from flashpoint.ingest.html import article_text
from flashpoint.model import Document

PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Sanctions imposed on Iran | World Wire</title>
<meta property="og:title" content="Sanctions imposed on Iran">
<meta property="og:site_name" content="World Wire">
<link rel="canonical" href="https://wire.example/news/iran-sanctions">
<meta property="article:published_time" content="2026-02-10T08:00:00Z">
<script>var tracking = "SCRIPT-TEXT";</script>
<style>.menu { color: red } /* STYLE-TEXT */</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">NAV-SPORT</a></li></ul></nav>
<header><div class="menu">Subscribe now! HEADER-LOGIN</div></header>
<article><h1>Sanctions imposed on Iran</h1>
<p>The United States implemented new sanctions against Iran on Tuesday, officials said.</p>
<p>The measures target fourteen vessels that carried Iranian oil to China last month.</p>
<script>document.write("INLINE-SCRIPT")</script>
</article>
<footer>Copyright 2026 World Wire. FOOTER-COOKIES policy.</footer>
</body></html>
"""


def read_one(data: bytes, origin: str = "page.html") -> Document | InputError:
    items = list(read_html(data, origin))
    assert len(items) == 1
    return items[0]


def test_main_text_without_boilerplate() -> None:
    doc = read_one(PAGE.encode())
    assert isinstance(doc, Document)
    assert "implemented new sanctions against Iran" in doc.text
    assert "fourteen vessels" in doc.text
    for boilerplate in ("SCRIPT", "STYLE", "NAV-SPORT", "HEADER-LOGIN", "FOOTER-COOKIES", "<p>"):
        assert boilerplate not in doc.text


def test_title_leads_the_text_once_and_metadata_is_kept() -> None:
    doc = read_one(PAGE.encode())
    assert isinstance(doc, Document)
    assert doc.title == "Sanctions imposed on Iran"
    assert doc.text.startswith("Sanctions imposed on Iran\n\nThe United States")
    assert doc.text.count("Sanctions imposed on Iran") == 1
    assert doc.url == "https://wire.example/news/iran-sanctions"
    assert doc.date == dt.date(2026, 2, 10)
    assert doc.source == "World Wire"
    assert doc.origin == "page.html"


def test_declared_latin1_page_is_decoded_as_declared() -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body>'
        "<article><p>Le caf\xe9 de la place a ferm\xe9 apr\xe8s les manifestations de mardi "
        "\xe0 Paris, selon la pr\xe9fecture.</p></article></body></html>"
    )
    doc = read_one(page.encode("latin-1"))
    assert isinstance(doc, Document)
    assert "ferm\xe9 apr\xe8s les manifestations" in doc.text


def test_undeclared_invalid_utf8_is_an_error() -> None:
    error = read_one(b"<html><body><p>caf\xe9</p></body></html>")
    assert isinstance(error, InputError)
    assert error.reason == "not valid UTF-8 (byte offset 18)"


def test_page_without_article_text_is_an_error() -> None:
    page = (
        b"<html><head><title>Nothing</title><script>var a = 1;</script></head><body></body></html>"
    )
    error = read_one(page, "empty.html")
    assert isinstance(error, InputError)
    assert error.origin == "empty.html"
    assert error.reason.startswith("no article text found")


def test_article_text_composition() -> None:
    assert article_text(None, "Body.") == "Body."
    assert article_text("Head", "Body.") == "Head\n\nBody."
    assert article_text("Head", "Head\nBody.") == "Head\n\nBody."
    assert article_text("Head", "Head") == "Head"
