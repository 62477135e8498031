"""`wirecoder extract FILE|-`: one article in, its incidents out (JSON, CSV, GeoJSON or a summary)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import ConfigError, InputError


def add_parser(sub):
    p = sub.add_parser("extract", help="extract incidents from one article (a file, or - for standard input)")
    p.add_argument("file", help="article text file, or - to read standard input")
    p.add_argument("--published", help="publication date YYYY-MM-DD: the anchor for 'on Sunday'")
    p.add_argument("--source", help="the publishing outlet, e.g. Reuters")
    p.add_argument("--url", help="where the article was published")
    p.add_argument("--title", help="the article's title")
    p.add_argument("--format", default="json", choices=["json", "csv", "acled", "gtd", "geojson", "summary"],
                   help="output format (default json)")
    p.add_argument("--events", action="store_true", help="with --format json, also list the article's events")
    p.add_argument("--explain", action="store_true",
                   help="also say why: each incident's confidence and every candidate dropped, with the rule or "
                        "the judge's score (to standard error; with --format json also in the output)")
    p.add_argument("--no-judge", action="store_true", help="rules alone: do not run the trained judge")
    p.add_argument("--out", help="write here instead of standard output")
    return p


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    return p.read_bytes()


def run(args) -> int:
    from ..pipeline import Coder
    from . import config_of
    from ._render import render_result

    raw = _read(args.file)
    try:
        result = Coder(config_of(args, judge=False if args.no_judge else None)).extract(raw, published=args.published, source=args.source, url=args.url, title=args.title)
    except InputError as exc:
        raise InputError(f"{args.file}: {exc}") from None
    text = render_result(result, args.format, include_events=args.events, include_dropped=args.explain)
    if args.out:
        out = Path(args.out)
        if out.parent and not out.parent.exists():
            raise ConfigError(f"--out {args.out}: folder {out.parent} does not exist")
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if args.explain:
        from ..export.summary import render_explanation

        sys.stderr.write(render_explanation(result))
    return 0
