"""The human targets' NUMBER and EFFECT OF INCIDENT slots (issue 13): every target a figure of the
dead or the hurt names takes its effect, not only the headline's; a target's number is the one its
own words give. The incidents are built by hand; the sentences are written for these tests."""

from datetime import date

from wirecoder.model import Actor, Count, CountKind, Event, EventType, Incident, Place, Role, Span, When
from wirecoder.muc4.writer import incident_template

TEXT = "GUNMEN KILLED MAYOR JUAN PEREZ. HIS SON AND TWO BODYGUARDS WERE ALSO KILLED, AND A DRIVER WAS WOUNDED."


def _event(counts: list[Count]) -> Event:
    return Event(id="e", type=EventType.ARMED_ASSAULT,
                 trigger=Span(start=7, end=13, text="KILLED"), evidence=Span(start=0, end=len(TEXT), text=TEXT), counts=counts)


def _incident(actors: list[Actor], events: list[Event], counts: list[Count]) -> Incident:
    return Incident(id="i1", type=EventType.ARMED_ASSAULT, types=[EventType.ARMED_ASSAULT], date=When(date=date(1990, 3, 2)),
                    place=Place(name="Medellin", kind="city", country="Colombia", country_code="CO"),
                    actors=[Actor(role=Role.PERPETRATOR, text="GUNMEN", name="gunmen"), *actors],
                    counts=counts, evidence=[Span(start=0, end=len(TEXT), text=TEXT)], events=events)


def _slots(incident: Incident) -> dict[str, tuple[str, list[str]]]:
    t = incident_template(incident, date(1990, 3, 3))
    assert t is not None
    return {(h["name"] or h["description"]).upper(): (h["number"], sorted(h["effect"])) for h in t.humans}


def test_every_target_a_figure_names_takes_its_effect():
    mayor = Count(kind=CountKind.KILLED, value=1, who="Mayor Juan Perez")
    others = Count(kind=CountKind.KILLED, value=3, who="his son and two bodyguards")
    driver = Count(kind=CountKind.INJURED, value=1, who="driver")
    incident = _incident(
        [Actor(role=Role.VICTIM, text="Juan Perez", name="Juan Perez", kind="person"),
         Actor(role=Role.VICTIM, text="his son", name="son", kind="civilian"),
         Actor(role=Role.VICTIM, text="two bodyguards", name="bodyguards", number=2, kind="civilian"),
         Actor(role=Role.VICTIM, text="a driver", name="driver", kind="civilian")],
        [_event([mayor]), _event([others, driver])],
        counts=[mayor, driver],  # the headline holds one figure of the dead
    )
    slots = _slots(incident)
    assert slots["JUAN PEREZ"][1] == ["DEATH"]
    assert slots["HIS SON"][1] == ["DEATH"]
    assert slots["BODYGUARDS"][1] == ["DEATH"]
    assert slots["DRIVER"][1] == ["INJURY"]


def test_a_target_hurt_and_killed_died():
    hurt = Count(kind=CountKind.INJURED, value=1, who="Juan Perez")
    dead = Count(kind=CountKind.KILLED, value=1, who="Juan Perez", later_death=True)
    incident = _incident([Actor(role=Role.VICTIM, text="Juan Perez", name="Juan Perez", kind="person")],
                         [_event([hurt]), _event([dead])], counts=[dead])
    assert _slots(incident)["JUAN PEREZ"][1] == ["DEATH"]


def test_a_target_figure_it_is_not_named_in_gives_it_nothing():
    others = Count(kind=CountKind.KILLED, value=3, who="three peasants")
    incident = _incident([Actor(role=Role.VICTIM, text="Juan Perez", name="Juan Perez", kind="person"),
                          Actor(role=Role.VICTIM, text="a driver", name="driver", kind="civilian")],
                         [_event([others])], counts=[others])
    assert _slots(incident)["DRIVER"][1] == []


