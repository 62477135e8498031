"""Corpus runs: files, folders and feeds in, a store of incidents out.

``ingest(paths, db=...)`` reads every article (``wirecoder.ingest``), skips those already stored
(by content hash, checked before anything is parsed), extracts the rest (``extract_many``) and
writes them to the store batch by batch, one transaction per batch: a run killed at any point
keeps every batch it committed and stores nothing twice when it is run again.

With ``workers=N`` the parse and extraction run on a local Dask cluster of N processes (each
loads the spaCy model once and keeps it), with ``scheduler="tcp://host:port"`` on an existing
cluster. Either way resolution and writes stay in this process, in input order, so the store
ends up exactly as a single-process run leaves it.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from .config import Config
from .errors import ConfigError
from .model import Article, ExtractionResult, IngestError, StoreSummary

__all__ = ["BatchProgress", "extract_batch", "ingest"]

Item = Article | IngestError


@dataclass
class BatchProgress:
    """What a run has done so far, handed to the ``progress`` callback after every batch."""

    documents: int = 0  # articles and bad records read
    summary: StoreSummary = field(default_factory=StoreSummary)
    new_errors: list[IngestError] = field(default_factory=list)  # the errors of the last batch
    # what the last batch's stored articles were warned of ("only the first 100,000 characters ..."), by origin
    new_warnings: list[tuple[str, str]] = field(default_factory=list)


def extract_batch(articles: list[Article], config: Config) -> list[ExtractionResult | IngestError]:
    """Extract one batch of articles (runs on a Dask worker, or here) under ``config``, which
    travels with the task. The spaCy model is loaded once per process and kept."""
    from .pipeline import Coder

    return list(Coder(config).extract_many(articles, batch_size=max(1, len(articles))))


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _with_defaults(items: Iterable[Item], published: date | None) -> Iterator[Item]:
    for item in items:
        if published is not None and isinstance(item, Article) and item.published is None:
            item = item.model_copy(update={"published": published})
        yield item


def _add(total: StoreSummary, part: StoreSummary) -> None:
    for name in StoreSummary.model_fields:
        setattr(total, name, getattr(total, name) + getattr(part, name))


class _Dask:
    """A Dask client on a local cluster of ``workers`` processes or on ``scheduler``."""

    def __init__(self, workers: int | None, scheduler: str | None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
            raise ConfigError(f"--workers/--scheduler need dask[distributed]: {exc}") from None
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="10s")
            else:
                self.cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = scheduler or f"a local cluster of {workers} workers"
            raise ConfigError(f"cannot reach Dask scheduler {where}: {exc}") from None
        self.size = max(1, len(self.client.scheduler_info().get("workers", {})) or (workers or 1))

    def submit(self, articles: list[Article], config: Config):
        return self.client.submit(extract_batch, articles, config, pure=False)

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()


def ingest(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    *,
    store=None,
    db: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    published: date | str | None = None,
    source: str | None = None,
    batch_size: int | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
    config: Config | None = None,
) -> StoreSummary:
    """Read, extract and store every article under ``paths``; returns what was done.

    ``store`` is an open ``Store`` (kept open; its configuration is the run's), else ``db`` is
    opened under ``config`` (None: its ``db`` setting) and closed at the end. ``published`` and ``source`` fill in articles whose input
    does not say their date or outlet. ``batch_size`` articles are extracted and committed at a
    time (default: the ``nlp_batch_size`` setting).
    """
    from .ingest import read_articles
    from .pipeline import as_date
    from .store import open_store

    if workers is not None and scheduler:
        raise ConfigError("give either workers (a local Dask cluster) or scheduler (an existing one), not both")
    if workers is not None and workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}")
    config = store.config if store is not None else (config or Config())
    size = batch_size or config.nlp_batch_size
    if size < 1:
        raise ConfigError(f"batch size must be at least 1, got {size}")
    anchor = as_date(published)
    own_store = store is None
    store = store or open_store(db, config)
    dask = _Dask(workers, None) if workers else _Dask(None, scheduler) if scheduler else None
    state = BatchProgress()
    seen: set[str] = set()

    def prepare(chunk: list[Item]) -> tuple[list[Article], list[Item], int]:
        """The articles of a chunk still to extract, the chunk's records in order (articles as
        placeholders), and how many were skipped as already stored."""
        ids = [a.id for a in chunk if isinstance(a, Article)]
        known = store.known_articles(ids) if ids else set()
        todo: list[Article] = []
        order: list[Item] = []
        skipped = 0
        for item in chunk:
            if isinstance(item, IngestError):
                order.append(item)
            elif item.id in known or item.id in seen:
                skipped += 1
            else:
                seen.add(item.id)
                todo.append(item)
                order.append(item)
        return todo, order, skipped

    def commit(order: list[Item], extracted: list[ExtractionResult | IngestError], skipped: int, n: int) -> None:
        results = iter(extracted)
        records = [item if isinstance(item, IngestError) else next(results) for item in order]
        summary = store.add(records)
        summary.articles_skipped += skipped
        _add(state.summary, summary)
        state.documents += n
        state.new_errors = [r for r in records if isinstance(r, IngestError)]
        state.new_warnings = [(r.article.origin or r.article.id, w) for r in records
                              if isinstance(r, ExtractionResult) for w in r.warnings]
        if progress is not None:
            progress(state)

    try:
        chunks = _chunks(_with_defaults(read_articles(paths, default_source=source, max_chars=config.max_chars), anchor), size)
        if dask is None:
            for chunk in chunks:
                todo, order, skipped = prepare(chunk)
                commit(order, extract_batch(todo, config) if todo else [], skipped, len(chunk))
        else:
            in_flight: deque = deque()
            limit = 2 * dask.size
            for chunk in chunks:
                todo, order, skipped = prepare(chunk)
                in_flight.append((dask.submit(todo, config) if todo else None, order, skipped, len(chunk)))
                while len(in_flight) >= limit:
                    future, order_, skipped_, n = in_flight.popleft()
                    commit(order_, future.result() if future is not None else [], skipped_, n)
            while in_flight:
                future, order_, skipped_, n = in_flight.popleft()
                commit(order_, future.result() if future is not None else [], skipped_, n)
    finally:
        if dask is not None:
            dask.close()
        if own_store:
            store.close()
    return state.summary
