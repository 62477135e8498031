"""How wirecoder's errors and FastAPI's validation errors become HTTP responses."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from ..errors import ConfigError, ExportError, InputError, StoreError, TooLargeError, WirecoderError

LOG = logging.getLogger("wirecoder.api")


async def too_large(request: Request, exc: TooLargeError):
    return JSONResponse({"detail": str(exc)}, status_code=413)


async def unprocessable(request: Request, exc: WirecoderError):
    return JSONResponse({"detail": [{"loc": ["body"], "msg": str(exc), "type": type(exc).__name__}]},
                        status_code=422)


async def store_error(request: Request, exc: StoreError):
    # the cause names the store's path or URL and the database's own words: the operator reads them
    # in the server's log, a client learns only that the store failed it
    LOG.error("%s %s: %s", request.method, request.url.path, exc)
    done = "written" if request.method in {"POST", "PUT", "PATCH", "DELETE"} else "read"
    return JSONResponse({"detail": f"store error: the store could not be {done}; the server's log has the cause"},
                        status_code=503)


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


async def validation(request: Request, exc: RequestValidationError):
    # FastAPI's shape, minus the echo of huge inputs and the non-JSON ctx objects
    items = []
    for err in exc.errors():
        item = {"loc": list(err.get("loc", ())), "msg": err.get("msg", "invalid value"),
                "type": err.get("type", "value_error")}
        value = err.get("input")
        # a string that is not valid Unicode (a lone surrogate) cannot be echoed in a JSON body
        if isinstance(value, (str, int, float, bool)) and len(str(value)) <= 200 and not _has_surrogate(str(value)):
            item["input"] = value
        items.append(item)
    return JSONResponse({"detail": items}, status_code=422)


def add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(TooLargeError, too_large)
    for bad_input in (InputError, ConfigError, ExportError):
        app.add_exception_handler(bad_input, unprocessable)
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(RequestValidationError, validation)
