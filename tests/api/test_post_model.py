"""POST /api/articles through the real pipeline and the real store."""

from __future__ import annotations

import pytest
from api_records import TOKEN
from fastapi.testclient import TestClient

pytestmark = [pytest.mark.model]

TEXT = ("Gunmen killed five people in an attack on a village near Kaduna in northern Nigeria on Monday, "
        "police said.")


def test_post_extracts_stores_and_is_idempotent(tmp_path):
    from wirecoder.api import create_app

    app = create_app(f"sqlite:///{tmp_path / 'post.db'}", token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {"text": TEXT, "published": "2025-03-04", "source": "test wire", "title": "Kaduna village attack"}
    with TestClient(app) as c:
        first = c.post("/api/articles", json=body, headers=auth)
        assert first.status_code == 201, first.text
        detail = first.json()
        assert detail["article"]["title"] == "Kaduna village attack"
        assert detail["article"]["origin"] == "api"
        assert detail["events"] and detail["incident_ids"]
        page = c.get("/api/incidents").json()
        assert page["total"] == len(detail["incident_ids"])
        incident = c.get(f"/api/incidents/{detail['incident_ids'][0]}").json()["incident"]
        assert incident["place"]["country_code"] == "NG"
        assert any(cnt["kind"] == "killed" and cnt["value"] == 5 for cnt in incident["counts"])
        again = c.post("/api/articles", json=body, headers=auth)
        assert again.status_code == 200
        assert again.json()["article"]["id"] == detail["article"]["id"]
        assert c.get("/api/incidents").json()["total"] == page["total"]
