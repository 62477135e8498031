"""Incidents out, in file formats other tools read: pure functions from records to text or bytes.

``export(incidents, fmt, out)`` writes one format to a text or binary stream or a path and says
how many incidents it wrote and left out. ``FORMATS`` names every format; each lives in its own
module, imported only when used (Parquet needs pyarrow; ``muc4`` is the MUC-4 package's writer,
``wirecoder.muc4.writer``, plugged in as ``wirecoder.export.muc4``).

A format module provides ``render(incidents: list[Incident])`` returning ``Rendered`` (data,
written, omitted) or simply the ``str``/``bytes`` to write.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import ExportError
from ..model import Incident
from ._base import Rendered

__all__ = ["FORMATS", "ExportResult", "Format", "export", "render"]


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # under wirecoder.export
    function: str
    binary: bool
    suffix: str
    help: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", "jsonfmt", "render_json", False, ".json", 'the records as JSON: {"incidents": [...]}'),
        Format("jsonl", "jsonfmt", "render_jsonl", False, ".jsonl", "one incident record a line"),
        Format("csv", "csvfmt", "render", False, ".csv", "wirecoder's flat columns"),
        Format("acled", "acled", "render", False, ".csv", "ACLED codebook columns"),
        Format("gtd", "gtd", "render", False, ".csv", "GTD codebook columns (attacks only)"),
        Format("geojson", "geojson", "render", False, ".geojson", "FeatureCollection of points (placed incidents only)"),
        Format("parquet", "parquet", "render", True, ".parquet", "flat typed table for pandas/DuckDB"),
        Format("muc4", "muc4", "render", False, ".muc4", "MUC-4 answer templates"),
    )
}


@dataclass(frozen=True)
class ExportResult:
    format: str
    written: int
    omitted: int = 0
    omitted_reason: str | None = None


def _format(fmt: str) -> Format:
    try:
        return FORMATS[fmt.lower()]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}") from None


def render(incidents: Iterable[Incident], fmt: str) -> Rendered:
    """The whole output of one format in memory, with its counts."""
    spec = _format(fmt)
    try:
        module = import_module(f"{__name__}.{spec.module}")
    except ModuleNotFoundError as exc:
        if exc.name in (f"{__name__}.{spec.module}",):
            raise ExportError(f"export format {spec.name!r} is not installed (module {exc.name})") from None
        raise ExportError(f"export format {spec.name!r} needs {exc.name}, which is not installed") from None
    items = list(incidents)
    bad = next((type(i).__name__ for i in items if not isinstance(i, Incident)), None)
    if bad:
        raise ExportError(f"export takes Incident records, got {bad}")
    result = getattr(module, spec.function)(items)
    if isinstance(result, (str, bytes)):
        result = Rendered(result, len(items))
    return result


def _write(data: str | bytes, out, spec: Format) -> None:
    if isinstance(out, (str, os.PathLike)):
        path = Path(out)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            # newline="" keeps "\n" line ends on every platform; CSV readers expect what we wrote
            path.write_text(data, encoding="utf-8", newline="")
        return
    if isinstance(data, str):
        if isinstance(out, io.TextIOBase) or not _is_binary(out):
            out.write(data)
        else:
            out.write(data.encode("utf-8"))
        return
    if _is_binary(out):
        out.write(data)
    elif hasattr(out, "buffer"):  # sys.stdout and open(..., "w") carry their byte stream
        out.flush()
        out.buffer.write(data)
    else:
        raise ExportError(f"{spec.name} is a binary format: give a file path or a binary stream")


def _is_binary(out) -> bool:
    if isinstance(out, (io.RawIOBase, io.BufferedIOBase)):
        return True
    if isinstance(out, io.TextIOBase):
        return False
    return "b" in getattr(out, "mode", "")


def export(incidents: Iterable[Incident], fmt: str, out: TextIO | BinaryIO | str | os.PathLike) -> ExportResult:
    """Write ``incidents`` in format ``fmt`` to a stream or path; ExportError if it cannot."""
    spec = _format(fmt)
    rendered = render(incidents, spec.name)
    try:
        _write(rendered.data, out, spec)
    except OSError as exc:
        raise ExportError(f"cannot write {spec.name} output: {exc}") from None
    return ExportResult(spec.name, rendered.written, rendered.omitted, rendered.omitted_reason)
