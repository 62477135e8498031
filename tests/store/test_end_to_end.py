"""The real pipeline into both databases: the seed and four reports of the same events make the
same store on SQLite and on PostgreSQL, with the merged incidents and their conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.batch import ingest
from wirecoder.model import CountKind, IncidentQuery
from wirecoder.store import open_store

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "rostov_reports.jsonl"


def _content(store) -> list[dict]:
    items = store.incidents(IncidentQuery(limit=1000)).items
    return sorted((store.incident(i.id).model_dump(mode="json") for i in items), key=lambda d: d["incident"]["id"])


@pytest.mark.model
@pytest.mark.postgres
def test_sqlite_and_postgres_hold_the_same_incidents(tmp_path, pg_url):
    sqlite_url = str(tmp_path / "w.db")
    for url in (sqlite_url, pg_url):
        summary = ingest([CORPUS], db=url, batch_size=2)
        assert summary.articles_added == 5
    with open_store(sqlite_url) as lite, open_store(pg_url) as pg:
        assert lite.counts() == pg.counts()
        assert _content(lite) == _content(pg)
        crocus = pg.incidents(IncidentQuery(country="RU", text="Crocus", date_to="2024-04-01")).items
        assert len(crocus) == 1
        killed = next(c for c in crocus[0].counts if c.kind is CountKind.KILLED)
        assert killed.value == 145
        assert [b.key for b in pg.stats("day", IncidentQuery(country="RU"))] == ["2024-03-22", "2024-06-16"]
