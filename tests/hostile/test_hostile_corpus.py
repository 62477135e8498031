"""The hostile-input corpus (``corpus/``, one case a file; see its README) through `wirecoder
ingest` into a fresh store: every good record stored, every bad one one error naming its line,
a rerun stores nothing twice, and the CSV exports of what was stored are spreadsheet-safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from csv_checks import formula_cells

from wirecoder.cli import main
from wirecoder.model import IncidentQuery
from wirecoder.store import open_store

pytestmark = pytest.mark.model

CORPUS = Path(__file__).parent / "corpus"
GOOD = 10
BAD = {  # origin (file:line or feed#item) -> what the error says
    "future_date.jsonl:2": "publication date 9999-12-31 is outside",
    "future_date.jsonl:3": "publication date 0001-01-15 is outside",
    "lone_surrogate.jsonl:1": "source: lone surrogate U+DFFF",
    "lone_surrogate.jsonl:2": "title: lone surrogate U+D800",
    "lone_surrogate.jsonl:3": "text: lone surrogate U+DC80",
    "deep_nesting.jsonl:1": "nested more than 100 levels",
    "deep_nesting.jsonl:2": "nested more than 100 levels",
    "pubdate_9999.rss#1": "publication date 9999-12-31 is outside",
    "muc_dateline_2045:6": "publication date 2045-01-10 is outside",
    "foreign_language.jsonl:1": "article reads as 'ru'",
    "foreign_language.jsonl:2": "article reads as 'ar'",
    "foreign_language.jsonl:3": "article reads as 'zh'",
    "foreign_language.jsonl:5": "article is declared 'es'",
}


def _ingest(db: str, capsys) -> tuple[str, dict[str, str]]:
    assert main(["ingest", str(CORPUS), "--db", db, "--quiet"]) == 0
    captured = capsys.readouterr()
    errors = {}
    for line in captured.err.splitlines():
        if line.startswith("error: "):
            origin, _, reason = line.removeprefix("error: ").partition(": ")
            errors[Path(origin).name] = reason
    return captured.out, errors


def test_each_bad_record_is_one_error_and_the_rest_is_stored(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'hostile.db'}"
    out, errors = _ingest(db, capsys)
    assert out.startswith(f"{GOOD} articles stored, 0 already stored"), out
    assert f"{len(BAD)} errors" in out
    assert set(errors) == set(BAD)
    for origin, reason in BAD.items():
        assert reason in errors[origin], (origin, errors[origin])
    with open_store(db) as store:
        before = store.counts()
        stored = store.errors(limit=1000)
        assert len(stored) == len(BAD)

    # the rerun goes past every bad record again and stores nothing twice
    out, errors = _ingest(db, capsys)
    assert out.startswith(f"0 articles stored, {GOOD} already stored, 0 incidents created"), out
    assert set(errors) == set(BAD)
    with open_store(db) as store:
        assert store.counts() == before
        assert len(store.errors(limit=1000)) == len(BAD)
        sources = {s for i in store.incidents(IncidentQuery(limit=1000)).items for s in i.sources}
    # outlet names are stored as written and neutralised on export
    assert {'=HYPERLINK("http://x","Reuters")', "@SUM(1+1)*cmd|' /C calc'!A0"} <= sources

    for fmt in ("csv", "acled", "gtd"):
        path = tmp_path / f"hostile.{fmt}.csv"
        assert main(["export", "--format", fmt, "--out", str(path), "--db", db]) == 0
        text = path.read_text(encoding="utf-8")
        assert "'=HYPERLINK(" in text and "'@SUM(1+1)" in text, fmt
        assert formula_cells(text) == [], fmt
    capsys.readouterr()


def test_each_json_lines_record_posted_to_the_api_is_stored_or_a_4xx(tmp_path):
    from fastapi.testclient import TestClient

    from wirecoder.api import create_app

    token = "hostile-corpus-token"
    app = create_app(f"sqlite:///{tmp_path / 'api.db'}", token=token)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    answers = {}
    with TestClient(app) as client:
        for path in sorted(CORPUS.glob("*.jsonl")):
            for number, line in enumerate(path.read_bytes().splitlines(), 1):
                response = client.post("/api/articles", content=line, headers=headers)
                answers[f"{path.name}:{number}"] = response.status_code
    bad = {origin for origin in BAD if ".jsonl:" in origin}
    assert {o for o, status in answers.items() if 400 <= status < 500} == bad
    assert all(status == 201 for o, status in answers.items() if o not in bad), answers
