"""A trigger noun that is a word of a name given after a person (the "Peter Hansen Bomb", a
wrestling move) is no act, while a place's act ('the Oklahoma City bombing') and capitals of a
headline keep theirs; fighting told with 'clashed' is an armed assault only between armed sides
(issue 9). The sentences are written for these tests."""

import pytest

from wirecoder.extract.actors import find_actors
from wirecoder.extract.events import find_triggers
from wirecoder.model import EventType, Role

pytestmark = pytest.mark.model


def _triggers(nlp, sentence):
    doc = nlp(sentence)
    return doc, find_triggers(doc[:])


def test_a_move_named_after_a_wrestler_is_no_bombing(nlp):
    _, found = _triggers(nlp, 'The wrestler\'s "Peter Hansen Bomb" ignited an eight-match winning streak last season.')
    assert EventType.BOMBING not in [t.type for t in found]


@pytest.mark.parametrize("sentence", [
    "Survivors gathered on Sunday to remember the Oklahoma City Bombing and its 168 victims.",
    "Police Say Hansen Bomb Killed Three in Warsaw Market",
    "POLICE SAID THE HANSEN BOMB KILLED THREE PEOPLE IN THE MARKET ON FRIDAY.",
    "The Hansen bombing left three people dead in the market, police said.",
])
def test_a_place_s_act_and_a_headline_keep_their_act(nlp, sentence):
    _, found = _triggers(nlp, sentence)
    assert EventType.BOMBING in [t.type for t in found]


def test_armed_sides_that_clashed_make_an_armed_assault_against_the_other_side(nlp):
    doc, found = _triggers(nlp, "Rebel troops clashed with an army patrol near the border on Tuesday.")
    clash = [t for t in found if doc[t.token].lower_ == "clashed"]
    assert clash and clash[0].type is EventType.ARMED_ASSAULT
    actors = find_actors(doc[clash[0].token], clash[0].type)
    assert any(a.role is Role.PERPETRATOR and "troops" in a.name for a in actors)
    assert any(a.role is Role.VICTIM and "patrol" in a.name for a in actors)


@pytest.mark.parametrize("sentence", [
    "The two ministers clashed over the budget at Tuesday's cabinet meeting.",
    "His red tie clashed with the orange curtains of the studio.",
])
def test_a_clash_in_words_or_colours_is_no_act(nlp, sentence):
    doc, found = _triggers(nlp, sentence)
    assert not any(doc[t.token].lower_ == "clashed" for t in found)
