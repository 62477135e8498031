"""`wirecoder extract --explain`: why each incident is there and each other candidate is not."""

import json

import pytest

from wirecoder.cli import main

pytestmark = pytest.mark.model

TEXT = ("Gunmen killed three police officers at a checkpoint in Kandahar on Monday, officials said. "
        "The group had threatened to attack more checkpoints, the governor said.")


def test_explain_lists_the_incidents_and_the_candidates_a_rule_dropped(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path), "--published", "2025-03-04", "--format", "json", "--explain"]) == 0
    captured = capsys.readouterr()
    payload = json.loads(captured.out)
    assert [d["by"] for d in payload["dropped"]] == ["rule"] and "hypothetical" in payload["dropped"][0]["reason"]
    assert "kept:" in captured.err and "no judge ran" in captured.err
    assert "(rule: told as hypothetical)" in captured.err and "threatened to attack" in captured.err


def test_with_the_judge_each_incident_has_its_confidence(tmp_path, capsys, monkeypatch):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("WIRECODER_JUDGE", "true")
    assert main(["extract", str(path), "--published", "2025-03-04", "--format", "json", "--explain"]) == 0
    payload = json.loads(capsys.readouterr().out)
    attacks = [i for i in payload["incidents"] if i["type"] == "armed_assault"]
    assert attacks and all(0 <= i["confidence"] <= 1 for i in attacks)
    assert main(["extract", str(path), "--published", "2025-03-04", "--format", "json", "--no-judge"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert all(i["confidence"] is None for i in payload["incidents"])
