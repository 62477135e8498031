"""The store's write path: one batch of extraction results and ingest errors in one transaction.

Runs on the store's one writer thread. Each new article's incidents are resolved against the
stored ones by ``incidents.resolve.resolve_incident`` (records in, records out); this module
fetches the candidates it asks for (blocked on a date window and the country) and the matched
incident's members, and writes what it decides: the incident, its claims and conflicts, and
the stored incidents it absorbed folded into it (``_fold_into``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from datetime import date as Date

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from ..config import Config
from ..errors import StoreError
from ..incidents import copies, resolve
from ..model import CountKind, Event, ExtractionResult, Incident, IngestError, StoreSummary
from . import schema as t
from .engine import Engines, take_write_lock
from .reads import has_article

BLOCK_DAYS = 31  # candidates are incidents whose reference date is within this many days
MAX_CANDIDATES = 500


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


def write_batch(engines: Engines, items: list[ExtractionResult | IngestError], config: Config) -> StoreSummary:
    """Store ``items`` in one transaction (all or nothing); articles already stored are skipped."""
    summary = StoreSummary()
    created: set[str] = set()
    updated: set[str] = set()
    now = _now()
    try:
        with engines.write.begin() as conn:
            take_write_lock(conn)
            seen: set[str] = set()
            # a stored incident's members, read once per batch: its reports are compared with every
            # new one in its window; an incident written in the batch is read again
            members: dict[str, resolve.Members] = {}
            for item in items:
                if isinstance(item, IngestError):
                    _put_error(conn, item, now)
                    summary.errors += 1
                    continue
                article = item.article
                if article.id in seen or has_article(conn, article.id):
                    summary.articles_skipped += 1
                    continue
                seen.add(article.id)
                _put_article(conn, item, now, config, created, updated, members)
                summary.articles_added += 1
    except SQLAlchemyError as exc:
        raise StoreError(f"store {engines.url}: write failed, nothing of this batch was kept: "
                         f"{type(exc).__name__}: {exc}") from None
    summary.incidents_created = len(created)
    summary.incidents_updated = len(updated - created)  # one made in this batch and then joined is new
    return summary


def _put_error(conn: Connection, error: IngestError, now: datetime) -> None:
    key = _error_key(error)
    done = conn.execute(
        update(t.ingest_errors).where(t.ingest_errors.c.key == key)
        .values(times=t.ingest_errors.c.times + 1, last_seen=now)
    )
    if done.rowcount == 0:
        conn.execute(insert(t.ingest_errors).values(
            key=key, origin=error.origin, reason=error.reason, times=1, first_seen=now, last_seen=now))


def _put_article(conn: Connection, result: ExtractionResult, now: datetime, config: Config,
                 created: set[str], updated: set[str], members: dict[str, resolve.Members]) -> None:
    article = result.article
    aid = article.id
    # events belong to their article, whatever the caller filled in
    events: dict[str, Event] = {}
    for e in [*result.events, *(e for i in result.incidents for e in i.events)]:
        events.setdefault(e.id, e if e.article_id == aid else e.model_copy(update={"article_id": aid}))
    minhash = copies.signature(article.text)
    copy_of = _copy_of(conn, minhash, config.duplicate_threshold)
    conn.execute(insert(t.articles).values(
        id=aid, source=article.source, published=article.published, title=article.title, url=article.url,
        origin=article.origin, language=article.language, text=article.text, n_events=len(events), added_at=now,
        minhash=minhash, copy_of=copy_of,
    ))
    conn.execute(insert(t.article_bands), [{"band": n, "key": key, "article_id": aid}
                                           for n, key in enumerate(copies.bands(minhash))])
    if events:
        conn.execute(insert(t.events), [_event_row(aid, e) for e in events.values()])
    published = {aid: article.published}
    outlets = {aid: article.source}

    def candidates_of(draft: Incident, ref: Date | None):
        return _candidates(conn, draft, ref)

    def members_of(incident_id: str) -> resolve.Members:
        if incident_id not in members:
            stored = _member_events(conn, incident_id)
            members[incident_id] = resolve.Members(stored, *_article_meta(conn, {e.article_id for e in stored if e.article_id}))
        return members[incident_id]

    joined: set[str] = set()
    # the country the article tells of, when its placed incidents agree on one: an unplaced one is there too
    countries = {i.place.country_code for i in result.incidents if i.place is not None and i.place.country_code}
    country = next(iter(countries)) if len(countries) == 1 else None
    for incoming in result.incidents:
        own = [events[e.id] for e in incoming.events if e.id in events]
        if not own:
            continue
        resolution = resolve.resolve_incident(own, incoming.id, published, outlets, config,
                                              candidates_of=candidates_of, members_of=members_of, copy_of=copy_of,
                                              country=country)
        incident = resolution.incident
        _write_incident(conn, incident, resolution.published, resolution.outlets, now, new=resolution.created)
        members.pop(incident.id, None)  # it holds this article's events now
        for absorbed in resolution.absorbed:
            _fold_into(conn, absorbed, incident.id)
            members.pop(absorbed, None)
            created.discard(absorbed)
            updated.discard(absorbed)
        (created if resolution.created else updated).add(incident.id)
        conn.execute(insert(t.incident_members), [
            {"incident_id": incident.id, "event_key": f"{aid}:{e.id}", "article_id": aid} for e in own
        ])
        if incident.id not in joined:  # two incidents of one article that meet in one stored incident: one row
            joined.add(incident.id)
            match = resolution.match
            conn.execute(insert(t.incident_joins).values(
                incident_id=incident.id, article_id=aid, score=match.score if match else None,
                reasons=json.dumps(list(match.reasons) if match else [], ensure_ascii=False)))


def _fold_into(conn: Connection, absorbed: str, incident_id: str) -> None:
    """The stored incident ``absorbed`` becomes part of ``incident_id`` (rewritten already from
    the events of both): its members and the record of its joins move there, and it is gone."""
    m, j = t.incident_members.c, t.incident_joins.c
    conn.execute(update(t.incident_members).where(m.incident_id == absorbed).values(incident_id=incident_id))
    # an article that joined both keeps the join record it made with the incident that stays
    conn.execute(delete(t.incident_joins).where(
        j.incident_id == absorbed,
        j.article_id.in_(select(j.article_id).where(j.incident_id == incident_id).scalar_subquery())))
    conn.execute(update(t.incident_joins).where(j.incident_id == absorbed).values(incident_id=incident_id))
    for table in (t.claims, t.conflicts):
        conn.execute(delete(table).where(table.c.incident_id == absorbed))
    # its id and the ids folded into it before now point to the incident that stays (updated
    # before the row goes: the pointers would cascade away with it)
    f = t.incident_folds.c
    conn.execute(update(t.incident_folds).where(f.incident_id == absorbed).values(incident_id=incident_id))
    conn.execute(insert(t.incident_folds).values(folded_id=absorbed, incident_id=incident_id, folded_at=_now()))
    conn.execute(delete(t.incidents).where(t.incidents.c.id == absorbed))


def _event_row(aid: str, e: Event) -> dict:
    return {
        "key": f"{aid}:{e.id}", "article_id": aid, "event_id": e.id, "type": e.type.value,
        "date": e.date.date if e.date else None, "precision": e.date.precision.value if e.date else None,
        "country_code": e.place.country_code if e.place else None,
        "lat": e.place.lat if e.place else None, "lon": e.place.lon if e.place else None,
        "polarity": e.polarity.value, "mention": e.mention, "data": e.model_dump_json(),
    }


def _shifted(day: Date, days: int) -> Date:
    """``day`` moved by ``days``, stopping at the calendar's ends: an incident's date comes from
    its text ("on December 31, 9999"), which no window bounds."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return Date.max if days > 0 else Date.min


