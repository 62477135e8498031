"""The store's queries: each a function of an open connection that returns model records.

``Store`` runs them on a read connection of its own (or behind the writer, for an in-memory
SQLite store); the write path uses ``has_article`` inside its transaction.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import date as Date
from typing import Literal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection

from ..errors import StoreError
from ..model import (
    Article,
    ArticleDetail,
    Claim,
    Event,
    Incident,
    IncidentDetail,
    IncidentPage,
    IncidentQuery,
    IngestError,
    MapPoint,
    Membership,
    Span,
    StatBucket,
)
from . import map_index
from . import schema as t

StatsBy = Literal["day", "type", "country"]
_KNOWN_CHUNK = 500  # ids per query when asking which articles are stored


def has_article(conn: Connection, article_id: str) -> bool:
    return conn.execute(select(t.articles.c.seq).where(t.articles.c.id == article_id)).first() is not None


def known_articles(conn: Connection, article_ids: list[str]) -> set[str]:
    """Which of ``article_ids`` are stored."""
    found: set[str] = set()
    for i in range(0, len(article_ids), _KNOWN_CHUNK):
        chunk = article_ids[i:i + _KNOWN_CHUNK]
        found.update(r.id for r in conn.execute(select(t.articles.c.id).where(t.articles.c.id.in_(chunk))))
    return found


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


def _incident(row, with_events: bool = True) -> Incident:
    if not with_events:
        return Incident.model_validate_json(row.data)  # parsed by pydantic-core: lists stay light
    data = json.loads(row.data)
    data["events"] = json.loads(row.events)
    return Incident.model_validate(data)


def _page(conn: Connection, query: IncidentQuery, cols: list):
    """The count of the incidents matching ``query`` and the ``cols`` of its page, newest
    first. The page is chosen on the indexed columns and only its own rows are read: sorting
    or skipping whole rows would read every match's large JSON columns."""
    c = t.incidents.c
    conds = _where(query)
    order = (c.date.desc().nulls_last(), c.seq)
    page = select(c.seq).where(*conds).order_by(*order).limit(query.limit).offset(query.offset).subquery("page")
    total = conn.execute(select(func.count()).select_from(t.incidents).where(*conds)).scalar_one()
    rows = conn.execute(select(*cols).join(page, c.seq == page.c.seq).order_by(*order)).all()
    return total, rows


def incidents(conn: Connection, query: IncidentQuery, events: bool) -> IncidentPage:
    """One page of incidents matching ``query``, newest first (undated last); ``total`` counts
    every match. ``events=False`` leaves each incident's events out (lighter)."""
    c = t.incidents.c
    total, rows = _page(conn, query, [c.data, c.events] if events else [c.data])
    return IncidentPage(total=total, items=[_incident(r, events) for r in rows])


def incidents_json(conn: Connection, query: IncidentQuery) -> tuple[int, list[str]]:
    """``incidents(query, events=False)`` as the JSON of each Incident, straight from the store,
    and the count of every match."""
    total, rows = _page(conn, query, [t.incidents.c.data])
    # ``data`` is an Incident's JSON object written without its events: they are left empty
    return total, [r.data[:-1] + ',"events":[]}' for r in rows]


class MapIndexCache:
    """A store's map index (``map_index.MapIndex``), brought up to date when the store's version
    (newest incident, latest update, number of incidents) moved since it was built; the version
    is read at most once every ``map_index.MAX_AGE`` seconds."""

    def __init__(self):
        self._index: map_index.MapIndex | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def get(self, conn: Connection, cols: list, placed: list) -> map_index.MapIndex:
        c = t.incidents.c
        with self._lock:
            now = time.monotonic()
            index = self._index
            if index is not None and now - self._checked < map_index.MAX_AGE:
                return index
            version = tuple(conn.execute(select(func.max(c.seq), func.max(c.updated_at), func.count())).one())
            if index is not None and index.version != version:
                last_seq, last_update, last_count = index.version
                added = conn.execute(select(func.count()).select_from(t.incidents).where(c.seq > (last_seq or 0))).scalar_one()
                if last_count + added != version[2]:
                    index = None  # an incident was folded into another one and is gone: read them all again
                else:
                    # only what was added or rebuilt since
                    changed = or_(c.seq > (last_seq or 0), c.updated_at > last_update) if last_update else c.seq > (last_seq or 0)
                    index = index.updated(conn.execute(select(*cols, c.seq).where(changed)), version)
            if index is None:
                index = map_index.MapIndex(conn.execute(select(*cols, c.seq).where(*placed)), version)
            self._index, self._checked = index, now
            return index


