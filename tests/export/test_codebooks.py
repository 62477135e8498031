"""ACLED and GTD layouts: headers as the codebooks name them, values by their conventions."""

import csv
import io

from wirecoder.export import export
from wirecoder.export.acled import ACLED_COLUMNS
from wirecoder.export.gtd import GTD_COLUMNS
from wirecoder.model import Role


def _rows(incidents, fmt):
    out = io.StringIO()
    result = export(incidents, fmt, out)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    return reader.fieldnames, list(reader), result


def test_acled_header():
    assert ACLED_COLUMNS == [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
        "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
        "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
        "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
        "fatalities", "tags", "timestamp",
    ]


def test_acled_values(incidents):
    header, (kabul, mopti, berlin), result = _rows(incidents, "acled")
    assert header == ACLED_COLUMNS and result.written == 3
    assert kabul["event_date"] == "2025-03-04" and kabul["year"] == "2025" and kabul["time_precision"] == "1"
    assert kabul["disorder_type"] == "Political violence"
    assert (kabul["event_type"], kabul["sub_event_type"]) == ("Explosions/Remote violence", "Suicide bomb")
    assert kabul["actor1"] == "Islamic State Khorasan Province" and kabul["inter1"] == "2"
    # the victims come before the building in actor 2: civilians are the ones ACLED names
    assert kabul["actor2"] == "Civilians (Afghanistan)" and kabul["inter2"] == "7"
    assert kabul["assoc_actor_2"] == "government ministry"
    assert kabul["interaction"] == "27" and kabul["civilian_targeting"] == "Civilian targeting"
    assert kabul["iso"] == "4" and kabul["region"] == "South Asia" and kabul["country"] == "Afghanistan"
    assert kabul["admin1"] == "Kabul" and kabul["location"] == "Kabul"
    assert (kabul["latitude"], kabul["longitude"], kabul["geo_precision"]) == ("34.5281", "69.1723", "1")
    assert kabul["fatalities"] == "12" and kabul["source"] == "officials; Reuters"
    assert kabul["notes"].startswith("At least 12 people were killed")
    assert kabul["tags"] == "" and kabul["timestamp"] == "" and kabul["source_scale"] == ""

    # an attack on soldiers is a battle; an unnamed attacker is ACLED's unidentified armed group
    assert (mopti["event_type"], mopti["sub_event_type"]) == ("Battles", "Armed clash")
    assert mopti["actor1"] == "Unidentified Armed Group (Mali)" and mopti["inter1"] == "3"
    assert mopti["actor2"] == "soldiers" and mopti["inter2"] == "1" and mopti["interaction"] == "13"
    assert mopti["time_precision"] == "3" and mopti["geo_precision"] == "3" and mopti["region"] == "Western Africa"
    assert mopti["admin1"] == "Mopti" and mopti["location"] == "Mopti"
    assert mopti["fatalities"] == ""  # a toll exists but the text gives no number

    assert berlin["event_type"] == "Strategic developments" and berlin["sub_event_type"] == "Arrests"
    assert berlin["disorder_type"] == "Strategic developments"
    assert berlin["actor1"] == "police" and berlin["inter1"] == "1"
    assert berlin["fatalities"] == "0"  # no toll reported is 0 in ACLED
    assert berlin["latitude"] == "" and berlin["geo_precision"] == ""
    assert berlin["iso"] == "276" and berlin["region"] == "Europe"


def test_gtd_header_has_codebook_names():
    for name in ("eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "region_txt",
                 "provstate", "city", "latitude", "longitude", "specificity", "summary", "success", "suicide",
                 "attacktype1_txt", "targtype1_txt", "target1", "gname", "claimed", "nperps", "nkill", "nwound",
                 "nhostkid", "ishostkid", "scite1", "dbsource"):
        assert name in GTD_COLUMNS


def test_gtd_values_and_non_attacks_left_out(incidents):
    header, rows, result = _rows(incidents, "gtd")
    assert header == GTD_COLUMNS
    assert (result.written, result.omitted) == (2, 1)  # the arrest is not a GTD event
    kabul, mopti = rows
    assert kabul["eventid"] == "202503040001"
    assert (kabul["iyear"], kabul["imonth"], kabul["iday"]) == ("2025", "3", "4")
    assert kabul["country_txt"] == "Afghanistan" and kabul["region_txt"] == "South Asia" and kabul["region"] == "6"
    assert kabul["provstate"] == "Kabul" and kabul["city"] == "Kabul" and kabul["specificity"] == "1"
    assert kabul["attacktype1_txt"] == "Bombing/Explosion" and kabul["attacktype1"] == "3"
    assert kabul["suicide"] == "1" and kabul["success"] == "1"
    assert kabul["gname"] == "Islamic State Khorasan Province" and kabul["claimed"] == "1"
    # GTD codes the intended target (the ministry), not the people hit
    assert kabul["targtype1_txt"] == "Government (General)" and kabul["targtype1"] == "2"
    assert kabul["target1"] == "a government ministry"
    assert kabul["nkill"] == "12" and kabul["nwound"] == "30" and kabul["nperps"] == "-99"
    assert kabul["ishostkid"] == "0" and kabul["nhostkid"] == ""
    assert kabul["scite1"] == "officials" and kabul["scite2"] == "Reuters" and kabul["dbsource"] == "wirecoder"

    assert mopti["eventid"] == "202504000001"  # month precision: day 0
    assert (mopti["imonth"], mopti["iday"], mopti["approxdate"]) == ("4", "0", "last month")
    assert mopti["attacktype1_txt"] == "Armed Assault" and mopti["gname"] == "Unknown"
    assert mopti["targtype1_txt"] == "Military" and mopti["specificity"] == "4" and mopti["city"] == ""
    assert mopti["region_txt"] == "Sub-Saharan Africa" and mopti["nkill"] == ""


