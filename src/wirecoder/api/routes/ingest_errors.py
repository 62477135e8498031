"""``/api/errors``: the records the store could not read or process."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ...model import IngestError
from ..app_state import AppStore
from ..responses import READ_ERRORS, json_list_response

router = APIRouter(tags=["articles"])


@router.get("/api/errors", response_model=list[IngestError], responses=READ_ERRORS,
            summary="Records the store could not read or process")
def errors(store: AppStore, limit: Annotated[int, Query(ge=1, le=1000)] = 100):
    return json_list_response(store.errors(limit=limit))
