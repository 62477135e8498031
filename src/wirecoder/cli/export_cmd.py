"""`wirecoder export --format FMT`: the store's incidents (filtered) in a file format other
tools read: ACLED- and GTD-style CSV, GeoJSON, Parquet, JSON, JSON Lines, MUC-4 templates."""

from __future__ import annotations

import sys
from itertools import islice
from pathlib import Path

from ..errors import ConfigError
from .incidents_cmd import add_filters, build_query


def add_parser(sub):
    from ..export import FORMATS

    p = sub.add_parser("export", help="write the stored incidents as CSV, ACLED, GTD, GeoJSON, Parquet, JSON or MUC-4")
    p.add_argument("--format", required=True, choices=list(FORMATS), help="; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()))
    p.add_argument("--out", metavar="FILE", help="write here (default standard output)")
    add_filters(p, limit=None)
    return p


def run(args) -> int:
    from ..export import FORMATS, export
    from ..store import open_store
    from . import config_of

    spec = FORMATS[args.format]
    if args.out:
        out = Path(args.out)
        if not out.resolve().parent.is_dir():
            raise ConfigError(f"--out {args.out}: folder {out.parent} does not exist")
    elif spec.binary and sys.stdout.isatty():
        raise ConfigError(f"{spec.name} is binary: give --out FILE or redirect standard output")
    config = config_of(args)
    cap = config.export_max_incidents
    if args.limit is not None and args.limit < 1:
        raise ConfigError(f"--limit {args.limit}: give 1 or more")
    query = build_query(args, limit=1)  # the limit is applied below, over pages
    with open_store(args.db, config) as store:
        # page by page as the writer asks: memory holds one page and one record, whatever the size
        matching = store.iter_incidents(query)
        wanted = cap if args.limit is None else min(args.limit, cap)
        incidents = islice(matching, args.offset, args.offset + wanted)
        result = export(incidents, spec.name, args.out or sys.stdout)
        capped = (args.limit is None or args.limit > cap) and next(matching, None) is not None
    note = f", {result.omitted} left out ({result.omitted_reason})" if result.omitted else ""
    if capped:
        note += f"; stopped at export_max_incidents ({cap}): narrow the filters or raise the setting"
    print(f"wrote {result.written} incidents as {result.format}{note}" + (f" to {args.out}" if args.out else ""),
          file=sys.stderr)
    return 0
