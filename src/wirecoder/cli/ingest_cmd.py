"""`wirecoder ingest`: not built yet."""

from __future__ import annotations


def add_parser(sub):
    return sub.add_parser("ingest", help="(not built yet)")


def run(args) -> int:
    print("wirecoder ingest: not built yet")
    return 1
