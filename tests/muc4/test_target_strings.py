"""The strings the MUC-4 writer gives perpetrators and human targets (issue 13): the noun phrase a
key writes, not the whole mention ("a group of armed men, who forced him ...": A GROUP OF ARMED
MEN), a name brought in after a description ("a guard named Barroso"), a group by the name the
text gives it ("the FMLN", not the canonical name), and no individuals for a group's name or a
thing. The incidents are built by hand; the sentences are written for these tests."""

from datetime import date

from wirecoder.model import Actor, Event, EventType, Incident, Place, Role, Span, When
from wirecoder.muc4.writer import incident_template


def _incident(text: str, actors: list[Actor], kind: EventType = EventType.ARMED_ASSAULT) -> Incident:
    start = max(text.find("attacked"), 0)
    event = Event(id="e", type=kind, trigger=Span(start=start, end=start + 8, text="attacked"),
                  evidence=Span(start=0, end=len(text), text=text), actors=actors)
    return Incident(id="i1", type=kind, types=[kind], date=When(date=date(1990, 5, 4)),
                    place=Place(name="Cali", kind="city", country="Colombia", country_code="CO"),
                    actors=actors, evidence=[Span(start=0, end=len(text), text=text)], events=[event])


def _actor(role: Role, text: str, kind: str = "unknown", group: str | None = None) -> Actor:
    return Actor(role=role, text=text, name=text, kind=kind, group=group)  # type: ignore[arg-type]


def _template(text: str, actors: list[Actor]):
    t = incident_template(_incident(text, actors), date(1990, 5, 5))
    assert t is not None
    return t


def _humans(text: str, victims: list[Actor]) -> dict[str, dict]:
    t = _template(text, [_actor(Role.PERPETRATOR, "gunmen"), *victims])
    return {(h["name"] or h["description"]).upper(): h for h in t.humans}


# --------------------------------------------------------------------------- perpetrators


def test_a_perpetrator_ends_before_a_relative_clause_or_a_comma():
    text = "A group of armed men, who wore masks, attacked the farm; unknown persons who fled attacked it too."
    t = _template(text, [_actor(Role.PERPETRATOR, "A group of armed men, who wore masks"),
                         _actor(Role.PERPETRATOR, "unknown persons who fled"),
                         _actor(Role.VICTIM, "the farm")])
    assert [x.upper() for x in t.individuals] == ["A GROUP OF ARMED MEN", "UNKNOWN PERSONS"]


def test_a_perpetrator_ends_before_a_place_or_a_time_but_keeps_what_they_wear():
    text = "Troops in Santa Rita attacked the village at dawn, with men in uniform and gunmen between 0500 and 0600."
    t = _template(text, [_actor(Role.PERPETRATOR, "troops in Santa Rita"),
                         _actor(Role.PERPETRATOR, "men in uniform"),
                         _actor(Role.PERPETRATOR, "gunmen between 0500 and 0600"),
                         _actor(Role.VICTIM, "the village")])
    assert [x.upper() for x in t.individuals] == ["TROOPS", "MEN IN UNIFORM", "GUNMEN"]


def test_a_group_is_written_by_the_name_the_text_gives_it():
    text = "The FMLN attacked the mayor, and the so-called Avengers of the South attacked his wife."
    t = _template(text, [_actor(Role.PERPETRATOR, "The FMLN", "armed_group", "Farabundo Marti National Liberation Front"),
                         _actor(Role.PERPETRATOR, "the so-called Avengers of the South", "armed_group", "Southern Cartel"),
                         _actor(Role.VICTIM, "the mayor")])
    assert [name.upper() for name, _ in t.organisations] == ["FMLN", "AVENGERS OF THE SOUTH"]
    assert t.individuals == []  # the group by its name alone is no individual


def test_members_of_a_group_give_the_group_as_written_and_the_members():
    text = "FMLN sappers attacked the mayor before dawn."
    t = _template(text, [_actor(Role.PERPETRATOR, "FMLN sappers", "armed_group", "Farabundo Marti National Liberation Front"),
                         _actor(Role.VICTIM, "the mayor")])
    assert [name.upper() for name, _ in t.organisations] == ["FMLN"]
    assert [x.upper() for x in t.individuals] == ["FMLN SAPPERS"]


def test_a_group_name_keeps_its_acronym_and_drops_a_nationality_or_an_ideology():
    text = "The Maoist Army of National Liberation (ANL) attacked the mine; Colombian rebels attacked a bridge."
    t = _template(text, [
        _actor(Role.PERPETRATOR, "The Maoist Army of National Liberation (ANL)", "armed_group", "National Liberation Army"),
        _actor(Role.PERPETRATOR, "Colombian rebels", "armed_group", "National Liberation Army"),
        _actor(Role.VICTIM, "the mine")])
    # "Colombian rebels" writes no name: the canonical one stands for it
    assert [name.upper() for name, _ in t.organisations] == ["ARMY OF NATIONAL LIBERATION (ANL)", "NATIONAL LIBERATION ARMY"]


