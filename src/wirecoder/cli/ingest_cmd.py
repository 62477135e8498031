"""`wirecoder ingest PATH...`: read, extract and store a corpus, with a progress bar; a bad
record is printed as one line (origin and reason), kept in the store's errors and skipped."""

from __future__ import annotations

import sys
import time


def add_parser(sub):
    p = sub.add_parser("ingest", help="extract incidents from files, folders or feed URLs into the store")
    p.add_argument("paths", nargs="+", metavar="PATH", help="text, JSON Lines, HTML, RSS/Atom, WARC or MUC files, folders, feed URLs")
    p.add_argument("--db", help="store: a SQLite file or URL, or postgresql://... (default: setting db)")
    scale = p.add_mutually_exclusive_group()
    scale.add_argument("--workers", type=int, metavar="N", help="extract on a local Dask cluster of N processes")
    scale.add_argument("--scheduler", metavar="ADDRESS", help="extract on an existing Dask cluster (tcp://host:8786)")
    p.add_argument("--published", metavar="DATE", help="publication date YYYY-MM-DD for articles that do not say theirs")
    p.add_argument("--source", metavar="NAME", help="outlet for articles that do not name theirs")
    p.add_argument("--batch-size", type=int, metavar="N", help="articles extracted and committed at a time (default: setting nlp_batch_size)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def run(args) -> int:
    from tqdm import tqdm

    from ..batch import ingest
    from . import config_of

    bar = tqdm(unit="doc", desc="ingest", file=sys.stderr, disable=True if args.quiet else None, dynamic_ncols=True)
    started = time.monotonic()

    def progress(state) -> None:
        for error in state.new_errors:
            tqdm.write(f"error: {error.origin}: {error.reason}", file=sys.stderr)
        for origin, warning in state.new_warnings:
            tqdm.write(f"warning: {origin}: {warning}", file=sys.stderr)
        bar.update(state.documents - bar.n)
        s = state.summary
        bar.set_postfix(incidents=s.incidents_created, updated=s.incidents_updated, skipped=s.articles_skipped,
                        errors=s.errors, refresh=False)

    try:
        summary = ingest(args.paths, workers=args.workers, scheduler=args.scheduler, published=args.published,
                         source=args.source, batch_size=args.batch_size, progress=progress,
                         config=config_of(args, db=args.db))
    finally:
        bar.close()
    seconds = time.monotonic() - started
    rate = summary.articles_added / seconds if seconds > 0 else 0.0
    print(f"{summary.articles_added} articles stored, {summary.articles_skipped} already stored, "
          f"{summary.incidents_created} incidents created, {summary.incidents_updated} updated, "
          f"{summary.errors} errors in {seconds:.1f}s ({rate:.2f} docs/s)")
    return 0
