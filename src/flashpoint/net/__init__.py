"""Reading from the network: feeds and pages over HTTP(S), fetched with care.

``read_url(url)`` yields documents and errors like the readers of
:mod:`flashpoint.ingest`; ``fetch(url)`` is the guarded download underneath.
"""

from flashpoint.net.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch, is_url, read_url

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "fetch", "is_url", "read_url"]
