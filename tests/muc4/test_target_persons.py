"""Human targets as persons (issue 13, TASKDOC 7.19-7.20 and template-doc-part2 slots 18-19): a
name without its title, one person once under the fullest name, the effect each group's own
verb or figure tells (the dead apart from the hurt), and kidnap victims the text tells were freed.
The incidents are built by hand; the sentences are written for these tests."""

from datetime import date

from wirecoder.model import Actor, Count, CountKind, Event, EventType, Incident, Place, Role, Span, When
from wirecoder.muc4.writer import incident_template


def _event(text: str, trigger: str = "attacked", actors: list[Actor] | None = None, counts: list[Count] | None = None,
           kind: EventType = EventType.ARMED_ASSAULT) -> Event:
    start = max(text.find(trigger), 0)
    return Event(id="e", type=kind, trigger=Span(start=start, end=start + len(trigger), text=trigger),
                 evidence=Span(start=0, end=len(text), text=text), actors=actors or [], counts=counts or [])


def _incident(text: str, victims: list[Actor], events: list[Event] | None = None, counts: list[Count] | None = None,
              kind: EventType = EventType.ARMED_ASSAULT) -> Incident:
    actors = [Actor(role=Role.PERPETRATOR, text="gunmen", name="gunmen"), *victims]
    return Incident(id="i1", type=kind, types=[kind], date=When(date=date(1990, 5, 4)),
                    place=Place(name="Cali", kind="city", country="Colombia", country_code="CO"),
                    actors=actors, counts=counts or [], evidence=[Span(start=0, end=len(text), text=text)],
                    events=events or [_event(text, actors=actors, kind=kind)])


def _victim(text: str, kind: str = "unknown", number: int | None = None) -> Actor:
    return Actor(role=Role.VICTIM, text=text, name=text, kind=kind, number=number)  # type: ignore[arg-type]


def _humans(incident: Incident) -> dict[str, dict]:
    t = incident_template(incident, date(1990, 5, 5))
    assert t is not None
    return {(h["name"] or h["description"]).upper(): h for h in t.humans}


# --------------------------------------------------------------------------- names and titles


def test_a_person_only_a_figure_names_is_named_without_the_title():
    text = "Gunmen killed bodyguard Jairo Montes and Mayor Ana Lucia Perez in Cali."
    killed = Count(kind=CountKind.KILLED, value=2, who="bodyguard Jairo Montes and Mayor Ana Lucia Perez")
    humans = _humans(_incident(text, [], events=[_event(text, "killed", counts=[killed])], counts=[killed]))
    assert humans["JAIRO MONTES"]["description"].upper() == "BODYGUARD"
    assert humans["ANA LUCIA PEREZ"]["description"].upper() == "MAYOR"
    assert humans["ANA LUCIA PEREZ"]["effect"] == ["DEATH"]


def test_a_capitalised_first_name_is_no_title():
    # "Carmen" and "German" end as the plurals of "-man" do; they open names all the same
    text = "Carmen Rosa Tellez was wounded when gunmen fired on her car."
    hurt = Count(kind=CountKind.INJURED, value=1, who="Carmen Rosa Tellez")
    humans = _humans(_incident(text, [], counts=[hurt]))
    assert humans["CARMEN ROSA TELLEZ"]["description"] is None


def test_a_role_after_a_listed_title_stays_with_the_title():
    text = "Gunmen wounded former junta member Ramon Diaz Guzman outside his home."
    humans = _humans(_incident(text, [_victim("former junta member Ramon Diaz Guzman", "person")]))
    assert list(humans) == ["RAMON DIAZ GUZMAN"]
    assert humans["RAMON DIAZ GUZMAN"]["description"] == "former junta member"


# --------------------------------------------------------------------------- one person once


