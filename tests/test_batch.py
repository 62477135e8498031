"""Corpus runs (``wirecoder.batch.ingest``): defaults for undated articles, skipping what is
stored before parsing, and the same store from a real two-worker Dask cluster as from one process."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from wirecoder.batch import ingest
from wirecoder.errors import ConfigError
from wirecoder.model import IncidentQuery
from wirecoder.store import open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def dump(store) -> dict:
    items = store.incidents(IncidentQuery(limit=10_000)).items
    return {
        "counts": store.counts(),
        "incidents": sorted((store.incident(i.id).model_dump(mode="json") for i in items), key=lambda d: d["incident"]["id"]),
        "errors": sorted((e.origin, e.reason) for e in store.errors(10_000)),
    }


def test_bad_arguments_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="not both"):
        ingest([tmp_path], db=str(tmp_path / "w.db"), workers=2, scheduler="tcp://127.0.0.1:1")
    with pytest.raises(ConfigError, match="at least 1"):
        ingest([tmp_path], db=str(tmp_path / "w.db"), workers=0)
    with pytest.raises(ConfigError, match="not an ISO date"):
        ingest([tmp_path], db=str(tmp_path / "w.db"), published="16 June")


def test_only_bad_records_need_no_parser(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "lines.jsonl").write_text('{"text": \n', encoding="utf-8")
    seen = []
    summary = ingest([tmp_path], db=str(tmp_path / "w.db"), progress=lambda s: seen.append(s.documents))
    assert summary.errors == 2 and summary.articles_added == 0
    assert seen == [2]


@pytest.mark.model
def test_defaults_batches_and_skipping_before_parsing(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Gunmen killed three soldiers at a checkpoint in Mopti, Mali, on Tuesday, the army said.")
    (tmp_path / "b.txt").write_text("A car bomb killed nine people at a market in Mogadishu on Tuesday, police said.")
    (tmp_path / "c.txt").write_text("The football match in Lagos ended in a draw on Tuesday.")
    db = str(tmp_path / "w.db")
    batches = []
    summary = ingest([tmp_path], db=db, published="2025-03-05", source="Sahel Wire", batch_size=2,
                     progress=lambda s: batches.append(s.documents))
    assert summary.articles_added == 3 and batches == [2, 3]  # one commit per batch
    with open_store(db) as store:
        items = store.incidents(IncidentQuery()).items
        assert {i.place.country_code for i in items} == {"ML", "SO"}
        assert {i.date.date for i in items} == {date(2025, 3, 4)}  # "on Tuesday" before 5 March
        for i in items:
            detail = store.incident(i.id)
            assert {a.source for a in detail.articles} == {"Sahel Wire"}
            assert {a.published for a in detail.articles} == {date(2025, 3, 5)}

    # a second run parses nothing: every article is known by its hash before extraction
    from wirecoder import batch

    def no_parsing(_articles, _config):
        raise AssertionError("a stored article was parsed again")

    monkeypatch.setattr(batch, "extract_batch", no_parsing)
    again = ingest([tmp_path], db=db, published="2025-03-05", source="Sahel Wire", batch_size=2)
    assert again.articles_skipped == 3 and again.articles_added == 0


@pytest.mark.model
@pytest.mark.slow
def test_two_dask_workers_build_the_same_store_as_one_process(tmp_path):
    # the folder holds the JSONL again and the seed as rostov.txt: 6 duplicates, each stored once
    paths = [EXAMPLES / "corpus" / "rostov_reports.jsonl", EXAMPLES]
    single = ingest(paths, db=str(tmp_path / "single.db"))
    dask = ingest(paths, db=str(tmp_path / "dask.db"), workers=2, batch_size=3)
    assert single.articles_added == dask.articles_added == 16
    assert single.articles_skipped == dask.articles_skipped == 6
    with open_store(str(tmp_path / "single.db")) as a, open_store(str(tmp_path / "dask.db")) as b:
        one, two = dump(a), dump(b)
        assert one["counts"]["incidents"] > 10
        assert json.dumps(one, sort_keys=True) == json.dumps(two, sort_keys=True)


@pytest.mark.model
@pytest.mark.slow
def test_an_existing_scheduler_gives_the_same_store(tmp_path):
    from dask.distributed import LocalCluster

    corpus = [EXAMPLES / "corpus" / "rostov_reports.jsonl"]
    ingest(corpus, db=str(tmp_path / "single.db"))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = ingest(corpus, db=str(tmp_path / "remote.db"), scheduler=cluster.scheduler_address, batch_size=2)
    assert summary.articles_added == 5
    with open_store(str(tmp_path / "single.db")) as a, open_store(str(tmp_path / "remote.db")) as b:
        assert dump(a) == dump(b)


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot reach Dask scheduler"):
        ingest([tmp_path], db=str(tmp_path / "w.db"), scheduler="tcp://127.0.0.1:9")
