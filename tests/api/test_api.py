"""The REST API over a real SQLite store: filters, paging, detail views, stats, exports, tokens,
size limits and 422s."""

from __future__ import annotations

import csv
import io
import json

import pytest
from api_records import TOKEN
from factories import store_with_a_fold
from fastapi.testclient import TestClient

from wirecoder.export import FORMATS
from wirecoder.model import IncidentQuery


def ids(client, **params) -> set[str]:
    response = client.get("/api/incidents", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    return {i["id"] for i in response.json()["items"]}


def by_type(client, **params) -> list[str]:
    response = client.get("/api/incidents", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    return sorted(i["type"] for i in response.json()["items"])


# --------------------------------------------------------------------------- listing


def test_lists_every_incident_without_events_by_default(client, corpus):
    page = client.get("/api/incidents").json()
    assert page["total"] == sum(len(r.incidents) for r in corpus) == 6
    assert all(item["events"] == [] for item in page["items"])
    with_events = client.get("/api/incidents", params={"events": "true"}).json()
    assert all(item["events"] for item in with_events["items"])


@pytest.mark.parametrize(("params", "expected"), [
    ({"country": "RU"}, ["hostage_taking"]),
    ({"country": "ng"}, ["armed_assault", "kidnapping"]),
    ({"type": "bombing"}, ["bombing"]),
    ({"type": ["bombing", "arrest"]}, ["arrest", "bombing"]),
    ({"date_from": "2025-01-01"}, ["armed_assault", "bombing", "kidnapping"]),
    ({"date_from": "2024-06-01", "date_to": "2024-12-31"}, ["arrest", "hostage_taking"]),
    ({"bbox": "2,4,15,14"}, ["armed_assault", "kidnapping"]),  # Nigeria
    ({"bbox": "30,40,50,55"}, ["hostage_taking"]),  # southern Russia
    ({"bbox": "60,-90,20,90"}, ["armed_assault", "arrest", "bombing", "kidnapping"]),  # across the antimeridian
    ({"actor": "AL-SHABAAB"}, ["hostage_taking"]),
    ({"actor": "islamic state"}, ["bombing", "hostage_taking"]),
    ({"source": "prosecutors"}, ["arrest"]),
    ({"source": "russian media"}, ["hostage_taking"]),
    ({"q": "suicide bomber"}, ["bombing"]),
    ({"country": "RU", "type": "bombing"}, []),
])
def test_filters(client, params, expected):
    assert by_type(client, **params) == expected


def test_paging_covers_every_incident_once(client):
    seen, totals = [], set()
    for offset in range(0, 8, 2):
        page = client.get("/api/incidents", params={"limit": 2, "offset": offset}).json()
        totals.add(page["total"])
        assert len(page["items"]) <= 2
        seen += [i["id"] for i in page["items"]]
    assert totals == {6}
    assert len(seen) == len(set(seen)) == 6


def test_paging_past_the_end_is_empty(client):
    page = client.get("/api/incidents", params={"offset": 1000}).json()
    assert page == {"total": 6, "items": []}


def test_list_items_are_the_stored_incidents_without_events(client, store_url):
    from wirecoder.store import open_store

    page = client.get("/api/incidents", params={"limit": 100}).json()
    with open_store(store_url) as store:
        stored = store.incidents(IncidentQuery(limit=100), events=False)
    assert page == json.loads(stored.model_dump_json())


def test_map_points_follow_the_filters_newest_first(client):
    everything = client.get("/api/map").json()
    assert everything["total"] == 6 and len(everything["items"]) == 6
    listed = client.get("/api/incidents", params={"limit": 100}).json()["items"]
    assert [p["id"] for p in everything["items"]] == [i["id"] for i in listed]  # the list's order
    for point, incident in zip(everything["items"], listed, strict=True):
        assert (point["lat"], point["lon"]) == (incident["place"]["lat"], incident["place"]["lon"])
        assert point["type"] == incident["type"] and point["conflicts"] == len(incident["conflicts"])
    nigeria = client.get("/api/map", params={"bbox": "2,4,15,14"}).json()
    assert sorted(p["type"] for p in nigeria["items"]) == ["armed_assault", "kidnapping"]
    assert {p["country_code"] for p in nigeria["items"]} == {"NG"}
    rostov = client.get("/api/map", params={"country": "RU"}).json()["items"]
    assert len(rostov) == 1 and rostov[0]["conflicts"] >= 1 and rostov[0]["killed"] == 6
    paged = client.get("/api/map", params={"limit": 2, "offset": 4}).json()
    assert paged["total"] == 6 and [p["id"] for p in paged["items"]] == [p["id"] for p in everything["items"][4:]]
    assert client.get("/api/map", params={"limit": 0}).status_code == 422


# --------------------------------------------------------------------------- one incident, one article


def test_incident_has_claims_conflict_and_articles(client, rostov_id):
    detail = client.get(f"/api/incidents/{rostov_id}").json()
    incident = detail["incident"]
    conflict = [c for c in incident["conflicts"] if c["field"] == "counts.killed"]
    assert conflict, incident["conflicts"]
    values = {(v["value"], v["hedged"]) for v in conflict[0]["values"]}
    assert (6, False) in values and (None, True) in values
    killed = [c for c in detail["claims"] if c["field"].startswith("counts.killed")]
    assert any(c["value"] == 6 and c["source"] == "Russian media" for c in killed)
    assert any(c["value"] is None and c["hedged"] for c in killed)
    assert all(c["published"] == "2024-06-16" for c in killed)
    assert [a["title"] for a in detail["articles"]] == ["Rostov prison hostage-taking"]


def test_article_spans_index_its_text(client, rostov_id):
    incident = client.get(f"/api/incidents/{rostov_id}").json()
    article_id = incident["articles"][0]["id"]
    detail = client.get(f"/api/articles/{article_id}").json()
    text = detail["article"]["text"]
    assert rostov_id in detail["incident_ids"]
    spans = [e["trigger"] for e in detail["events"]] + [e["evidence"] for e in detail["events"]]
    spans += [c["span"] for e in detail["events"] for c in e["counts"] if c["span"]]
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_the_id_of_a_folded_incident_redirects_to_the_one_it_joined(tmp_path):
    from wirecoder.api import create_app

    url = f"sqlite:///{tmp_path / 'folds.db'}"
    gone, kept = store_with_a_fold(url)
    with TestClient(create_app(url, token=TOKEN)) as c:
        moved = c.get(f"/api/incidents/{gone}", follow_redirects=False)
        assert moved.status_code == 308 and moved.headers["location"].endswith(f"/api/incidents/{kept}")
        assert c.get(f"/api/incidents/{gone}").json()["incident"]["id"] == kept


@pytest.mark.parametrize("path", ["/api/incidents/nope", "/api/articles/0123456789abcdef0123"])
def test_unknown_ids_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "nope" in response.json()["detail"] or "0123" in response.json()["detail"]


# --------------------------------------------------------------------------- stats


def test_stats_by_day_type_and_country(client):
    days = client.get("/api/stats/day").json()
    assert sum(b["incidents"] for b in days) == 6
    assert {"key": "2024-06-16", "incidents": 1, "killed": 6, "injured": 0} in days
    types = {b["key"]: b["incidents"] for b in client.get("/api/stats/type").json()}
    assert types["hostage_taking"] == 2 and types["bombing"] == 1
    countries = {b["key"]: b for b in client.get("/api/stats/country").json()}
    assert countries["NG"]["incidents"] == 2 and countries["NG"]["killed"] == 4
    filtered = client.get("/api/stats/country", params={"type": "bombing"}).json()
    assert [(b["key"], b["killed"]) for b in filtered] == [("AF", 12)]


# --------------------------------------------------------------------------- exports


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format(client, fmt):
    response = client.get(f"/api/export/{fmt}", params={"country": "RU"})
    assert response.status_code == 200, response.text
    assert response.content
    assert "attachment" in response.headers["content-disposition"]
    if fmt == "json":
        assert len(response.json()["incidents"]) == 1
    elif fmt == "jsonl":
        assert len(response.text.splitlines()) == 1
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert len(rows) == 1
    elif fmt == "geojson":
        assert response.headers["content-type"].startswith("application/geo+json")
        assert len(json.loads(response.text)["features"]) == 1
    elif fmt == "parquet":
        assert response.content[:4] == b"PAR1"
    elif fmt == "muc4":
        assert response.text.startswith("0.  MESSAGE: ID"), response.text[:80]


def test_export_follows_the_filters(client):
    everything = client.get("/api/export/jsonl").text.splitlines()
    bombings = client.get("/api/export/jsonl", params={"type": "bombing"}).text.splitlines()
    assert len(everything) == 6 and len(bombings) == 1


def test_unknown_export_format_is_422(client):
    response = client.get("/api/export/xlsx")
    assert response.status_code == 422
    assert "json" in response.text  # the message lists the known formats


# --------------------------------------------------------------------------- 422: clear messages, never 500


@pytest.mark.parametrize(("params", "field", "words"), [
    ({"bbox": "1,2,3"}, "bbox", "four comma-separated numbers"),
    ({"bbox": "a,b,c,d"}, "bbox", "four comma-separated numbers"),
    ({"bbox": "0,0,200,10"}, "bbox", "between -180 and 180"),
    ({"bbox": "0,50,10,40"}, "bbox", "south must not be greater than north"),
    ({"bbox": "nan,0,1,1"}, "bbox", "four comma-separated numbers"),
    ({"bbox": "1e1,0,20,1"}, "bbox", "decimal degrees"),
    ({"date_from": "2024-13-01"}, "date_from", "date"),
    ({"date_from": "2025-01-02", "date_to": "2025-01-01"}, "date_from", "after date_to"),
    ({"limit": "0"}, "limit", "greater than or equal to 1"),
    ({"limit": "100001"}, "limit", "less than or equal to"),
    ({"offset": "-1"}, "offset", "greater than or equal to 0"),
    ({"limit": "ten"}, "limit", "integer"),
    ({"type": "picnic"}, "type", "armed_assault"),
    ({"country": "RUS"}, "country", "pattern"),
    ({"actor": "x" * 500}, "actor", "at most 200"),
    ({"events": "maybe"}, "events", "boolean"),
])
def test_bad_parameters_are_422_with_a_clear_message(client, params, field, words):
    response = client.get("/api/incidents", params=params)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert any(d["loc"][-1] == field or field in d["loc"] for d in detail), detail
    assert any(words in d["msg"] for d in detail), detail


@pytest.mark.parametrize("path", [
    "/api/stats/week", "/api/incidents/" + "x" * 300, "/api/incidents/bad%20id",
    "/api/stats/day?date_to=yesterday", "/api/errors?limit=0",
])
def test_other_bad_requests_are_422(client, path):
    assert client.get(path).status_code == 422


def test_errors_endpoint(client):
    assert client.get("/api/errors").json() == []


# --------------------------------------------------------------------------- writes: token and size


ARTICLE = {"text": "Gunmen killed three people in Kaduna on Monday, police said.", "published": "2025-03-03",
           "source": "test wire"}


def test_post_without_token_is_401(client):
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "token" in response.json()["detail"]


def test_post_with_wrong_token_is_401(client):
    response = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401


def test_writes_are_closed_when_no_token_is_set(store_url, monkeypatch):
    from wirecoder.api import create_app

    monkeypatch.delenv("WIRECODER_TOKEN", raising=False)
    with TestClient(create_app(store_url)) as c:
        response = c.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 401
    assert "WIRECODER_TOKEN" in response.json()["detail"]


def test_token_comes_from_the_environment(store_url, monkeypatch):
    from wirecoder.api import create_app

    monkeypatch.setenv("WIRECODER_TOKEN", "from-env")
    with TestClient(create_app(store_url)) as c:
        empty = {**ARTICLE, "text": "   "}
        assert c.post("/api/articles", json=empty).status_code == 401
        # the right token gets past the gate; the empty text is then the client's error
        response = c.post("/api/articles", json=empty, headers={"Authorization": "Bearer from-env"})
    assert response.status_code == 422
    assert "empty" in response.text.lower()


@pytest.mark.parametrize("body", [{}, {"text": 5}, {"text": "x", "published": "soon"}, {"text": "x", "id": "1"}])
def test_bad_article_bodies_are_422(client, body):
    response = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422, response.text


def test_not_json_is_a_client_error(client):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    response = client.post("/api/articles", content=b"{not json", headers=auth)
    assert response.status_code == 422
    assert "JSON" in response.json()["detail"][0]["msg"]
    # bytes that are not even UTF-8 cannot be decoded at all
    assert client.post("/api/articles", content=b"\xff\xfe not json", headers=auth).status_code in (400, 422)


def test_request_size_limit(store_url):
    from wirecoder.api import create_app

    with TestClient(create_app(store_url, token=TOKEN, max_request_bytes=1000)) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        big = {**ARTICLE, "text": "word " * 1000}
        response = c.post("/api/articles", json=big, headers=auth)
        assert response.status_code == 413
        assert "max_request_bytes" in response.json()["detail"]
        # without the token the size is refused all the same, before anything is read
        assert c.post("/api/articles", json=big).status_code == 413

        def chunks():  # no Content-Length: the body is counted as it arrives
            for _ in range(10):
                yield b"x" * 200

        response = c.post("/api/articles", content=chunks(), headers={**auth, "Content-Type": "application/json"})
        assert response.status_code == 413


# --------------------------------------------------------------------------- read token


def test_read_token_closes_reads(store_url):
    from wirecoder.api import create_app

    with TestClient(create_app(store_url, token=TOKEN, read_token="reader")) as c:
        assert c.get("/api/incidents").status_code == 401
        assert c.get("/api/stats/day").status_code == 401
        assert c.get("/api/export/csv").status_code == 401
        assert c.get("/api/incidents", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert c.get("/api/incidents", headers={"Authorization": "Bearer reader"}).status_code == 200
        assert c.get("/api/incidents", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        # the page itself holds no data and stays reachable, so it can ask for the token
        assert c.get("/").status_code == 200
        assert c.get("/static/app.js").status_code == 200


# --------------------------------------------------------------------------- the page and the spec


def test_page_and_security_headers(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    for path in ("/static/app.js", "/static/app.css", "/static/vendor/leaflet/leaflet.js",
                 "/static/vendor/topojson-client/topojson-client.min.js",
                 "/static/vendor/world-atlas/countries-50m.json"):
        assert client.get(path).status_code == 200, path


def test_openapi_is_typed_with_the_model_records(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    for name in ("IncidentPage", "Incident", "IncidentDetail", "Claim", "ArticleDetail", "StatBucket",
                 "Article-Input", "Article-Output"):
        assert name in schemas, name

    def ref(path, method="get", status="200"):
        content = spec["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]
        return json.dumps(content)

    assert "IncidentPage" in ref("/api/incidents")
    assert "IncidentDetail" in ref("/api/incidents/{incident_id}")
    assert "ArticleDetail" in ref("/api/articles/{article_id}")
    assert "StatBucket" in ref("/api/stats/{by}")
    assert "ArticleDetail" in ref("/api/articles", "post", "201")
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
