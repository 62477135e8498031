"""`wirecoder settings`: print the settings table with current values."""

from __future__ import annotations

from .. import settings


def add_parser(sub):
    return sub.add_parser("settings", help="list every setting, its current value and help")


def run(args) -> int:
    for s in settings.SETTINGS:
        print(f"{s.name:<20} {settings.get(s.name)!r:<26} {s.help}  [{s.env}]")
    return 0
