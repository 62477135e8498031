"""wirecoder's REST API and web page: ``create_app(store_url)`` gives the FastAPI application.

Endpoints live under ``/api/`` (the OpenAPI spec is at ``/openapi.json``); the web page is served
at ``/`` from ``wirecoder.web``. ``wirecoder serve`` runs it with uvicorn.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
