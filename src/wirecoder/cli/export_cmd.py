"""`wirecoder export`: not built yet."""

from __future__ import annotations


def add_parser(sub):
    return sub.add_parser("export", help="(not built yet)")


def run(args) -> int:
    print("wirecoder export: not built yet")
    return 1
