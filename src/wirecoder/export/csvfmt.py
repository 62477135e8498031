"""CSV with wirecoder's own flat columns (see ``_flat.COLUMNS``)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Incident
from ._base import Rendered, csv_text
from ._flat import COLUMN_NAMES, cell, flat_row


def to_csv(incidents: Iterable[Incident]) -> str:
    return csv_text(COLUMN_NAMES, ([cell(flat_row(i)[c]) for c in COLUMN_NAMES] for i in incidents))


def render(incidents: list[Incident]) -> Rendered:
    return Rendered(to_csv(incidents), len(incidents))
