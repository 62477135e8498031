"""What a format module returns: the bytes or text, and how many incidents it wrote and left out."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class Rendered:
    data: str | bytes
    written: int
    omitted: int = 0
    omitted_reason: str | None = None


def csv_text(columns: list[str], rows) -> str:
    """CSV with a header, "\\n" line ends and minimal quoting: what ACLED and GTD downloads look like."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()
