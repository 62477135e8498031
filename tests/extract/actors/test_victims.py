"""Victims told around the act rather than as its object: nominal acts, relative clauses, the harm
joined to the act, lists of names, companions, possessors and lives."""

import pytest

from wirecoder.extract.actors import find_actors
from wirecoder.extract.events import find_triggers
from wirecoder.model import EventType, Role


def _victims(nlp, sentence):
    doc = nlp(sentence)
    out = []
    for t in find_triggers(doc[:]):
        out.extend(a.text for a in find_actors(doc[t.token], t.type) if a.role is Role.VICTIM)
    return out


@pytest.mark.model
@pytest.mark.parametrize("sentence,victim", [
    ("The rebels claimed responsibility for the murder of the provincial governor.", "the provincial governor"),
    ("Police are still investigating the kidnapping of two oil engineers.", "two oil engineers"),
])
def test_the_object_of_an_act_done_to_someone_is_its_victim(nlp, sentence, victim):
    assert victim in _victims(nlp, sentence)


@pytest.mark.model
def test_of_after_an_attack_names_no_victim(nlp):
    # "the attack of the militia": for acts not only done to someone, "of" may name the doer
    assert "the militia" not in _victims(nlp, "Residents fled after the attack of the militia on the village.")


@pytest.mark.model
def test_a_possessor_of_an_act_done_to_someone_is_the_victim_unless_a_group(nlp):
    assert "The senator" in _victims(nlp, "The senator's assassination shocked the country.")
    assert _victims(nlp, "Al-Shabaab's kidnapping of the aid worker drew condemnation.") == ["the aid worker"]


@pytest.mark.model
def test_the_noun_a_passive_relative_clause_describes_is_the_victim(nlp):
    assert "two journalists" in _victims(nlp, "The army admitted responsibility for the death of two journalists who were shot by soldiers.")


@pytest.mark.model
@pytest.mark.parametrize("sentence,victim", [
    ("A bomb exploded outside the bank, killing a security guard.", "a security guard"),
    ("The teacher was killed when a grenade exploded in the market.", "The teacher"),
    ("A boy was wounded in the explosion near the school.", "A boy"),
])
def test_the_harm_joined_to_the_act_names_its_victim(nlp, sentence, victim):
    assert victim in _victims(nlp, sentence)


@pytest.mark.model
def test_the_dead_of_a_response_are_no_victims_of_the_attack(nlp):
    doc = nlp("Troops killed two gunmen in the attack.")
    attack = next(t for t in doc if t.lower_ == "attack")
    from wirecoder.model import EventType
    assert not [a for a in find_actors(attack, EventType.ARMED_ASSAULT) if a.role is Role.VICTIM]


@pytest.mark.model
def test_names_beside_a_common_noun_are_victims_each(nlp):
    victims = _victims(nlp, "Gunmen kidnapped a young couple, Maria Lopez and Daniel Soto, outside their home.")
    assert {"Maria Lopez", "Daniel Soto"} <= set(victims)


@pytest.mark.model
def test_who_was_killed_along_with_the_victim_is_a_victim(nlp):
    victims = _victims(nlp, "The judge was shot dead outside the court, along with two of his bodyguards.")
    assert "The judge" in victims and "his bodyguards" in victims


@pytest.mark.model
def test_whose_life_is_threatened_is_the_target(nlp):
    doc = nlp("The rebels threatened the lives of the villagers.")
    from wirecoder.model import EventType
    threatened = next(t for t in doc if t.lower_ == "threatened")
    assert [a.text for a in find_actors(threatened, EventType.THREAT) if a.role is Role.TARGET] == ["the villagers"]


@pytest.mark.model
def test_a_possessive_pronoun_before_an_act_done_to_someone_names_neither_side(nlp):
    doc = nlp("Their kidnapping shocked the town.")
    from wirecoder.model import EventType
    kidnapping = next(t for t in doc if t.lower_ == "kidnapping")
    assert [a for a in find_actors(kidnapping, EventType.KIDNAPPING) if a.text.lower() == "their"] == []


def _victim_actors(nlp, text):
    doc = nlp(text)
    out = []
    for sent in doc.sents:
        for t in find_triggers(sent):
            out.extend(a for a in find_actors(doc[t.token], t.type) if a.role is Role.VICTIM)
    return out


@pytest.mark.model
def test_a_named_victims_name_leaves_out_the_titles_before_it(nlp):
    victims = _victim_actors(nlp, "Gunmen killed presidency minister Antonio Rodriguez Porth outside his home.")
    assert [(a.text, a.name) for a in victims] == [("presidency minister Antonio Rodriguez Porth", "Antonio Rodriguez Porth")]
    victims = _victim_actors(nlp, "Unknown men kidnapped Dr Rodriguez Porth on Monday.")
    assert [a.name for a in victims] == ["Rodriguez Porth"]


@pytest.mark.model
def test_the_title_of_a_person_named_before_is_that_person(nlp):
    doc = nlp("Rebels ambushed the car of Interior Minister Carlos Mendez on Monday. The minister was wounded in both legs.")
    from wirecoder.model import EventType
    wounded = next(t for t in doc if t.lower_ == "wounded")
    assert [a.name for a in find_actors(wounded, EventType.ARMED_ASSAULT) if a.role is Role.VICTIM] == ["Carlos Mendez"]
    # a title told with words of its own is someone else
    doc = nlp("Rebels ambushed the car of Interior Minister Carlos Mendez. The minister of defence was wounded in both legs.")
    wounded = next(t for t in doc if t.lower_ == "wounded")
    assert [a.text for a in find_actors(wounded, EventType.ARMED_ASSAULT) if a.role is Role.VICTIM] == ["The minister of defence"]


