"""Issue 9: a siege is a hostage-taking only where captives are told (troops besieging a town hold
no one hostage: they fight), and a disease or a disaster that kills is nobody's act, even told as known ('the
virus') in an article that tells violence. Each is paired with the same words where they do
tell the act."""

import pytest

import wirecoder
from wirecoder.config import Config
from wirecoder.extract.events import find_triggers
from wirecoder.incidents import attack_types
from wirecoder.model import EventType

pytestmark = pytest.mark.model

RULES = wirecoder.Coder(Config(judge=False))


def _types(text):
    return [e.type for e in RULES.extract(text, published="2024-03-20").events]


@pytest.mark.parametrize("text", [
    "Rebel groups surrendered the suburb to the government after a grueling four-year siege.",
    "Government troops have kept the town under siege since March.",
    "The siege of the city by government forces entered its fourth month.",
])
def test_a_military_siege_is_fighting_not_hostage_taking(text):
    types = _types(text)
    assert EventType.HOSTAGE_TAKING not in types and EventType.ARMED_ASSAULT in types


@pytest.mark.parametrize("sentence", [
    "The opposition condemned the extension of the state of the siege.",
    "The government lifted the state of siege on Monday.",
])
def test_a_state_of_siege_is_a_decree_not_an_act(nlp, sentence):
    assert find_triggers(nlp(sentence)[:]) == []


def test_a_siege_where_captives_are_held_is_a_hostage_taking():
    text = ("Gunmen stormed a school in Beslan and held 30 children hostage on Monday. "
            "The siege ended on Wednesday.")
    assert _types(text).count(EventType.HOSTAGE_TAKING) == 2


@pytest.mark.parametrize("sentence", [
    "The virus has killed 40 people in the province.",
    "The virus killed 40 people in the province last week.",
    "Dozens of villagers were injured by the storm on Tuesday.",
])
def test_a_disease_or_a_disaster_that_kills_is_no_act(nlp, sentence):
    assert [t for t in find_triggers(nlp(sentence)[:]) if t.type in attack_types()] == []


def test_a_blaze_that_kills_after_an_arson_is_left_to_the_act(nlp):
    sentence = "The blaze killed three people, the fire brigade said."
    assert [t.type for t in find_triggers(nlp(sentence)[:])] == [EventType.ARMED_ASSAULT]


def test_the_virus_beside_violence_is_still_a_mishap():
    text = ("Rebels shelled the town of Idlib on Tuesday, killing four people. "
            "The virus has killed 40 people in the province, health officials said.")
    events = RULES.extract(text, published="2024-03-20").events
    assert [c.value for e in events if e.type in attack_types() for c in e.counts] == [4]
