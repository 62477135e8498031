"""What a spreadsheet would run as a formula in a CSV export: the check the export tests share."""

from __future__ import annotations

import csv
import io

from wirecoder.export._base import FORMULA_STARTS


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def formula_cells(text: str) -> list[str]:
    """The cells of a CSV text that begin like a formula and are not numbers."""
    rows = csv.reader(io.StringIO(text, newline=""))
    return [c for row in rows for c in row if c.startswith(FORMULA_STARTS) and not _is_number(c)]
