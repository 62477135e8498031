"""A real SQLite store built from hand-made extraction results (no spaCy model needed), and the app
over it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
import api_records as records
from api_records import TOKEN


@pytest.fixture(scope="session")
def corpus():
    return records.corpus()


@pytest.fixture(scope="session")
def store_url(tmp_path_factory, corpus) -> str:
    from wirecoder.store import open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'api.db'}"
    store = open_store(url)
    try:
        summary = store.add(corpus)
        assert summary.articles_added == len(corpus)
    finally:
        store.close()
    return url


@pytest.fixture(scope="session")
def app(store_url):
    from wirecoder.api import create_app

    return create_app(store_url, token=TOKEN)


@pytest.fixture(scope="session")
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def rostov_id(client) -> str:
    page = client.get("/api/incidents", params={"country": "RU"}).json()
    (item,) = [i for i in page["items"] if i["type"] == "hostage_taking"]
    return item["id"]
