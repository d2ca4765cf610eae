"""The HTTP API and the web dashboard: ``create_app(db_path)`` gives the ASGI app that
``flashpoint serve`` runs with uvicorn.  Every endpoint calls a function of
:mod:`flashpoint.monitor`; the dashboard (``static/``) reads the same JSON."""

from __future__ import annotations

from flashpoint.api.app import DEFAULT_MAX_BODY, TOKEN_VARIABLE, create_app

__all__ = ["DEFAULT_MAX_BODY", "TOKEN_VARIABLE", "create_app"]
