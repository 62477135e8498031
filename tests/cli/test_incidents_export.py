"""`wirecoder incidents` and `wirecoder export` over a store built by `wirecoder ingest` from the
seed and four other reports of the same events (examples/corpus/rostov_reports.jsonl)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from wirecoder.cli import main

pytestmark = pytest.mark.model

CORPUS = "examples/corpus/rostov_reports.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    path = tmp_path_factory.mktemp("store") / "w.db"
    cwd = os.getcwd()
    os.chdir(root)
    try:
        assert main(["ingest", CORPUS, "--db", str(path), "--quiet"]) == 0
    finally:
        os.chdir(cwd)
    return str(path)


def _json(capsys, argv) -> dict:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_reports_of_one_event_are_one_incident_with_the_sources_disagreement(db, capsys):
    page = _json(capsys, ["incidents", "--db", db, "--country", "RU", "--format", "json"])
    assert page["total"] == 2
    by_type = {i["type"]: i for i in page["items"]}
    rostov, crocus = by_type["hostage_taking"], by_type["armed_assault"]
    assert rostov["place"]["name"] == "Rostov-on-Don" and len(rostov["articles"]) == 3
    killed = next(c for c in rostov["conflicts"] if c["field"] == "counts.killed")
    values = {v["value"]: v for v in killed["values"]}
    assert "TASS" in values[6]["sources"] and not values[6]["hedged"]
    assert {"news report", "Eurasia Desk"} <= set(values[None]["sources"]) and values[None]["hedged"]

    assert crocus["date"]["date"] == "2024-03-22" and len(crocus["articles"]) == 3
    assert next(c["value"] for c in crocus["counts"] if c["kind"] == "killed") == 145
    killed = next(c for c in crocus["conflicts"] if c["field"] == "counts.killed")
    assert {v["value"]: v["hedged"] for v in killed["values"]} == {60: True, 144: True, 145: False}


def test_table_and_filters(db, capsys):
    assert main(["incidents", "--db", db, "--type", "hostage_taking,armed_assault", "--from", "2024-06-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["id", "date", "type", "place"]
    assert len(out) == 3 and "Rostov-on-Don" in out[1] and out[-1] == "1 incidents"
    assert main(["incidents", "--db", db, "--source", "metro wire", "--format", "json"]) == 0
    assert [i["place"]["name"] for i in json.loads(capsys.readouterr().out)["items"]] == ["Moscow"]
    assert main(["incidents", "--db", db, "--type", "arson"]) == 2
    assert "known types are" in capsys.readouterr().err
    assert main(["incidents", "--db", db, "--from", "June 1"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_export_acled_uses_the_codebook_columns(db, tmp_path, capsys):
    out = tmp_path / "acled.csv"
    assert main(["export", "--db", db, "--format", "acled", "--country", "RU", "--out", str(out)]) == 0
    assert "wrote 2 incidents as acled" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {"event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "latitude", "longitude",
            "fatalities", "source", "notes"} <= set(rows[0])
    by_date = {r["event_date"]: r for r in rows}
    assert by_date["2024-03-22"]["fatalities"] == "145" and by_date["2024-03-22"]["location"] == "Moscow"
    assert by_date["2024-06-16"]["fatalities"] == "6" and by_date["2024-06-16"]["country"] == "Russia"
    assert abs(float(by_date["2024-06-16"]["latitude"]) - 47.23) < 0.1


def test_export_geojson_and_parquet(db, tmp_path, capsys):
    assert main(["export", "--db", db, "--format", "geojson", "--country", "RU"]) == 0
    out, _err = capsys.readouterr()
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 2
    lon, lat = next(f for f in collection["features"] if f["properties"]["type"] == "armed_assault")["geometry"]["coordinates"]
    assert abs(lon - 37.6) < 0.2 and abs(lat - 55.75) < 0.2  # Moscow, lon first
    parquet = tmp_path / "i.parquet"
    assert main(["export", "--db", db, "--format", "parquet", "--out", str(parquet)]) == 0
    import pyarrow.parquet as pq

    table = pq.read_table(parquet)
    assert table.num_rows == json.loads(_all(capsys, db))["total"]


def _all(capsys, db) -> str:
    capsys.readouterr()
    assert main(["incidents", "--db", db, "--format", "json", "--limit", "10000"]) == 0
    return capsys.readouterr().out


def test_export_limit_offset_and_bad_out(db, tmp_path, capsys):
    assert main(["export", "--db", db, "--format", "jsonl", "--limit", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "no" / "x.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_one_incident_explained_says_why_each_article_joined(db, capsys):
    page = _json(capsys, ["incidents", "--db", db, "--country", "RU", "--type", "hostage_taking", "--format", "json"])
    incident_id = page["items"][0]["id"]
    assert main(["incidents", incident_id, "--db", db, "--explain"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"incident {incident_id}: hostage_taking")
    assert "3 articles:" in out and out.count("joined (score") == 2 and "made the incident" in out
    assert "same place (Rostov-on-Don, Rostov-on-Don)" in out  # a reason, under each article that joined
    detail = _json(capsys, ["incidents", incident_id, "--db", db, "--format", "json"])
    assert [m["joined"] for m in detail["members"]] == [False, True, True]
    assert all(m["reasons"] for m in detail["members"][1:])
    assert main(["incidents", "0000000000000000", "--db", db]) != 0
    assert main(["incidents", "--db", db, "--explain"]) != 0  # --explain needs an id


def test_the_id_of_a_folded_incident_shows_the_one_it_joined(tmp_path, capsys):
    from factories import store_with_a_fold

    path = str(tmp_path / "folds.db")
    gone, kept = store_with_a_fold(path)
    assert main(["incidents", gone, "--db", path]) == 0
    shown = capsys.readouterr()
    assert shown.out.startswith(f"incident {kept}: bombing")
    assert f"{gone} was folded into {kept}" in shown.err
