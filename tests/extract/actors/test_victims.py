"""Victims told around the act rather than as its object: nominal acts, relative clauses, the harm
joined to the act, lists of names, companions, possessors and lives."""

import pytest

from wirecoder.extract.actors import find_actors
from wirecoder.extract.events import find_triggers
from wirecoder.model import Role


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