def test_the_number_a_target_is_told_by_wins_over_a_larger_figure():
    killed = Count(kind=CountKind.KILLED, value=8, who="the six Jesuit priests and the two maids")
    incident = _incident([], [_event([killed])], counts=[killed])
    assert _slots(incident)["THE SIX JESUIT PRIESTS"] == ("6", ["DEATH"])


def test_plurals_of_man_are_plural():
    incident = _incident([Actor(role=Role.VICTIM, text="the clergymen", name="clergymen", kind="civilian")], [_event([])], counts=[])
    assert _slots(incident)["THE CLERGYMEN"][0] == "PLURAL"
    incident = _incident([Actor(role=Role.VICTIM, text="the clergyman", name="clergyman", kind="civilian")], [_event([])], counts=[])
    assert _slots(incident)["THE CLERGYMAN"][0] == "1"


def test_the_hurt_who_name_no_one_else_are_of_the_group_of_the_dead():
    killed = Count(kind=CountKind.KILLED, value=4, who="people")
    hurt = Count(kind=CountKind.INJURED, value=30)  # "four people were killed and 30 were injured"
    incident = _incident([], [_event([killed, hurt])], counts=[killed, hurt])
    t = incident_template(incident, date(1990, 3, 3))
    assert [(h["description"], h["number"], sorted(h["effect"])) for h in t.humans] == [("people", "4", ["DEATH", "INJURY"])]
    assert t.loose_human_effects == []


def test_the_hurt_of_another_group_stay_apart():
    killed = Count(kind=CountKind.KILLED, value=4, who="people")
    hurt = Count(kind=CountKind.INJURED, value=3, who="policemen")
    incident = _incident([], [_event([killed, hurt])], counts=[killed, hurt])
    slots = _slots(incident)
    assert slots["PEOPLE"] == ("4", ["DEATH"])


def test_each_person_a_figure_lists_is_a_target_of_its_own():
    killed = Count(kind=CountKind.KILLED, value=4, who="Mayor Juan Perez; Luis Gomez, the town secretary; and two bodyguards")
    incident = _incident([], [_event([killed])], counts=[killed])
    slots = _slots(incident)
    # TASKDOC 7.20 and part 2 (slots 18-19): the name without its title, the title the description
    assert slots["JUAN PEREZ"] == ("1", ["DEATH"])
    assert "MAYOR JUAN PEREZ" not in slots
    t = incident_template(incident, date(1990, 3, 3))
    assert t is not None
    assert next(h["description"] for h in t.humans if h["name"] == "Juan Perez").upper() == "MAYOR"
    assert slots["LUIS GOMEZ"] == ("1", ["DEATH"])
    assert slots["TWO BODYGUARDS"] == ("2", ["DEATH"])
    killed = Count(kind=CountKind.KILLED, value=3, who="the mayor of San Pedro, as well as two peasants")
    slots = _slots(_incident([], [_event([killed])], counts=[killed]))
    assert slots["THE MAYOR OF SAN PEDRO"] == ("1", ["DEATH"])
    assert slots["TWO PEASANTS"] == ("2", ["DEATH"])


def test_the_named_victim_of_an_accomplished_assassination_died():
    from wirecoder.model import Stage

    victim = Actor(role=Role.VICTIM, text="Juan Perez", name="Juan Perez", kind="person")
    incident = _incident([victim], [_event([])], counts=[]).model_copy(
        update={"type": EventType.ASSASSINATION, "types": [EventType.ASSASSINATION]})
    assert _slots(incident)["JUAN PEREZ"][1] == ["DEATH"]
    attempted = incident.model_copy(update={"stage": Stage.ATTEMPTED})
    assert _slots(attempted)["JUAN PEREZ"][1] == []
    survived = incident.model_copy(update={"counts": [Count(kind=CountKind.KILLED, value=0)]})
    assert "DEATH" not in _slots(survived)["JUAN PEREZ"][1]


