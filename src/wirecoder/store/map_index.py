"""The map's points held in memory: every placed incident's map fields in arrays sorted newest
first, so that a box, type, country and date query is a vectorised mask and a slice.

A map request asks for the newest few hundred incidents in a box out of the whole store. SQLite
answers it from a covering index but must still sort every match by date (4 ms for a box of
4,500 matches in a store of 100,000), and reading the rows into Python costs as much again: at
hundreds of requests a second that saturates a core. Held as arrays, the same query takes a
fraction of a millisecond, and each point's JSON is written once.

The index is a copy: ``Store`` renews it when the store's version (the newest incident, the
latest update and the number of incidents, which falls when one is folded into another) has moved,
checking at most once every ``MAX_AGE`` seconds, so a map may
lag a write by that long. Queries that filter on actors, sources or free text are not
answered here (they need the store's text columns) and go to SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np

from ..model import IncidentQuery, MapPoint

MAX_AGE = 1.0  # seconds between checks of the store's version
_AT = {name: i for i, name in enumerate(MapPoint.model_fields)}  # a row's MapPoint fields, then its seq
_SEQ = len(_AT)
_NO_DATE = np.iinfo(np.int32).min  # sorts after every date when negated


def answerable(query: IncidentQuery) -> bool:
    """Whether the index can answer ``query``: no text filters."""
    return not (query.actor or query.source or query.text)


def point_json(row: Sequence) -> str:
    """The JSON of one map point from its values in ``MapPoint`` field order."""
    return json.dumps(
        {name: (value.isoformat() if isinstance(value, date) else str(value) if name == "type" else value)
         for name, value in zip(MapPoint.model_fields, row, strict=True)},
        ensure_ascii=False, separators=(",", ":"),
    )


class MapIndex:
    """Placed incidents' map fields, newest first (undated last, then by store order)."""

    def __init__(self, rows: Iterable[Sequence], version: tuple) -> None:
        """``rows`` are tuples of the ``MapPoint`` fields and the incident's store sequence number,
        in any order; those without coordinates are left out."""
        self.version = version
        rows = [r for r in rows if r[_AT["lat"]] is not None and r[_AT["lon"]] is not None]
        day = np.array([d.toordinal() if isinstance(d := r[_AT["date"]], date) else _NO_DATE for r in rows], dtype=np.int64)
        seq = np.array([r[_SEQ] for r in rows], dtype=np.int64)
        order = np.lexsort((seq, -day)) if rows else np.array([], dtype=np.int64)  # newest first, then seq
        self.rows = [rows[i] for i in order]
        self.day = day[order].astype(np.int32)
        self.lon = np.array([r[_AT["lon"]] for r in self.rows], dtype=np.float64)
        self.lat = np.array([r[_AT["lat"]] for r in self.rows], dtype=np.float64)
        types = [str(r[_AT["type"]]) for r in self.rows]
        self._types = sorted(set(types))
        codes = {name: i for i, name in enumerate(self._types)}
        self.type = np.array([codes[x] for x in types], dtype=np.int16)
        countries = [r[_AT["country_code"]] or "" for r in self.rows]
        self._countries = sorted(set(countries))
        codes = {name: i for i, name in enumerate(self._countries)}
        self.country = np.array([codes[x] for x in countries], dtype=np.int16)
        self._json: list[str | None] = [None] * len(self.rows)  # each point's JSON, written when first asked for

    def updated(self, changed: Iterable[Sequence], version: tuple) -> MapIndex:
        """A new index with ``changed`` rows (new incidents and new versions of stored ones, which
        replace the old, also when they lost their coordinates) in."""
        changed = list(changed)
        ids = {r[_AT["id"]] for r in changed}
        return MapIndex([r for r in self.rows if r[_AT["id"]] not in ids] + changed, version)

    def __len__(self) -> int:
        return len(self.rows)

    def select(self, query: IncidentQuery) -> tuple[int, list[str]]:
        """How many points match ``query`` and the JSON of its page (offset, limit), in order."""
        mask = np.ones(len(self), dtype=bool)
        if query.bbox is not None:
            west, south, east, north = query.bbox
            mask &= (self.lat >= south) & (self.lat <= north)
            mask &= (self.lon >= west) & (self.lon <= east) if west <= east else (self.lon >= west) | (self.lon <= east)
        if query.date_from is not None:
            mask &= (self.day >= query.date_from.toordinal()) & (self.day != _NO_DATE)
        if query.date_to is not None:
            mask &= (self.day <= query.date_to.toordinal()) & (self.day != _NO_DATE)
        if query.type:
            codes = [self._types.index(t.value) for t in query.type if t.value in self._types]
            mask &= np.isin(self.type, codes)
        if query.country:
            code = query.country.upper()
            mask &= self.country == (self._countries.index(code) if code in self._countries else -1)
        hits = np.flatnonzero(mask)
        page = hits[query.offset : query.offset + query.limit]
        return int(hits.size), [self._point_json(int(i)) for i in page]

    def _point_json(self, i: int) -> str:
        text = self._json[i]
        if text is None:
            text = self._json[i] = point_json(self.rows[i][:_SEQ])
        return text
