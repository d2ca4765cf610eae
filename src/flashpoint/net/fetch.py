"""Fetching feeds and pages over HTTP(S), carefully.

:func:`fetch` refuses anything but ``http`` and ``https`` (redirects included), stops
at ``max_bytes`` and after ``timeout`` seconds in all, ignores proxy settings, and
refuses to talk to a private, loopback, link-local or otherwise non-public address
unless ``allow_private`` is set.  The address is checked on the connected socket, after
DNS and after every redirect, so a name that resolves (or is rebound) to an internal
address is refused too.  Every failure is an :class:`~flashpoint.errors.InputError`
naming the URL.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from typing import Any

from flashpoint._version import __version__
from flashpoint.errors import InputError
from flashpoint.ingest import read_bytes, sniff_kind
from flashpoint.model import Document

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = f"flashpoint/{__version__}"
_CHUNK = 64 * 1024


def is_url(value: str) -> bool:
    """Whether a command-line input names a web address rather than a path."""
    return value.lower().startswith(("http://", "https://"))


class _RefusedError(OSError):
    """Raised inside a connection to a non-public address (urllib wraps it in URLError)."""


def public_address(address: str) -> bool:
    """Whether an IP address is on the public internet (not private, loopback,
    link-local, multicast, reserved or unspecified)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _check_peer(sock: socket.socket | None) -> None:
    if sock is None:
        return
    peer = sock.getpeername()[0]
    if not public_address(peer):
        sock.close()
        raise _RefusedError(f"{peer} is a private or loopback address; refused (--allow-private)")


class _PublicHTTPConnection(http.client.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _check_peer(self.sock)


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    def connect(self) -> None:
        super().connect()  # the TLS handshake sends no request data
        _check_peer(self.sock)


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_PublicHTTPConnection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_PublicHTTPSConnection, req, context=ssl.create_default_context())


def _opener(allow_private: bool) -> urllib.request.OpenerDirector:
    """HTTP and HTTPS only (no file:, ftp: or data: even after a redirect), no proxies."""
    opener = urllib.request.OpenerDirector()
    handlers: list[Any] = [
        urllib.request.ProxyHandler({}),
        urllib.request.HTTPHandler() if allow_private else _PublicHTTPHandler(),
        urllib.request.HTTPSHandler() if allow_private else _PublicHTTPSHandler(),
        urllib.request.HTTPRedirectHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.UnknownHandler(),
    ]
    for handler in handlers:
        opener.add_handler(handler)
    return opener


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = False,
) -> bytes:
    """The body at ``url``; raises :class:`InputError` for anything that goes wrong."""
    if not is_url(url):
        raise InputError(url, "not an http:// or https:// address")
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with _opener(allow_private).open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(url, f"response of {length} bytes is over the {max_bytes} limit")
            return _read_capped(response, url, max_bytes, deadline)
    except urllib.error.HTTPError as error:
        raise InputError(url, f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        text = str(reason) if isinstance(reason, _RefusedError) else f"cannot fetch: {reason}"
        raise InputError(url, text) from None
    except TimeoutError:
        raise InputError(url, f"no answer within {timeout:g} s") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise InputError(url, f"cannot fetch: {error}") from None


def _read_capped(response: Any, url: str, max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, f"response is over the {max_bytes}-byte limit")
        if time.monotonic() > deadline:
            raise InputError(url, "took too long to download; refused")
        chunks.append(chunk)
    return b"".join(chunks)


def read_url(
    url: str,
    *,
    default_date: date | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = False,
) -> Iterator[Document | InputError]:
    """The documents at ``url`` (a feed gives one per item, a page one), or why not."""
    try:
        data = fetch(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    except InputError as error:
        yield error
        return
    for item in read_bytes(data, url, sniff_kind(data)):
        if isinstance(item, Document) and item.date is None:
            item.date = default_date
        yield item
