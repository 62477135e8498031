"""A round-up figure (issue 13) stays off an incident's headline: "This was one of four similar
incidents in Hpakant on this date. At least 20 police personnel were killed across the attacks"
gives the coder 5 for this incident, not 20."""

from wirecoder.config import Config
from wirecoder.incidents import build_incident
from wirecoder.model import Count, CountKind, Event, EventType, Span


def _event(n: int, counts: list[Count]) -> Event:
    return Event(id=f"e{n}", type=EventType.ARMED_ASSAULT, trigger=Span(start=n * 100 + 5, end=n * 100 + 10, text="xxxxx"),
                 evidence=Span(start=n * 100, end=n * 100 + 90, text="x" * 90), counts=counts, article_id="a1")


def test_a_roundup_figure_is_no_headline_nor_conflict():
    incident = build_incident([
        _event(0, [Count(kind=CountKind.KILLED, value=5, who="police officers")]),
        _event(1, [Count(kind=CountKind.KILLED, value=20, qualifier="at least", who="police personnel", scope="roundup")]),
    ], Config())
    assert [(c.kind, c.value) for c in incident.counts] == [(CountKind.KILLED, 5)]
    assert incident.conflicts == []


def test_a_roundup_alone_gives_no_figure():
    incident = build_incident([_event(0, [Count(kind=CountKind.KILLED, value=20, scope="roundup")])], Config())
    assert incident.counts == []
