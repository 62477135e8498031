"""GeoJSON (RFC 7946): a FeatureCollection of Points at ``[lon, lat]`` with the flat columns as
properties, so QGIS shows every field as an attribute. Incidents without valid coordinates cannot
be placed on a map: they are left out and counted."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from ..model import Incident
from ._base import Rendered
from ._flat import flat_row
from ._records import coordinates


def _property(value):
    return value.isoformat() if isinstance(value, date) else value


def feature_collection(incidents: Iterable[Incident]) -> tuple[dict, int]:
    """(FeatureCollection, number of incidents left out for lack of coordinates)."""
    features = []
    omitted = 0
    for incident in incidents:
        point = coordinates(incident)
        if point is None:
            omitted += 1
            continue
        lon, lat = point
        properties = {k: _property(v) for k, v in flat_row(incident).items()}
        features.append({
            "type": "Feature",
            "id": incident.id,
            "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
            "properties": properties,
        })
    return {"type": "FeatureCollection", "features": features}, omitted


def render(incidents: list[Incident]) -> Rendered:
    collection, omitted = feature_collection(incidents)
    return Rendered(
        json.dumps(collection, ensure_ascii=False) + "\n",
        written=len(collection["features"]),
        omitted=omitted,
        omitted_reason="no coordinates",
    )