def test_a_surname_after_the_full_name_is_the_same_person():
    text = "Gunmen shot Dr. Mario Alberto Quintero in Cali. Dr Quintero died in hospital."
    dead = Count(kind=CountKind.KILLED, value=1, who="Dr Quintero")
    incident = _incident(text, [_victim("Dr. Mario Alberto Quintero", "person"), _victim("Dr Quintero")],
                         events=[_event(text, "shot", counts=[dead])], counts=[dead])
    humans = _humans(incident)
    assert list(humans) == ["MARIO ALBERTO QUINTERO"]
    assert humans["MARIO ALBERTO QUINTERO"]["effect"] == ["DEATH"]


def test_a_surname_two_named_people_share_is_neither():
    text = "Gunmen shot Fidel Rojas and Cirilo Rojas; Rojas was a farmer."
    humans = _humans(_incident(text, [_victim("Fidel Rojas", "person"), _victim("Cirilo Rojas", "person"),
                                      _victim("Rojas", "person")]))
    assert set(humans) == {"FIDEL ROJAS", "CIRILO ROJAS", "ROJAS"}


def test_the_titled_description_beside_the_one_named_person_is_that_person():
    text = "Gunmen shot Hernan Vega Arango in Cali. The political leader died on the way to hospital."
    dead = Count(kind=CountKind.KILLED, value=1, who="The political leader")
    incident = _incident(text, [_victim("Hernan Vega Arango", "person"), _victim("the political leader", "civilian")],
                         events=[_event(text, "shot", counts=[dead])], counts=[dead])
    humans = _humans(incident)
    assert list(humans) == ["HERNAN VEGA ARANGO"]
    assert humans["HERNAN VEGA ARANGO"]["description"] == "political leader"
    assert humans["HERNAN VEGA ARANGO"]["effect"] == ["DEATH"]


def test_a_description_beside_two_named_people_is_no_one_of_them():
    text = "Gunmen shot Hernan Vega and Luis Ortiz; the mayor was also shot."
    humans = _humans(_incident(text, [_victim("Hernan Vega", "person"), _victim("Luis Ortiz", "person"),
                                      _victim("the mayor", "civilian")]))
    assert "THE MAYOR" in humans


# --------------------------------------------------------------------------- the dead and the hurt


def test_each_group_of_a_killing_and_wounding_takes_its_own_effect():
    text = "The bomb hit a house, killing two children and injuring five civilians."
    children, civilians = _victim("two children", "civilian", 2), _victim("five civilians", "civilian", 5)
    dead = Count(kind=CountKind.KILLED, value=2, who="children")
    hurt = Count(kind=CountKind.INJURED, value=5, who="civilians")
    killing = _event(text, "killing", actors=[children, civilians], counts=[dead, hurt])
    humans = _humans(_incident(text, [children, civilians], events=[killing], counts=[dead, hurt]))
    assert humans["CHILDREN"]["effect"] == ["DEATH"]
    assert humans["CIVILIANS"]["effect"] == ["INJURY"]


def test_a_figure_goes_to_the_target_it_names_word_for_word():
    text = "One soldier was killed and two soldiers were wounded when the patrol was ambushed."
    one, two = _victim("one soldier", "civilian", 1), _victim("two soldiers", "civilian", 2)
    dead = Count(kind=CountKind.KILLED, value=1, who="soldier")
    hurt = Count(kind=CountKind.INJURED, value=2, who="soldiers")
    civilian = _victim("a farmer", "civilian")  # soldiers are targets beside a civilian one
    humans = _humans(_incident(text, [one, two, civilian], events=[_event(text, "ambushed", counts=[dead, hurt])],
                               counts=[dead, hurt]))
    assert humans["SOLDIER"]["effect"] == ["DEATH"]
    assert humans["SOLDIERS"]["effect"] == ["INJURY"]


# --------------------------------------------------------------------------- freed


def _kidnapping(text: str, victims: list[Actor]) -> dict[str, dict]:
    event = _event(text, "kidnapped", actors=victims, kind=EventType.KIDNAPPING)
    return _humans(_incident(text, victims, events=[event], kind=EventType.KIDNAPPING))


