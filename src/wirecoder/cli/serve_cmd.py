"""`wirecoder serve`: not built yet."""

from __future__ import annotations


def add_parser(sub):
    return sub.add_parser("serve", help="(not built yet)")


def run(args) -> int:
    print("wirecoder serve: not built yet")
    return 1
