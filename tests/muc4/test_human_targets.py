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
from wirecoder.muc4.writer import incident_template, render_muc4

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
    # the titled name is a person, named without the title it is written after
    assert set(humans) == {"ROBERTO GARCIA", "THE SALVADORANS"}


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


def test_the_victims_of_the_noun_of_a_killing_died():
    # "the assassination of two peasants": the act told by its noun kills as its verb does
    peasants = _victim("two peasants", "civilian", 2)
    assassination = _event("ASSASSINATION", actors=[peasants])
    assert _humans(_incident([peasants], events=[_event(actors=[peasants]), assassination]))["PEASANTS"][1] == ["DEATH"]
    # a noun that only ends like one names no act: "the protection of two peasants"
    protection = _event("PROTECTION", actors=[peasants])
    assert _humans(_incident([peasants], events=[_event(actors=[peasants]), protection]))["PEASANTS"][1] == []


def _names(incident: Incident) -> dict[str, str | None]:
    t = incident_template(incident, date(1990, 3, 3))
    assert t is not None
    return {h["name"]: h["description"] for h in t.humans if h["name"]}


def test_a_name_after_a_title_the_title_list_lacks_is_split_from_it():
    # "inspector" and "reporter" are nouns for people, not titles of the lexicon: still the name follows them
    inspector = _victim("Inspector Ramon Quispe Flores", "person")
    assert _names(_incident([inspector])) == {"Ramon Quispe Flores": "Inspector"}
    judge = _victim("Judge Ana Maria de Soto", "unknown")
    assert _names(_incident([judge])) == {"Ana Maria de Soto": "Judge"}
    # a plain name or a description with no name at its end stays as it was
    assert _names(_incident([_victim("Ramon Quispe Flores", "person")])) == {"Ramon Quispe Flores": None}
    assert _names(_incident([_victim("the mayor of San Pedro", "civilian")])) == {}


def test_a_wire_tag_is_no_part_of_a_name():
    tagged = _victim("Text] Ramon Quispe Flores", "person")
    assert list(_names(_incident([tagged]))) == ["Ramon Quispe Flores"]


def test_a_counted_person_is_named_without_a_wire_tag():
    killed = Count(kind=CountKind.KILLED, value=1, who="Text] Ramon Quispe Flores")
    t = incident_template(_incident([], counts=[killed]), date(1990, 3, 3))
    assert t is not None
    assert [(h["name"], h["number"], h["effect"]) for h in t.humans] == [("Ramon Quispe Flores", "1", ["DEATH"])]


def test_a_zero_about_one_person_is_that_persons_effect_and_no_one_elses():
    colonel = _victim("Colonel Ramon Ortiz", "person")
    peasants = _victim("two peasants", "civilian", 2)
    zeros = [Count(kind=kind, value=0, qualifier="none", who="Colonel Ramon Ortiz") for kind in (CountKind.KILLED, CountKind.INJURED)]
    humans = _humans(_incident([colonel, peasants], counts=zeros))
    assert humans["RAMON ORTIZ"][1] == ["NO INJURY OR DEATH"]
    assert humans["PEASANTS"][1] == []
    # a zero about someone who is no target here is left out, not written with no target
    t = incident_template(_incident([_victim("a judge", "civilian"), peasants], counts=zeros), date(1990, 3, 3))
    assert t is not None and t.loose_human_effects == []


def test_a_foreign_targets_nation_is_filled_and_a_local_ones_is_not():
    """TASKDOC 7.23: the nationality a text gives a human target, when it is not the country of the
    incident (the incident here is in Colombia)."""
    americans = Actor(role=Role.VICTIM, text="two U.S. citizens", name="U.S. citizens", kind="civilian", number=2,
                      country_code="US")
    colombian = Actor(role=Role.VICTIM, text="a Colombian judge", name="Colombian judge", kind="civilian",
                      country_code="CO")
    t = incident_template(_incident([americans, colombian]), date(1990, 3, 3))
    assert t is not None
    nations = {h["description"]: h.get("nation") for h in t.humans}
    assert nations == {"U.S. citizens": "UNITED STATES", "judge": None}  # the nationality is the nation slot's
    assert 'UNITED STATES: "U.S. CITIZENS"' in render_muc4("DEV-X", [_incident([americans, colombian])], published=date(1990, 3, 3))


def test_the_victims_of_a_toll_told_beside_the_attack_are_no_targets():
    # "Two union leaders were killed in Cali ... So far this year, 15 members of the union have been
    # killed": the year's toll is of other attacks
    leaders = _victim("two union leaders", "civilian", 2)
    members = _victim("15 members of the union", "civilian", 15)
    own = Count(kind=CountKind.KILLED, value=2, who="union leaders")
    toll = Count(kind=CountKind.KILLED, value=15, who="members of the union", scope="roundup")
    events = [_event("KILLED", [leaders], [own]), _event("KILLED", [members], [toll])]
    humans = _humans(_incident([leaders, members], events, counts=[own]))
    assert list(humans) == ["UNION LEADERS"]
    # a victim the incident's own act also names stays
    events = [_event("KILLED", [leaders, members], [own]), _event("KILLED", [members], [toll])]
    assert "MEMBERS OF THE UNION" in _humans(_incident([leaders, members], events, counts=[own]))


def test_the_victims_of_the_plural_noun_of_killings_died():
    # "the assassinations of the two candidates": the plural of the act's noun kills as well
    peasants = _victim("two peasants", "civilian", 2)
    assassinations = _event("ASSASSINATIONS", actors=[peasants])
    assert _humans(_incident([peasants], events=[_event(actors=[peasants]), assassinations]))["PEASANTS"][1] == ["DEATH"]
    # a plural noun that names no act of harm gives no effect: "the protections of two peasants"
    protections = _event("PROTECTIONS", actors=[peasants])
    assert _humans(_incident([peasants], events=[_event(actors=[peasants]), protections]))["PEASANTS"][1] == []


def test_a_victim_listed_among_those_a_figure_counts_suffered_it():
    # "a bomb exploded at the market, killing nine people, including union leader Ana Rios"
    text = "A BOMB EXPLODED AT THE MARKET, KILLING NINE PEOPLE, INCLUDING UNION LEADER ANA RIOS."
    start = text.index("NINE")
    nine = Count(kind=CountKind.KILLED, value=9, who="people", span=Span(start=start, end=start + 11, text="NINE PEOPLE"))
    people, rios = _victim("nine people", "civilian", 9), _victim("union leader Ana Rios", "person")
    exploded = Event(id="e", type=EventType.BOMBING, trigger=Span(start=7, end=15, text="EXPLODED"),
                     evidence=Span(start=0, end=len(text), text=text), actors=[people, rios], counts=[nine])
    assert _humans(_incident([people, rios], events=[exploded], counts=[nine]))["ANA RIOS"][1] == ["DEATH"]
    # a victim beside the figure, not listed among its people, is left to the figures that name it
    text = "A BOMB EXPLODED NEAR UNION LEADER ANA RIOS, KILLING NINE PEOPLE."
    start = text.index("NINE")
    nine = nine.model_copy(update={"span": Span(start=start, end=start + 11, text="NINE PEOPLE")})
    exploded = exploded.model_copy(update={"evidence": Span(start=0, end=len(text), text=text), "counts": [nine]})
    assert _humans(_incident([people, rios], events=[exploded], counts=[nine]))["ANA RIOS"][1] == []
