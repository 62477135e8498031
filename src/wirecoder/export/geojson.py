"""GeoJSON (RFC 7946): a FeatureCollection of Points at ``[lon, lat]`` with the flat columns as
properties, so QGIS shows every field as an attribute. Incidents without valid coordinates cannot
be placed on a map: they are left out and counted."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from ..model import Incident
from ._base import Rendered, Tally
from ._flat import flat_row
from ._records import coordinates


def _property(value):
    return value.isoformat() if isinstance(value, date) else value


_OMITTED_REASON = "no coordinates"


def iter_features(incidents: Iterable[Incident], tally: Tally) -> Iterator[dict]:
    """The Point features of the placed incidents; the others counted in ``tally`` as left out."""
    for incident in incidents:
        point = coordinates(incident)
        if point is None:
            tally.omitted += 1
            tally.omitted_reason = _OMITTED_REASON
            continue
        lon, lat = point
        properties = {k: _property(v) for k, v in flat_row(incident).items()}
        tally.written += 1
        yield {
            "type": "Feature",
            "id": incident.id,
            "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
            "properties": properties,
        }


def feature_collection(incidents: Iterable[Incident]) -> tuple[dict, int]:
    """(FeatureCollection, number of incidents left out for lack of coordinates)."""
    tally = Tally()
    features = list(iter_features(incidents, tally))
    return {"type": "FeatureCollection", "features": features}, tally.omitted


def stream(incidents: Iterable[Incident], tally: Tally) -> Iterator[str]:
    """``render``'s text, one feature at a time."""
    yield '{"type": "FeatureCollection", "features": ['
    for n, feature in enumerate(iter_features(incidents, tally)):
        yield (", " if n else "") + json.dumps(feature, ensure_ascii=False)
    yield "]}\n"


def render(incidents: list[Incident]) -> Rendered:
    collection, omitted = feature_collection(incidents)
    return Rendered(
        json.dumps(collection, ensure_ascii=False) + "\n",
        written=len(collection["features"]),
        omitted=omitted,
        omitted_reason=_OMITTED_REASON,
    )
