"""The API answers hostile input with a 4xx naming the field and the reason, never a 500."""

from __future__ import annotations

import json

import pytest
from api_records import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
TEXT = "Gunmen killed three people in Kabul on Monday, police said."


def _post(client, body: dict):
    # json.dumps writes a lone surrogate as its \\u escape, as a hostile client would send it
    return client.post("/api/articles", content=json.dumps(body).encode(), headers=AUTH)


@pytest.mark.parametrize("published", ["9999-12-01", "9999-11-30", "0001-01-15", "1899-12-31"])
def test_a_publication_date_outside_the_window_is_422(client, published):
    response = _post(client, {"text": TEXT, "published": published})
    assert response.status_code == 422, response.text
    (problem,) = response.json()["detail"]
    assert problem["loc"] == ["body", "published"]
    assert "outside 1900-01-01" in problem["msg"]


@pytest.mark.parametrize("field", ["text", "title", "source", "url"])
def test_a_lone_surrogate_in_any_string_field_is_422(client, field):
    body = {"text": TEXT, field: (TEXT if field == "text" else "Reuters") + "\udfff"}
    response = _post(client, body)
    assert response.status_code == 422, response.text
    (problem,) = response.json()["detail"]
    assert problem["loc"] == ["body", field]
    assert "lone surrogate U+DFFF" in problem["msg"]
    assert "input" not in problem  # not echoed: it cannot be written as UTF-8


def test_a_body_nested_without_bound_is_a_4xx(client):
    response = client.post("/api/articles", content=b"[" * 100_000 + b"]" * 100_000, headers=AUTH)
    assert 400 <= response.status_code < 500


@pytest.mark.model
def test_text_longer_than_the_parser_takes_is_coded_on_its_beginning(tmp_path):
    from fastapi.testclient import TestClient

    from wirecoder.api import create_app
    from wirecoder.nlp import parser_max_length

    app = create_app(f"sqlite:///{tmp_path / 'long.db'}", token=TOKEN)
    text = (TEXT + " ") * (parser_max_length() // len(TEXT) + 10)
    with TestClient(app) as client:
        response = _post(client, {"text": text})
        assert response.status_code == 201, response.text[:300]
        assert len(response.json()["article"]["text"]) == len(text)  # stored whole


@pytest.mark.parametrize("name", ["q", "actor", "source"])
def test_a_nul_in_a_text_filter_is_422_not_every_incident(client, name):
    response = client.get("/api/incidents", params={name: "\x00"})
    assert response.status_code == 422, response.text
    (problem,) = response.json()["detail"]
    assert problem["loc"] == ["query", name] and "NUL" in problem["msg"]


@pytest.mark.model
def test_an_identical_post_that_raced_the_first_answers_200_with_the_stored_record(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from wirecoder.api import create_app
    from wirecoder.store import Store

    app = create_app(f"sqlite:///{tmp_path / 'race.db'}", token=TOKEN)
    # both requests pass the "already stored?" check before either is stored, as concurrent ones do
    monkeypatch.setattr(Store, "has_article", lambda self, article_id: False)
    body = {"text": TEXT, "published": "2024-03-03", "source": "test wire"}
    with TestClient(app) as client:
        first = _post(client, body)
        second = _post(client, body)
        assert client.get("/api/incidents").json()["total"] == len(first.json()["incident_ids"])
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json()["article"]["id"] == first.json()["article"]["id"]


def test_an_article_not_in_english_is_422_naming_its_language(client):
    text = ("Вооружённые люди в понедельник напали на полицейский участок в пригороде, погибли трое "
            "полицейских, сообщили местные власти.")
    response = _post(client, {"text": text, "published": "2024-03-05"})
    assert response.status_code == 422, response.text
    assert "'ru'" in response.text and "English" in response.text


def test_a_failing_store_answers_503_without_its_path(tmp_path, monkeypatch, caplog):
    from fastapi.testclient import TestClient

    from wirecoder.api import create_app
    from wirecoder.errors import StoreError
    from wirecoder.store import Store

    path = tmp_path / "secret-folder" / "full.db"
    path.parent.mkdir()
    app = create_app(f"sqlite:///{path}", token=TOKEN)

    def disk_full(self, query=None):
        raise StoreError(f"store sqlite:///{path}: read failed: OperationalError: database or disk is full")

    monkeypatch.setattr(Store, "incidents_json", disk_full)
    with TestClient(app) as client, caplog.at_level("ERROR", logger="wirecoder.api"):
        response = client.get("/api/incidents")
    assert response.status_code == 503
    assert "could not be read" in response.text and "secret-folder" not in response.text
    assert "secret-folder" in caplog.text  # the operator still learns where and why
