"""Weapons, attempts and suicide attacks read from one sentence, and carried into incidents."""

import pytest

from wirecoder.extract.weapons import find_attack_means
from wirecoder.model import Polarity, Stage, WeaponType

pytestmark = pytest.mark.model


def _means(nlp, sentence):
    return find_attack_means(nlp(sentence)[:])


def test_the_longest_phrase_wins_and_weapons_come_in_reading_order(nlp):
    sentence = "Guerrillas fired AK-47 rifles and detonated a car bomb and two hand grenades near the base."
    means = _means(nlp, sentence)
    assert [(w.type, w.text) for w in means.weapons] == [
        (WeaponType.RIFLE, "AK-47"), (WeaponType.RIFLE, "rifles"),
        (WeaponType.VEHICLE_BOMB, "car bomb"), (WeaponType.GRENADE, "hand grenades"),
    ]
    assert all(sentence[w.span.start : w.span.end] == w.span.text for w in means.weapons)


def test_a_shooting_word_implies_a_gun_only_when_no_weapon_is_named(nlp):
    assert [(w.type, w.text) for w in _means(nlp, "The mayor was shot dead outside his home.").weapons_for("shot")] == [
        (WeaponType.GUN, None)]
    named = _means(nlp, "The mayor was shot with a pistol outside his home.")
    assert [w.type for w in named.weapons_for("shot")] == [WeaponType.HANDGUN]
    assert _means(nlp, "The mayor was kidnapped outside his home.").weapons_for("kidnapped") == []


def test_stage_of_an_attempt_and_of_a_plan(nlp):
    attempt = _means(nlp, "Police defused a bomb left outside the embassy.")
    assert attempt.attempted and attempt.stage(Polarity.ASSERTED) is Stage.ATTEMPTED
    done = _means(nlp, "A bomb exploded outside the embassy.")
    assert done.stage(Polarity.ASSERTED) is Stage.ACCOMPLISHED
    assert done.stage(Polarity.HYPOTHETICAL) is Stage.THREATENED


def test_suicide_attacks(nlp):
    assert _means(nlp, "A suicide bomber blew himself up at a checkpoint.").suicide
    assert _means(nlp, "A suicide car bomb hit the convoy.").suicide
    assert not _means(nlp, "The official committed suicide in prison.").suicide


def test_an_incident_carries_its_events_weapons_stage_and_suicide():
    import wirecoder

    result = wirecoder.extract("A suicide bomber detonated a truck bomb outside a police station in Kabul on Tuesday, "
                               "killing 12 people. Police said a second bomb failed to explode.")
    attack = next(i for i in result.incidents if i.type.value == "bombing")
    assert attack.suicide
    assert WeaponType.VEHICLE_BOMB in [w.type for w in attack.weapons]
    assert all(e.weapons for e in attack.events)
