"""`wirecoder ingest` on bad input (each bad record reported, the run goes on) and killed with
SIGKILL half-way (the rerun stores every article exactly once)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wirecoder.batch import ingest
from wirecoder.cli import main
from wirecoder.model import IncidentQuery
from wirecoder.store import open_store

pytestmark = pytest.mark.model

BAD = {  # file -> what the error says
    "blob": "binary",
    "broken_utf8.txt": "not valid UTF-8",
    "crawl.warc@": "truncated",
    "empty.txt": "empty",
    "login.html": "no article text",
    "wire.jsonl:2": "invalid JSON",
    "wire.jsonl:3": "no 'text' field",
}


def dump(store) -> dict:
    """Everything a store holds that a run decides (no timestamps)."""
    items = store.incidents(IncidentQuery(limit=10_000)).items
    return {
        "articles": sorted(store.known_articles(a for i in items for a in i.articles)),
        "counts": store.counts(),
        "incidents": sorted((store.incident(i.id).model_dump(mode="json") for i in items), key=lambda d: d["incident"]["id"]),
        "errors": sorted((e.origin, e.reason) for e in store.errors(10_000)),
    }


def test_every_bad_record_is_reported_and_the_run_goes_on(bad_folder, tmp_path, capsys):
    db = str(tmp_path / "w.db")
    assert main(["ingest", str(bad_folder), "--db", db, "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert "3 articles stored" in out and "7 errors" in out
    error_lines = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == 7
    for name, reason in BAD.items():
        assert sum(f"{bad_folder}/{name}" in line and reason in line for line in error_lines) == 1, (name, error_lines)
    with open_store(db) as store:
        stored = store.errors()
        assert len(stored) == 7
        for name, reason in BAD.items():
            assert any(e.origin.startswith(f"{bad_folder}/{name}") and reason in e.reason for e in stored), name
        assert store.incidents(IncidentQuery()).total >= 2  # the Kabul/Herat bombings and the Kaduna kidnapping
        before = dump(store)
    assert main(["ingest", str(bad_folder), "--db", db, "--quiet"]) == 0
    out, _ = capsys.readouterr()
    assert "0 articles stored, 3 already stored" in out
    with open_store(db) as store:
        assert dump(store) == before


@pytest.mark.slow
def test_sigkill_half_way_then_rerun_stores_each_article_once(muc_corpus, tmp_path):
    corpus = muc_corpus(tmp_path / "muc40.jsonl", 40)
    n_articles = len({json.dumps(json.loads(line), sort_keys=True) for line in corpus.read_text().splitlines()})
    db = tmp_path / "killed.db"
    cmd = [str(Path(sys.executable).with_name("wirecoder")), "ingest", str(corpus), "--db", str(db), "--batch-size", "4", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if not db.exists():
            continue
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            continue  # tables not made yet
        if stored >= 12:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, f"the run ended before it could be killed: {proc.stderr.read().decode()[-500:]}"
    with open_store(str(db)) as store:
        at_kill = store.counts()["articles"]
    assert 12 <= at_kill < n_articles and at_kill % 4 == 0  # whole batches only

    rerun = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert "already stored" in rerun.stdout and f"{n_articles - at_kill} articles stored" in rerun.stdout

    clean = tmp_path / "clean.db"
    ingest([corpus], db=str(clean), batch_size=4)
    with open_store(str(db)) as resumed, open_store(str(clean)) as reference:
        assert resumed.counts()["articles"] == n_articles
        assert dump(resumed) == dump(reference)


def test_ingest_refuses_workers_and_scheduler_together(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["ingest", str(tmp_path), "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"])
    assert "not allowed with" in capsys.readouterr().err


def test_missing_path_is_an_error_line_not_a_crash(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "w.db"), "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert "no such file or folder" in err and "1 errors" in out
    assert Path(tmp_path / "w.db").exists()


@pytest.mark.model
def test_an_article_cut_to_the_parse_budget_is_stored_whole_with_a_warning(tmp_path, capsys, monkeypatch):
    text = "Gunmen killed three people in Kabul on Monday, police said. " + "The council met again. " * 30
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    monkeypatch.setenv("WIRECODER_MAX_PARSE_CHARS", "200")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    assert main(["ingest", str(tmp_path / "long.txt"), "--db", db, "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "warning: " in err and "long.txt: only the first" in err and "characters were parsed and coded" in err
