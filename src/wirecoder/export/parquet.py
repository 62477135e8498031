"""Apache Parquet: the flat columns with real types (date32, int64, float64, bool, string), so
pandas and DuckDB read dates as dates and counts as integers, empty cells as nulls."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..model import Incident
from ._base import Rendered
from ._flat import COLUMNS, flat_row


def _arrow_type(kind: type):
    import pyarrow as pa

    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32()}[kind]


def schema():
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type(kind), nullable=True) for name, kind in COLUMNS])


def to_table(incidents: Iterable[Incident]):
    import pyarrow as pa

    rows = [flat_row(i) for i in incidents]
    return pa.Table.from_pylist(rows, schema=schema())


def to_parquet(incidents: Iterable[Incident]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(to_table(incidents), sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def render(incidents: list[Incident]) -> Rendered:
    return Rendered(to_parquet(incidents), len(incidents))
