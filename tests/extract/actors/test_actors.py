import pytest

from wirecoder.extract.actors import find_actors
from wirecoder.extract.events import find_triggers
from wirecoder.model import EventType, Role
from wirecoder.resources.groups import normalise_group


@pytest.mark.parametrize("mention,canonical", [
    ("ISIS", "Islamic State"), ("Daesh", "Islamic State"), ("ISIL", "Islamic State"), ("the Islamic State", "Islamic State"),
    ("IS", "Islamic State"), ("Khorasan group", "Islamic State - Khorasan Province"), ("ISIS-K", "Islamic State - Khorasan Province"),
    ("members of the Khorasan group", "Islamic State - Khorasan Province"), ("al-Shabab", "al-Shabaab"),
    ("Boko Haram fighters", "Boko Haram"),
])
def test_group_names_are_normalised(mention, canonical):
    assert normalise_group(mention) == canonical


def test_lower_case_is_is_not_a_group():
    assert normalise_group("is") is None
    assert normalise_group("the police") is None


def _actors(nlp, sentence):
    doc = nlp(sentence)
    out = []
    for t in find_triggers(doc[:]):
        out.extend(find_actors(doc[t.token], t.type))
    return out


@pytest.mark.model
def test_perpetrator_victim_and_number(nlp):
    actors = _actors(nlp, "Six detainees linked to ISIS took two prison guards hostage.")
    perp = [a for a in actors if a.role is Role.PERPETRATOR]
    assert perp and perp[0].group == "Islamic State" and perp[0].number == 6
    assert any(a.role is Role.VICTIM and "guards" in a.name for a in actors)


@pytest.mark.model
def test_passive_agent_is_perpetrator(nlp):
    actors = _actors(nlp, "A police officer was killed by al-Shabaab militants in Mogadishu.")
    assert any(a.role is Role.PERPETRATOR and a.group == "al-Shabaab" for a in actors)
    assert any(a.role is Role.VICTIM and "officer" in a.name for a in actors)


@pytest.mark.model
@pytest.mark.parametrize("headline", ["Seven policemen wounded in Kandahar.", "Five soldiers killed in Kunar.", "Two soldiers injured in Quetta."])
def test_a_headlines_passive_makes_its_subject_the_victim(nlp, headline):
    actors = _actors(nlp, headline)
    assert [a.role for a in actors] == [Role.VICTIM]
    doc = nlp(headline)
    assert [t.type for t in find_triggers(doc[:])] == [EventType.ARMED_ASSAULT]


@pytest.mark.model
@pytest.mark.parametrize("sentence", ["A missile struck a girls' school on the edge of the city.", "Two shells landed on the market square."])
def test_what_was_fired_is_no_perpetrator(nlp, sentence):
    assert not [a for a in _actors(nlp, sentence) if a.role is Role.PERPETRATOR]


@pytest.mark.model
def test_responders_are_state_forces(nlp):
    actors = _actors(nlp, "Russian special forces stormed the detention center.")
    assert [(a.role, a.kind, a.country_code) for a in actors if a.role is Role.RESPONDER] == [(Role.RESPONDER, "state_force", "RU")]


@pytest.mark.model
def test_victims_take_the_nationality_their_own_words_give(nlp):
    actors = _actors(nlp, "Gunmen kidnapped two U.S. citizens and a Spanish engineer near the border on Monday.")
    nations = {a.name: a.country_code for a in actors if a.role is Role.VICTIM}
    assert sorted(nations.values()) == ["ES", "US"] and nations["U.S. citizens"] == "US"


@pytest.mark.model
def test_a_country_after_the_head_is_where_they_were_not_their_nationality(nlp):
    actors = _actors(nlp, "Rebels ambushed a convoy of aid workers in Colombia on Sunday.")
    assert all(a.country_code is None for a in actors if a.role is Role.VICTIM)


@pytest.mark.model
def test_group_anaphor_resolves_to_last_named_group(nlp):
    actors = _actors(nlp, "The attack was claimed by Daesh. Members of the organization later took two guards hostage.")
    assert any(a.role is Role.PERPETRATOR and a.group == "Islamic State" for a in actors)


@pytest.mark.model
def test_accused_in_pointed_fingers(nlp):
    actors = _actors(nlp, "Bortnikov pointed fingers at NATO over the attack during the meeting.")
    assert {(a.role, a.name) for a in actors} >= {(Role.ACCUSER, "Bortnikov"), (Role.ACCUSED, "NATO")}


@pytest.mark.model
def test_the_subject_of_died_is_the_victim(nlp):
    doc = nlp("A policeman died of his wounds in hospital on Monday.")
    died = next(t for t in doc if t.lower_ == "died")
    assert [(a.role, a.text) for a in find_actors(died, EventType.ARMED_ASSAULT)] == [(Role.VICTIM, "A policeman")]


@pytest.mark.model
def test_bombs_are_no_actors(nlp):
    assert _actors(nlp, "Some 21 bombs had gone off in Belfast by the evening.") == []


@pytest.mark.model
def test_who_plants_the_bombs_is_the_perpetrator(nlp):
    actors = _actors(nlp, "Unidentified persons placed 11 bombs in various government bank branches early this morning.")
    # the branches the bombs were placed in are what they hit (tests/extract/actors/test_things_hit.py)
    assert [(a.role, a.text) for a in actors] == [(Role.PERPETRATOR, "Unidentified persons"),
                                                  (Role.TARGET, "various government bank branches")]


@pytest.mark.model
def test_a_group_named_in_the_agent_of_a_description_is_not_the_victims(nlp):
    doc = nlp("Russian special forces freed two prison guards held by inmates linked to the Islamic State group.")
    freed = next(t for t in doc if t.lower_ == "freed")
    guards = [a for a in find_actors(freed, EventType.SECURITY_OPERATION) if "guards" in a.name]
    assert guards and guards[0].group is None
    linked = _actors(nlp, "Six detainees linked to ISIS took two prison guards hostage.")
    assert any(a.role is Role.PERPETRATOR and a.group == "Islamic State" for a in linked)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "The deadly vehicle rammed into the gate of the consulate and exploded.",
    "A Humvee packed with explosives attacked the checkpoint.",
    "Medics at the scene attacked the fire.",
])
def test_a_perpetrator_is_a_person_group_or_force_never_a_vehicle_or_medics(nlp, sentence):
    assert not [a for a in _actors(nlp, sentence) if a.role is Role.PERPETRATOR]


@pytest.mark.model
def test_whoever_drove_the_vehicle_is_the_perpetrator(nlp):
    perps = [a.name for a in _actors(nlp, "The attackers drove a Humvee into the base and opened fire.") if a.role is Role.PERPETRATOR]
    assert perps == ["attackers"]


@pytest.mark.model
def test_one_police_agent_is_a_state_force_and_a_travel_agent_is_not(nlp):
    # issue 9: "a National Police agent" is a member of a force, as "agents" are
    victims = [a for a in _actors(nlp, "Gunmen killed a National Police agent outside the station.") if a.role is Role.VICTIM]
    assert [(a.name, a.kind) for a in victims] == [("National Police agent", "state_force")]
    victims = [a for a in _actors(nlp, "Gunmen killed a travel agent outside the station.") if a.role is Role.VICTIM]
    assert victims and victims[0].kind != "state_force"
