"""wirecoder's event types and their mapping to GTD, ACLED and CAMEO, read from ``taxonomy.json``:
also the one definition of which types are attacks and which type names a merged incident."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import ConfigError
from ..model import EventType


class TypeMapping(BaseModel):
    """One type's codes in the other schemes, and the two senses of violence (``_notes`` in the
    file): ``violent``, the act uses force (a security forces' raid too); ``attack``, an act with
    perpetrators and victims, the violent act itself for the incident builder and actor roles."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    gtd_attack_type: str | None
    acled_event_type: str
    acled_sub_event_type: str
    cameo_root: str
    cameo_code: str
    cameo_label: str
    violent: bool
    attack: bool


class Taxonomy(BaseModel):
    """The whole file: every event type mapped once, and each in the priority order once."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    source: str = Field(alias="_source", min_length=10)
    notes: str = Field(alias="_notes", min_length=10)
    priority: tuple[EventType, ...]
    types: dict[EventType, TypeMapping]

    @model_validator(mode="after")
    def _complete(self) -> Taxonomy:
        if set(self.types) != set(EventType):
            raise ValueError(f"types must map every event type; missing {sorted(set(EventType) - set(self.types))}")
        if sorted(self.priority) != sorted(EventType):
            raise ValueError("priority must list every event type exactly once")
        if not_violent := [t.value for t, m in self.types.items() if m.attack and not m.violent]:
            raise ValueError(f"an attack is violent: {not_violent}")
        return self


@cache
def _taxonomy() -> Taxonomy:
    try:
        raw = json.loads(files(__package__).joinpath("taxonomy.json").read_text(encoding="utf-8"))
        return Taxonomy.model_validate(raw)
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise ConfigError(f"taxonomy.json does not validate: {exc}") from None


def taxonomy() -> dict[EventType, TypeMapping]:
    return _taxonomy().types


def mapping(event_type: EventType) -> TypeMapping:
    return taxonomy()[event_type]


@cache
def attack_types() -> frozenset[EventType]:
    """The types that are attacks: acts with perpetrators and victims (``attack`` in the file)."""
    return frozenset(t for t, m in taxonomy().items() if m.attack)


def type_priority() -> tuple[EventType, ...]:
    """Every type, the one that names a merged incident first: the most specific attack first."""
    return _taxonomy().priority
