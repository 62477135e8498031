"""Country facts the exports need and the records do not carry: ISO numeric code (ACLED's ``iso``),
a plain English name, and the ACLED and GTD regions. Read from ``countries.tsv`` (ISO 3166-1 codes
and names from the ISO standard; regions assigned after the ACLED and GTD codebooks)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Country:
    alpha2: str
    numeric: int | None
    name: str
    acled_region: str | None
    gtd_region: str | None


# GTD's region codes (GTD Codebook, "region" field).
GTD_REGION_CODES = {
    "North America": 1,
    "Central America & Caribbean": 2,
    "South America": 3,
    "East Asia": 4,
    "Southeast Asia": 5,
    "South Asia": 6,
    "Central Asia": 7,
    "Western Europe": 8,
    "Eastern Europe": 9,
    "Middle East & North Africa": 10,
    "Sub-Saharan Africa": 11,
    "Australasia & Oceania": 12,
}


@cache
def _table() -> dict[str, Country]:
    text = files("wirecoder.export").joinpath("countries.tsv").read_text(encoding="utf-8")
    table = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        table[row["alpha2"]] = Country(
            alpha2=row["alpha2"],
            numeric=int(row["numeric"]) if row["numeric"] else None,
            name=row["name"],
            acled_region=row["acled_region"] or None,
            gtd_region=row["gtd_region"] or None,
        )
    return table


def country(alpha2: str | None) -> Country | None:
    if not alpha2:
        return None
    return _table().get(alpha2.upper())
