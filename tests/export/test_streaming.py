"""Exports stream: `wirecoder export` and `GET /api/export/{fmt}` read the store a page at a time as
they write, so a store of any size exports in constant memory and the first byte leaves at once.
The store here holds 2,300 synthetic incidents, three pages of the 1,000 the exports read at a time."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import anyio
import pyarrow.parquet as pq
import pytest
from factories import event, result

from wirecoder.cli import main
from wirecoder.model import Article, EventType, Place

INCIDENTS = 2300
PAGES = 3


def _synthetic(i: int):
    """One bombing a week apart from, or far away from, every other one: incidents never merge."""
    day = date(2024, 1, 1) + timedelta(days=7 * (i % 100))
    lat, lon = -60 + 5 * (i // 100) % 120, 10 + (i // 100) // 24
    text = f"A bomb exploded in Town {i} on {day:%d %B %Y}, police said."
    article = Article(text=text, published=day, source="Wire", title=f"Bombing {i}", origin=f"synthetic:{i}")
    place = Place(name=f"Town {i}", mention=f"Town {i}", kind="city", country_code="NG", country="Nigeria",
                  lat=lat, lon=lon)
    return result(article, event(article, "bomb", EventType.BOMBING, day=day, id="e1", place=place))


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    from wirecoder.model import IncidentQuery
    from wirecoder.store import open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('stream') / 'stream.db'}"
    with open_store(url) as store:
        store.add([_synthetic(i) for i in range(INCIDENTS)])
        assert store.incidents(IncidentQuery(limit=1), events=False).total == INCIDENTS
    return url


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "acled", "geojson", "parquet"])
def test_cli_export_writes_every_incident(store_url, tmp_path, capsys, fmt):
    out = tmp_path / f"all.{fmt}"
    assert main(["export", "--db", store_url, "--format", fmt, "--out", str(out)]) == 0
    assert f"wrote {INCIDENTS} incidents" in capsys.readouterr().err
    if fmt == "jsonl":
        records = [json.loads(line) for line in out.read_text().splitlines()]
    elif fmt == "json":
        records = json.loads(out.read_text())["incidents"]
    elif fmt == "geojson":
        records = json.loads(out.read_text())["features"]
    elif fmt == "parquet":
        records = pq.read_table(out).to_pylist()
    else:
        records = list(csv.DictReader(out.open(newline="")))
    assert len(records) == INCIDENTS
    if fmt in ("jsonl", "json"):
        assert len({r["id"] for r in records}) == INCIDENTS


def test_cli_export_stops_at_the_cap_and_says_so(store_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WIRECODER_EXPORT_MAX_INCIDENTS", "1500")
    out = tmp_path / "capped.jsonl"
    assert main(["export", "--db", store_url, "--format", "jsonl", "--out", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 1500
    assert "export_max_incidents (1500)" in capsys.readouterr().err
    assert main(["export", "--db", store_url, "--format", "jsonl", "--limit", "2000", "--out", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 1500
    assert "export_max_incidents (1500)" in capsys.readouterr().err
    assert main(["export", "--db", store_url, "--format", "jsonl", "--limit", "1400", "--out", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 1400
    assert "export_max_incidents" not in capsys.readouterr().err


def test_cli_export_offset_and_limit_cross_pages(store_url, tmp_path):
    out = tmp_path / "slice.jsonl"
    assert main(["export", "--db", store_url, "--format", "jsonl", "--offset", "900", "--limit", "300",
                 "--out", str(out)]) == 0
    everything = tmp_path / "all.jsonl"
    assert main(["export", "--db", store_url, "--format", "jsonl", "--out", str(everything)]) == 0
    assert out.read_text().splitlines() == everything.read_text().splitlines()[900:1200]


@pytest.fixture(scope="module")
def app(store_url):
    from wirecoder.api import create_app

    return create_app(store_url)


def _get(app, target: str, on_body) -> int:
    """GET ``target`` straight through the ASGI app (no test client, which would gather the whole
    body first), calling ``on_body`` with each body chunk as the app sends it; the status."""
    path, _, query = target.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.4"}, "http_version": "1.1",
             "method": "GET", "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
             "query_string": query.encode(), "headers": [(b"host", b"test")], "server": ("test", 80),
             "client": ("127.0.0.1", 5000)}
    status = {}
    requested = False

    async def receive():
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await anyio.sleep_forever()  # the client stays connected

    async def send(message):
        if message["type"] == "http.response.start":
            status["code"] = message["status"]
        elif message["type"] == "http.response.body" and message.get("body"):
            on_body(message["body"])

    anyio.run(app, scope, receive, send)
    return status["code"]


def test_api_export_sends_its_first_chunk_after_one_page(app, monkeypatch):
    store = app.state.store.get()
    read_pages = []
    read_page = store.incidents
    monkeypatch.setattr(store, "incidents", lambda *a, **kw: (read_pages.append(1), read_page(*a, **kw))[1])
    chunks: list[tuple[int, bytes]] = []
    assert _get(app, "/api/export/jsonl", lambda body: chunks.append((len(read_pages), body))) == 200
    assert chunks[0][0] == 1  # the first record left when one page of three had been read
    assert len(read_pages) == PAGES
    lines = b"".join(body for _, body in chunks).decode().splitlines()
    assert len(lines) == INCIDENTS


def test_api_export_limit_and_cap(app, monkeypatch):
    body = []
    assert _get(app, "/api/export/csv?limit=1200", body.append) == 200
    assert len(b"".join(body).decode().splitlines()) == 1 + 1200  # the header and the rows
    monkeypatch.setattr(app.state, "config", app.state.config.replace(export_max_incidents=1000))
    for target in ("/api/export/jsonl", "/api/export/jsonl?limit=1001"):
        body.clear()
        assert _get(app, target, body.append) == 200
        assert len(b"".join(body).decode().splitlines()) == 1000
