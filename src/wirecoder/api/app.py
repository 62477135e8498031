"""The FastAPI application: thin endpoints over the store, the pipeline and the exports.

Every response body is a record of ``wirecoder.model`` (so the OpenAPI spec is typed), written
with pydantic's own JSON encoder rather than re-validated on the way out.
"""

from __future__ import annotations

import enum
import threading
from contextlib import asynccontextmanager
from importlib import resources
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel

from .. import __version__, settings
from ..errors import ConfigError, ExportError, InputError, StoreError, TooLargeError, WirecoderError
from ..export import FORMATS
from ..model import (
    Article,
    ArticleDetail,
    IncidentDetail,
    IncidentPage,
    IncidentQuery,
    IngestError,
    MapPage,
    StatBucket,
)
from .params import MAX_LIMIT, incident_filters, map_filters, paged_filters
from .security import LimitAndHeaders, require_read, require_write


class ErrorMessage(BaseModel):
    detail: str


ExportFormat = enum.StrEnum("ExportFormat", {name: name for name in FORMATS})
StatsBy = Literal["day", "type", "country"]
ID = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")]

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

_ERR = {"model": ErrorMessage}
READ_ERRORS = {401: {**_ERR, "description": "a read token is set on this server and was missing or wrong"},
               503: {**_ERR, "description": "the store cannot be read"}}


def _json(record: BaseModel, status: int = 200) -> Response:
    return Response(record.model_dump_json(), status_code=status, media_type="application/json")


def _json_list(records: list[BaseModel]) -> Response:
    body = "[" + ",".join(r.model_dump_json() for r in records) + "]"
    return Response(body, media_type="application/json")


class _StoreHolder:
    """The app's store: opened with the app, closed at shutdown, opened again if the app is started
    again (test clients run the lifespan once per use). A store passed in is never closed here."""

    def __init__(self, url: str | None, store=None):
        self.url, self.store, self.owned = url, store, store is None
        self.lock = threading.Lock()

    def get(self):
        store = self.store
        if store is None:
            with self.lock:
                if self.store is None:
                    from ..store import open_store

                    self.store = open_store(self.url)
                store = self.store
        return store

    def close(self) -> None:
        with self.lock:
            if self.owned and self.store is not None:
                self.store.close()
                self.store = None

    def __getattr__(self, name):  # store.incidents(...) and friends
        return getattr(self.get(), name)


