"""Who did an act, read off the words around it (issue 9): a doer named after the verb that tells the
act was done ("carried out by", "perpetrated by", "staged by"), a band of a known group ("a Shining
Path cell") and a known group put beside the doer's noun ("the guerrilla organization Shining Path").
The sentences are written for these tests."""

import pytest

from wirecoder.extract.actors import find_actors
from wirecoder.extract.events import find_triggers
from wirecoder.model import Role


def _perpetrators(nlp, sentence):
    doc = nlp(sentence)
    return [a for t in find_triggers(doc[:]) for a in find_actors(doc[t.token], t.type) if a.role is Role.PERPETRATOR]


@pytest.mark.model
@pytest.mark.parametrize("sentence,doer", [
    ("Police said the attack was carried out by urban commandos of the rebel front.", "urban commandos"),
    ("The bombing was staged by drug traffickers, the governor said.", "drug traffickers"),
    ("The minister escaped a dynamite attack perpetrated by masked gunmen on Sunday.", "masked gunmen"),
])
def test_the_doer_after_a_verb_of_carrying_out_the_act_is_its_perpetrator(nlp, sentence, doer):
    assert any(doer in a.text for a in _perpetrators(nlp, sentence))


@pytest.mark.model
def test_a_cell_of_a_known_group_is_a_perpetrator_and_a_room_is_none(nlp):
    perps = _perpetrators(nlp, "The mayor escaped a bomb attack perpetrated by a Shining Path cell on Sunday.")
    assert [(a.text, a.group) for a in perps] == [("a Shining Path cell", "Shining Path")]
    assert not _perpetrators(nlp, "The attack was carried out by a cell.")


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "A radio station said the guerrilla organization Shining Path had killed the engineer.",
    "The gunmen, members of the Shining Path, kidnapped the engineer near the mine.",
])
def test_a_known_group_put_beside_the_doer_is_the_doers_group(nlp, sentence):
    assert any(a.group == "Shining Path" for a in _perpetrators(nlp, sentence))


@pytest.mark.model
def test_a_victims_apposition_gives_the_victim_no_group(nlp):
    doc = nlp("Gunmen killed Pedro Ruiz, a former member of the Shining Path, in his home.")
    victims = [a for t in find_triggers(doc[:]) for a in find_actors(doc[t.token], t.type) if a.role is Role.VICTIM]
    assert victims and all(a.group is None for a in victims)


@pytest.mark.model
@pytest.mark.parametrize("sentence,accused", [
    ("The union accused members of the armed forces of this crime.", "members of the armed forces"),
    ("The party accused the police of killing its two candidates.", "the police"),
])
def test_the_accused_phrase_ends_before_what_they_are_accused_of(nlp, sentence, accused):
    doc = nlp(sentence)
    actors = [a for t in find_triggers(doc[:]) for a in find_actors(doc[t.token], t.type) if a.role is Role.ACCUSED]
    assert [a.text for a in actors] == [accused]


@pytest.mark.model
@pytest.mark.parametrize("sentence,doer", [
    ("This past Wednesday unidentified people killed a farmer near the river.", "unidentified people"),
    ("The driver died when unidentified assailants opened fire on his truck.", "unidentified assailants"),
    ("Neither the guerrillas nor the army has claimed the attack on the bridge.", "the guerrillas"),
])
def test_a_day_a_when_or_a_neither_before_the_doer_is_no_part_of_it(nlp, sentence, doer):
    doc = nlp(sentence)
    assert doer in [a.text for t in find_triggers(doc[:]) for a in find_actors(doc[t.token], t.type)]


@pytest.mark.model
def test_a_sunday_school_teacher_keeps_her_sunday(nlp):
    doc = nlp("Gunmen kidnapped two Sunday school teachers in the village on Friday.")
    texts = [a.text for t in find_triggers(doc[:]) for a in find_actors(doc[t.token], t.type)]
    assert "two Sunday school teachers" in texts