def test_a_target_of_unknown_size_takes_the_figure_that_names_it():
    # "the workers were ambushed ... ten workers were killed": the figure numbers the target
    killed = Count(kind=CountKind.KILLED, value=10, who="workers")
    workers = Actor(role=Role.VICTIM, text="the workers", name="workers", kind="civilian")
    assert _slots(_incident([workers], [_event([killed])], counts=[killed]))["THE WORKERS"] == ("10", ["DEATH"])
    # the dead number a group that was also hurt, whichever figure is the headline
    hurt = Count(kind=CountKind.INJURED, value=40, who="civilians")
    dead = Count(kind=CountKind.KILLED, value=12, who="civilians")
    civilians = Actor(role=Role.VICTIM, text="civilians", name="civilians", kind="civilian")
    assert _slots(_incident([civilians], [_event([dead, hurt])], counts=[hurt]))["CIVILIANS"][0] == "12"
    # "several union leaders were killed": a vague word gives no figure (TASKDOC 7.22)
    several = Count(kind=CountKind.KILLED, value=3, qualifier="several", who="union leaders")
    leaders = Actor(role=Role.VICTIM, text="union leaders", name="union leaders", kind="civilian")
    assert _slots(_incident([leaders], [_event([several])], counts=[several]))["UNION LEADERS"][0] == "PLURAL"
    # a figure of other people leaves the target's size unknown
    peasants = Count(kind=CountKind.KILLED, value=3, who="peasants")
    assert _slots(_incident([workers], [_event([peasants])], counts=[peasants]))["THE WORKERS"][0] == "PLURAL"


def test_one_person_listed_among_the_dead_is_one():
    # "among the dead was a local teacher": the toll is unknown, the teacher one of it
    listed = Count(kind=CountKind.KILLED, value=None, qualifier="unknown", who="teacher")
    assert _slots(_incident([], [_event([listed])], counts=[listed]))["TEACHER"] == ("1", ["DEATH"])
    listed = Count(kind=CountKind.KILLED, value=None, qualifier="unknown", who="teachers")
    assert _slots(_incident([], [_event([listed])], counts=[listed]))["TEACHERS"] == ("PLURAL", ["DEATH"])


def _template(incident: Incident):
    t = incident_template(incident, date(1990, 3, 3))
    assert t is not None
    return t


def test_a_group_named_person_by_person_is_those_people():
    # "three peasants, Andres Rua, Tomas Mena and Hugo Vela, were shot dead": the keys list the
    # three by name, each described as one of the group, and not the group besides
    killed = Count(kind=CountKind.KILLED, value=3, who="three peasants")
    incident = _incident([Actor(role=Role.VICTIM, text="three peasants", name="peasants", kind="civilian", number=3),
                          *(Actor(role=Role.VICTIM, text=n, name=n, kind="person") for n in ("Andres Rua", "Tomas Mena", "Hugo Vela"))],
                         [_event([killed])], counts=[killed])
    t = _template(incident)
    assert [(h["name"], h["description"], h["number"], h["effect"]) for h in t.humans] == [
        (n, "peasant", "1", ["DEATH"]) for n in ("Andres Rua", "Tomas Mena", "Hugo Vela")]


def test_a_group_larger_than_its_named_people_or_of_others_stays():
    named = [Actor(role=Role.VICTIM, text=n, name=n, kind="person") for n in ("Andres Rua", "Tomas Mena")]
    # "five peasants were killed, among them Andres Rua and Tomas Mena": three more are unnamed
    five = Actor(role=Role.VICTIM, text="five peasants", name="peasants", kind="civilian", number=5)
    assert _slots(_incident([five, *named], [_event([])], counts=[]))["PEASANTS"][0] == "5"
    # "his bodyguards", "two other nuns": someone's people or others than the named ones
    for text, told in (("his bodyguards", "HIS BODYGUARDS"), ("two other nuns", "OTHER NUNS")):
        group = Actor(role=Role.VICTIM, text=text, name=text, kind="civilian")
        assert told in _slots(_incident([group, *named], [_event([])], counts=[]))