@pytest.mark.model
def test_a_title_with_one_name_beside_it_is_one_victim(nlp):
    victims = _victim_actors(nlp, "Gunmen killed the mayor, Juan Perez, on Monday night.")
    assert [a.name for a in victims] == ["Juan Perez"]
    assert victims[0].text.startswith("the mayor")


@pytest.mark.model
def test_a_person_who_died_before_is_no_victim(nlp):
    assert _victims(nlp, "Nobody was ever tried for the murder of the late archbishop Oscar Romero.") == []


@pytest.mark.model
def test_a_person_described_by_an_earlier_act_is_no_victim_and_the_subject_no_doer(nlp):
    doc = nlp("The president laid a wreath to honor assassinated senator Luis Galan.")
    from wirecoder.model import EventType
    assassinated = next(t for t in doc if t.lower_ == "assassinated")
    assert find_actors(assassinated, EventType.ASSASSINATION) == []


@pytest.mark.model
def test_a_participle_before_an_indefinite_noun_still_names_victims(nlp):
    assert "kidnapped engineers" in _victims(nlp, "Rebels attacked a bus carrying kidnapped engineers.")


@pytest.mark.model
def test_each_name_of_a_list_after_a_colon_is_a_victim(nlp):
    victims = _victims(nlp, "Gunmen killed three journalists: Roberto Navas, a photographer, Carlos Lagrow, a Dutch "
                            "correspondent, and Mauricio Pineda.")
    assert {"Roberto Navas", "Carlos Lagrow", "Mauricio Pineda"} <= set(victims)


@pytest.mark.model
def test_each_name_of_a_list_after_the_harm_is_a_victim(nlp):
    victims = _victims(nlp, "The bomb exploded at noon, killing Maria Pulido, 42; Pilar Pulido, 19; and Efrain Rincon.")
    assert {"Maria Pulido", "Pilar Pulido", "Efrain Rincon"} <= set(victims)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "We must never forget the murder of archbishop Oscar Romero.",
    "Thousands marched on the anniversary of the massacre of six priests.",
])
def test_an_act_named_as_remembered_has_no_victims_of_the_news(nlp, sentence):
    assert _victims(nlp, sentence) == []


@pytest.mark.model
def test_an_act_condemned_keeps_its_victim(nlp):
    assert _victims(nlp, "The rebels condemned the murder of the mayor.") == ["the mayor"]


def _identified(nlp, text):
    from wirecoder.extract.actors import identified_victims

    return [a.name for sent in nlp(text).sents for a in identified_victims(sent)]


@pytest.mark.model
@pytest.mark.parametrize("sentence,names", [
    ("The victims were identified as Juan Perez, Pedro Gomez and Luis Mora.", ["Juan Perez", "Pedro Gomez", "Luis Mora"]),
    ("Among the dead was Carlos Ruiz, a teacher.", ["Carlos Ruiz"]),
    ("The victim, Carlos Ruiz, was a teacher.", ["Carlos Ruiz"]),
    ("Carlos Ruiz was among the victims.", ["Carlos Ruiz"]),
])
def test_a_sentence_naming_the_victims_names_them(nlp, sentence, names):
    assert _identified(nlp, sentence) == names


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "The victims were peasants.",  # no name: a count tells them
    "Carlos Ruiz was among the guests.",
    "The mayor was Carlos Ruiz.",
])
def test_a_sentence_naming_no_victims_names_none(nlp, sentence):
    assert _identified(nlp, sentence) == []


@pytest.mark.model
def test_who_died_in_the_act_is_its_victim(nlp):
    assert _victims(nlp, "Two teachers died in the explosion.") == ["Two teachers"]
    assert _victims(nlp, "Troops killed two gunmen in the attack.") == []


@pytest.mark.model
def test_a_description_beside_a_name_is_that_person(nlp):
    victims = _victim_actors(nlp, "Hundreds mourned Senator Luis Galan, the presidential candidate who was gunned down in August.")
    assert {a.name for a in victims} == {"Luis Galan"}


@pytest.mark.model
def test_a_pronoun_may_stand_for_a_persons_possessive(nlp):
    victims = _victims(nlp, "According to Solorzano, the gunmen knew of Hector Oqueli's arrival and staged an operation to kidnap him.")
    assert victims == ["Hector Oqueli"]


@pytest.mark.model
@pytest.mark.parametrize("sentence,verb,victim", [
    ("Two guards sustained gunshot wounds in the ambush on the convoy.", "sustained", "Two guards"),
    ("Three passengers suffered burns when the bus caught fire after the blast.", "suffered", "Three passengers"),
])
def test_who_suffered_the_harm_is_its_victim_and_the_harm_no_one(nlp, sentence, verb, victim):
    # a toll told by a verb of suffering stands in for the act: its subject is hurt, not the doer
    doc = nlp(sentence)
    actors = find_actors(next(t for t in doc if t.text == verb), EventType.ARMED_ASSAULT)
    assert [(a.role, a.text) for a in actors] == [(Role.VICTIM, victim)]