def _candidates(conn: Connection, incident: Incident, ref: Date | None
                ) -> tuple[list[Incident], dict[str, Date | None]]:
    """Stored incidents that could be ``incident``: blocked on a date window around its
    reference date and on its country (or an unknown one), oldest first; and their reference dates."""
    c = t.incidents.c
    conds = []
    if ref is not None:
        conds.append(or_(c.ref_date.between(_shifted(ref, -BLOCK_DAYS), _shifted(ref, BLOCK_DAYS)),
                         c.ref_date.is_(None)))
    else:
        conds.append(c.ref_date.is_(None))
    country = incident.place.country_code if incident.place else None
    if country:
        conds.append(or_(c.country_code == country, c.country_code.is_(None)))
    rows = conn.execute(select(c.id, c.ref_date, c.data).where(and_(*conds)).order_by(c.seq).limit(MAX_CANDIDATES)).all()
    return [Incident.model_validate_json(r.data) for r in rows], {r.id: r.ref_date for r in rows}


# a candidate copy must agree on this many bands: a true copy (60% of shingles shared) does so
# with probability 0.93, a text that only shares a boilerplate line almost never; and no more
# than this many candidates are compared, the likeliest first
COPY_MIN_BANDS = 2
COPY_CANDIDATES = 20


def _copy_of(conn: Connection, minhash: bytes, threshold: float) -> str | None:
    """The earliest stored article whose text the new one nearly duplicates (its own original, when
    it is a copy itself), or None: candidates agree with it on bands of the signature."""
    b, a = t.article_bands.c, t.articles.c
    keys = copies.bands(minhash)
    agreeing = (
        select(b.article_id, func.count().label("bands"))
        .where(or_(*(and_(b.band == n, b.key == key) for n, key in enumerate(keys))))
        .group_by(b.article_id).having(func.count() >= COPY_MIN_BANDS)
        .order_by(func.count().desc()).limit(COPY_CANDIDATES).subquery()
    )
    rows = conn.execute(
        select(a.seq, a.id, a.minhash, a.copy_of).join_from(agreeing, t.articles, agreeing.c.article_id == a.id)
        .order_by(a.seq)
    ).all()
    for row in rows:
        if row.minhash is not None and copies.similarity(minhash, row.minhash) >= threshold:
            return row.copy_of or row.id
    return None


def _member_events(conn: Connection, incident_id: str) -> list[Event]:
    m, e = t.incident_members.c, t.events.c
    rows = conn.execute(
        select(e.data).join_from(t.incident_members, t.events, m.event_key == e.key)
        .where(m.incident_id == incident_id).order_by(e.seq)
    ).all()
    return [Event.model_validate_json(r.data) for r in rows]


def _article_meta(conn: Connection, ids: Iterable[str]
                  ) -> tuple[dict[str, Date | None], dict[str, str | None], dict[str, str]]:
    """Publication days, outlets and the originals of syndicated copies, of these articles."""
    ids = list(ids)
    if not ids:
        return {}, {}, {}
    a = t.articles.c
    rows = conn.execute(select(a.id, a.published, a.source, a.copy_of).where(a.id.in_(ids))).all()
    return ({r.id: r.published for r in rows}, {r.id: r.source for r in rows},
            {r.id: r.copy_of for r in rows if r.copy_of})


def _write_incident(conn: Connection, inc: Incident, published, outlets, now: datetime, *, new: bool) -> None:
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
