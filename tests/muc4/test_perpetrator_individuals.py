"""PERP: INDIVIDUAL ID as the keys write it: the individuals without a qualified figure, without a
hedge the confidence slot carries, and without the group the organisation slot names, except for
the words for a group's members, which the keys write with it. The incidents are built by hand;
the sentences are written for these tests."""

from datetime import date

from wirecoder.model import Actor, Event, EventType, Incident, Place, Role, Span, When
from wirecoder.muc4.writer import incident_template


def _individuals(text: str, *perpetrators: tuple[str, str | None]) -> list[str]:
    actors = [Actor(role=Role.PERPETRATOR, text=t, name=t, kind="armed_group", group=g) for t, g in perpetrators]
    actors.append(Actor(role=Role.VICTIM, text="the mayor", name="the mayor", kind="government"))
    start = text.index("attacked")
    event = Event(id="e", type=EventType.ARMED_ASSAULT, trigger=Span(start=start, end=start + 8, text="attacked"),
                  evidence=Span(start=0, end=len(text), text=text), actors=actors)
    inc = Incident(id="i1", type=EventType.ARMED_ASSAULT, types=[EventType.ARMED_ASSAULT], date=When(date=date(1990, 5, 4)),
                   place=Place(name="Cali", kind="city", country="Colombia", country_code="CO"),
                   actors=actors, evidence=[Span(start=0, end=len(text), text=text)], events=[event])
    t = incident_template(inc, date(1990, 5, 5))
    assert t is not None
    return [x.upper() for x in t.individuals]


def test_a_qualified_figure_is_the_number_slots_not_the_individuals():
    assert _individuals("At least 40 gunmen attacked the mayor's convoy near Cali.",
                        ("at least 40 gunmen", None)) == ["GUNMEN"]
    # a bare number stays, as the keys keep it, and so does a range
    assert _individuals("Two men attacked the mayor near Cali.", ("Two men", None)) == ["TWO MEN"]
    assert _individuals("At least two or three men attacked the mayor.", ("At least two or three men", None)) == [
        "AT LEAST TWO OR THREE MEN"]


def test_a_hedge_is_the_confidence_slots():
    assert _individuals("Alleged urban commandos attacked the mayor near Cali.",
                        ("Alleged urban commandos", None)) == ["URBAN COMMANDOS"]


def test_fighters_of_a_group_leave_it_to_the_organisation_slot():
    assert _individuals("Guerrillas of the National Liberation Army attacked the mayor near Cali.",
                        ("Guerrillas of the National Liberation Army", "National Liberation Army")) == ["GUERRILLAS"]
    assert _individuals("ELN urban commandos attacked the mayor near Cali.",
                        ("ELN urban commandos", "National Liberation Army")) == ["URBAN COMMANDOS"]


def test_a_groups_members_keep_their_group():
    assert _individuals("Members of the ELN attacked the mayor near Cali.",
                        ("Members of the ELN", "National Liberation Army")) == ["MEMBERS OF THE ELN"]
    assert _individuals("ELN members attacked the mayor near Cali.", ("ELN members", "National Liberation Army")) == [
        "ELN MEMBERS"]
