"""The web page at ``/`` and its static files (from ``wirecoder.web``), outside the API spec."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC = resources.files("wirecoder.web") / "static"

router = APIRouter(include_in_schema=False)


@router.get("/")
def index():
    return FileResponse(str(STATIC / "index.html"), media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})
