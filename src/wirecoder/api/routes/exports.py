"""``/api/export/{fmt}``: the incidents matching filters as a file in one of the export formats,
streamed: the store is read a page at a time as the client takes the body, so one export holds a
page and a record in memory (a Parquet row group), whatever its size, and its first byte leaves at
once. ``export_max_incidents`` caps how many one request writes."""

from __future__ import annotations

import enum
from itertools import islice
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from ...export import FORMATS, stream
from ...model import IncidentQuery
from ..app_state import AppStore
from ..params import MAX_LIMIT, incident_filters
from ..responses import READ_ERRORS

ExportFormat = enum.StrEnum("ExportFormat", {name: name for name in FORMATS})

MEDIA_TYPES = {
    "json": "application/json",
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "acled": "text/csv; charset=utf-8",
    "gtd": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
    "muc4": "text/plain; charset=utf-8",
}
_CONTENT = {MEDIA_TYPES.get(name, "application/octet-stream").split(";")[0]: {} for name in FORMATS}

PAGE_SIZE = min(MAX_LIMIT, 1000)  # incidents read from the store at a time

router = APIRouter(tags=["export"])


@router.get("/api/export/{fmt}",
            responses={**READ_ERRORS, 200: {"content": _CONTENT, "description": "the file"},
                       422: {"description": "bad parameters, or the format cannot be written here"}},
            summary="Incidents matching the filters in one of the export formats")
def export(
    request: Request,
    store: AppStore,
    fmt: ExportFormat,
    query: Annotated[IncidentQuery, Depends(incident_filters)],
    limit: Annotated[int | None, Query(ge=1, le=1_000_000, description=(
        "most incidents to export; default and ceiling the export_max_incidents setting (100,000 unless set)"))] = None,
):
    cap = request.app.state.config.export_max_incidents
    spec = FORMATS[fmt.value]
    # the written and left-out counts are only known once the body is sent, so no X-Written header
    # any more; the read pool is taken for one page at a time, never across a yield to the client
    incidents = islice(store.iter_incidents(query, page_size=PAGE_SIZE), min(cap, limit or cap))
    headers = {"Content-Disposition": f'attachment; filename="incidents{spec.suffix}"'}
    return StreamingResponse(stream(incidents, spec.name), media_type=MEDIA_TYPES.get(spec.name, "application/octet-stream"),
                             headers=headers)
