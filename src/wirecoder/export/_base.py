"""What a format module returns: the bytes or text, and how many incidents it wrote and left out."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Rendered:
    data: str | bytes
    written: int
    omitted: int = 0
    omitted_reason: str | None = None


@dataclass
class Tally:
    """What a streamed export has written and left out so far; complete once its chunks are spent."""
    written: int = 0
    omitted: int = 0
    omitted_reason: str | None = None


def counted(items: Iterable, tally: Tally) -> Iterator:
    """``items`` unchanged, each counted as written as it passes."""
    for item in items:
        tally.written += 1
        yield item


# OWASP's rule against CSV injection: a spreadsheet reads a cell beginning with one of these as a
# formula, and outlet names, feed titles and evidence are third-party text
# (``=HYPERLINK("http://...","Reuters")``); a leading single quote makes such a cell plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# a carriage return not followed by a line feed: the csv module does not quote a cell for it, yet
# spreadsheets end the row there, so the rest of the cell would start a row of its own
_LONE_CR = re.compile(r"\r(?!\n)")


def spreadsheet_safe(value):
    """A text cell a spreadsheet will not run as a formula, with any lone carriage return made a
    line feed (which the csv module quotes); numbers (-99, -33.5) stay numbers."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return _LONE_CR.sub("\n", value)


def csv_text(columns: list[str], rows) -> str:
    """CSV with a header, "\\n" line ends and minimal quoting: what ACLED and GTD downloads look like."""
    return "".join(csv_chunks(columns, rows))


def csv_chunks(columns: list[str], rows, rows_per_chunk: int = 500) -> Iterator[str]:
    """``csv_text`` a few hundred rows at a time, the header first, for streamed exports. Every
    text cell is made spreadsheet-safe (``spreadsheet_safe``); the one place cells are written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for n, row in enumerate(rows, 1):
        writer.writerow([spreadsheet_safe(value) for value in row])
        if n % rows_per_chunk == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
