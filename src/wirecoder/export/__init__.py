"""Incidents out, in file formats other tools read: pure functions from records to text or bytes.

``export(incidents, fmt, out)`` writes one format to a text or binary stream or a path and says
how many incidents it wrote and left out. ``FORMATS`` names every format; each lives in its own
module, imported only when used (Parquet needs pyarrow; ``muc4`` is the MUC-4 package's writer,
``wirecoder.muc4.writer``, plugged in as ``wirecoder.export.muc4``).

A format module provides ``render(incidents: list[Incident])`` returning ``Rendered`` (data,
written, omitted) or simply the ``str``/``bytes`` to write, and may provide a streaming writer
(``Format.streamer``: ``(incidents, tally) -> chunks``) that holds one record or one row group at a
time; ``stream(incidents, fmt)`` uses it, so stores of any size export in constant memory. A format
without one (``muc4``, which groups incidents by article) is rendered whole.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import BinaryIO, TextIO

from ..errors import ExportError
from ..model import Incident
from ._base import Rendered, Tally

__all__ = ["FORMATS", "ExportResult", "Format", "Streamed", "export", "render", "stream"]


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # under wirecoder.export
    function: str
    binary: bool
    suffix: str
    help: str
    streamer: str | None = None  # the module's (incidents, tally) -> chunks function


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", "jsonfmt", "render_json", False, ".json", 'the records as JSON: {"incidents": [...]}', "stream_json"),
        Format("jsonl", "jsonfmt", "render_jsonl", False, ".jsonl", "one incident record a line", "stream_jsonl"),
        Format("csv", "csvfmt", "render", False, ".csv", "wirecoder's flat columns", "stream"),
        Format("acled", "acled", "render", False, ".csv", "ACLED codebook columns", "stream"),
        Format("gtd", "gtd", "render", False, ".csv", "GTD codebook columns (attacks only)", "stream"),
        Format("geojson", "geojson", "render", False, ".geojson", "FeatureCollection of points (placed incidents only)", "stream"),
        Format("parquet", "parquet", "render", True, ".parquet", "flat typed table for pandas/DuckDB", "stream"),
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


def _module(spec: Format):
    try:
        return import_module(f"{__name__}.{spec.module}")
    except ModuleNotFoundError as exc:
        if exc.name in (f"{__name__}.{spec.module}",):
            raise ExportError(f"export format {spec.name!r} is not installed (module {exc.name})") from None
        raise ExportError(f"export format {spec.name!r} needs {exc.name}, which is not installed") from None


def _checked(incidents: Iterable[Incident]) -> Iterator[Incident]:
    for incident in incidents:
        if not isinstance(incident, Incident):
            raise ExportError(f"export takes Incident records, got {type(incident).__name__}")
        yield incident


class Streamed:
    """One format's output as chunks (``str``, or ``bytes`` for binary formats), made as they are
    taken; ``tally`` says what was written and left out once the chunks are spent."""

    def __init__(self, spec: Format, chunks: Iterator[str | bytes], tally: Tally):
        self.format, self.chunks, self.tally = spec, chunks, tally

    def __iter__(self) -> Iterator[str | bytes]:
        return self.chunks


def stream(incidents: Iterable[Incident], fmt: str) -> Streamed:
    """Format ``fmt`` written piece by piece as ``incidents`` are read (ExportError at once for an
    unknown or uninstalled format). Formats without a streaming writer are rendered whole."""
    spec = _format(fmt)
    module = _module(spec)
    tally = Tally()
    if spec.streamer is None:
        def whole() -> Iterator[str | bytes]:
            rendered = render(incidents, spec.name)
            tally.written, tally.omitted, tally.omitted_reason = rendered.written, rendered.omitted, rendered.omitted_reason
            yield rendered.data
        return Streamed(spec, whole(), tally)
    return Streamed(spec, getattr(module, spec.streamer)(_checked(incidents), tally), tally)


def render(incidents: Iterable[Incident], fmt: str) -> Rendered:
    """The whole output of one format in memory, with its counts."""
    spec = _format(fmt)
    module = _module(spec)
    items = list(incidents)
    bad = next((type(i).__name__ for i in items if not isinstance(i, Incident)), None)
    if bad:
        raise ExportError(f"export takes Incident records, got {bad}")
    result = getattr(module, spec.function)(items)
    if isinstance(result, (str, bytes)):
        result = Rendered(result, len(items))
    return result


def _write(data: str | bytes, out, spec: Format) -> None:
    """One chunk to an open text or binary stream."""
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
    """Write ``incidents`` in format ``fmt`` to a stream or path, chunk by chunk as they are read
    (``stream``); ExportError if it cannot."""
    streamed = stream(incidents, fmt)
    spec = streamed.format
    try:
        if isinstance(out, (str, os.PathLike)):
            # newline="" keeps "\n" line ends on every platform; CSV readers expect what we wrote
            with (open(out, "wb") if spec.binary else open(out, "w", encoding="utf-8", newline="")) as file:
                for chunk in streamed:
                    file.write(chunk)
        else:
            for chunk in streamed:
                _write(chunk, out, spec)
    except OSError as exc:
        raise ExportError(f"cannot write {spec.name} output: {exc}") from None
    tally = streamed.tally
    return ExportResult(spec.name, tally.written, tally.omitted, tally.omitted_reason)
