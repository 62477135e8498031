"""A later death of people already counted as wounded (issue 13): "Gunmen shot a shopkeeper. He died
of his wounds in hospital" is 1 killed and 0 injured, "... wounded two policemen. One of them later
died" 1 killed and 1 injured; a coder counts each person once."""

from datetime import date

import pytest

from wirecoder.config import Config
from wirecoder.incidents import build_incident
from wirecoder.model import Article, Count, CountKind, Event, EventType, Span


def _count(kind: CountKind, value: int, at: int, who: str | None = None, later: bool = False) -> Count:
    return Count(kind=kind, value=value, who=who, later_death=later, span=Span(start=at, end=at + 5, text="xxxxx"))


def _event(n: int, counts: list[Count], article: str = "a1") -> Event:
    return Event(id=f"e{n}", type=EventType.ARMED_ASSAULT, trigger=Span(start=n * 100 + 5, end=n * 100 + 10, text="xxxxx"),
                 evidence=Span(start=n * 100, end=n * 100 + 90, text="x" * 90), counts=counts, article_id=article)


def _figures(incident):
    return {t.kind: t.total for t in incident.tolls}, {c.kind: c.value for c in incident.counts}


def test_a_later_death_moves_the_wounded_to_the_dead():
    incident = build_incident([
        _event(0, [_count(CountKind.INJURED, 2, 10, "policemen")]),
        _event(1, [_count(CountKind.KILLED, 1, 110, later=True)]),
    ], Config())
    tolls, headline = _figures(incident)
    assert tolls == {CountKind.KILLED: 1, CountKind.INJURED: 1}
    assert headline == {CountKind.KILLED: 1, CountKind.INJURED: 1}
    assert incident.conflicts == []
    # both sentences stay the incident's evidence, and each event keeps its count as told
    assert len(incident.evidence) == 2
    assert [c.value for e in incident.events for c in e.counts] == [2, 1]


def test_when_every_wounded_person_died_no_one_is_injured_and_no_zero_is_claimed():
    incident = build_incident([
        _event(0, [_count(CountKind.INJURED, 1, 10, "shopkeeper")]),
        _event(1, [_count(CountKind.KILLED, 1, 110, later=True)]),
    ], Config())
    tolls, headline = _figures(incident)
    assert tolls == {CountKind.KILLED: 1, CountKind.INJURED: 0}
    assert headline == {CountKind.KILLED: 1}  # no "no one was hurt" the text never said


def test_a_later_death_adds_to_the_dead_told_before_it_and_not_to_those_told_after():
    before = build_incident([
        _event(0, [_count(CountKind.KILLED, 2, 10, "guards"), _count(CountKind.INJURED, 1, 40, "manager")]),
        _event(1, [_count(CountKind.KILLED, 1, 110, "manager", later=True)]),
    ], Config())
    assert _figures(before)[0] == {CountKind.KILLED: 3, CountKind.INJURED: 0}
    after = build_incident([
        _event(0, [_count(CountKind.INJURED, 2, 10, "policemen")]),
        _event(1, [_count(CountKind.KILLED, 1, 110, later=True)]),
        _event(2, [_count(CountKind.KILLED, 1, 210, "policeman")]),  # "the toll stands at one": it counts him already
    ], Config())
    assert _figures(after)[0] == {CountKind.KILLED: 1, CountKind.INJURED: 1}


def test_two_later_deaths_add_up():
    incident = build_incident([
        _event(0, [_count(CountKind.INJURED, 3, 10, "villagers")]),
        _event(1, [_count(CountKind.KILLED, 1, 110, later=True)]),
        _event(2, [_count(CountKind.KILLED, 1, 210, later=True)]),
    ], Config())
    assert _figures(incident)[0] == {CountKind.KILLED: 2, CountKind.INJURED: 1}


def test_a_later_death_without_wounded_told_before_is_an_ordinary_figure():
    # "Gunmen shot dead a teacher. The victim died on the spot": one death, told twice
    incident = build_incident([
        _event(0, [_count(CountKind.KILLED, 1, 10, "teacher")]),
        _event(1, [_count(CountKind.KILLED, 1, 110, "victim", later=True)]),
    ], Config())
    assert _figures(incident)[0] == {CountKind.KILLED: 1}


def test_the_wounded_of_another_report_are_not_moved():
    incident = build_incident([
        _event(0, [_count(CountKind.INJURED, 2, 10, "policemen")], article="a1"),
        _event(1, [_count(CountKind.KILLED, 1, 110, later=True)], article="a2"),
    ], Config())
    assert _figures(incident)[0] == {CountKind.KILLED: 1, CountKind.INJURED: 2}


@pytest.mark.model
@pytest.mark.parametrize("text,killed,injured", [
    ("Gunmen shot a shopkeeper in Quetta on Monday. He died of his wounds in hospital.", 1, 0),
    ("Gunmen wounded two policemen in Quetta on Monday. One of them later died.", 1, 1),
    ("A bomb exploded at a bus stop in Mosul, wounding six people. Two of the injured died in hospital on Tuesday.", 2, 4),
    # a death that is no later one: nothing moves
    ("Gunmen wounded two policemen in Quetta on Monday. A third policeman died in a separate attack in Sibi.", None, 2),
])
def test_the_coder_counts_each_person_once(text, killed, injured):
    from wirecoder.pipeline import Coder

    result = Coder().extract_article(Article(text=text, published=date(2024, 6, 16)))
    first = result.incidents[0]
    tolls = {t.kind: t.total for t in first.tolls}
    assert (tolls.get(CountKind.KILLED), tolls.get(CountKind.INJURED)) == (killed, injured)
