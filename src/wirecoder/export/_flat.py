"""wirecoder's own flat columns: one row per incident, typed, shared by CSV, Parquet and GeoJSON.

Lists (actors of a role, sources, types) are joined with "; " so every cell is a scalar that
spreadsheets, QGIS and DuckDB read without a JSON parser.
"""

from __future__ import annotations

from datetime import date

from ..model import CountKind, Incident, Role
from ._records import evidence_text, headline, labels, qualifier, type_mapping

JOIN = "; "

# (column, type): type is one of str, int, float, bool, date; every column may be empty (None).
COLUMNS: list[tuple[str, type]] = [
    ("id", str),
    ("type", str),
    ("types", str),
    ("date", date),
    ("date_precision", str),
    ("date_text", str),
    ("place", str),
    ("place_mention", str),
    ("place_kind", str),
    ("admin1", str),
    ("country", str),
    ("country_code", str),
    ("lat", float),
    ("lon", float),
    ("geonames_id", int),
    *[(f"{role.value}_actors", str) for role in Role],
    *[(kind.value, int) for kind in CountKind],
    ("killed_qualifier", str),
    ("injured_qualifier", str),
    ("sources", str),
    ("n_sources", int),
    ("n_articles", int),
    ("articles", str),
    ("n_events", int),
    ("conflicts", str),
    ("hedged", bool),
    ("gtd_attack_type", str),
    ("acled_event_type", str),
    ("acled_sub_event_type", str),
    ("cameo_code", str),
    ("evidence", str),
]
COLUMN_NAMES = [name for name, _ in COLUMNS]


def _join(values) -> str | None:
    values = [v for v in values if v]
    return JOIN.join(values) if values else None


def flat_row(incident: Incident) -> dict:
    place = incident.place
    when = incident.date
    taxonomy = type_mapping(incident)
    row = {
        "id": incident.id,
        "type": incident.type.value,
        "types": _join(t.value for t in incident.types),
        "date": when.date if when else None,
        "date_precision": when.precision.value if when else None,
        "date_text": when.text if when else None,
        "place": place.name if place else None,
        "place_mention": place.mention if place else None,
        "place_kind": place.kind if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "country_code": place.country_code if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geonames_id": place.geonames_id if place else None,
        **{f"{role.value}_actors": _join(labels(incident, role)) for role in Role},
        **{kind.value: headline(incident, kind) for kind in CountKind},
        "killed_qualifier": qualifier(incident, CountKind.KILLED),
        "injured_qualifier": qualifier(incident, CountKind.INJURED),
        "sources": _join(incident.sources),
        "n_sources": len(incident.sources),
        "n_articles": len(incident.articles),
        "articles": _join(incident.articles),
        "n_events": len(incident.events),
        "conflicts": _join(c.field for c in incident.conflicts),
        "hedged": incident.hedged,
        "gtd_attack_type": taxonomy.gtd_attack_type,
        "acled_event_type": taxonomy.acled_event_type,
        "acled_sub_event_type": taxonomy.acled_sub_event_type,
        "cameo_code": taxonomy.cameo_code,
        "evidence": evidence_text(incident) or None,
    }
    return row


def cell(value) -> str | int | float:
    """A value as a CSV cell: empty for None, ISO dates, true/false for booleans (which pandas and
    DuckDB read back as booleans); numbers stay numbers, so that only text is guarded against
    spreadsheet formulas and a negative longitude is written as it is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return value
    return str(value)
