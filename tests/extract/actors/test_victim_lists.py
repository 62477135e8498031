"""Victims named in a list (issue 13): every name of "the wounded were A, B and C", "those who were
kidnapped are A, 41, from Chile; B, 33, from Spain", "among the wounded are A, 45; B, 30", and each
name after a title that opens a list ("the priests Ignacio Ruiz, Segundo Mora and Juan Perez").
The sentences are written for these tests."""

import pytest

from wirecoder.extract.actors import find_actors
from wirecoder.extract.events import find_triggers
from wirecoder.model import Role


def _identified(nlp, text):
    from wirecoder.extract.actors import identified_victims

    return [a.name for sent in nlp(text).sents for a in identified_victims(sent)]


def _victims(nlp, sentence):
    doc = nlp(sentence)
    out = []
    for t in find_triggers(doc[:]):
        out.extend(a.name for a in find_actors(doc[t.token], t.type) if a.role is Role.VICTIM)
    return out


@pytest.mark.model
@pytest.mark.parametrize("sentence,names", [
    # "the wounded" is tagged a verb as often as a noun
    ("The wounded were 25-year-old Pedro Gomez, 40-year-old Luis Mora, and two other people who were taken to a hospital.",
     ["Pedro Gomez", "Luis Mora"]),
    ("Those who were abducted are Juan Carlos Perez, 41, from Chile; Ana Ruiz, 33, from Spain; and Pedro Gomez, 29, from Peru.",
     ["Juan Carlos Perez", "Ana Ruiz", "Pedro Gomez"]),
    ("Among the wounded are Juan Perez, 45; Ana Ruiz, 30; Luis Mora, 22; and Carmen Gomez.",
     ["Juan Perez", "Ana Ruiz", "Luis Mora", "Carmen Gomez"]),
])
def test_every_name_of_a_list_of_the_harmed_is_a_victim(nlp, sentence, names):
    assert _identified(nlp, sentence) == names


@pytest.mark.model
def test_people_named_as_held_by_the_law_are_no_victims(nlp):
    # an arrest is no harm an attack does: "those who were arrested" name suspects
    assert _identified(nlp, "Those who were arrested are Juan Perez and Ana Ruiz.") == []


@pytest.mark.model
def test_each_name_after_a_title_that_opens_a_list_is_a_victim(nlp):
    victims = _victims(nlp, "The massacre of the Jesuit priests Ignacio Ruiz, Segundo Mora, and Juan Carlos Perez, "
                            "along with their cook, was perpetrated by death squads at dawn today.")
    assert {"Segundo Mora", "Juan Carlos Perez"} <= set(victims)
    assert any("Ignacio Ruiz" in v for v in victims)


@pytest.mark.model
def test_a_name_and_its_description_are_one_victim(nlp):
    # "Ana Ruiz, a lawyer": the apposition describes her and names no one else
    assert _victims(nlp, "Gunmen killed Ana Ruiz, a lawyer, in her office.") == ["Ana Ruiz"]


@pytest.mark.model
def test_the_act_told_in_the_words_that_name_its_victims_has_them(nlp):
    victims = _victims(nlp, "Those who were kidnapped are Juan Carlos Perez, 41, from Chile; and Ana Ruiz, 33, from Spain.")
    assert {"Juan Carlos Perez", "Ana Ruiz"} <= set(victims)


@pytest.mark.model
@pytest.mark.parametrize("sentence,names", [
    # the people a participle tells harmed, said to be the names after the verb
    ("The two other wounded teachers are Rosa Elena Villalta and Marta Lucia Cardona.",
     ["Rosa Elena Villalta", "Marta Lucia Cardona"]),
    # ... each name in apposition to a word for what the person is
    ("The two wounded nuns are sister Rosa Elena Villalta and sister Marta Lucia Cardona.",
     ["Rosa Elena Villalta", "Marta Lucia Cardona"]),
    ("The two kidnapped engineers are a Chilean, Pedro Antonio Gomez, and a Peruvian, Luis Alberto Mora.",
     ["Pedro Antonio Gomez", "Luis Alberto Mora"]),
    # the names said to be the harmed
    ("Pedro Antonio Gomez and Luis Alberto Mora were the two engineers kidnapped.", ["Pedro Antonio Gomez", "Luis Alberto Mora"]),
    ("Pedro Antonio Gomez and Luis Alberto Mora were the engineers who were kidnapped.", ["Pedro Antonio Gomez", "Luis Alberto Mora"]),
])
def test_the_names_the_harmed_are_said_to_be_are_victims(nlp, sentence, names):
    assert _identified(nlp, sentence) == names


