"""The in-memory map index: the same points as the SQL query, refreshed when the store changes."""

from __future__ import annotations

import json
from datetime import date

from wirecoder.model import EventType, IncidentQuery, MapPoint
from wirecoder.store import map_index, open_store
from wirecoder.store.map_index import MapIndex


def _row(seq, id_, type_, day, lon, lat, country="XX", killed=None):
    values = {"id": id_, "type": type_, "date": day, "precision": "day" if day else None, "place": "P",
              "country_code": country, "lat": lat, "lon": lon, "killed": killed, "conflicts": 0}
    return (*(values[name] for name in MapPoint.model_fields), seq)


# in store order (seq), not by date: the index sorts them newest first, undated last
ROWS = [
    _row(1, "kabul2", "kidnapping", date(2023, 3, 1), 69.2, 34.5, "AF"),
    _row(2, "undated", "bombing", None, 69.1, 34.6, "AF"),
    _row(3, "samoa", "armed_assault", date(2024, 4, 1), -171.8, -13.8, "WS"),
    _row(4, "kabul", "bombing", date(2024, 3, 1), 69.17, 34.53, "AF", 12),
    _row(5, "fiji", "bombing", date(2024, 5, 1), 179.5, -17.0, "FJ", 3),
    _row(6, "unplaced", "bombing", date(2024, 6, 1), None, None),
]


def _ids(index, **query):
    total, items = index.select(IncidentQuery(**query))
    points = [json.loads(x) for x in items]
    return total, [p["id"] for p in points]


def test_filters_slice_in_the_stored_order():
    index = MapIndex(ROWS, version=(1, None))
    assert _ids(index) == (5, ["fiji", "samoa", "kabul", "kabul2", "undated"])
    assert _ids(index, bbox=(60, 30, 75, 40)) == (3, ["kabul", "kabul2", "undated"])
    assert _ids(index, bbox=(170, -20, -170, -10)) == (2, ["fiji", "samoa"])  # across the antimeridian
    assert _ids(index, type=[EventType.BOMBING]) == (3, ["fiji", "kabul", "undated"])
    assert _ids(index, type=[EventType.ARREST]) == (0, [])
    assert _ids(index, country="af", date_from=date(2024, 1, 1)) == (1, ["kabul"])
    assert _ids(index, date_to=date(2023, 12, 31)) == (1, ["kabul2"])  # undated is in no range
    assert _ids(index, limit=2, offset=1) == (5, ["samoa", "kabul"])


def test_an_update_replaces_a_point_and_a_lost_place_removes_it():
    index = MapIndex(ROWS, version=(6, None))
    moved = _row(4, "kabul", "bombing", date(2024, 6, 2), 69.17, 34.53, "AF", 13)
    unplaced = _row(5, "fiji", "bombing", date(2024, 5, 1), None, None)
    new = _row(7, "new", "arrest", date(2022, 1, 1), 10.0, 10.0, "NG")
    after = index.updated([moved, unplaced, new], version=(7, "later"))
    assert _ids(after) == (5, ["kabul", "samoa", "kabul2", "new", "undated"])
    assert json.loads(after.select(IncidentQuery(limit=1))[1][0])["killed"] == 13
    assert _ids(index)[0] == 5  # the old index is left as it was


def test_points_json_is_a_valid_map_point():
    index = MapIndex(ROWS, version=(1, None))
    _, items = index.select(IncidentQuery(limit=1))
    point = MapPoint.model_validate_json(items[0])
    assert (point.id, point.type, point.date, point.killed) == ("fiji", EventType.BOMBING, date(2024, 5, 1), 3)


def test_text_filters_are_left_to_sql():
    assert map_index.answerable(IncidentQuery(bbox=(0, 0, 1, 1), type=[EventType.BOMBING]))
    assert not map_index.answerable(IncidentQuery(actor="islamic state"))


def test_store_answers_from_the_index_as_sql_does_and_sees_new_incidents(store_url, reports, monkeypatch):
    monkeypatch.setattr(map_index, "MAX_AGE", 0.0)
    with open_store(store_url) as store:
        store.add([reports["crocus_first"], reports["kabul"]])
        everything = store.points()
        assert everything.total == 2
        store.add([reports["rostov_news"]])
        after = store.points()
        assert after.total == 3
        assert "Rostov-on-Don" in {p.place for p in after.items}
        store.add([reports["crocus_toll"]])  # joins the Crocus incident: an update, not a new point
        crocus = [p for p in store.points(IncidentQuery(country="RU")).items if p.type is EventType.ARMED_ASSAULT]
        assert [p.killed for p in crocus] == [145] and store.points().total == 3
        queries = [IncidentQuery(), IncidentQuery(country="RU"), IncidentQuery(bbox=(30, 40, 50, 60)),
                   IncidentQuery(type=[EventType.BOMBING]), IncidentQuery(limit=1, offset=1)]
        from_index = [store.points(q) for q in queries]
        monkeypatch.setattr(map_index, "answerable", lambda query: False)  # the SQL path, as text filters take
        assert [store.points(q) for q in queries] == from_index


def test_the_index_is_rebuilt_only_after_its_age(store_url, reports, monkeypatch):
    monkeypatch.setattr(map_index, "MAX_AGE", 60.0)
    with open_store(store_url) as store:
        store.add([reports["kabul"]])
        assert store.points().total == 1
        store.add([reports["rostov_news"]])
        assert store.points().total == 1  # within MAX_AGE the copy stands
        monkeypatch.setattr(map_index, "MAX_AGE", 0.0)
        assert store.points().total == 2
