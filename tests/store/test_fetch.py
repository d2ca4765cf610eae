"""Fetching over HTTP: a real server on loopback, in a thread."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flashpoint import Document, InputError
from flashpoint.net import fetch, read_url
from flashpoint.net.fetch import public_address

FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><title>Iran and Oman hold talks</title><link>https://news.example/1</link>
<description>Envoys from Iran and Oman held talks in Muscat on Tuesday.</description>
<pubDate>Tue, 10 Feb 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"""


def test_loopback_is_refused_unless_allowed(serve: Callable[..., str]) -> None:
    base = serve({"/feed.xml": (200, "application/rss+xml", FEED)})
    with pytest.raises(InputError, match="private or loopback"):
        fetch(base + "/feed.xml")
    assert fetch(base + "/feed.xml", allow_private=True) == FEED


def test_a_redirect_to_loopback_is_refused_too(serve: Callable[..., str]) -> None:
    target = serve({"/feed.xml": (200, "application/rss+xml", FEED)})
    # A name that resolves to loopback is checked on the connected socket as well.
    base = serve({"/go": (302, target.replace("127.0.0.1", "localhost") + "/feed.xml", b"")})
    with pytest.raises(InputError, match="private or loopback"):
        fetch(base.replace("127.0.0.1", "localhost") + "/go")
    assert fetch(base + "/go", allow_private=True) == FEED


def test_size_cap_timeout_and_http_errors(serve: Callable[..., str]) -> None:
    base = serve(
        {"/big": (200, "text/plain", b"x" * 5000), "/slow": (200, "text/plain", b"late")},
        {"/slow": 2.0},
    )
    with pytest.raises(InputError, match="over the 1000"):
        fetch(base + "/big", allow_private=True, max_bytes=1000)
    with pytest.raises(InputError, match=r"within 0\.3 s|timed out"):
        fetch(base + "/slow", allow_private=True, timeout=0.3)
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(base + "/missing", allow_private=True)


def test_only_http_and_https(serve: Callable[..., str]) -> None:
    with pytest.raises(InputError, match="not an http"):
        fetch("file:///etc/passwd")
    base = serve({"/go": (302, "file:///etc/passwd", b"")})
    with pytest.raises(InputError):
        fetch(base + "/go", allow_private=True)


def test_read_url_yields_feed_items(serve: Callable[..., str]) -> None:
    base = serve({"/feed.xml": (200, "application/rss+xml", FEED)})
    items = list(read_url(base + "/feed.xml", allow_private=True))
    assert len(items) == 1 and isinstance(items[0], Document)
    assert items[0].url == "https://news.example/1" and items[0].source == "Test Wire"
    refused = list(read_url(base + "/feed.xml"))
    assert len(refused) == 1 and isinstance(refused[0], InputError)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("fe80::1%eth0", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
    ],
)
def test_public_address(address: str, public: bool) -> None:
    assert public_address(address) is public
