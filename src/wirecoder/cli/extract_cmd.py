"""`wirecoder extract FILE|-`: one article in, its incidents out."""

from __future__ import annotations


def add_parser(sub):
    return sub.add_parser("extract", help="extract incidents from one article")


def run(args) -> int:
    raise NotImplementedError
