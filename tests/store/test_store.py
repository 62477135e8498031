"""The store on a real SQLite file and a real PostgreSQL database: writing, resolving across
articles, idempotency, queries, statistics, details and ingest errors."""

from __future__ import annotations

import time
from datetime import date

import pytest
from factories import bombing_told_twice_then_tied

from wirecoder.config import Config
from wirecoder.errors import StoreError
from wirecoder.model import (
    CountKind,
    EventType,
    IncidentQuery,
    IngestError,
    StoreSummary,
)
from wirecoder.store import Store, open_store, writer
from wirecoder.store.map_index import MAX_AGE


def _killed(incident):
    return next((c.value for c in incident.counts if c.kind is CountKind.KILLED), "none")


def test_add_is_idempotent_on_article_id(store_url, reports):
    with open_store(store_url) as store:
        first = store.add([reports["crocus_first"], reports["kabul"]])
        assert first == StoreSummary(articles_added=2, incidents_created=2)
        before = store.counts()
        again = store.add([reports["crocus_first"], reports["kabul"], reports["kabul"]])
        assert again == StoreSummary(articles_skipped=3)
        assert store.counts() == before
        assert store.has_article(reports["kabul"].article.id)
        assert not store.has_article("0" * 20)


def test_a_later_toll_joins_the_incident_and_supersedes_the_first_figure(store_url, reports):
    with open_store(store_url) as store:
        store.add([reports["crocus_first"]])
        summary = store.add([reports["crocus_toll"]])
        assert summary.incidents_created == 0 and summary.incidents_updated == 1
        page = store.incidents(IncidentQuery(country="RU"))
        assert page.total == 1
        crocus = page.items[0]
        assert crocus.type is EventType.ARMED_ASSAULT and crocus.date.date == date(2024, 3, 22)
        assert len(crocus.articles) == 2 and _killed(crocus) == 145
        injured = next(c for c in crocus.counts if c.kind is CountKind.INJURED)
        assert injured.value == 360
        conflict = next(c for c in crocus.conflicts if c.field == "counts.killed")
        assert {v.value: v.hedged for v in conflict.values} == {144: True, 145: False}
        detail = store.incident(crocus.id)
        killed = sorted((c for c in detail.claims if c.field == "counts.killed"), key=lambda c: c.published)
        assert [(c.value, c.source, c.published, c.superseded) for c in killed] == [
            (144, "officials", date(2024, 3, 23), True),
            (145, "officials", date(2024, 3, 26), False),
        ]
        assert killed[0].evidence.text == "at least 144"
        assert {a.source for a in detail.articles} == {"Reuters", "AP"}
        # the claimant named in the first report stays with the merged incident
        assert "Islamic State" in {c.value for c in detail.claims if c.field == "actors.claimant"}


def test_an_incident_made_and_joined_in_one_batch_counts_once(store_url, reports):
    with open_store(store_url) as store:
        summary = store.add([reports["crocus_first"], reports["crocus_toll"]])
        assert (summary.incidents_created, summary.incidents_updated) == (1, 0)



def test_the_toll_update_first_gives_the_same_incident(store_url, reports):
    with open_store(store_url) as store:
        store.add([reports["crocus_toll"], reports["crocus_first"]])
        page = store.incidents(IncidentQuery())
        assert page.total == 1
        assert _killed(page.items[0]) == 145 and page.items[0].type is EventType.ARMED_ASSAULT


def test_sources_that_disagree_are_one_incident_with_a_named_conflict(store_url, reports):
    with open_store(store_url) as store:
        store.add([reports["rostov_news"]])
        store.add([reports["rostov_tass"]])
        page = store.incidents(IncidentQuery(type=[EventType.HOSTAGE_TAKING]))
        assert page.total == 1
        rostov = page.items[0]
        assert rostov.place.name == "Rostov-on-Don" and len(rostov.articles) == 2
        assert _killed(rostov) == 6
        assert {"Russian media", "TASS"} <= set(rostov.sources)
        conflict = next(c for c in rostov.conflicts if c.field == "counts.killed")
        values = {v.value: v for v in conflict.values}
        assert set(values) == {6, None}
        assert {"Russian media", "TASS"} <= set(values[6].sources)
        assert values[None].hedged and values[None].sources == ["news report"]
        perps = [a for a in rostov.actors if a.role.value == "perpetrator"]
        assert any(a.group == "Islamic State" and a.number == 6 for a in perps)