def test_a_death_or_an_injury_of_no_target_points_at_none():
    # "four people were killed and 30 wounded" beside two targets the figures do not name
    killed = Count(kind=CountKind.KILLED, value=4)
    hurt = Count(kind=CountKind.INJURED, value=30)
    victims = [Actor(role=Role.VICTIM, text="a judge", name="judge", kind="civilian"),
               Actor(role=Role.VICTIM, text="two lawyers", name="lawyers", kind="civilian", number=2)]
    assert _template(_incident(victims, [_event([killed, hurt])], counts=[killed, hurt])).loose_human_effects == []
    # "no one was hurt" in an attack on a building is told pointing at no target
    zeros = [Count(kind=kind, value=0, qualifier="none") for kind in (CountKind.KILLED, CountKind.INJURED)]
    building = Actor(role=Role.TARGET, text="the court building", name="court building", kind="unknown")
    assert _template(_incident([building], [_event(zeros)], counts=zeros)).loose_human_effects == ["NO INJURY OR DEATH"]


def test_the_others_a_figure_counts_are_a_target():
    # "Mayor Juan Perez and 13 others were wounded": the keys list the others, 13, hurt
    perez = Count(kind=CountKind.INJURED, value=1, who="Mayor Juan Perez")
    others = Count(kind=CountKind.INJURED, value=13, who="others")
    incident = _incident([Actor(role=Role.VICTIM, text="Mayor Juan Perez", name="Juan Perez", kind="person")],
                         [_event([perez, others])], counts=[perez, others])
    slots = _slots(incident)
    assert slots["OTHERS"] == ("13", ["INJURY"])
    assert slots["JUAN PEREZ"] == ("1", ["INJURY"])


def test_a_figure_naming_a_target_by_surname_gives_it_its_effect():
    # "Mayor Juan Perez was shot dead ... his lawyer, Ana Rios, who was with him, was also killed; Rios ..."
    # the second figure names the lawyer by her surname alone
    mayor = Count(kind=CountKind.KILLED, value=1, who="Mayor Juan Perez")
    rios = Count(kind=CountKind.KILLED, value=1, who="Rios")
    victims = [Actor(role=Role.VICTIM, text="Mayor Juan Perez", name="Juan Perez", kind="person"),
               Actor(role=Role.VICTIM, text="lawyer Ana Rios", name="Ana Rios", kind="person"),
               Actor(role=Role.VICTIM, text="the people", name="people", kind="civilian")]
    slots = _slots(_incident(victims, [_event([mayor]), _event([rios])], counts=[mayor]))
    assert slots["ANA RIOS"][1] == ["DEATH"]
    # a description, no name, is left to the figures that name the target in full
    one = Count(kind=CountKind.KILLED, value=1, who="people")
    slots = _slots(_incident(victims, [_event([mayor]), _event([one])], counts=[mayor]))
    assert slots["ANA RIOS"][1] == [] and slots["THE PEOPLE"][1] == []


def test_a_figure_naming_no_one_numbers_its_acts_one_group():
    # "the attack on the minister's bodyguards killed two": the two are the bodyguards
    bodyguards = Actor(role=Role.VICTIM, text="the minister's bodyguards", name="bodyguards", kind="civilian")
    two = Count(kind=CountKind.KILLED, value=2)
    attack = _event([two]).model_copy(update={"actors": [bodyguards]})
    assert _slots(_incident([bodyguards], [attack], counts=[two]))["THE MINISTER'S BODYGUARDS"][0] == "2"
    # beside a second victim of the act the figure may count either: the group stays PLURAL
    villagers = Actor(role=Role.VICTIM, text="the villagers", name="villagers", kind="civilian")
    attack = _event([two]).model_copy(update={"actors": [bodyguards, villagers]})
    assert _slots(_incident([bodyguards, villagers], [attack], counts=[two]))["THE MINISTER'S BODYGUARDS"][0] == "PLURAL"
