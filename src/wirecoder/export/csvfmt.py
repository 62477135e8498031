"""CSV with wirecoder's own flat columns (see ``_flat.COLUMNS``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Incident
from ._base import Rendered, Tally, counted, csv_chunks, csv_text
from ._flat import COLUMN_NAMES, cell, flat_row


def _rows(incidents: Iterable[Incident]):
    return ([cell(flat_row(i)[c]) for c in COLUMN_NAMES] for i in incidents)


def to_csv(incidents: Iterable[Incident]) -> str:
    return csv_text(COLUMN_NAMES, _rows(incidents))


def stream(incidents: Iterable[Incident], tally: Tally) -> Iterator[str]:
    yield from csv_chunks(COLUMN_NAMES, _rows(counted(incidents, tally)))


def render(incidents: list[Incident]) -> Rendered:
    return Rendered(to_csv(incidents), len(incidents))
