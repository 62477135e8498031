"""The MUC-4 writer's physical targets (issue 9): the buildings and vehicles an incident hit, their
type from the set list, and the effect the sentence naming each one tells. The incidents are built
by hand; the sentences are written for these tests."""

from datetime import date

from wirecoder.model import Actor, Event, EventType, Incident, Place, Role, Span, When
from wirecoder.muc4.writer import incident_template


def _bombing(sentences: list[str], targets: list[str]) -> Incident:
    actors = [Actor(role=Role.TARGET, text=t, name=t) for t in targets]
    spans, events, start = [], [], 0
    for n, s in enumerate(sentences):
        span = Span(start=start, end=start + len(s), text=s)
        spans.append(span)
        events.append(Event(id=f"e{n}", type=EventType.BOMBING, trigger=span, evidence=span,
                            actors=[a for a in actors if a.text in s]))
        start += len(s) + 1
    return Incident(id="i1", type=EventType.BOMBING, types=[EventType.BOMBING], date=When(date=date(1990, 5, 4)),
                    place=Place(name="Cali", kind="city", country="Colombia", country_code="CO"),
                    actors=actors, evidence=spans, events=events)


def _physical(inc: Incident) -> dict[str, dict]:
    t = incident_template(inc, date(1990, 5, 5))
    assert t is not None
    return {p["id"]: p for p in t.physical}


def test_each_target_takes_the_effect_its_own_sentence_tells():
    inc = _bombing(["A bomb destroyed a house in the south of Cali on Friday.",
                    "The blast also damaged two buses parked nearby."], ["a house", "two buses"])
    found = _physical(inc)
    assert found["a house"]["effect"] == "DESTROYED"
    assert found["two buses"]["effect"] == "SOME DAMAGE"


def test_a_target_told_without_an_effect_takes_the_incidents():
    inc = _bombing(["A bomb exploded at a drugstore in Cali on Friday.",
                    "The explosion destroyed the front of the building."], ["a drugstore"])
    assert _physical(inc)["a drugstore"]["effect"] == "DESTROYED"


def test_shops_poles_and_exchanges_are_physical_targets_of_their_type():
    inc = _bombing(["Bombs exploded at two drugstores, an electric pole and a telephone exchange in Cali."],
                   ["two drugstores", "an electric pole", "a telephone exchange"])
    found = _physical(inc)
    assert {k: (v["type"], v["number"]) for k, v in found.items()} == {
        "two drugstores": ("COMMERCIAL", "2"), "an electric pole": ("ENERGY", "1"), "a telephone exchange": ("COMMUNICATIONS", "1")}


def test_a_home_is_typed_by_its_owners_office_and_a_branch_is_a_banks():
    inc = _bombing(["Bombs exploded at the residence of the Uruguayan ambassador, at a peasant's house and at a branch of a savings bank."],
                   ["the residence of the Uruguayan ambassador", "a peasant's house", "a branch of a savings bank"])
    found = _physical(inc)
    assert {k: v["type"] for k, v in found.items()} == {
        "the residence of the Uruguayan ambassador": "DIPLOMAT OFFICE OR RESIDENCE", "a peasant's house": "CIVILIAN RESIDENCE",
        "a branch of a savings bank": "FINANCIAL"}


def test_a_building_told_with_its_owner_is_no_human_target():
    building = Actor(role=Role.TARGET, text="a building owned by the family of the mayor", name="building")
    inc = _bombing(["A bomb destroyed a building owned by the family of the mayor in Cali."], [])
    inc = inc.model_copy(update={"actors": [building]})
    t = incident_template(inc, date(1990, 5, 5))
    assert t is not None
    assert [p["id"] for p in t.physical] == ["a building owned by the family of the mayor"]
    assert t.humans == []