def test_other_places_and_dates_stay_apart(store_url, reports):
    with open_store(store_url) as store:
        summary = store.add(reports.values())
        assert summary.articles_added == 6
        page = store.incidents(IncidentQuery(limit=100))
        # Rostov (2 reports), Crocus (2 reports), Kabul, the May shooting in Moscow
        assert page.total == 4
        assert sorted(len(i.articles) for i in page.items) == [1, 1, 2, 2]
        assert [i.date.date for i in page.items] == sorted((i.date.date for i in page.items), reverse=True)


def test_filters_combine(store_url, reports):
    with open_store(store_url) as store:
        store.add(reports.values())

        def ids(**kw):
            return sorted(i.place.name for i in store.incidents(IncidentQuery(**kw)).items)

        assert ids(country="af") == ["Kabul"]
        assert ids(date_from=date(2024, 3, 1), date_to=date(2024, 3, 31)) == ["Moscow"]
        assert ids(country="RU", type=[EventType.ARMED_ASSAULT]) == ["Moscow", "Moscow"]
        assert ids(bbox=(35.0, 45.0, 45.0, 50.0)) == ["Rostov-on-Don"]  # west, south, east, north
        assert ids(actor="islamic state") == ["Moscow", "Rostov-on-Don"]
        assert ids(source="tass") == ["Rostov-on-Don"]
        assert ids(source="AP") == ["Moscow"]
        assert ids(text="suicide bomber") == ["Kabul"]
        assert ids(text="100%_") == []  # wildcards are searched as text
        page = store.incidents(IncidentQuery(limit=1, offset=1))
        assert page.total == 4 and len(page.items) == 1
        light = store.incidents(IncidentQuery(country="AF"), events=False).items[0]
        assert light.events == [] and light.evidence


def test_stats(store_url, reports):
    with open_store(store_url) as store:
        store.add(reports.values())
        by_country = {b.key: (b.incidents, b.killed, b.injured) for b in store.stats("country", IncidentQuery())}
        assert by_country == {"AF": (1, 12, 0), "RU": (3, 145 + 6 + 2, 360)}
        by_type = {b.key: b.incidents for b in store.stats("type", IncidentQuery())}
        assert by_type == {"armed_assault": 2, "bombing": 1, "hostage_taking": 1}
        days = [b.key for b in store.stats("day", IncidentQuery(country="RU"))]
        assert days == ["2024-03-22", "2024-05-10", "2024-06-16"]
        with pytest.raises(StoreError):
            store.stats("week", IncidentQuery())


def test_article_detail_and_missing_ids(store_url, reports):
    with open_store(store_url) as store:
        store.add([reports["rostov_news"]])
        art = reports["rostov_news"].article
        detail = store.article(art.id)
        assert detail.article == art and detail.article.origin == "rostov.txt"
        assert [e.id for e in detail.events] == [e.id for e in reports["rostov_news"].events]
        for e in detail.events:
            assert art.text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert len(detail.incident_ids) == 1
        assert store.incident(detail.incident_ids[0]).incident.articles == [art.id]
        assert store.article("nope") is None and store.incident("nope") is None


def test_ingest_errors_are_kept_once_each(store_url, reports):
    with open_store(store_url) as store:
        errors = [IngestError(origin="corpus/empty.txt", reason="empty text"),
                  IngestError(origin="corpus/feed.jsonl:3", reason="broken JSON: Expecting value at column 1")]
        summary = store.add([errors[0], reports["kabul"], errors[1]])
        assert summary.errors == 2 and summary.articles_added == 1
        store.add([errors[0]])
        got = store.errors()
        assert sorted(e.origin for e in got) == sorted(e.origin for e in errors)
        assert got[0] == errors[0]  # the most recent first
        assert len(store.errors(limit=1)) == 1