def test_a_kidnap_victim_the_text_says_was_released_regained_freedom():
    text = "Engineer Luis Mora Paredes, kidnapped on 3 May near Pasto, was released yesterday by his captors."
    assert _kidnapping(text, [_victim("Engineer Luis Mora Paredes", "person")])["LUIS MORA PAREDES"]["effect"] == [
        "REGAINED FREEDOM"]
    text = "Two nurses who were kidnapped and freed in Pasto told the police of their captors."
    assert _kidnapping(text, [_victim("two nurses", "civilian", 2)])["NURSES"]["effect"] == ["REGAINED FREEDOM"]
    text = "The rebels have released six hostages, the communique said."
    assert _kidnapping(text, [_victim("six hostages", "civilian", 6)])["HOSTAGES"]["effect"] == ["REGAINED FREEDOM"]


def test_the_release_of_someone_else_or_a_denied_one_frees_no_one():
    text = ("The rebels still hold senator Pablo Rivas Ochoa, kidnapped on 2 May near Tunja with his aide Juan Pinto "
            "Lara, who was released on Monday.")
    humans = _kidnapping(text, [_victim("senator Pablo Rivas Ochoa", "person"), _victim("Juan Pinto Lara", "person")])
    assert humans["PABLO RIVAS OCHOA"]["effect"] == []
    assert humans["JUAN PINTO LARA"]["effect"] == ["REGAINED FREEDOM"]
    text = "Engineer Luis Mora Paredes, kidnapped on 3 May, has not been released."
    assert _kidnapping(text, [_victim("Engineer Luis Mora Paredes", "person")])["LUIS MORA PAREDES"]["effect"] == []


def test_a_name_left_in_small_letters_is_split_from_the_role_before_it():
    # the truecaser may leave a name in small letters: the role words still say where it opens
    text = "Gunmen killed bodyguard pedro salas and 42-year-old hugo mena Rios near Cali."
    humans = _humans(_incident(text, [_victim("bodyguard pedro salas", "person"),
                                      _victim("42-year-old hugo mena Rios", "person")]))
    assert set(humans) == {"PEDRO SALAS", "HUGO MENA RIOS"}
    assert humans["PEDRO SALAS"]["description"] == "bodyguard"
    # a capitalised role word inside a run of name words is a name ("Justo Pastor Rojas")
    humans = _humans(_incident(text, [_victim("Justo Pastor Rojas", "person")]))
    assert list(humans) == ["JUSTO PASTOR ROJAS"]


def test_a_surname_takes_the_fullest_name_the_sentences_give():
    text = "After Mario Lopez Pineda left the bank, gunmen shot him. Lopez Pineda died on Monday."
    humans = _humans(_incident(text, [_victim("Lopez Pineda", "person")]))
    # "After" opens the sentence, and is no given name
    assert list(humans) == ["MARIO LOPEZ PINEDA"]
    text = "Gunmen shot the Mayor Lopez Pineda on Monday."
    assert list(_humans(_incident(text, [_victim("Lopez Pineda", "person")]))) == ["LOPEZ PINEDA"]
    # the surname made full is the person named in full: one target
    text = "Gunmen shot Mario Lopez Pineda near the bank. Lopez Pineda died on Monday."
    humans = _humans(_incident(text, [_victim("Mario Lopez Pineda", "person"), _victim("Lopez Pineda", "person")]))
    assert list(humans) == ["MARIO LOPEZ PINEDA"]


def test_a_police_agent_keeps_agent_in_the_description():
    # issue 9: "agent" is a word for a member of a force, one or many
    text = "A bomb went off in a bus in Cali, killing National police agent Rafael Ortiz and a student."
    humans = _humans(_incident(text, [_victim("National police agent Rafael Ortiz", "person"), _victim("a student", "civilian")]))
    assert humans["RAFAEL ORTIZ"]["description"].upper() == "NATIONAL POLICE AGENT"
    humans = _humans(_incident(text.replace("National police agent Rafael Ortiz", "a national police agent"),
                               [_victim("a national police agent", "state_force"), _victim("a student", "civilian")]))
    assert humans["NATIONAL POLICE AGENT"]["type"] == "LAW ENFORCEMENT"
