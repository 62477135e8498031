"""The regions part of a gazetteer build (``gazetteer_build.add_regions``): the continents and the
regions of a data file, as places of kind 'region'."""

from __future__ import annotations

import json

from wirecoder.resources.gazetteer import Gazetteer
from wirecoder.resources.gazetteer_build import REGIONS_FILE, GazetteerWriter, add_regions


def _build(tmp_path, regions: list[dict]) -> Gazetteer:
    data = tmp_path / "regions.json"
    data.write_text(json.dumps({"_source": "a test", "_notes": "", "regions": regions}), encoding="utf-8")
    writer = GazetteerWriter(tmp_path / "g.sqlite")
    add_regions(writer, data)
    writer.finish({"kind": "test"})
    return Gazetteer(tmp_path / "g.sqlite")


def test_a_region_of_one_country_lies_in_it(tmp_path):
    gaz = _build(tmp_path, [{"name": "Ogaden", "aliases": ["the Ogaden region"], "lat": 7.0, "lon": 44.0, "countries": ["ET"]}])
    (ogaden,) = gaz.lookup("Ogaden")
    assert (ogaden.kind, ogaden.country_code, ogaden.admin1_code, ogaden.lat, ogaden.lon) == ("region", "ET", None, 7.0, 44.0)
    assert ogaden.population > 50_000_000  # as populous as the country it lies in
    assert gaz.lookup("the Ogaden region")[0].id == ogaden.id


def test_a_region_of_several_countries_lies_in_none(tmp_path):
    gaz = _build(tmp_path, [{"name": "Great Lakes region", "aliases": [], "lat": -1.0, "lon": 30.0,
                             "countries": ["RW", "BI", "UG"]}])
    (lakes,) = gaz.lookup("Great Lakes region")
    assert (lakes.kind, lakes.country_code) == ("region", None)


def test_the_continents_come_with_every_build(tmp_path):
    gaz = _build(tmp_path, [])
    europe = gaz.lookup("Europe")
    assert [(e.kind, e.country_code, e.geonames_id) for e in europe] == [("region", None, 6255148)]
    assert gaz.meta["count:region"] == "7"


def test_the_repo_file_names_each_region_once_with_its_countries():
    regions = json.loads(REGIONS_FILE.read_text(encoding="utf-8"))["regions"]
    names = [r["name"] for r in regions]
    assert len(names) == len(set(names)) and "Darfur" in names
    assert all(r["countries"] and all(len(cc) == 2 and cc.isupper() for cc in r["countries"]) for r in regions)
    assert all(-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180 for r in regions)
