"""`wirecoder settings`: every setting with its value in force (secrets masked), help and variable."""

from __future__ import annotations


def add_parser(sub):
    return sub.add_parser("settings", help="list every setting, its current value and help")


def run(args) -> int:
    from ..settings import describe
    from . import config_of

    for name, value, help_, variable in describe(config_of(args)):
        print(f"{name:<20} {value:<26} {help_}  [{variable}]")
    return 0
