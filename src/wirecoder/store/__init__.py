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
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from datetime import date as Date
from typing import Literal, Self, TypeVar

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..incidents import resolve
from ..model import (
    Article,
    ArticleDetail,
    Claim,
    CountKind,
    Event,
    ExtractionResult,
    Incident,
    IncidentDetail,
    IncidentPage,
    IncidentQuery,
    IngestError,
    MapPage,
    MapPoint,
    Span,
    StatBucket,
    StoreSummary,
)
from . import map_index
from . import schema as t
from .engine import Engines, make_engines, migrate, normalise_url, take_write_lock

__all__ = ["Store", "normalise_url", "open_store"]

T = TypeVar("T")
BLOCK_DAYS = 31  # candidates are incidents whose reference date is within this many days
MAX_CANDIDATES = 500


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating where needed) the store at ``url``: None for the ``db``
    setting, a path or ``sqlite:///path`` for a SQLite file, ``postgresql://...`` for PostgreSQL."""
    return Store(url)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _lines(values: Iterable[str | None]) -> str:
    return "\n".join(dict.fromkeys(v for v in values if v))


def _headline(incident: Incident, kind: CountKind) -> int | None:
    for count in incident.counts:
        if count.kind is kind:
            return count.value if count.value is not None else count.low
    return None