@pytest.mark.model
def test_the_names_said_to_be_no_harmed_people_are_no_victims(nlp):
    assert _identified(nlp, "Pedro Gomez and Luis Mora were the kidnappers.") == []
    assert _identified(nlp, "The two new teachers are Rosa Elena Villalta and Marta Lucia Cardona.") == []


@pytest.mark.model
def test_a_named_persons_death_with_no_word_for_an_act_is_a_victims(nlp):
    assert _identified(nlp, "Another guard, Ricardo Mendez Soto, died this morning in the hospital.") == ["Ricardo Mendez Soto"]
    # a death the clause puts down to illness tells no victim
    assert _identified(nlp, "The former mayor, Ricardo Mendez Soto, died of cancer last year.") == []


@pytest.mark.model
def test_the_harm_after_the_clause_an_act_is_told_in_names_its_victims(nlp):
    victims = _victims(nlp, "The device was hidden under a bridge on Bolivar avenue, where it exploded at noon, "
                            "killing Maria Elena Rojas, 35; Pedro Rojas, 12; and Julio Cesar Arango.")
    assert {"Maria Elena Rojas", "Pedro Rojas", "Julio Cesar Arango"} <= set(victims)


@pytest.mark.model
def test_a_name_listed_with_peoples_names_is_a_person_whatever_its_entity(nlp):
    from spacy.tokens import Span

    from wirecoder.extract.actors import make_actor

    doc = nlp("Gunmen killed Ana Ruiz and Juana Margarita Flores at the market.")
    # the entity tagger often reads a name late in a list as an organisation's
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 8, label="ORG")]
    actor = make_actor(doc[7], Role.VICTIM, listed=True)
    assert (actor.name, actor.kind) == ("Juana Margarita Flores", "person")
    assert make_actor(doc[7], Role.VICTIM).kind == "organisation"


@pytest.mark.model
@pytest.mark.parametrize("sentence,names", [
    ("The U.S. student was identified as Robert Mills Brown, 26.", ["Robert Mills Brown"]),
    ("Red Cross workers identified the woman as Ana Maria Ruiz.", ["Ana Maria Ruiz"]),
    # a perpetrator's name is none of the victims'
    ("The gunman was identified as Pedro Gomez.", []),
])
def test_the_name_a_person_is_identified_by_is_a_victims(nlp, sentence, names):
    assert _identified(nlp, sentence) == names


@pytest.mark.model
@pytest.mark.parametrize("sentence,names", [
    ("One of the students killed last week was Carlos Humberto Mejia, who had returned from Mexico.", ["Carlos Humberto Mejia"]),
    ("Among the teachers murdered was Luis Alberto Mora.", ["Luis Alberto Mora"]),
])
def test_a_name_said_to_be_one_of_the_harmed_is_a_victims(nlp, sentence, names):
    assert _identified(nlp, sentence) == names


@pytest.mark.model
def test_the_people_a_group_of_victims_includes_are_victims(nlp):
    victims = _victims(nlp, "Ten union members were killed, including their leader Ana Maria Ruiz and Luis Mora.")
    assert {"Ana Maria Ruiz", "Luis Mora"} <= set(victims)


@pytest.mark.model
def test_the_list_of_victims_goes_on_past_a_description(nlp):
    # the parse hangs "Elena Cruz" off "a radio correspondent", the first victim's description
    victims = _victims(nlp, "Army patrols killed two reporters: Tomas Ibarra, a radio correspondent, and Elena Cruz, a photographer.")
    assert {"Tomas Ibarra", "Elena Cruz"} <= set(victims)
    assert "radio correspondent" not in victims


def _victims_of(nlp, sentence, word):
    from wirecoder.model import EventType

    doc = nlp(sentence)
    trigger = next(t for t in doc if t.text == word)
    return [a.name for a in find_actors(trigger, EventType.ARMED_ASSAULT) if a.role is Role.VICTIM]


@pytest.mark.model
def test_the_names_given_to_the_ones_an_act_harmed_are_its_victims(nlp):
    # "dead" tells the act; the men it tells of are identified by name
    victims = _victims_of(nlp, "A judge identified the dead men as Pedro Salas Vega and Hugo Ramos Tello.", "dead")
    assert victims == ["Pedro Salas Vega", "Hugo Ramos Tello"]
    # the names given to the doers of the act are none of its victims'
    doers = _victims_of(nlp, "The men who attacked the bus were identified as Pedro Salas Vega and Hugo Ramos Tello.", "attacked")
    assert "Pedro Salas Vega" not in doers
