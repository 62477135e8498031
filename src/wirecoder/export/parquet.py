"""Apache Parquet: the flat columns with real types (date32, int64, float64, bool, string), so
pandas and DuckDB read dates as dates and counts as integers, empty cells as nulls."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from datetime import date

from ..model import Incident
from ._base import Rendered, Tally
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


class _Chunks(io.RawIOBase):
    """A file for pyarrow to write into whose bytes are handed on as they come."""

    def __init__(self):
        self.parts: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


def stream(incidents: Iterable[Incident], tally: Tally, rows_per_group: int = 2000) -> Iterator[bytes]:
    """The Parquet file one row group at a time: memory holds one group's rows, not the file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = _Chunks()
    writer = pq.ParquetWriter(sink, schema(), compression="zstd")
    rows: list[dict] = []

    def flush() -> bytes:
        writer.write_table(pa.Table.from_pylist(rows, schema=schema()))
        tally.written += len(rows)
        rows.clear()
        return sink.take()

    for incident in incidents:
        rows.append(flat_row(incident))
        if len(rows) == rows_per_group:
            yield flush()
    if rows:
        yield flush()
    writer.close()
    yield sink.take()
