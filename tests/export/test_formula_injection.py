"""CSV exports are spreadsheet-safe: a text cell that a spreadsheet would run as a formula (OWASP:
it begins with =, +, -, @, tab or carriage return) is prefixed with a single quote; numbers,
negative ones included, are written as numbers."""

from __future__ import annotations

import csv
import io

import pytest
from csv_checks import formula_cells

from wirecoder.export import export
from wirecoder.export._base import spreadsheet_safe
from wirecoder.model import Place

HOSTILE_OUTLETS = [
    '=HYPERLINK("http://x","Reuters")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C notepad'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def hostile_incident(kabul_bombing):
    place = Place(name="=Lima", kind="city", country_code="PE", country="Peru", lat=-12.0464, lon=-77.0428)
    return kabul_bombing.model_copy(update={"sources": HOSTILE_OUTLETS, "place": place})


@pytest.mark.parametrize("fmt", ["csv", "acled", "gtd"])
def test_no_cell_can_run_as_a_formula(hostile_incident, fmt):
    out = io.StringIO()
    result = export([hostile_incident], fmt, out)
    assert result.written == 1
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert formula_cells(out.getvalue()) == []
    header, row = rows  # a carriage return in a cell does not start a row of its own
    sources = row[header.index({"csv": "sources", "acled": "source", "gtd": "scite1"}[fmt])]
    assert sources.startswith("'=HYPERLINK(\"http://x\",\"Reuters\")")
    assert row[header.index("place" if fmt == "csv" else "location" if fmt == "acled" else "city")] == "'=Lima"
    # negative coordinates stay numbers, unquoted
    lat_column = "lat" if fmt == "csv" else "latitude"
    assert float(row[header.index(lat_column)]) == pytest.approx(-12.0464)
    assert row[header.index("lon" if fmt == "csv" else "longitude")].startswith("-77.04")


def test_gtd_unknown_number_code_stays_a_number(hostile_incident):
    out = io.StringIO()
    export([hostile_incident], "gtd", out)
    header, row = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert row[header.index("nperps")] == "-99"
    assert row[header.index("scite2")] == "'@SUM(1+1)*cmd|' /C calc'!A0"


def test_the_rule_itself():
    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe("Reuters") == "Reuters"
    assert spreadsheet_safe(-4.2) == -4.2 and spreadsheet_safe(-99) == -99
    assert spreadsheet_safe("") == ""
    assert spreadsheet_safe("\r=1+1") == "'\n=1+1"
    assert spreadsheet_safe("a\r\nb") == "a\r\nb"
