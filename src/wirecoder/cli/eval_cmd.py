"""`wirecoder eval`: not built yet."""

from __future__ import annotations


def add_parser(sub):
    return sub.add_parser("eval", help="(not built yet)")


def run(args) -> int:
    print("wirecoder eval: not built yet")
    return 1