def test_headline_rule_majority_applies_to_merged_incidents(store_url, reports):
    with open_store(store_url, Config(headline_rule="majority")) as store:
        store.add([reports["rostov_news"], reports["rostov_tass"]])
        rostov = store.incidents(IncidentQuery(country="RU")).items[0]
        assert _killed(rostov) == 6
        note = next(c.note for c in rostov.conflicts if c.field == "counts.killed")
        assert "majority" in note


def test_reopening_keeps_everything(store_url, reports):
    with open_store(store_url) as store:
        store.add(reports.values())
        before = store.counts()
    with open_store(store_url) as store:
        assert store.counts() == before
        assert store.add([reports["kabul"]]).articles_skipped == 1


def test_bad_input_is_refused_with_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing" / "x.db"))
    with pytest.raises(StoreError, match="neither"):
        open_store("mysql://localhost/x")
    with open_store(str(tmp_path / "x.db")) as store, pytest.raises(StoreError, match="ExtractionResult"):
        store.add(["not a record"])
    with pytest.raises(StoreError, match="closed"):
        store.incidents(IncidentQuery())


def test_unreachable_postgres_is_a_store_error():
    with pytest.raises(StoreError, match="cannot open store"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_default_url_comes_from_the_db_setting(tmp_path, monkeypatch):
    with open_store(config=Config(db=f"sqlite:///{tmp_path / 'from_setting.db'}")) as store:
        assert isinstance(store, Store) and store.url.endswith("from_setting.db")
    assert (tmp_path / "from_setting.db").exists()
    monkeypatch.chdir(tmp_path)
    with open_store():
        pass
    assert (tmp_path / "wirecoder.db").exists()


def test_in_memory_store(reports):
    with open_store(":memory:") as store:
        store.add(reports.values())
        assert store.incidents(IncidentQuery()).total == 4


def test_a_report_tying_two_incidents_of_one_bombing_folds_them_into_one(store_url):
    first, later = bombing_told_twice_then_tied()
    with open_store(store_url) as store:
        assert store.add([first]).incidents_created == 2
        two = {i.id for i in store.incidents(IncidentQuery(country="CO")).items}
        assert store.points(IncidentQuery(country="CO")).total == 2  # the map index is built now
        summary = store.add([later])
        assert summary.incidents_created == 0 and summary.incidents_updated == 1
        page = store.incidents(IncidentQuery(country="CO"))
        assert page.total == 1
        bombing = page.items[0]
        assert bombing.id in two and len(bombing.events) == 3
        assert set(bombing.articles) == {first.article.id, later.article.id}
        (gone,) = two - {bombing.id}
        assert store.incident(gone).incident.id == bombing.id  # the folded id leads to the one that stays
        assert store.counts()["incident_folds"] == 1
        detail = store.incident(bombing.id)
        assert {a.source for a in detail.articles} == {"AFP", "EFE"}
        assert store.article(first.article.id).incident_ids == [bombing.id]
        time.sleep(MAX_AGE)  # the map index is renewed at most once a second, then without the folded one
        assert [p.id for p in store.points(IncidentQuery(country="CO")).items] == [bombing.id]


def test_an_id_folded_twice_leads_to_the_last_incident(store_url, reports):
    """Folds chain: an incident folded into one that is folded in turn points to the last."""
    with open_store(store_url) as store:
        store.add(reports.values())
        x, y, z = (i.id for i in store.incidents(IncidentQuery()).items[:3])
        for absorbed, kept in ((x, y), (y, z)):  # the folds the writer makes, on chosen incidents
            with store._engines.write.begin() as conn:
                writer._fold_into(conn, absorbed, kept)
        assert store.incident(x).incident.id == z and store.incident(y).incident.id == z
        assert store.counts()["incident_folds"] == 2
