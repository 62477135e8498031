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
