"""The offline gazetteer: the bundled one (GeoNames cities500, admin1 and admin2 regions, countries, and the
continents and larger regions of ``gazetteer_regions.json``) or a full one built from the user's GeoNames dumps (every populated place, admin2 districts too).

The bundled file is built by ``scripts/build_gazetteer.py`` into ``gazetteer.sqlite`` next to this
file (``make install`` does it); a full one by ``wirecoder gazetteer build`` (``geonames.py``), and
the ``gazetteer`` setting points at it. Both have one schema (``gazetteer_build.SCHEMA``); read-only
here. Lookups are by normalised name (``names.normalise_name``).
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
# A town that bears its province's name is the province's seat unless another town of it is this
# many times bigger.
SEAT_NAMESAKE_RATIO = 4
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
    kind: str  # city | admin2 | admin1 | country | region (a continent, or a region beyond one province: Darfur)
    country_code: str | None
    admin1_code: str | None
    lat: float | None
    lon: float | None
    population: int
    is_name: bool  # the name looked up is the place's own name, not an alternate
    admin2_code: str | None = None  # 'AF.08.614': the district (GeoNames admin2) it lies in, when known


_HOW_TO_BUILD_BUNDLED = "run `make gazetteer` (or `python scripts/build_gazetteer.py` with the 'build' extra installed)"


def _how_to_build(path: Path) -> str:
    if path == PATH:
        return _HOW_TO_BUILD_BUNDLED
    return (f"build it from the GeoNames dumps with `wirecoder gazetteer build --geonames FILE... --out {path}`, "
            "or unset the gazetteer setting to use the bundled one")


class Gazetteer:
    def __init__(self, path: Path = PATH):
        path = Path(path)
        if not path.is_file():
            raise ResourceMissingError(f"the gazetteer {path} does not exist: {_how_to_build(path)}")
        # one connection per thread: the REST API looks places up from worker threads
        self._path = path
        self._local = threading.local()
        try:
            columns = {r[1] for r in self._db().execute("PRAGMA table_info(place)")}
            meta = dict(self._db().execute("SELECT key, value FROM meta"))
            self._admin1_names = dict(self._db().execute("SELECT admin1_code, name FROM place WHERE kind = 'admin1'"))
            self._country_names = dict(self._db().execute("SELECT country_code, name FROM place WHERE kind = 'country'"))
            self._demonyms = dict(self._db().execute("SELECT norm, country_code FROM demonym"))
            self._db().execute("SELECT norm, place, is_name FROM alias LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise ResourceMissingError(f"the gazetteer {path} is not a wirecoder gazetteer ({exc}): {_how_to_build(path)}") from None
        # a file built before admin2 existed has no admin2_code column: its places have none
        admin2 = "p.admin2_code" if "admin2_code" in columns else "NULL"
        self._columns = ("p.id, p.geonames_id, p.name, p.kind, p.country_code, p.admin1_code, p.lat, p.lon,"
                         f" p.population, {admin2}")
        self.meta = {k: v for k, v in meta.items() if not k.startswith(("iso:", "capital:"))}
        self.admin1_iso = {k[4:]: v for k, v in meta.items() if k.startswith("iso:")}
        # a file built before capitals were recorded has none: "the capital" then stays unplaced
        self._capitals = {k[8:]: v for k, v in meta.items() if k.startswith("capital:")}
        self._countries: dict[str, Entry] | None = None  # read on first use (``country``)

    @property
    def path(self) -> Path:
        return self._path

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"{self._path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    @lru_cache(maxsize=50_000)  # noqa: B019 - one Gazetteer per path and process, alive as long as it
    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every place the name can mean, biggest first."""
        norm = normalise_name(name)
        if not norm:
            return ()
        rows = self._db().execute(
            f"SELECT {self._columns}, a.is_name FROM alias a JOIN place p ON p.id = a.place WHERE a.norm = ?"
            " ORDER BY p.population DESC LIMIT 200",
            (norm,),
        ).fetchall()
        return tuple(Entry(*r[:9], bool(r[10]), r[9]) for r in rows)

    def country(self, code: str) -> Entry | None:
        """The country entry of an ISO code ('AF'), or None."""
        if self._countries is None:
            # all of them in one query: no index serves 'kind', so a query per code read the whole table
            countries: dict[str, Entry] = {}
            for r in self._db().execute(f"SELECT {self._columns} FROM place p WHERE p.kind = 'country'"):
                countries.setdefault(r[4], Entry(*r[:9], True, r[9]))
            self._countries = countries
        return self._countries.get(code)

    @lru_cache(maxsize=512)  # noqa: B019 - as lookup
    def capital(self, code: str) -> Entry | None:
        """The capital city of a country ('SV': San Salvador), or None when unknown."""
        name = self._capitals.get(code)
        if not name:
            return None
        cities = [e for e in self.lookup(name) if e.kind == "city" and e.country_code == code]
        return max(cities, key=lambda e: (e.is_name, e.population), default=None)

    @lru_cache(maxsize=512)  # noqa: B019 - as lookup
    def seat(self, admin1_code: str) -> Entry | None:
        """The seat of a province ('CO.02', Antioquia: Medellín), or None when it has no town. The
        sources record no seats: it is the town that bears the province's name ('Chalatenango'),
        unless a town of the province is more than ``SEAT_NAMESAKE_RATIO`` times bigger (Junín's
        seat is Huancayo, not the village of Junín), else its biggest town, which it is for most."""
        rows = self._db().execute(
            f"SELECT {self._columns} FROM place p WHERE p.kind = 'city' AND p.admin1_code = ?"
            " ORDER BY p.population DESC LIMIT 200",
            (admin1_code,),
        ).fetchall()
        towns = [Entry(*r[:9], True, r[9]) for r in rows]
        if not towns:
            return None
        province = normalise_name(self._admin1_names.get(admin1_code) or "")
        namesakes = [t for t in towns if (n := normalise_name(t.name)) and (province == n or province.startswith(n + " "))]
        if namesakes and namesakes[0].population * SEAT_NAMESAKE_RATIO >= towns[0].population:
            return namesakes[0]
        return towns[0]

    def country_name(self, code: str | None) -> str | None:
        return self._country_names.get(code) if code else None

    def admin1_name(self, code: str | None) -> str | None:
        return self._admin1_names.get(code) if code else None

    def demonym_country(self, word: str) -> str | None:
        """'Russian' -> 'RU'."""
        if word.isascii() and word.isalpha():
            # asked of every word of a text: a plain word's normal form is its lower case (the
            # same key ``normalise_name`` gives, without its work)
            return self._demonyms.get(word.lower())
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
def _opened(path: Path) -> Gazetteer:
    return Gazetteer(path)


def open_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """The gazetteer at ``path`` (None: the bundled one), opened once per process and path."""
    return _opened(Path(path).expanduser().resolve() if path is not None else PATH)


def gazetteer() -> Gazetteer:
    """The process-wide bundled gazetteer (opened once)."""
    return open_gazetteer(None)
