"""wirecoder's event types and their mapping to GTD, ACLED and CAMEO, read from ``taxonomy.json``."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, ConfigDict

from ..model import EventType


class TypeMapping(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    gtd_attack_type: str | None
    acled_event_type: str
    acled_sub_event_type: str
    cameo_root: str
    cameo_code: str
    cameo_label: str
    violent: bool


@cache
def taxonomy() -> dict[EventType, TypeMapping]:
    raw = json.loads(files(__package__).joinpath("taxonomy.json").read_text())["types"]
    return {EventType(code): TypeMapping(**entry) for code, entry in raw.items()}


def mapping(event_type: EventType) -> TypeMapping:
    return taxonomy()[event_type]
