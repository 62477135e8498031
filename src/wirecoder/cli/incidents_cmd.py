"""`wirecoder incidents`: list the store's incidents, filtered, as a table or JSON."""

from __future__ import annotations

import json
import sys
from datetime import date

from ..errors import ConfigError


def add_filters(p, *, limit: int | None) -> None:
    """The filters of `incidents` and `export`: each maps to a field of IncidentQuery."""
    p.add_argument("--db", help="store: a SQLite file or URL, or postgresql://... (default: setting db)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="incidents on or after YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="incidents on or before YYYY-MM-DD")
    p.add_argument("--type", action="append", metavar="TYPE", help="event type (repeat or comma-separate), e.g. bombing")
    p.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 country code, e.g. RU")
    p.add_argument("--actor", help="actor name or group (substring, any case)")
    p.add_argument("--source", help="source or outlet (substring, any case)")
    p.add_argument("--text", help="words in the evidence sentences")
    p.add_argument("--bbox", metavar="W,S,E,N", help="bounding box in degrees: west,south,east,north")
    p.add_argument("--limit", type=int, default=limit, help=f"at most this many (default {limit or 'all'})")
    p.add_argument("--offset", type=int, default=0, help="skip this many first")


def _date(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{flag} {value!r} is not a date (YYYY-MM-DD)") from None


def build_query(args, *, limit: int | None = None):
    from ..model import EventType, IncidentQuery

    types = []
    for chunk in args.type or []:
        for name in filter(None, (x.strip() for x in chunk.split(","))):
            try:
                types.append(EventType(name))
            except ValueError:
                raise ConfigError(f"--type {name!r}: known types are {', '.join(t.value for t in EventType)}") from None
    bbox = None
    if args.bbox:
        try:
            bbox = tuple(float(x) for x in args.bbox.split(","))
        except ValueError:
            bbox = ()
        if len(bbox) != 4:
            raise ConfigError(f"--bbox {args.bbox!r}: give west,south,east,north in degrees")
    if args.country and len(args.country) != 2:
        raise ConfigError(f"--country {args.country!r}: give an ISO 3166-1 alpha-2 code such as RU")
    n = limit if limit is not None else args.limit
    if n is not None and not 1 <= n <= 10_000:
        raise ConfigError(f"--limit {n}: give 1 to 10000")
    if args.offset < 0:
        raise ConfigError("--offset cannot be negative")
    return IncidentQuery(
        date_from=_date(args.date_from, "--from"), date_to=_date(args.date_to, "--to"), bbox=bbox, type=types,
        actor=args.actor, source=args.source, country=args.country.upper() if args.country else None, text=args.text,
        limit=n or 50, offset=args.offset,
    )


def add_parser(sub):
    p = sub.add_parser("incidents", help="list the stored incidents (filters combine), or show one by its id")
    p.add_argument("id", nargs="?", help="one incident's id: show it, its sources' claims and its articles")
    p.add_argument("--explain", action="store_true", help="with an id, say why each article joined the incident")
    add_filters(p, limit=50)
    p.add_argument("--format", default="table", choices=["table", "json"], help="output format (default table)")
    p.add_argument("--events", action="store_true", help="with --format json, include each incident's events")
    return p


def _cell(value, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(page) -> str:
    cols = [("id", 16), ("date", 10), ("type", 15), ("place", 20), ("cc", 2), ("killed", 6), ("injured", 7),
            ("arts", 4), ("confl", 5), ("sources", 40)]
    lines = ["  ".join(name.ljust(w) for name, w in cols).rstrip()]
    for inc in page.items:
        killed = next((c for c in inc.counts if c.kind.value == "killed"), None)
        injured = next((c for c in inc.counts if c.kind.value == "injured"), None)

        def figure(c):
            return None if c is None else "?" if c.value is None else c.value

        row = [inc.id, inc.date.date.isoformat() if inc.date else "", inc.type.value, inc.place.name if inc.place else "",
               inc.place.country_code if inc.place else "", figure(killed), figure(injured), len(inc.articles),
               len(inc.conflicts), ", ".join(inc.sources)]
        lines.append("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(row, cols, strict=True)).rstrip())
    shown = f"{page.total} incidents" if len(page.items) == page.total else f"{len(page.items)} of {page.total} incidents"
    lines.append(shown)
    return "\n".join(lines) + "\n"


def render_detail(detail, *, explain: bool) -> str:
    """One incident as text: its headline fields, its articles, and with ``explain`` why each joined."""
    inc = detail.incident
    lines = [f"incident {inc.id}: {inc.type.value}"
             + (f" on {inc.date.date.isoformat()}" if inc.date else "") + (f" in {inc.place.name}" if inc.place else "")]
    for c in inc.counts:
        lines.append(f"  {c.kind.value}: {'unknown' if c.value is None else ((c.qualifier + ' ') if c.qualifier else '') + str(c.value)}")
    for toll in inc.tolls:
        if toll.perpetrators is not None and toll.victims is not None:
            lines.append(f"  {toll.kind.value} in all: {toll.total} ({toll.victims} victims, {toll.perpetrators} perpetrators)")
    for cf in inc.conflicts:
        shown = "; ".join(f"{v.value} ({', '.join(v.sources) or 'unattributed'}"
                          + (f", {v.reports} reports" if v.reports > 1 else "") + ")" for v in cf.values)
        lines.append(f"  conflict {cf.field}: {shown}")
    outlets = {a.id: a for a in detail.articles}
    lines.append(f"  {len(detail.members)} articles:")
    for m in detail.members:
        article = outlets.get(m.article_id)
        name = ", ".join(x for x in (article.source if article else None,
                                     article.published.isoformat() if article and article.published else None) if x)
        how = "made the incident" if not m.joined else f"joined (score {m.score:.2f})" if m.score is not None else "joined"
        lines.append(f"  - {m.article_id} [{name or 'unknown outlet'}]: {how}"
                     + (f"; a copy of {m.copy_of}, counted once" if m.copy_of else ""))
        if explain:
            lines += [f"      {reason}" for reason in m.reasons]
    return "\n".join(lines) + "\n"


def run(args) -> int:
    from ..store import open_store
    from . import config_of

    if args.id is not None:
        with open_store(args.db, config_of(args)) as store:
            detail = store.incident(args.id)
        if detail is None:
            raise ConfigError(f"no incident {args.id!r} in the store")
        if detail.incident.id != args.id:
            sys.stderr.write(f"incident {args.id} was folded into {detail.incident.id}, shown here\n")
        if args.format == "json":
            sys.stdout.write(detail.model_dump_json(indent=2, exclude=None if args.events else {"incident": {"events"}}) + "\n")
        else:
            sys.stdout.write(render_detail(detail, explain=args.explain))
        return 0
    if args.explain:
        raise ConfigError("--explain needs an incident id: wirecoder incidents ID --explain")
    query = build_query(args)
    with open_store(args.db, config_of(args)) as store:
        page = store.incidents(query, events=args.format == "json" and args.events)
    if args.format == "json":
        payload = {"total": page.total,
                   "items": [i.model_dump(mode="json", exclude=None if args.events else {"events"}) for i in page.items]}
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_table(page))
    return 0
