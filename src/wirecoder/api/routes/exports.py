"""``/api/export/{fmt}``: the incidents matching filters as a file in one of the export formats."""

from __future__ import annotations

import enum
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from ...export import FORMATS
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

router = APIRouter(tags=["export"])


@router.get("/api/export/{fmt}",
            responses={**READ_ERRORS, 200: {"content": _CONTENT, "description": "the file"},
                       422: {"description": "bad parameters, or the format cannot be written here"}},
            summary="Incidents matching the filters in one of the export formats")
def export(
    store: AppStore,
    fmt: ExportFormat,
    query: Annotated[IncidentQuery, Depends(incident_filters)],
    limit: Annotated[int, Query(ge=1, le=1_000_000, description="most incidents to export")] = 100_000,
):
    from ...export import render

    incidents, offset = [], 0
    while len(incidents) < limit:
        page = store.incidents(query.model_copy(update={"limit": min(MAX_LIMIT, limit - len(incidents)),
                                                        "offset": offset}))
        incidents.extend(page.items)
        offset += len(page.items)
        if not page.items or offset >= page.total:
            break
    spec = FORMATS[fmt.value]
    rendered = render(incidents, spec.name)
    headers = {
        "Content-Disposition": f'attachment; filename="incidents{spec.suffix}"',
        "X-Written": str(rendered.written),
        "X-Omitted": str(rendered.omitted),
    }
    return Response(rendered.data, media_type=MEDIA_TYPES.get(spec.name, "application/octet-stream"),
                    headers=headers)
