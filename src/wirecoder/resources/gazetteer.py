"""The bundled offline gazetteer (GeoNames cities500, admin1 regions, countries).

Built by ``scripts/build_gazetteer.py`` into ``gazetteer.sqlite`` next to this file (``make
install`` does it); read-only here. Lookups are by normalised name (``names.normalise_name``).
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..errors import ResourceMissingError
from .names import normalise_name

PATH = Path(__file__).with_name("gazetteer.sqlite")
# Entity-ruler patterns only for places big enough that their name is rarely anything else;
# the statistical NER finds the rest and the gazetteer resolves them all.
RULER_MIN_POPULATION = 1_000_000
# Country and region names that are also common given names or words in news copy.
_RULER_SKIP = {"Jordan", "Chad", "Georgia", "Victoria", "Florence", "Washington", "Of", "Split", "Nice", "Mobile",
               "Reading", "Bath", "March", "Sale", "Jersey", "Man", "Turkey", "Guinea", "Niger", "Congo",
               "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row: a place that a name can mean."""

    id: int
    geonames_id: int | None
    name: str
    kind: str  # city | admin1 | country
    country_code: str | None
    admin1_code: str | None
    lat: float | None
    lon: float | None
    population: int
    is_name: bool  # the name looked up is the place's own name, not an alternate


class Gazetteer:
    def __init__(self, path: Path = PATH):
        if not path.is_file():
            raise ResourceMissingError(
                f"the gazetteer {path} has not been built: run `make gazetteer` "
                "(or `python scripts/build_gazetteer.py` with the 'build' extra installed)"
            )
        # one connection per thread: the REST API looks places up from worker threads
        self._path = path
        self._local = threading.local()
        meta = dict(self._db().execute("SELECT key, value FROM meta"))
        self.admin1_iso = {k[4:]: v for k, v in meta.items() if k.startswith("iso:")}
        self._admin1_names = dict(self._db().execute("SELECT admin1_code, name FROM place WHERE kind = 'admin1'"))
        self._country_names = dict(self._db().execute("SELECT country_code, name FROM place WHERE kind = 'country'"))
        self._demonyms = dict(self._db().execute("SELECT norm, country_code FROM demonym"))

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    @lru_cache(maxsize=50_000)  # noqa: B019 - one Gazetteer per process, alive as long as it
    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every place the name can mean, biggest first."""
        norm = normalise_name(name)
        if not norm:
            return ()
        rows = self._db().execute(
            "SELECT p.id, p.geonames_id, p.name, p.kind, p.country_code, p.admin1_code, p.lat, p.lon, p.population,"
            " a.is_name FROM alias a JOIN place p ON p.id = a.place WHERE a.norm = ?"
            " ORDER BY p.population DESC LIMIT 200",
            (norm,),
        ).fetchall()
        return tuple(Entry(*r[:9], bool(r[9])) for r in rows)

    @lru_cache(maxsize=512)  # noqa: B019 - as lookup
    def country(self, code: str) -> Entry | None:
        """The country entry of an ISO code ('AF'), or None."""
        row = self._db().execute(
            "SELECT p.id, p.geonames_id, p.name, p.kind, p.country_code, p.admin1_code, p.lat, p.lon, p.population"
            " FROM place p WHERE p.kind = 'country' AND p.country_code = ? LIMIT 1",
            (code,),
        ).fetchone()
        return Entry(*row, True) if row else None

    def country_name(self, code: str | None) -> str | None:
        return self._country_names.get(code) if code else None

    def admin1_name(self, code: str | None) -> str | None:
        return self._admin1_names.get(code) if code else None

    def demonym_country(self, word: str) -> str | None:
        """'Russian' -> 'RU'."""
        return self._demonyms.get(normalise_name(word))

    def countries(self) -> dict[str, str]:
        return dict(self._country_names)

    def ruler_patterns(self) -> list[dict]:
        """Entity-ruler patterns (label GPE) for countries, big regions and big cities, matched
        case-sensitively, so that places the statistical NER misses in wire copy are still seen."""
        rows = self._db().execute(
            "SELECT DISTINCT p.name FROM place p WHERE p.kind = 'country'"
            " OR (p.kind IN ('city', 'admin1') AND p.population >= ?)",
            (RULER_MIN_POPULATION,),
        ).fetchall()
        names = {r[0] for r in rows} | {"Kyiv", "Kiev"}
        patterns = []
        for name in sorted(names):
            if name in _RULER_SKIP or not name[:1].isupper() or len(name) < 4:
                continue
            patterns.append({"label": "GPE", "pattern": name})  # a phrase pattern: matched by the fast PhraseMatcher
        return patterns


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (opened once)."""
    return Gazetteer()
