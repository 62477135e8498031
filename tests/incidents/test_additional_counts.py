"""People told besides those counted first (issue 13): "Two soldiers were killed in the attack. Three
civilians were also killed" is 5 killed as a coder totals them, where two figures of one kind are
otherwise two views of one toll and the lowest credible one is the headline."""

from wirecoder.config import Config
from wirecoder.incidents import build_incident
from wirecoder.model import Count, CountKind, Event, EventType, Span


def _count(kind: CountKind, value: int, at: int, who: str, additional: bool = False) -> Count:
    return Count(kind=kind, value=value, who=who, additional=additional, span=Span(start=at, end=at + 5, text="xxxxx"))


def _event(n: int, counts: list[Count]) -> Event:
    return Event(id=f"e{n}", type=EventType.ARMED_ASSAULT, trigger=Span(start=n * 100 + 5, end=n * 100 + 10, text="xxxxx"),
                 evidence=Span(start=n * 100, end=n * 100 + 90, text="x" * 90), counts=counts, article_id="a1")


def _tolls(incident):
    return {t.kind: t.total for t in incident.tolls}


def test_people_killed_besides_those_told_before_add_to_the_toll():
    incident = build_incident([
        _event(0, [_count(CountKind.KILLED, 2, 10, "soldiers")]),
        _event(1, [_count(CountKind.KILLED, 3, 110, "civilians", additional=True)]),
    ], Config())
    assert _tolls(incident) == {CountKind.KILLED: 5}
    # the headline figure stays the rule's: the toll is the coder's total
    assert [c.value for c in incident.counts] == [2]


def test_two_figures_without_the_word_stay_two_views_of_one_toll():
    incident = build_incident([
        _event(0, [_count(CountKind.KILLED, 2, 10, "soldiers")]),
        _event(1, [_count(CountKind.KILLED, 3, 110, "people")]),
    ], Config())
    assert _tolls(incident) == {CountKind.KILLED: 2}


def test_the_same_figure_told_again_adds_nothing():
    incident = build_incident([
        _event(0, [_count(CountKind.KILLED, 5, 10, "people")]),
        _event(1, [_count(CountKind.KILLED, 5, 110, "people", additional=True)]),
    ], Config())
    assert _tolls(incident) == {CountKind.KILLED: 5}


def test_an_additional_figure_alone_is_the_toll():
    incident = build_incident([
        _event(0, [_count(CountKind.KILLED, 1, 10, "driver")]),
        _event(1, [_count(CountKind.INJURED, 4, 110, "passengers", additional=True)]),
    ], Config())
    assert _tolls(incident) == {CountKind.KILLED: 1, CountKind.INJURED: 4}
