"""An incident dated at the calendar's ends (its date comes from its text, which no window
bounds: "on January 1, 0001") is stored and resolved like any other, not an OverflowError that
loses the batch."""

from __future__ import annotations

from datetime import date

from factories import event, result

from wirecoder.model import Article, EventType, IncidentQuery
from wirecoder.store import open_store


def _report(text: str, day: date):
    article = Article(text=text, source="Wire", published=date(2024, 3, 3), origin="wire.jsonl:1")
    return result(article, event(article, "killed", EventType.ARMED_ASSAULT, day=day))


def test_incidents_dated_at_the_calendar_ends_are_stored(store_url):
    reports = [_report("Gunmen killed three people on January 1, 0001.", date(1, 1, 1)),
               _report("Gunmen killed two people on December 31, 9999.", date(9999, 12, 31))]
    with open_store(store_url) as store:
        summary = store.add(reports)
        assert (summary.articles_added, summary.incidents_created, summary.errors) == (2, 2, 0)
        again = store.add([_report("Gunmen killed four people on January 2, 0001.", date(1, 1, 2))])
        assert again.articles_added == 1
        assert store.incidents(IncidentQuery()).total in (2, 3)
