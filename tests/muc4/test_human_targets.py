"""Who is a human target (issue 13, TASKDOC 7.19-7.24): people, not the places, things, ideas,
parties or forces an act is aimed at; soldiers and police only beside other targets; the effect
an act's verb tells of its victim. The incidents are built by hand; the sentences are written for these tests."""

from datetime import date

from wirecoder.model import (
    Actor,
    Count,
    CountKind,
    Event,
    EventType,
    Incident,
    Place,
    Polarity,
    Role,
    Span,
    Stage,
    When,
)
from wirecoder.muc4.writer import incident_template

TEXT = "GUNMEN MURDERED A JUDGE AND TWO PEASANTS ON THE OUTSKIRTS OF THE TOWN."


def _event(trigger: str = "ATTACKED", actors: list[Actor] | None = None, counts: list[Count] | None = None,
           kind: EventType = EventType.ARMED_ASSAULT, **fields) -> Event:
    return Event(id="e", type=kind, trigger=Span(start=7, end=7 + len(trigger), text=trigger),
                 evidence=Span(start=0, end=len(TEXT), text=TEXT), actors=actors or [], counts=counts or [], **fields)


def _incident(victims: list[Actor], events: list[Event] | None = None, counts: list[Count] | None = None,
              kind: EventType = EventType.ARMED_ASSAULT) -> Incident:
    actors = [Actor(role=Role.PERPETRATOR, text="gunmen", name="gunmen"), *victims]
    return Incident(id="i1", type=kind, types=[kind], date=When(date=date(1990, 3, 2)),
                    place=Place(name="Medellin", kind="city", country="Colombia", country_code="CO"),
                    actors=actors, counts=counts or [], evidence=[Span(start=0, end=len(TEXT), text=TEXT)],
                    events=events or [_event(actors=actors)])


def _victim(text: str, kind: str = "unknown", number: int | None = None) -> Actor:
    return Actor(role=Role.VICTIM, text=text, name=text, kind=kind, number=number)  # type: ignore[arg-type]


def _humans(incident: Incident) -> dict[str, tuple[str, list[str]]]:
    t = incident_template(incident, date(1990, 3, 3))
    assert t is not None
    return {(h["name"] or h["description"]).upper(): (h["number"], sorted(h["effect"])) for h in t.humans}


def test_places_things_and_ideas_are_no_human_targets():
    humans = _humans(_incident([_victim("the outskirts of the town"), _victim("the power grid"), _victim("democracy"),
                                _victim("the peace process"), _victim("the priests")]))
    assert list(humans) == ["THE PRIESTS"]


def test_a_party_or_a_country_is_no_person_but_a_titled_name_is():
    humans = _humans(_incident([_victim("the Liberal Party", "organisation"), _victim("Peru", "government"),
                                _victim("Salvadoran attorney general Roberto Garcia", "government"),
                                _victim("the Salvadorans", "government")]))
    assert set(humans) == {"SALVADORAN ATTORNEY GENERAL ROBERTO GARCIA", "THE SALVADORANS"}


def test_a_name_is_a_person_and_an_acronym_is_not():
    humans = _humans(_incident([_victim("Father Ramirez"), _victim("the UNTS")]))
    assert list(humans) == ["FATHER RAMIREZ"]


def test_people_by_the_ending_of_their_noun():
    humans = _humans(_incident([_victim("three fishermen", number=3), _victim("a cattleman")]))
    assert set(humans) == {"FISHERMEN", "CATTLEMAN"}


def test_fallen_guerrillas_are_no_victims_of_terrorism():
    humans = _humans(_incident([_victim("the rebels"), _victim("the FMLN column", "armed_group"), _victim("a teacher", "civilian")]))
    assert list(humans) == ["TEACHER"]


def test_soldiers_are_targets_only_beside_other_targets():
    assert _humans(_incident([_victim("two soldiers", "state_force", 2), _victim("democracy")])) == {}
    humans = _humans(_incident([_victim("two soldiers", "state_force", 2), _victim("a teacher", "civilian")]))
    assert set(humans) == {"SOLDIERS", "TEACHER"}


def test_a_force_as_an_institution_is_no_human_target():
    humans = _humans(_incident([_victim("the army", "state_force"), _victim("the security forces", "state_force"),
                                _victim("a teacher", "civilian")]))
    assert list(humans) == ["TEACHER"]
    killed = Count(kind=CountKind.KILLED, value=3, who="the army")
    assert "THE ARMY" not in _humans(_incident([_victim("a teacher", "civilian")], counts=[killed]))


def test_the_victim_of_a_killing_verb_died():
    judge = _victim("a judge", "civilian")
    peasants = _victim("two peasants", "civilian", 2)
    murdered = _event("MURDERED", actors=[judge])
    wounded = _event("WOUNDED", actors=[peasants])
    humans = _humans(_incident([judge, peasants], events=[murdered, wounded]))
    assert humans["JUDGE"][1] == ["DEATH"]
    assert humans["PEASANTS"][1] == ["INJURY"]


def test_an_act_not_done_gives_no_effect():
    judge = _victim("a judge", "civilian")
    for event in (_event("MURDERED", actors=[judge], polarity=Polarity.NEGATED),
                  _event("MURDERED", actors=[judge], stage=Stage.ATTEMPTED),
                  _event("ATTACKED", actors=[judge])):
        assert _humans(_incident([judge], events=[_event(actors=[judge]), event]))["JUDGE"][1] == []


def test_a_hostage_freed_regained_freedom_only_in_a_kidnapping():
    hostage = _victim("the engineer", "civilian")
    freed = _event("FREED", actors=[hostage], kind=EventType.KIDNAPPING)
    assert _humans(_incident([hostage], events=[freed], kind=EventType.KIDNAPPING))["THE ENGINEER"][1] == ["REGAINED FREEDOM"]
    rescued = _event("RESCUED", actors=[hostage])
    assert _humans(_incident([hostage], events=[rescued]))["THE ENGINEER"][1] == []