def points_json(conn: Connection, query: IncidentQuery, cache: MapIndexCache) -> tuple[int, list[str]]:
    """Incidents with coordinates matching ``query``, newest first, as the JSON of each MapPoint,
    and how many match. Box, type, country and date queries are answered by the map index in
    ``cache``; text filters go to SQL."""
    c = t.incidents.c
    cols = [c.n_conflicts if name == "conflicts" else c[name] for name in MapPoint.model_fields]
    placed = [c.lat.is_not(None), c.lon.is_not(None)]
    if map_index.answerable(query):
        return cache.get(conn, cols, placed).select(query)
    conds = [*_where(query), *placed]
    order = (c.date.desc().nulls_last(), c.seq)
    total = conn.execute(select(func.count()).select_from(t.incidents).where(*conds)).scalar_one()
    rows = conn.execute(select(*cols).where(*conds).order_by(*order).limit(query.limit).offset(query.offset))
    return total, [map_index.point_json(r) for r in rows]


def _article(r) -> Article:
    # not re-validated: every article was checked on its way in, and a store written before the
    # publication-date window existed may hold a date the window now refuses; reading it must work
    return Article.model_construct(text=r.text, title=r.title, url=r.url, source=r.source, published=r.published,
                                   language=r.language, origin=r.origin)


def incident(conn: Connection, incident_id: str) -> IncidentDetail | None:
    """One incident with every source's claim and its articles; the id of an incident folded
    into another gives the one it was folded into (whose id differs from the one asked for)."""
    row = conn.execute(select(t.incidents.c.data, t.incidents.c.events)
                       .where(t.incidents.c.id == incident_id)).first()
    if row is None:
        kept = conn.execute(select(t.incident_folds.c.incident_id)
                            .where(t.incident_folds.c.folded_id == incident_id)).scalar()
        return None if kept is None else incident(conn, kept)
    record = _incident(row)
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
    arts = conn.execute(select(t.articles).where(t.articles.c.id.in_(record.articles))
                        .order_by(t.articles.c.published, t.articles.c.seq)).all()
    return IncidentDetail(incident=record, claims=claims, articles=[_article(r) for r in arts],
                          members=_members(conn, incident_id, record.articles))


def _members(conn: Connection, incident_id: str, article_ids: list[str]) -> list[Membership]:
    """Why each article is in the incident, in the order the articles came (stores written before
    revision 0003 kept no reasons: their articles show only whether they joined)."""
    a, j = t.articles.c, t.incident_joins.c
    rows = conn.execute(
        select(a.id, a.copy_of, j.score, j.reasons)
        .join_from(t.articles, t.incident_joins, and_(j.article_id == a.id, j.incident_id == incident_id), isouter=True)
        .where(a.id.in_(article_ids)).order_by(a.seq)
    ).all()
    return [
        Membership(article_id=r.id, joined=n > 0, copy_of=r.copy_of, score=r.score,
                   reasons=json.loads(r.reasons) if r.reasons else [])
        for n, r in enumerate(rows)
    ]


def article(conn: Connection, article_id: str) -> ArticleDetail | None:
    """One article with its events and the incidents they belong to."""
    row = conn.execute(select(t.articles).where(t.articles.c.id == article_id)).first()
    if row is None:
        return None
    evs = conn.execute(select(t.events.c.data).where(t.events.c.article_id == article_id)
                       .order_by(t.events.c.seq)).all()
    inc = conn.execute(select(t.incident_members.c.incident_id).distinct()
                       .where(t.incident_members.c.article_id == article_id)
                       .order_by(t.incident_members.c.incident_id)).all()
    return ArticleDetail(article=_article(row), events=[Event.model_validate_json(r.data) for r in evs],
                         incident_ids=[r.incident_id for r in inc])


def stats_column(by: StatsBy):
    """The column ``stats`` groups on; a StoreError for anything but day, type or country."""
    c = t.incidents.c
    column = {"day": c.date, "type": c.type, "country": c.country_code}.get(by)
    if column is None:
        raise StoreError(f"stats by {by!r}: choose day, type or country")
    return column


def stats(conn: Connection, column, query: IncidentQuery) -> list[StatBucket]:
    """Incidents and headline killed/injured per value of ``column`` (``stats_column``), for
    ``query``'s filters; rows without a value have no bucket."""
    c = t.incidents.c
    conds = [*_where(query), column.is_not(None)]
    rows = conn.execute(
        select(column.label("key"), func.count().label("n"),
               func.coalesce(func.sum(c.killed), 0).label("killed"),
               func.coalesce(func.sum(c.injured), 0).label("injured"))
        .where(*conds).group_by(column).order_by(column)
    ).all()
    return [StatBucket(key=r.key.isoformat() if isinstance(r.key, Date) else str(r.key), incidents=r.n,
                       killed=int(r.killed), injured=int(r.injured)) for r in rows]


def errors(conn: Connection, limit: int) -> list[IngestError]:
    """The most recent ingest errors, newest first."""
    e = t.ingest_errors.c
    rows = conn.execute(select(e.origin, e.reason).order_by(e.last_seen.desc(), e.seq.desc()).limit(limit)).all()
    return [IngestError(origin=r.origin, reason=r.reason) for r in rows]


def counts(conn: Connection) -> dict[str, int]:
    """Rows per table."""
    tables = [t.articles, t.events, t.incidents, t.incident_members, t.incident_folds, t.claims, t.conflicts,
              t.ingest_errors]
    return {tb.name: conn.execute(select(func.count()).select_from(tb)).scalar_one() for tb in tables}
