"""The incident store: extraction results in, incidents across articles out.

    from wirecoder.store import open_store
    with open_store("wirecoder.db") as store:        # or None (setting db), or postgresql://...
        summary = store.add(results)                  # ExtractionResult | IngestError, any iterable
        page = store.incidents(IncidentQuery(country="RU"))

One writer: every write goes through the store's single writer thread, one transaction per
``add`` call (so a crash loses at most the call in progress and never half of it); readers run
concurrently on their own connections. ``add`` is idempotent on ``Article.id`` (a content hash):
an article already stored is skipped. Each new article's incidents are resolved against the
stored ones by ``wirecoder.incidents.resolve`` (blocking here on a date window and the country,
scoring there) and a matched incident is rebuilt from the union of its events, its claims and
conflicts rewritten. Tables are made and migrated by Alembic when the store is opened.

``Store`` is the one public class: the write path is ``store.writer``, the queries ``store.reads``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Self, TypeVar

from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from ..config import Config
from ..errors import StoreError
from ..model import (
    ArticleDetail,
    ExtractionResult,
    IncidentDetail,
    IncidentPage,
    IncidentQuery,
    IngestError,
    MapPage,
    StatBucket,
    StoreSummary,
)
from . import reads, writer
from .engine import Engines, make_engines, migrate, normalise_url
from .reads import StatsBy

__all__ = ["Store", "normalise_url", "open_store"]

T = TypeVar("T")


def open_store(url: str | None = None, config: Config | None = None) -> Store:
    """Open (creating and migrating where needed) the store at ``url``: None for the ``db``
    setting of ``config``, a path or ``sqlite:///path`` for a SQLite file, ``postgresql://...`` for PostgreSQL."""
    return Store(url, config)


class Store:
    """See the module docstring. Thread-safe; use as a context manager or call ``close``.

    The store owns the configuration it runs under (the merge rules and the headline rule that
    cross-article resolution applies, the SQLite memory map); ``url`` None means ``config.db``."""

    def __init__(self, url: str | None = None, config: Config | None = None):
        self.config = config or Config()
        self._engines: Engines = make_engines(url or self.config.db, sqlite_mmap_mb=self.config.sqlite_mmap_mb,
                                              pg_connect_timeout_s=self.config.pg_connect_timeout_s)
        self.url = self._engines.url
        self.dialect = self._engines.dialect
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirecoder-store-writer")
        self._closed = False
        self._close_lock = threading.Lock()
        self._map_index = reads.MapIndexCache()
        try:
            self.revision = self._write(lambda: migrate(self._engines))
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ plumbing

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def close(self) -> None:
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
        self._writer.shutdown(wait=True)
        self._engines.dispose()

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"store {self.url} is closed")

    def _write(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the one writer thread and wait for it."""
        self._check_open()
        return self._writer.submit(fn).result()

    def _read(self, fn: Callable[[Connection], T]) -> T:
        self._check_open()

        def run() -> T:
            try:
                with self._engines.read.connect() as conn:
                    return fn(conn)
            except SQLAlchemyError as exc:
                raise StoreError(f"store {self.url}: read failed: {type(exc).__name__}: {exc}") from None

        # an in-memory SQLite store has one connection: its reads queue behind the writer too
        return self._write(run) if self._engines.memory else run()

    # ------------------------------------------------------------------ writing

    def add(self, results: Iterable[ExtractionResult | IngestError]) -> StoreSummary:
        """Store extraction results and ingest errors in one transaction, resolving each new
        article's incidents against the stored ones. Articles already stored are skipped."""
        self._check_open()
        items = list(results)
        for item in items:
            if not isinstance(item, (ExtractionResult, IngestError)):
                raise StoreError(f"store.add takes ExtractionResult or IngestError records, got {type(item).__name__}")
        return self._write(lambda: writer.write_batch(self._engines, items, self.config))

    # ------------------------------------------------------------------ reading

    def has_article(self, article_id: str) -> bool:
        return self._read(lambda conn: reads.has_article(conn, article_id))

    def known_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Which of ``article_ids`` are stored (one query per 500 ids)."""
        ids = list(dict.fromkeys(article_ids))
        return self._read(lambda conn: reads.known_articles(conn, ids)) if ids else set()

    def incidents(self, query: IncidentQuery | None = None, *, events: bool = True) -> IncidentPage:
        """One page of incidents matching ``query``, newest first (undated last); ``total``
        counts every match. ``events=False`` leaves each incident's events out (lighter)."""
        return self._read(lambda conn: reads.incidents(conn, query or IncidentQuery(), events))

    def incidents_json(self, query: IncidentQuery | None = None) -> tuple[int, list[str]]:
        """``incidents(query, events=False)`` as the JSON of each Incident, straight from the
        store (no parsing, for callers that pass the records on), and the count of every match."""
        return self._read(lambda conn: reads.incidents_json(conn, query or IncidentQuery()))

    def points(self, query: IncidentQuery | None = None) -> MapPage:
        """Incidents with coordinates that match ``query``, newest first, as map points, with how
        many match in all."""
        total, items = self.points_json(query)
        return MapPage.model_validate_json(f'{{"total":{total},"items":[{",".join(items)}]}}')

    def points_json(self, query: IncidentQuery | None = None) -> tuple[int, list[str]]:
        """``points(query)`` as the JSON of each MapPoint, for callers that pass them on. Box,
        type, country and date queries are answered by the in-memory map index
        (``store.map_index``), refreshed when the store has changed; text filters go to SQL."""
        return self._read(lambda conn: reads.points_json(conn, query or IncidentQuery(), self._map_index))

    def iter_incidents(self, query: IncidentQuery | None = None, page_size: int = 1000):
        """Every incident matching ``query`` (its limit and offset ignored), page by page."""
        query = (query or IncidentQuery()).model_copy(update={"limit": page_size, "offset": 0})
        while True:
            page = self.incidents(query)
            yield from page.items
            if len(page.items) < page_size:
                return
            query = query.model_copy(update={"offset": query.offset + page_size})

    def incident(self, incident_id: str) -> IncidentDetail | None:
        """The incident and its evidence; the id of one folded into another gives that other (its
        ``incident.id`` tells which), so ids once handed out keep leading to their reports."""
        return self._read(lambda conn: reads.incident(conn, incident_id))

    def article(self, article_id: str) -> ArticleDetail | None:
        return self._read(lambda conn: reads.article(conn, article_id))

    def stats(self, by: StatsBy, query: IncidentQuery | None = None) -> list[StatBucket]:
        """Incidents and headline killed/injured per day, type or country, for ``query``'s
        filters (its limit and offset ignored). Undated or unplaced incidents have no day or
        country bucket."""
        column = reads.stats_column(by)
        return self._read(lambda conn: reads.stats(conn, column, query or IncidentQuery()))

    def errors(self, limit: int = 100) -> list[IngestError]:
        """The most recent ingest errors, newest first (each distinct origin and reason once)."""
        return self._read(lambda conn: reads.errors(conn, limit))

    def counts(self) -> dict[str, int]:
        """Rows per table: a quick look at what the store holds."""
        return self._read(reads.counts)
