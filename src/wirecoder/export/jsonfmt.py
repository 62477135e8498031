"""JSON (``{"incidents": [...]}``) and JSON Lines (one incident a line), the records unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..model import Incident
from ._base import Rendered


def incident_dict(incident: Incident) -> dict:
    return incident.model_dump(mode="json")


def to_json(incidents: Iterable[Incident]) -> str:
    return json.dumps({"incidents": [incident_dict(i) for i in incidents]}, indent=2, ensure_ascii=False) + "\n"


def to_jsonl(incidents: Iterable[Incident]) -> str:
    return "".join(json.dumps(incident_dict(i), ensure_ascii=False) + "\n" for i in incidents)


def render_json(incidents: list[Incident]) -> Rendered:
    return Rendered(to_json(incidents), len(incidents))


def render_jsonl(incidents: list[Incident]) -> Rendered:
    return Rendered(to_jsonl(incidents), len(incidents))
