"""The seed card: what `wirecoder extract examples/rostov.txt --published 2024-06-16 --format json` must say."""

import json
import math
from pathlib import Path

import pytest

from wirecoder.cli import main

pytestmark = [pytest.mark.golden, pytest.mark.model]

SEED = Path(__file__).resolve().parents[2] / "examples" / "rostov.txt"


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def card(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "rostov.json"
    assert main(["extract", str(SEED), "--published", "2024-06-16", "--format", "json", "--out", str(out)]) == 0
    return json.loads(out.read_text())


def _one(card, type_):
    found = [i for i in card["incidents"] if i["type"] == type_]
    assert len(found) == 1, [(i["type"], i["date"]) for i in card["incidents"]]
    return found[0]


def _count(incident, kind):
    return [c for c in incident["counts"] if c["kind"] == kind]


def test_every_incident_has_the_documented_fields(card):
    for incident in card["incidents"]:
        assert {"type", "date", "place", "counts", "actors", "sources", "conflicts", "evidence"} <= set(incident)
        for count in incident["counts"]:
            assert {"kind", "value", "qualifier", "sources"} <= set(count)
        for actor in incident["actors"]:
            assert {"role", "name"} <= set(actor)


def test_hostage_taking_in_rostov(card):
    inc = _one(card, "hostage_taking")
    assert inc["date"]["date"] == "2024-06-16"
    place = inc["place"]
    assert place["country_code"] == "RU" and "Rostov" in place["name"]
    assert _km(place["lat"], place["lon"], 47.23, 39.72) <= 25
    perps = [a for a in inc["actors"] if a["role"] == "perpetrator"]
    assert any(a["group"] == "Islamic State" and a["number"] == 6 for a in perps)
    assert any(c["value"] == 2 for c in _count(inc, "hostages"))
    assert any(a["role"] == "responder" and "special forces" in a["name"].lower() for a in inc["actors"])
    assert "security_operation" in inc["types"]  # the storming is an event of this incident
    killed = _count(inc, "killed")
    assert [c["value"] for c in killed] == [6]
    assert "Russian media" in [s["source"] for s in killed[0]["sources"]]
    conflict = [c for c in inc["conflicts"] if c["field"] == "counts.killed"]
    assert conflict and any(v["value"] is None and v["hedged"] for v in conflict[0]["values"])
    sources = " | ".join(inc["sources"]).lower()
    for name in ("prison administration", "interfax", "prison service", "tass", "russian media"):
        assert name in sources, name


def test_crocus_city_hall_attack(card):
    inc = _one(card, "armed_assault")
    assert inc["date"]["date"] == "2024-03-22"
    place = inc["place"]
    assert place["country_code"] == "RU"
    assert _km(place["lat"], place["lon"], 55.82, 37.39) <= 30
    assert [(c["value"], c["qualifier"]) for c in _count(inc, "killed")] == [(144, "at least")]
    assert [c["value"] for c in _count(inc, "injured")] == [360]
    assert [c["value"] for c in _count(inc, "arrested")] == [20]
    assert any(a["role"] == "claimant" and a["name"] == "Islamic State" for a in inc["actors"])


def test_fsb_statement_on_may_24(card):
    inc = _one(card, "accusation")
    assert inc["date"]["date"] == "2024-05-24"
    names = {(a["role"], a["name"]) for a in inc["actors"]}
    assert ("accuser", "Alexander Bortnikov") in names
    assert ("accused", "Islamic State - Khorasan Province") in names
    assert ("accused", "NATO") in names
    assert "RIA Novosti" in inc["sources"]
    assert inc["place"] is None or inc["place"]["name"] == "Bishkek"


def test_no_incident_from_since_2004_or_negotiations(card):
    assert len(card["incidents"]) == 3
    for inc in card["incidents"]:
        assert not (inc["date"] and inc["date"]["date"].startswith("2004"))
        assert all("negotiations" not in e["text"] or inc["type"] == "hostage_taking" for e in inc["evidence"])
