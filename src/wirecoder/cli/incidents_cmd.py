"""`wirecoder incidents`: not built yet."""

from __future__ import annotations


def add_parser(sub):
    return sub.add_parser("incidents", help="(not built yet)")


def run(args) -> int:
    print("wirecoder incidents: not built yet")
    return 1
