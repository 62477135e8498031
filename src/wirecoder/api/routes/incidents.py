"""``/api/incidents``: pages of incidents matching filters, and one incident with its claims."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

from ...model import IncidentDetail, IncidentPage, IncidentQuery
from ..app_state import AppStore
from ..params import ID, paged_filters
from ..responses import ERROR, READ_ERRORS, json_response, page_response

router = APIRouter(tags=["incidents"])


@router.get("/api/incidents", response_model=IncidentPage, responses=READ_ERRORS,
            summary="List incidents matching the filters, newest first")
def list_incidents(
    store: AppStore,
    query: Annotated[IncidentQuery, Depends(paged_filters)],
    events: Annotated[bool, Query(description="include each incident's events (large)")] = False,
):
    if events:
        return json_response(store.incidents(query, events=True))
    # the stored records as they are: parsing and re-writing fifty of them per page is most of
    # the cost of a list request
    return page_response(*store.incidents_json(query))


@router.get("/api/incidents/{incident_id}", response_model=IncidentDetail,
            responses={**READ_ERRORS, 404: {**ERROR, "description": "no such incident"},
                       308: {"description": "the incident was folded into another: its URL"}},
            summary="One incident with every source's claim per field and its articles")
def get_incident(request: Request, store: AppStore, incident_id: ID):
    detail = store.incident(incident_id)
    if detail is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    if detail.incident.id != incident_id:
        # folded into another incident when a later report tied them: a permanent move
        return RedirectResponse(request.url_for("get_incident", incident_id=detail.incident.id), status_code=308)
    return json_response(detail)
