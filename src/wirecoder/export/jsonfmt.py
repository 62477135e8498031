"""JSON (``{"incidents": [...]}``) and JSON Lines (one incident a line), the records unchanged."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Iterator

from ..model import Incident
from ._base import Rendered, Tally


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


def stream_json(incidents: Iterable[Incident], tally: Tally) -> Iterator[str]:
    """``to_json``'s text, one incident at a time: the array is opened, each record written with
    the indentation ``json.dumps(..., indent=2)`` gives it inside the array, then closed."""
    for incident in incidents:
        record = textwrap.indent(json.dumps(incident_dict(incident), indent=2, ensure_ascii=False), "    ")
        yield ('{\n  "incidents": [\n' if tally.written == 0 else ",\n") + record
        tally.written += 1
    yield '{\n  "incidents": []\n}\n' if tally.written == 0 else "\n  ]\n}\n"


def stream_jsonl(incidents: Iterable[Incident], tally: Tally) -> Iterator[str]:
    for incident in incidents:
        yield json.dumps(incident_dict(incident), ensure_ascii=False) + "\n"
        tally.written += 1