def create_app(store_url: str | None = None, *, token: str | None = None, read_token: str | None = None,
               store=None, max_request_bytes: int | None = None) -> FastAPI:
    """The REST API and the web page over the store at ``store_url`` (default: setting ``db``).

    ``token`` / ``read_token`` / ``max_request_bytes`` override the settings of the same names;
    ``store`` passes an already open Store (the app then leaves closing it to the caller).
    """
    holder = _StoreHolder(store_url, store)
    holder.get()  # a store that cannot be opened fails here, not at the first request

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        holder.close()

    app = FastAPI(
        title="wirecoder",
        version=__version__,
        summary="Conflict and terrorism incidents coded from the news, with every source's claim.",
        docs_url=None,  # Swagger UI loads from a CDN; the spec is at /openapi.json
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = holder
    store = holder
    app.state.token = settings.get("token", token)
    app.state.read_token = settings.get("read_token", read_token)
    limit = int(settings.get("max_request_bytes", max_request_bytes))
    app.add_middleware(LimitAndHeaders, max_bytes=limit)

    # ------------------------------------------------------------------ errors

    @app.exception_handler(TooLargeError)
    async def too_large(request: Request, exc: TooLargeError):
        return JSONResponse({"detail": str(exc)}, status_code=413)

    @app.exception_handler(InputError)
    @app.exception_handler(ConfigError)
    @app.exception_handler(ExportError)
    async def unprocessable(request: Request, exc: WirecoderError):
        return JSONResponse({"detail": [{"loc": ["body"], "msg": str(exc), "type": type(exc).__name__}]},
                            status_code=422)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return JSONResponse({"detail": f"store error: {exc}"}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError):
        # FastAPI's shape, minus the echo of huge inputs and the non-JSON ctx objects
        items = []
        for err in exc.errors():
            item = {"loc": list(err.get("loc", ())), "msg": err.get("msg", "invalid value"),
                    "type": err.get("type", "value_error")}
            value = err.get("input")
            if isinstance(value, (str, int, float, bool)) and len(str(value)) <= 200:
                item["input"] = value
            items.append(item)
        return JSONResponse({"detail": items}, status_code=422)

    # reads are open unless a read token is set; only then do they carry the bearer scheme in the spec
    read = [Depends(require_read)] if app.state.read_token else []

    # ------------------------------------------------------------------ reads

    @app.get("/api/incidents", response_model=IncidentPage, dependencies=read, responses=READ_ERRORS,
             tags=["incidents"], summary="List incidents matching the filters, newest first")
    def list_incidents(
        query: Annotated[IncidentQuery, Depends(paged_filters)],
        events: Annotated[bool, Query(description="include each incident's events (large)")] = False,
    ):
        if events:
            return _json(store.incidents(query, events=True))
        # the stored records as they are: parsing and re-writing fifty of them per page is most of
        # the cost of a list request
        total, items = store.incidents_json(query)
        return Response(f'{{"total":{total},"items":[{",".join(items)}]}}', media_type="application/json")

    @app.get("/api/map", response_model=MapPage, dependencies=read, responses=READ_ERRORS, tags=["incidents"],
             summary="Incidents with coordinates matching the filters, newest first, as map points")
    def map_points(query: Annotated[IncidentQuery, Depends(map_filters)]):
        total, items = store.points_json(query)  # the points' JSON as the store's map index holds it
        return Response(f'{{"total":{total},"items":[{",".join(items)}]}}', media_type="application/json")

    @app.get("/api/incidents/{incident_id}", response_model=IncidentDetail, dependencies=read,
             responses={**READ_ERRORS, 404: {**_ERR, "description": "no such incident"}}, tags=["incidents"],
             summary="One incident with every source's claim per field and its articles")
    def get_incident(incident_id: ID):
        detail = store.incident(incident_id)
        if detail is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        return _json(detail)

    @app.get("/api/articles/{article_id}", response_model=ArticleDetail, dependencies=read,
             responses={**READ_ERRORS, 404: {**_ERR, "description": "no such article"}}, tags=["articles"],
             summary="One article with its events (spans index the article text)")
    def get_article(article_id: ID):
        detail = store.article(article_id)
        if detail is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return _json(detail)

    @app.get("/api/stats/{by}", response_model=list[StatBucket], dependencies=read, responses=READ_ERRORS,
             tags=["stats"], summary="Incidents, killed and injured per day, type or country")
    def stats(by: StatsBy, query: Annotated[IncidentQuery, Depends(incident_filters)]):
        return _json_list(store.stats(by, query))

    @app.get("/api/errors", response_model=list[IngestError], dependencies=read, responses=READ_ERRORS,
             tags=["articles"], summary="Records the store could not read or process")
    def errors(limit: Annotated[int, Query(ge=1, le=1000)] = 100):
        return _json_list(store.errors(limit=limit))

    export_content = {MEDIA_TYPES.get(name, "application/octet-stream").split(";")[0]: {} for name in FORMATS}

    @app.get("/api/export/{fmt}", dependencies=read, tags=["export"],
             responses={**READ_ERRORS, 200: {"content": export_content, "description": "the file"},
                        422: {"description": "bad parameters, or the format cannot be written here"}},
             summary="Incidents matching the filters in one of the export formats")
    def export(
        fmt: ExportFormat,
        query: Annotated[IncidentQuery, Depends(incident_filters)],
        limit: Annotated[int, Query(ge=1, le=1_000_000, description="most incidents to export")] = 100_000,
    ):
        from ..export import render

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

    # ------------------------------------------------------------------ writes

    @app.post("/api/articles", response_model=ArticleDetail, status_code=201, tags=["articles"],
              dependencies=[Depends(require_write)],
              summary="Extract incidents from one article and store them",
              responses={
                  200: {"model": ArticleDetail, "description": "the article was already stored"},
                  400: {**_ERR, "description": "the body cannot be decoded"},
                  401: {**_ERR, "description": "missing or wrong token"},
                  413: {**_ERR, "description": "the request or the article text is too large"},
                  503: {**_ERR, "description": "the store cannot be written"},
              })
    def post_article(article: Article):
        from ..pipeline import extract_article, make_article

        made = make_article(article.text, published=article.published, source=article.source,
                            url=article.url, title=article.title)
        made = made.model_copy(update={"origin": article.origin or "api", "language": article.language})
        if store.has_article(made.id):
            existing = store.article(made.id)
            if existing is not None:
                return _json(existing, 200)
        result = extract_article(made)
        store.add([result])
        detail = store.article(made.id)
        if detail is None:  # pragma: no cover - the store just took it
            raise StoreError(f"article {made.id} was not stored")
        return _json(detail, 201)

    # ------------------------------------------------------------------ the web page

    static = resources.files("wirecoder.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(str(static / "index.html"), media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    return app
