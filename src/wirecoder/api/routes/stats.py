"""``/api/stats/{by}``: incidents, killed and injured per day, type or country."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends

from ...model import IncidentQuery, StatBucket
from ..app_state import AppStore
from ..params import incident_filters
from ..responses import READ_ERRORS, json_list_response

StatsBy = Literal["day", "type", "country"]

router = APIRouter(tags=["stats"])


@router.get("/api/stats/{by}", response_model=list[StatBucket], responses=READ_ERRORS,
            summary="Incidents, killed and injured per day, type or country")
def stats(store: AppStore, by: StatsBy, query: Annotated[IncidentQuery, Depends(incident_filters)]):
    return json_list_response(store.stats(by, query))