def _error_key(error: IngestError) -> str:
    return hashlib.sha1(f"{error.origin}\0{error.reason}".encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """See the module docstring. Thread-safe; use as a context manager or call ``close``."""

    def __init__(self, url: str | None = None):
        self._engines: Engines = make_engines(url)
        self.url = self._engines.url
        self.dialect = self._engines.dialect
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirecoder-store-writer")
        self._closed = False
        self._close_lock = threading.Lock()
        self._map: map_index.MapIndex | None = None
        self._map_checked = 0.0
        self._map_lock = threading.Lock()
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
        return self._write(lambda: self._add(items))

    def _add(self, items: list[ExtractionResult | IngestError]) -> StoreSummary:
        summary = StoreSummary()
        created: set[str] = set()
        updated: set[str] = set()
        now = _now()
        try:
            with self._engines.write.begin() as conn:
                take_write_lock(conn)
                seen: set[str] = set()
                for item in items:
                    if isinstance(item, IngestError):
                        self._put_error(conn, item, now)
                        summary.errors += 1
                        continue
                    article = item.article
                    if article.id in seen or self._has_article(conn, article.id):
                        summary.articles_skipped += 1
                        continue
                    seen.add(article.id)
                    self._put_article(conn, item, now, created, updated)
                    summary.articles_added += 1
        except SQLAlchemyError as exc:
            raise StoreError(f"store {self.url}: write failed, nothing of this batch was kept: "
                             f"{type(exc).__name__}: {exc}") from None
        summary.incidents_created = len(created)
        summary.incidents_updated = len(updated - created)  # one made in this batch and then joined is new
        return summary

    def _put_error(self, conn: Connection, error: IngestError, now: datetime) -> None:
        key = _error_key(error)
        done = conn.execute(
            update(t.ingest_errors).where(t.ingest_errors.c.key == key)
            .values(times=t.ingest_errors.c.times + 1, last_seen=now)
        )
        if done.rowcount == 0:
            conn.execute(insert(t.ingest_errors).values(
                key=key, origin=error.origin, reason=error.reason, times=1, first_seen=now, last_seen=now))

    @staticmethod
    def _has_article(conn: Connection, article_id: str) -> bool:
        return conn.execute(select(t.articles.c.seq).where(t.articles.c.id == article_id)).first() is not None

    def _put_article(self, conn: Connection, result: ExtractionResult, now: datetime,
                     created: set[str], updated: set[str]) -> None:
        article = result.article
        aid = article.id
        # events belong to their article, whatever the caller filled in
        events: dict[str, Event] = {}
        for e in [*result.events, *(e for i in result.incidents for e in i.events)]:
            events.setdefault(e.id, e if e.article_id == aid else e.model_copy(update={"article_id": aid}))
        conn.execute(insert(t.articles).values(
            id=aid, source=article.source, published=article.published, title=article.title, url=article.url,
            origin=article.origin, language=article.language, text=article.text, n_events=len(events), added_at=now,
        ))
        if events:
            conn.execute(insert(t.events), [self._event_row(aid, e) for e in events.values()])
        published = {aid: article.published}
        outlets = {aid: article.source}
        for incoming in result.incidents:
            own = [events[e.id] for e in incoming.events if e.id in events]
            if not own:
                continue
            draft = resolve.merge(own, incoming.id, published)
            ref = resolve.reference_date(draft, published)
            candidates, refs = self._candidates(conn, draft, ref)
            refs[draft.id] = ref
            match = resolve.best_match(draft, candidates, refs=refs)
            if match is None:
                self._write_incident(conn, draft, published, outlets, now, new=True)
                created.add(draft.id)
            else:
                target = match.incident.id
                stored = self._member_events(conn, target)
                ids = {e.article_id for e in stored if e.article_id}
                pub, out = self._article_meta(conn, ids)
                pub.update(published)
                out.update(outlets)
                merged = resolve.merge([*stored, *own], target, pub)
                self._write_incident(conn, merged, pub, out, now, new=False)
                updated.add(target)
            new_id = draft.id if match is None else match.incident.id
            conn.execute(insert(t.incident_members), [
                {"incident_id": new_id, "event_key": f"{aid}:{e.id}", "article_id": aid} for e in own
            ])

    @staticmethod
    def _event_row(aid: str, e: Event) -> dict:
        return {
            "key": f"{aid}:{e.id}", "article_id": aid, "event_id": e.id, "type": e.type.value,
            "date": e.date.date if e.date else None, "precision": e.date.precision.value if e.date else None,
            "country_code": e.place.country_code if e.place else None,
            "lat": e.place.lat if e.place else None, "lon": e.place.lon if e.place else None,
            "polarity": e.polarity.value, "mention": e.mention, "data": e.model_dump_json(),
        }

    def _candidates(self, conn: Connection, incident: Incident, ref: Date | None
                    ) -> tuple[list[Incident], dict[str, Date | None]]:
        """Stored incidents that could be ``incident``: blocked on a date window around its
        reference date and on its country (or an unknown one), oldest first; and their reference dates."""
        c = t.incidents.c
        conds = []
        if ref is not None:
            conds.append(or_(c.ref_date.between(ref - timedelta(days=BLOCK_DAYS), ref + timedelta(days=BLOCK_DAYS)),
                             c.ref_date.is_(None)))
        else:
            conds.append(c.ref_date.is_(None))
        country = incident.place.country_code if incident.place else None
        if country:
            conds.append(or_(c.country_code == country, c.country_code.is_(None)))
        rows = conn.execute(select(c.id, c.ref_date, c.data).where(and_(*conds)).order_by(c.seq).limit(MAX_CANDIDATES)).all()
        return [Incident.model_validate_json(r.data) for r in rows], {r.id: r.ref_date for r in rows}

    @staticmethod
    def _member_events(conn: Connection, incident_id: str) -> list[Event]:
        m, e = t.incident_members.c, t.events.c
        rows = conn.execute(
            select(e.data).join_from(t.incident_members, t.events, m.event_key == e.key)
            .where(m.incident_id == incident_id).order_by(e.seq)
        ).all()
        return [Event.model_validate_json(r.data) for r in rows]

    @staticmethod
    def _article_meta(conn: Connection, ids: Iterable[str]) -> tuple[dict[str, Date | None], dict[str, str | None]]:
        ids = list(ids)
        if not ids:
            return {}, {}
        rows = conn.execute(select(t.articles.c.id, t.articles.c.published, t.articles.c.source)
                            .where(t.articles.c.id.in_(ids))).all()
        return {r.id: r.published for r in rows}, {r.id: r.source for r in rows}

    def _write_incident(self, conn: Connection, inc: Incident, published, outlets, now: datetime, *, new: bool) -> None:
        row = {
            "type": inc.type.value,
            "types": " ".join(x.value for x in inc.types),
            "date": inc.date.date if inc.date else None,
            "precision": inc.date.precision.value if inc.date else None,
            "ref_date": resolve.reference_date(inc, published),
            "place": inc.place.name if inc.place else None,
            "country_code": inc.place.country_code if inc.place else None,
            "lat": inc.place.lat if inc.place else None,
            "lon": inc.place.lon if inc.place else None,
            "killed": _headline(inc, CountKind.KILLED),
            "injured": _headline(inc, CountKind.INJURED),
            "actors": _lines(x for a in inc.actors for x in (a.name, a.group, a.text)),
            "sources": _lines([*inc.sources, *(outlets.get(a) for a in inc.articles)]),
            "evidence": "\n".join(s.text for s in inc.evidence),
            "n_articles": len(inc.articles),
            "n_conflicts": len(inc.conflicts),
            "hedged": inc.hedged,
            "updated_at": now,
            "data": inc.model_dump_json(exclude={"events"}),
            "events": json.dumps([e.model_dump(mode="json") for e in inc.events], ensure_ascii=False),
        }
        if new:
            conn.execute(insert(t.incidents).values(id=inc.id, created_at=now, **row))
        else:
            conn.execute(update(t.incidents).where(t.incidents.c.id == inc.id).values(**row))
            conn.execute(delete(t.claims).where(t.claims.c.incident_id == inc.id))
            conn.execute(delete(t.conflicts).where(t.conflicts.c.incident_id == inc.id))
        claim_rows = [
            {
                "incident_id": inc.id, "field": cl.field,
                "value_int": cl.value if isinstance(cl.value, int) else None,
                "value_text": cl.value if isinstance(cl.value, str) else None,
                "qualifier": cl.qualifier, "source": cl.source, "article_id": cl.article_id, "published": cl.published,
                "evidence": cl.evidence.model_dump_json() if cl.evidence else None,
                "hedged": cl.hedged, "superseded": cl.superseded,
            }
            for cl in resolve.claims(inc, published, outlets)
        ]
        if claim_rows:
            conn.execute(insert(t.claims), claim_rows)
        if inc.conflicts:
            conn.execute(insert(t.conflicts), [
                {"incident_id": inc.id, "field": cf.field, "note": cf.note, "data": cf.model_dump_json()}
                for cf in inc.conflicts
            ])

    # ------------------------------------------------------------------ reading

    def has_article(self, article_id: str) -> bool:
        return self._read(lambda conn: self._has_article(conn, article_id))

    def known_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Which of ``article_ids`` are stored (one query per 500 ids)."""
        ids = list(dict.fromkeys(article_ids))

        def run(conn: Connection) -> set[str]:
            found: set[str] = set()
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                found.update(r.id for r in conn.execute(select(t.articles.c.id).where(t.articles.c.id.in_(chunk))))
            return found

        return self._read(run) if ids else set()

    @staticmethod
    def _where(q: IncidentQuery) -> list:
        c = t.incidents.c
        conds: list = []
        if q.date_from is not None:
            conds.append(c.date >= q.date_from)
        if q.date_to is not None:
            conds.append(c.date <= q.date_to)
        if q.bbox is not None:
            west, south, east, north = q.bbox
            conds.append(c.lat.between(south, north))
            conds.append(c.lon.between(west, east) if west <= east else or_(c.lon >= west, c.lon <= east))
        if q.type:
            conds.append(c.type.in_([x.value for x in q.type]))
        if q.country:
            conds.append(c.country_code == q.country.upper())
        for column, value in ((c.actors, q.actor), (c.sources, q.source), (c.evidence, q.text)):
            if value:
                conds.append(column.icontains(value, autoescape=True))
        return conds

    @staticmethod
    def _incident(row, with_events: bool = True) -> Incident:
        if not with_events:
            return Incident.model_validate_json(row.data)  # parsed by pydantic-core: lists stay light
        data = json.loads(row.data)
        data["events"] = json.loads(row.events)
        return Incident.model_validate(data)

    def incidents(self, query: IncidentQuery | None = None, *, events: bool = True) -> IncidentPage:
        """One page of incidents matching ``query``, newest first (undated last); ``total``
        counts every match. ``events=False`` leaves each incident's events out (lighter)."""
        query = query or IncidentQuery()
        c = t.incidents.c
        cols = [c.data, c.events] if events else [c.data]

        def run(conn: Connection) -> IncidentPage:
            total, rows = self._page(conn, query, cols)
            return IncidentPage(total=total, items=[self._incident(r, events) for r in rows])

        return self._read(run)

    def incidents_json(self, query: IncidentQuery | None = None) -> tuple[int, list[str]]:
        """``incidents(query, events=False)`` as the JSON of each Incident, straight from the
        store (no parsing, for callers that pass the records on), and the count of every match."""
        query = query or IncidentQuery()
        c = t.incidents.c

        def run(conn: Connection) -> tuple[int, list[str]]:
            total, rows = self._page(conn, query, [c.data])
            # ``data`` is an Incident's JSON object written without its events: they are left empty
            return total, [r.data[:-1] + ',"events":[]}' for r in rows]

        return self._read(run)

    def _page(self, conn: Connection, query: IncidentQuery, cols: list):
        """The count of the incidents matching ``query`` and the ``cols`` of its page, newest
        first. The page is chosen on the indexed columns and only its own rows are read: sorting
        or skipping whole rows would read every match's large JSON columns."""
        c = t.incidents.c
        conds = self._where(query)
        order = (c.date.desc().nulls_last(), c.seq)
        page = select(c.seq).where(*conds).order_by(*order).limit(query.limit).offset(query.offset).subquery("page")
        total = conn.execute(select(func.count()).select_from(t.incidents).where(*conds)).scalar_one()
        rows = conn.execute(select(*cols).join(page, c.seq == page.c.seq).order_by(*order)).all()
        return total, rows

    def points(self, query: IncidentQuery | None = None) -> MapPage:
        """Incidents with coordinates that match ``query``, newest first, as map points, with how
        many match in all."""
        total, items = self.points_json(query)
        return MapPage.model_validate_json(f'{{"total":{total},"items":[{",".join(items)}]}}')

    def points_json(self, query: IncidentQuery | None = None) -> tuple[int, list[str]]:
        """``points(query)`` as the JSON of each MapPoint, for callers that pass them on. Box,
        type, country and date queries are answered by the in-memory map index
        (``store.map_index``), refreshed when the store has changed; text filters go to SQL."""
        query = query or IncidentQuery()
        c = t.incidents.c
        cols = [c.n_conflicts if name == "conflicts" else c[name] for name in MapPoint.model_fields]
        placed = [c.lat.is_not(None), c.lon.is_not(None)]
        order = (c.date.desc().nulls_last(), c.seq)

        def run(conn: Connection) -> tuple[int, list[str]]:
            if map_index.answerable(query):
                return self._map_index(conn, cols, placed).select(query)
            conds = [*self._where(query), *placed]
            total = conn.execute(select(func.count()).select_from(t.incidents).where(*conds)).scalar_one()
            rows = conn.execute(select(*cols).where(*conds).order_by(*order).limit(query.limit).offset(query.offset))
            return total, [map_index.point_json(r) for r in rows]

        return self._read(run)

    def _map_index(self, conn: Connection, cols: list, placed: list) -> map_index.MapIndex:
        """The map index, rebuilt when the store's version (newest incident, latest update) moved
        since it was built; the version is read at most once every ``map_index.MAX_AGE`` seconds."""
        c = t.incidents.c
        with self._map_lock:
            now = time.monotonic()
            index = self._map
            if index is not None and now - self._map_checked < map_index.MAX_AGE:
                return index
            version = tuple(conn.execute(select(func.max(c.seq), func.max(c.updated_at))).one())
            if index is None:
                index = map_index.MapIndex(conn.execute(select(*cols, c.seq).where(*placed)), version)
            elif index.version != version:
                # only what was added or rebuilt since: incidents are updated, never deleted
                last_seq, last_update = index.version
                changed = or_(c.seq > (last_seq or 0), c.updated_at > last_update) if last_update else c.seq > (last_seq or 0)
                index = index.updated(conn.execute(select(*cols, c.seq).where(changed)), version)
            self._map, self._map_checked = index, now
            return index

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
        def run(conn: Connection) -> IncidentDetail | None:
            row = conn.execute(select(t.incidents.c.data, t.incidents.c.events)
                               .where(t.incidents.c.id == incident_id)).first()
            if row is None:
                return None
            incident = self._incident(row)
            cl = t.claims.c
            claim_rows = conn.execute(select(t.claims).where(cl.incident_id == incident_id)
                                      .order_by(cl.field, cl.published, cl.seq)).all()
            claims = [
                Claim(
                    incident_id=r.incident_id, field=r.field,
                    value=r.value_int if r.value_int is not None else r.value_text,
                    qualifier=r.qualifier, source=r.source, article_id=r.article_id, published=r.published,
                    evidence=Span.model_validate_json(r.evidence) if r.evidence else None,
                    hedged=bool(r.hedged), superseded=bool(r.superseded),
                )
                for r in claim_rows
            ]
            arts = conn.execute(select(t.articles).where(t.articles.c.id.in_(incident.articles))
                                .order_by(t.articles.c.published, t.articles.c.seq)).all()
            return IncidentDetail(incident=incident, claims=claims, articles=[self._article(r) for r in arts])

        return self._read(run)

    @staticmethod
    def _article(r) -> Article:
        return Article(text=r.text, title=r.title, url=r.url, source=r.source, published=r.published,
                       language=r.language, origin=r.origin)

    def article(self, article_id: str) -> ArticleDetail | None:
        def run(conn: Connection) -> ArticleDetail | None:
            row = conn.execute(select(t.articles).where(t.articles.c.id == article_id)).first()
            if row is None:
                return None
            evs = conn.execute(select(t.events.c.data).where(t.events.c.article_id == article_id)
                               .order_by(t.events.c.seq)).all()
            inc = conn.execute(select(t.incident_members.c.incident_id).distinct()
                               .where(t.incident_members.c.article_id == article_id)
                               .order_by(t.incident_members.c.incident_id)).all()
            return ArticleDetail(article=self._article(row), events=[Event.model_validate_json(r.data) for r in evs],
                                 incident_ids=[r.incident_id for r in inc])

        return self._read(run)

    def stats(self, by: Literal["day", "type", "country"], query: IncidentQuery | None = None) -> list[StatBucket]:
        """Incidents and headline killed/injured per day, type or country, for ``query``'s
        filters (its limit and offset ignored). Undated or unplaced incidents have no day or
        country bucket."""
        c = t.incidents.c
        column = {"day": c.date, "type": c.type, "country": c.country_code}.get(by)
        if column is None:
            raise StoreError(f"stats by {by!r}: choose day, type or country")
        conds = [*self._where(query or IncidentQuery()), column.is_not(None)]

        def run(conn: Connection) -> list[StatBucket]:
            rows = conn.execute(
                select(column.label("key"), func.count().label("n"),
                       func.coalesce(func.sum(c.killed), 0).label("killed"),
                       func.coalesce(func.sum(c.injured), 0).label("injured"))
                .where(*conds).group_by(column).order_by(column)
            ).all()
            return [StatBucket(key=r.key.isoformat() if isinstance(r.key, Date) else str(r.key), incidents=r.n,
                               killed=int(r.killed), injured=int(r.injured)) for r in rows]

        return self._read(run)

    def errors(self, limit: int = 100) -> list[IngestError]:
        """The most recent ingest errors, newest first (each distinct origin and reason once)."""
        e = t.ingest_errors.c

        def run(conn: Connection) -> list[IngestError]:
            rows = conn.execute(select(e.origin, e.reason).order_by(e.last_seen.desc(), e.seq.desc()).limit(limit)).all()
            return [IngestError(origin=r.origin, reason=r.reason) for r in rows]

        return self._read(run)

    def counts(self) -> dict[str, int]:
        """Rows per table: a quick look at what the store holds."""
        tables = [t.articles, t.events, t.incidents, t.incident_members, t.claims, t.conflicts, t.ingest_errors]

        def run(conn: Connection) -> dict[str, int]:
            return {tb.name: conn.execute(select(func.count()).select_from(tb)).scalar_one() for tb in tables}

        return self._read(run)
