"""The FastAPI application: the routers of ``api.routes`` (one per resource, thin endpoints over
the store, the pipeline and the exports), the error handlers and the web page, over one store.

Every response body is a record of ``wirecoder.model`` (so the OpenAPI spec is typed), written
with pydantic's own JSON encoder rather than re-validated on the way out.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..config import Config
from ..pipeline import Coder
from ..store import Store
from .app_state import StoreHolder
from .error_handlers import add_error_handlers
from .routes import articles, exports, incidents, ingest_errors, map_points, stats, web
from .security import LimitAndHeaders, require_read

READ_ROUTERS = (incidents.router, map_points.router, articles.router, stats.router, ingest_errors.router, exports.router)


def create_app(store_url: str | None = None, *, config: Config | None = None, token: str | None = None,
               read_token: str | None = None, store: Store | None = None,
               max_request_bytes: int | None = None) -> FastAPI:
    """The REST API and the web page over the store at ``store_url`` (default: setting ``db``).

    The app owns ``config`` (default: the environment's, as ``wirecoder serve`` workers need);
    ``token`` / ``read_token`` / ``max_request_bytes`` override its settings of the same names;
    ``store`` passes an already open Store (the app then leaves closing it to the caller).
    """
    if config is None:
        from ..settings import load_config

        config = load_config()
    config = config.replace(token=token, read_token=read_token, max_request_bytes=max_request_bytes)
    holder = StoreHolder(store_url, config, store)
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
    app.state.config = config
    app.state.token = config.token.get_secret_value() if config.token else None
    app.state.read_token = config.read_token.get_secret_value() if config.read_token else None
    app.state.coder = Coder(config)
    # one article is parsed at a time per server process: each parse may take max_parse_chars'
    # memory (about 420 MB per 100,000 characters), so concurrent POSTs queue rather than add up
    app.state.parse_slot = threading.Lock()
    app.add_middleware(LimitAndHeaders, max_bytes=config.max_request_bytes)
    add_error_handlers(app)

    # reads are open unless a read token is set; only then do they carry the bearer scheme in the spec
    read = [Depends(require_read)] if app.state.read_token else []
    for router in READ_ROUTERS:
        app.include_router(router, dependencies=read)
    app.include_router(articles.writes)
    app.mount("/static", StaticFiles(directory=str(web.STATIC)), name="static")
    app.include_router(web.router)
    return app
