"""``/api/map``: incidents with coordinates as map points, answered from the store's map index."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from ...model import IncidentQuery, MapPage
from ..app_state import AppStore
from ..params import map_filters
from ..responses import READ_ERRORS, page_response

router = APIRouter(tags=["incidents"])


@router.get("/api/map", response_model=MapPage, responses=READ_ERRORS,
            summary="Incidents with coordinates matching the filters, newest first, as map points")
def map_points(store: AppStore, query: Annotated[IncidentQuery, Depends(map_filters)]):
    return page_response(*store.points_json(query))  # the points' JSON as the store's map index holds it
