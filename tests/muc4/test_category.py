"""PERP: INCIDENT CATEGORY: set by who did it, and written when the text names no one, as the
keys' annotators write it. The incidents are built by hand; the sentences are written for these tests."""

from datetime import date

from wirecoder.model import Actor, Event, EventType, Incident, Place, Role, Span, When
from wirecoder.muc4.writer import incident_template

TEXT = "A BOMB EXPLODED TODAY OUTSIDE THE OFFICES OF A BANK IN DOWNTOWN MEDELLIN, KILLING TWO PASSERSBY."


def _category(actors: list[Actor]) -> str:
    trigger = Span(start=7, end=15, text="EXPLODED")
    evidence = Span(start=0, end=len(TEXT), text=TEXT)
    incident = Incident(
        id="i1", type=EventType.BOMBING, types=[EventType.BOMBING], date=When(date=date(1990, 3, 2)),
        place=Place(name="Medellin", kind="city", country="Colombia", country_code="CO"),
        actors=[Actor(role=Role.VICTIM, text="two passersby", name="passersby", number=2, kind="civilian"), *actors],
        evidence=[evidence], events=[Event(id="e", type=EventType.BOMBING, trigger=trigger, evidence=evidence)])
    template = incident_template(incident, date(1990, 3, 2))
    assert template is not None
    return template.category


def test_an_act_with_no_named_perpetrator_is_a_terrorist_act():
    assert _category([]) == "TERRORIST ACT"


def test_an_act_by_the_state_s_forces_is_state_sponsored_violence():
    soldiers = Actor(role=Role.PERPETRATOR, text="soldiers of the army", name="soldiers", kind="state_force")
    assert _category([soldiers]) == "STATE-SPONSORED VIOLENCE"


def test_an_act_by_an_armed_group_is_a_terrorist_act():
    group = Actor(role=Role.PERPETRATOR, text="the Medellin cartel", name="Medellin Cartel", group="Medellin Cartel",
                  kind="armed_group")
    assert _category([group]) == "TERRORIST ACT"
