"""The buildings and vehicles an attack hit are its targets (issue 9's MUC-4 physical targets):
where a bomb went off, a grenade was thrown or a fire was set, and what the blast destroyed or
damaged. A town or a street named there is only where it happened. The sentences are written
for these tests."""

import pytest

from wirecoder.extract.actors import damaged_things, find_actors
from wirecoder.extract.events import find_triggers
from wirecoder.model import Role


def _targets(nlp, sentence: str) -> list[str]:
    doc = nlp(sentence)
    out = []
    for t in find_triggers(doc[:]):
        out.extend(a.text for a in find_actors(doc[t.token], t.type) if a.role is Role.TARGET)
    return out


@pytest.mark.model
@pytest.mark.parametrize("sentence,thing", [
    ("A bomb exploded early today in a downtown restaurant, wounding two waiters.", "a downtown restaurant"),
    ("Urban commandos threw a grenade at a police patrol car on Sunday.", "a police patrol car"),
    ("Guerrillas set fire to three buses on the northern highway.", "three buses"),
    ("A car bomb exploded in front of the Finance Ministry, killing a guard.", "the Finance Ministry"),
    # "the building" names no actor elsewhere; hit by a bomb, it is the target
    ("A bomb went off at the building of the teachers union.", "the building of the teachers union"),
])
def test_what_a_bomb_or_a_fire_was_set_at_is_a_target(nlp, sentence, thing):
    assert any(t.startswith(thing) for t in _targets(nlp, sentence))


@pytest.mark.model
@pytest.mark.parametrize("sentence,thing", [
    ("The blast damaged the front of the courthouse and destroyed a bus.", "a bus"),
    ("Two bank branches were destroyed by the explosion.", "Two bank branches"),
    ("The explosion caused minor damage to nearby houses.", "nearby houses"),
    ("Two bombs exploded in the market district, destroying a drugstore.", "a drugstore"),
])
def test_what_the_act_destroyed_or_damaged_is_a_target(nlp, sentence, thing):
    assert thing in _targets(nlp, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "A bomb exploded in Lima on Monday night.",
    "A bomb exploded on a busy street in the capital.",
])
def test_a_town_or_a_street_where_a_bomb_went_off_is_no_target(nlp, sentence):
    assert _targets(nlp, sentence) == []


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Two watchmen burned to death inside their truck.",  # where they died, no fire set to it
    "Air force bombings have destroyed thousands of homes in the north.",  # a war summed up
    "The blast left the capital destroyed.",
])
def test_no_building_or_vehicle_hit_is_told(nlp, sentence):
    assert _targets(nlp, sentence) == []


@pytest.mark.model
def test_a_sentence_with_no_act_names_the_things_destroyed_or_damaged(nlp):
    doc = nlp("Two parked cars were damaged and a shop on the corner was destroyed.")
    assert [a.text for a in damaged_things(doc[:])] == ["Two parked cars", "a shop on the corner"]
    assert all(a.role is Role.TARGET for a in damaged_things(doc[:]))


@pytest.mark.model
def test_what_is_no_building_or_vehicle_is_no_thing_destroyed(nlp):
    doc = nlp("Windows were shattered and several documents were destroyed.")
    assert damaged_things(doc[:]) == []
