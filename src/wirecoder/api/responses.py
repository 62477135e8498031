"""What the endpoints answer with: records written with pydantic's own JSON encoder (rather than
re-validated on the way out), and the documented error bodies."""

from __future__ import annotations

from fastapi import Response
from pydantic import BaseModel


class ErrorMessage(BaseModel):
    detail: str


ERROR = {"model": ErrorMessage}
READ_ERRORS = {401: {**ERROR, "description": "a read token is set on this server and was missing or wrong"},
               503: {**ERROR, "description": "the store cannot be read"}}


def json_response(record: BaseModel, status: int = 200) -> Response:
    return Response(record.model_dump_json(), status_code=status, media_type="application/json")


def json_list_response(records: list[BaseModel]) -> Response:
    body = "[" + ",".join(r.model_dump_json() for r in records) + "]"
    return Response(body, media_type="application/json")


def page_response(total: int, items: list[str]) -> Response:
    """A page (``IncidentPage``, ``MapPage``) from its items' JSON as the store holds it."""
    return Response(f'{{"total":{total},"items":[{",".join(items)}]}}', media_type="application/json")
