"""Every tunable of wirecoder in one table, with its default and its help.

A setting is read, in order of precedence, from an explicit override passed to ``get``, the
environment variable ``WIRECODER_<NAME>`` (upper case), and the default below. ``wirecoder
settings`` prints this table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "WIRECODER_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("max_chars", 2_000_000, "Longest article text accepted; longer texts are rejected with TooLargeError."),
    Setting("nlp_batch_size", 32, "Documents per spaCy batch in corpus runs."),
    Setting("truecase_threshold", 0.6, "Share of upper-case letters above which a text is truecased before parsing."),
    Setting("db", "sqlite:///wirecoder.db", "Store URL: a SQLite file or postgresql://user@host/db."),
    Setting("sqlite_mmap_mb", 1024, "How much of a SQLite store each connection reads through a memory map, in MB."),
    Setting("merge_window_days", 3, "Largest date gap between two reports of one incident."),
    Setting("merge_distance_km", 50.0, "Largest distance between two places of one incident."),
    Setting("merge_threshold", 0.6, "Smallest match score for an event to join an existing incident."),
    Setting("headline_rule", "lowest_credible", "How an incident's headline count is chosen: lowest_credible or majority."),
    Setting("token", None, "Token that write endpoints of the REST API require (Authorization: Bearer ...)."),
    Setting("read_token", None, "When set, read endpoints of the REST API require this token as well."),
    Setting("max_request_bytes", 5_000_000, "Largest request body the REST API accepts."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, override: Any = None) -> Any:
    """The value of setting ``name``: ``override`` if given, else the environment, else the default."""
    try:
        setting = _BY_NAME[name]
    except KeyError:
        raise ConfigError(f"unknown setting {name!r}; known: {', '.join(_BY_NAME)}") from None
    if override is not None:
        return override
    raw = os.environ.get(setting.env)
    if raw is None:
        return setting.default
    if setting.default is None or isinstance(setting.default, str):
        return raw
    try:
        return type(setting.default)(raw)
    except ValueError:
        raise ConfigError(f"{setting.env}={raw!r} is not a valid {type(setting.default).__name__}") from None