def test_a_group_name_the_truecaser_left_in_small_letters_stays_whole():
    text = "The Patriotic Liberation front attacked the station."
    t = _template(text, [_actor(Role.PERPETRATOR, "The Patriotic Liberation front", "armed_group", "Patriotic Liberation Front"),
                         _actor(Role.VICTIM, "the station")])
    assert [name.upper() for name, _ in t.organisations] == ["PATRIOTIC LIBERATION FRONT"]


def test_a_thing_or_a_pronoun_is_no_perpetrator():
    text = "Machinegun bursts and 20 kg of dynamite attacked the office, their attack said."
    t = _template(text, [_actor(Role.PERPETRATOR, "machinegun bursts"), _actor(Role.PERPETRATOR, "20 kg of dynamite"),
                         _actor(Role.PERPETRATOR, "their"), _actor(Role.PERPETRATOR, "two gunmen"),
                         _actor(Role.VICTIM, "the office")])
    assert [x.upper() for x in t.individuals] == ["TWO GUNMEN"]


# --------------------------------------------------------------------------- human targets


def test_a_target_description_ends_before_a_place_or_a_participle():
    text = "Gunmen attacked nuns in San Vicente and students kidnapped last week."
    humans = _humans(text, [_actor(Role.VICTIM, "nuns in San Vicente"), _actor(Role.VICTIM, "students kidnapped")])
    assert set(humans) == {"NUNS", "STUDENTS"}


def test_a_name_brought_in_after_a_description_is_the_name():
    text = "Gunmen attacked an elderly man named Mario Lopez and a guard called Quintana, who was taken to hospital."
    humans = _humans(text, [_actor(Role.VICTIM, "an elderly man named Mario Lopez"),
                            _actor(Role.VICTIM, "a guard called Quintana, who was taken to hospital")])
    assert humans["MARIO LOPEZ"]["description"].upper() == "ELDERLY MAN"
    assert humans["QUINTANA"]["description"].upper() == "GUARD"


def test_a_name_loses_the_words_the_mention_runs_on_with():
    text = "Gunmen attacked reporter Ana Maria Soto of the Daily Star near her home."
    humans = _humans(text, [_actor(Role.VICTIM, "reporter Ana Maria Soto of the Daily Star", "person")])
    assert "ANA MARIA SOTO" in humans


def test_a_nationality_or_a_lower_case_noun_for_people_is_no_part_of_the_name():
    text = "Gunmen attacked Peruvian Rosa Elena Vargas and newsman Julio Cesar Ramos."
    humans = _humans(text, [_actor(Role.VICTIM, "Peruvian Rosa Elena Vargas", "person"),
                            _actor(Role.VICTIM, "newsman Julio Cesar Ramos", "person")])
    assert humans["ROSA ELENA VARGAS"]["description"].upper() == "PERUVIAN"
    assert humans["JULIO CESAR RAMOS"]["description"].upper() == "NEWSMAN"


def test_a_given_name_that_is_a_nationality_after_a_role_stays_in_the_name():
    text = "Gunmen attacked rancher German Ruiz Toro on his farm."
    humans = _humans(text, [_actor(Role.VICTIM, "rancher German Ruiz Toro", "person")])
    assert "GERMAN RUIZ TORO" in humans


def test_a_name_the_truecaser_left_in_small_letters_is_brought_in_whole():
    text = "Gunmen attacked a foreigner named erika lindqvist, presumably a Swedish national."
    humans = _humans(text, [_actor(Role.VICTIM, "a foreigner named erika lindqvist, presumably a Swedish national")])
    assert humans["ERIKA LINDQVIST"]["description"].upper() == "FOREIGNER"


def test_captors_killed_in_a_rescue_are_no_human_target():
    from wirecoder.model import Count, CountKind

    text = "Troops attacked the hideout and freed the rancher; two captors were killed."
    killed = Count(kind=CountKind.KILLED, value=2, who="two captors")
    incident = _incident(text, [_actor(Role.PERPETRATOR, "gunmen"), _actor(Role.VICTIM, "the rancher")])
    t = incident_template(incident.model_copy(update={"counts": [killed]}), date(1990, 5, 5))
    assert t is not None
    assert [(h["name"] or h["description"]).upper() for h in t.humans] == ["THE RANCHER"]


def test_a_targets_nationality_is_the_foreign_nation_slots_not_its_description():
    humans = _humans("Gunmen attacked two Brazilian engineers and a U.S. missionary near Cali.",
                     [_actor(Role.VICTIM, "two Brazilian engineers", kind="civilian"),
                      _actor(Role.VICTIM, "a U.S. missionary", kind="civilian")])
    assert {h["description"].upper() for h in humans.values()} == {"ENGINEERS", "U.S. MISSIONARY"}
