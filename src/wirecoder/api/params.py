"""Query parameters of the REST API, read into the store's ``IncidentQuery``.

Every check that the types alone cannot make (a bounding box, a date range) raises a 422 with the
same body shape FastAPI uses for its own validation errors, so clients read one format.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query

from ..model import EventType, IncidentQuery

MAX_LIMIT = 10_000  # IncidentQuery's own ceiling
MAX_TEXT = 200
_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?"
_LON = r"-?(?:180(?:\.0+)?|(?:1[0-7][0-9]|[0-9]{1,2})(?:\.[0-9]+)?)"
_LAT = r"-?(?:90(?:\.0+)?|[0-8]?[0-9](?:\.[0-9]+)?)"
# what the spec tells clients (and schemathesis): four numbers, longitudes and latitudes in range;
# the parser checks the same in steps, to say which part is wrong
BBOX_PATTERN = f"^{_LON},{_LAT},{_LON},{_LAT}$"
# an incident's or article's id in a path
ID = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")]


def invalid(where: str, name: str, message: str, value=None) -> HTTPException:
    """A 422 in FastAPI's validation-error shape: ``{"detail": [{"loc", "msg", "type"}]}``."""
    item = {"loc": [where, name], "msg": message, "type": "value_error"}
    if value is not None:
        item["input"] = value
    return HTTPException(status_code=422, detail=[item])


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    if raw is None or raw == "":
        return None
    parts = raw.split(",")
    if len(parts) != 4 or not all(re.fullmatch(_NUMBER, p) for p in parts):
        raise invalid("query", "bbox", "bbox must be four comma-separated numbers: west,south,east,north "
                      "(decimal degrees such as -3.5)", raw)
    west, south, east, north = (float(p) for p in parts)
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise invalid("query", "bbox", "bbox longitudes (west, east) must lie between -180 and 180", raw)
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise invalid("query", "bbox", "bbox latitudes (south, north) must lie between -90 and 90", raw)
    if south > north:
        raise invalid("query", "bbox", "bbox south must not be greater than north", raw)
    return west, south, east, north


# the text filters take no NUL: said in the spec (so clients and schema-driven tests know), and
# refused by _clean with a message that names it
NO_NUL = {"pattern": "^[^\\x00]*$"}


def _clean(value: str | None, name: str) -> str | None:
    """A text filter stripped, None when blank; a 422 for a NUL character, which no stored text
    holds and which SQLite's LIKE reads as the end of the pattern, matching every incident."""
    if value is None:
        return None
    if "\x00" in value:
        raise invalid("query", name, f"{name} must not contain a NUL character")
    value = value.strip()
    return value or None


def incident_filters(
    date_from: Annotated[date | None, Query(description="first day, ISO date (YYYY-MM-DD), inclusive")] = None,
    date_to: Annotated[date | None, Query(description="last day, ISO date (YYYY-MM-DD), inclusive")] = None,
    bbox: Annotated[
        str | None,
        Query(description="bounding box 'west,south,east,north' in decimal degrees, e.g. '30,40,50,55'; "
                          "south <= north; west > east is a box across the antimeridian", max_length=200,
              json_schema_extra={"pattern": BBOX_PATTERN}),
    ] = None,
    type: Annotated[
        list[EventType] | None, Query(description="event type; repeat the parameter for several (OR)")
    ] = None,
    actor: Annotated[
        str | None, Query(description="actor name or group, case-insensitive substring", max_length=MAX_TEXT, json_schema_extra=NO_NUL)
    ] = None,
    source: Annotated[
        str | None, Query(description="source name, case-insensitive substring", max_length=MAX_TEXT, json_schema_extra=NO_NUL)
    ] = None,
    country: Annotated[
        str | None,
        Query(description="ISO 3166-1 alpha-2 country code, e.g. 'RU'", pattern="^[A-Za-z]{2}$"),
    ] = None,
    q: Annotated[
        str | None, Query(description="free text searched in the evidence sentences", max_length=MAX_TEXT, json_schema_extra=NO_NUL)
    ] = None,
) -> IncidentQuery:
    """The filters shared by the list, stats and export endpoints (no paging)."""
    if date_from and date_to and date_from > date_to:
        raise invalid("query", "date_from", f"date_from ({date_from}) is after date_to ({date_to})",
                      str(date_from))
    return IncidentQuery(
        date_from=date_from,
        date_to=date_to,
        bbox=parse_bbox(bbox),
        type=list(dict.fromkeys(type or [])),
        actor=_clean(actor, "actor"),
        source=_clean(source, "source"),
        country=country.upper() if country else None,
        text=_clean(q, "q"),
    )


def paged_filters(
    filters: Annotated[IncidentQuery, Depends(incident_filters)],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="incidents per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="incidents to skip")] = 0,
) -> IncidentQuery:
    return filters.model_copy(update={"limit": limit, "offset": offset})


MAP_LIMIT = 500  # the page's markers per view


def map_filters(
    filters: Annotated[IncidentQuery, Depends(incident_filters)],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="points per page")] = MAP_LIMIT,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="points to skip")] = 0,
) -> IncidentQuery:
    return filters.model_copy(update={"limit": limit, "offset": offset})