def test_gtd_event_ids_unique_within_a_day(kabul_bombing):
    second = kabul_bombing.model_copy(update={"id": "inc-kabul-2"})
    _, rows, _ = _rows([kabul_bombing, second], "gtd")
    assert [r["eventid"] for r in rows] == ["202503040001", "202503040002"]


def test_gtd_success_and_doubt_follow_the_incident(kabul_bombing):
    from wirecoder.model import Stage

    failed = kabul_bombing.model_copy(update={"stage": Stage.ATTEMPTED, "political": True})
    _, [row], _ = _rows([failed], "gtd")
    assert row["success"] == "0" and row["doubtterr"] == "0"
    _, [row], _ = _rows([kabul_bombing.model_copy(update={"political": None})], "gtd")
    assert row["success"] == "1" and row["doubtterr"] == "-9"


def test_place_precision_and_vicinity_follow_the_codebooks(kabul_bombing):
    """'16km NE of Beni' is near the town (ACLED 2, GTD vicinity); a village missing from the
    gazetteer and placed at the town that contains it is ACLED 2 and GTD specificity 2."""
    beni = kabul_bombing.place.model_copy(update={"name": "Beni", "mention": "Beni", "country_code": "CD",
                                                  "country": "DR Congo", "precision": 2, "vicinity": True})
    near = kabul_bombing.model_copy(update={"place": beni})
    _, [acled], _ = _rows([near], "acled")
    _, [gtd], _ = _rows([near], "gtd")
    assert acled["geo_precision"] == "2" and (gtd["specificity"], gtd["vicinity"]) == ("1", "1")
    village = kabul_bombing.model_copy(update={"place": beni.model_copy(update={"vicinity": False})})
    _, [gtd], _ = _rows([village], "gtd")
    assert (gtd["specificity"], gtd["vicinity"]) == ("2", "0")


def test_totals_count_the_perpetrators_as_the_codebooks_do(kabul_bombing):
    """GTD nkill and ACLED fatalities count everyone killed; nkillter the perpetrators among them."""
    from wirecoder.model import CountKind, Toll

    bombing = kabul_bombing.model_copy(update={"tolls": [
        Toll(kind=CountKind.KILLED, total=13, victims=12, perpetrators=1),
        Toll(kind=CountKind.INJURED, total=30, victims=30)]})
    _, [gtd], _ = _rows([bombing], "gtd")
    _, [acled], _ = _rows([bombing], "acled")
    assert (gtd["nkill"], gtd["nkillter"], gtd["nwound"], gtd["nwoundte"]) == ("13", "1", "30", "")
    assert acled["fatalities"] == "13"


def test_gtd_target_nationality_only_where_the_text_gives_it(kabul_bombing):
    # the targets of the second copy are said to be Turkish ("a Turkish convoy"); the first's are not
    foreign = kabul_bombing.model_copy(update={"id": "inc-kabul-2", "actors": [
        a.model_copy(update={"country_code": "TR"}) if a.role in (Role.TARGET, Role.VICTIM) else a
        for a in kabul_bombing.actors]})
    _, rows, _ = _rows([kabul_bombing, foreign], "gtd")
    assert [r["natlty1_txt"] for r in rows] == ["", "Turkey"]


def test_a_hijacking_is_the_codebooks_hijacking_with_its_hostages(kabul_bombing):
    from wirecoder.model import EventType

    hijacking = kabul_bombing.model_copy(update={"type": EventType.HIJACKING, "types": [EventType.HIJACKING], "counts": []})
    _, [row], _ = _rows([hijacking], "gtd")
    assert (row["attacktype1"], row["attacktype1_txt"]) == ("4", "Hijacking")
    assert row["ishostkid"] == "1"
    _, [acled], _ = _rows([hijacking], "acled")
    assert acled["sub_event_type"] == "Abduction/forced disappearance"
