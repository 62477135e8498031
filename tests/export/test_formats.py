"""JSON, JSON Lines, flat CSV, GeoJSON, Parquet, and the export() entry point."""

import csv
import io
import json
from datetime import date

import pytest

from wirecoder.errors import ExportError
from wirecoder.export import FORMATS, export, render
from wirecoder.export._flat import COLUMN_NAMES
from wirecoder.model import Incident


def test_formats_registered():
    assert set(FORMATS) == {"json", "jsonl", "csv", "acled", "gtd", "geojson", "parquet", "muc4"}


def test_json_round_trips_records(incidents):
    out = io.StringIO()
    result = export(incidents, "json", out)
    assert result.written == 3 and result.omitted == 0
    payload = json.loads(out.getvalue())
    assert [Incident.model_validate(i) for i in payload["incidents"]] == incidents


def test_jsonl_one_record_a_line(incidents):
    out = io.StringIO()
    export(incidents, "jsonl", out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert Incident.model_validate_json(lines[1]) == incidents[1]


def test_csv_flat_columns(incidents):
    out = io.StringIO()
    export(incidents, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == COLUMN_NAMES
    kabul, mopti, berlin = rows
    assert kabul["type"] == "bombing" and kabul["types"] == "bombing; claim_of_responsibility"
    assert kabul["date"] == "2025-03-04" and kabul["killed"] == "12" and kabul["killed_qualifier"] == "at least"
    assert kabul["perpetrator_actors"] == "Islamic State Khorasan Province"
    assert kabul["victim_actors"] == "people"
    assert kabul["sources"] == "officials; Reuters" and kabul["conflicts"] == "counts.killed"
    assert kabul["acled_event_type"] == "Explosions/Remote violence" and kabul["cameo_code"] == "183"
    assert mopti["killed"] == "" and mopti["hedged"] == "true"
    assert berlin["lat"] == "" and berlin["arrested"] == "6"


def test_geojson_points_are_lon_lat_and_unplaced_are_counted(incidents):
    out = io.StringIO()
    result = export(incidents, "geojson", out)
    assert (result.written, result.omitted, result.omitted_reason) == (2, 1, "no coordinates")
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    kabul = collection["features"][0]
    assert kabul["type"] == "Feature" and kabul["id"] == "inc-kabul"
    assert kabul["geometry"] == {"type": "Point", "coordinates": [69.1723, 34.5281]}  # [lon, lat]
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        # flat properties: QGIS makes one attribute of each, so no nested values
        assert all(not isinstance(v, (dict, list)) for v in feature["properties"].values())
    assert kabul["properties"]["date"] == "2025-03-04"
    assert [f["id"] for f in collection["features"]] == ["inc-kabul", "inc-mopti"]


def test_parquet_reads_back_typed(incidents, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "incidents.parquet"
    result = export(incidents, "parquet", path)
    assert result.written == 3
    table = pq.read_table(path)
    assert table.column_names == COLUMN_NAMES
    assert str(table.schema.field("date").type) == "date32[day]"
    assert str(table.schema.field("killed").type) == "int64"
    rows = table.to_pylist()
    assert rows[0]["date"] == date(2025, 3, 4) and rows[0]["killed"] == 12 and rows[0]["lat"] == 34.5281
    assert rows[1]["killed"] is None and rows[1]["hedged"] is True
    assert rows[2]["lat"] is None


def test_parquet_to_binary_stream_and_refused_on_text_stream(incidents):
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    export(incidents, "parquet", buffer)
    assert pq.read_table(io.BytesIO(buffer.getvalue())).num_rows == 3
    with pytest.raises(ExportError, match="binary"):
        export(incidents, "parquet", io.StringIO())


def test_text_format_to_binary_stream_and_path(incidents, tmp_path):
    buffer = io.BytesIO()
    export(incidents, "jsonl", buffer)
    assert buffer.getvalue().decode("utf-8").count("\n") == 3
    path = tmp_path / "out.csv"
    export(incidents, "csv", path)
    assert path.read_text(encoding="utf-8").startswith("id,type,types,")


def test_empty_input_gives_header_or_empty_collection():
    assert render([], "csv").data.splitlines() == [",".join(COLUMN_NAMES)]
    assert json.loads(render([], "geojson").data) == {"type": "FeatureCollection", "features": []}
    assert json.loads(render([], "json").data) == {"incidents": []}


def test_unknown_format_and_missing_muc4_module_are_export_errors(incidents):
    with pytest.raises(ExportError, match="unknown export format"):
        export(incidents, "xlsx", io.StringIO())
    try:
        import wirecoder.export.muc4  # noqa: F401
    except ModuleNotFoundError:
        with pytest.raises(ExportError, match="muc4"):
            export(incidents, "muc4", io.StringIO())


def test_non_incident_records_are_refused():
    with pytest.raises(ExportError, match="Incident"):
        render([{"id": "x"}], "csv")
