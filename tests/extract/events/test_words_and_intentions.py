"""Politics and technology news borrow the words of violence: an attack in words, a hacked
account, a weapon a state seeks, an act someone pledges, urges or wants to prevent. None of them
is an incident; the same words told of blades, bombs and victims still are."""

import pytest

import wirecoder
from wirecoder.extract.events import find_triggers
from wirecoder.incidents import attack_types
from wirecoder.model import EventType

pytestmark = pytest.mark.model


def _types(nlp, sentence):
    return [t.type for t in find_triggers(nlp(sentence)[:])]


def _violent(text, published="2016-10-01"):
    return [i for i in wirecoder.extract(text, published=published).incidents if i.type in attack_types()]


@pytest.mark.parametrize("sentence", [
    "Investigators believe foreign spies hacked the party's email server last spring.",
    "The agency itself appears to have been hacked, the security firm said.",
    "He urged rival states to stop hacking into the ministry's networks.",
])
def test_hacking_a_computer_is_no_attack(nlp, sentence):
    assert EventType.ARMED_ASSAULT not in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Two farmers were hacked to death by armed herdsmen near Makurdi on Sunday.",
    "Attackers hacked three villagers with machetes before setting their huts alight.",
])
def test_hacking_people_with_blades_is_an_attack(nlp, sentence):
    assert EventType.ARMED_ASSAULT in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The senator launched a blistering attack on the governor, branding him a coward.",
    "The challenger attacked the mayor over the budget, arguing it would bankrupt the city.",
    "The minister said the newspaper chose to attack his character rather than report the facts.",
    "The passenger said she was verbally assaulted by two airline staff.",
    "Senator Mary Collins criticised Governor John Hale on Monday. She then attacked Hale, saying he had misled voters.",
])
def test_an_attack_in_words_is_no_event(nlp, sentence):
    assert EventType.ARMED_ASSAULT not in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Taliban fighters attacked Ghazni, saying the city was a government stronghold.",
    "Militants launched an attack on the army base, killing four soldiers.",
])
def test_an_armed_attack_told_with_a_statement_is_still_an_event(nlp, sentence):
    assert EventType.ARMED_ASSAULT in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Analysts say the deal puts the country on the path to a nuclear bomb within a decade.",
    "No militant group has yet managed to produce a dirty bomb, the report said.",
])
def test_a_weapon_sought_is_no_bombing(nlp, sentence):
    assert EventType.BOMBING not in _types(nlp, sentence)


@pytest.mark.parametrize("text", [
    "The candidate has advocated killing the relatives of militants, his critics say.",
    "His pledge to close the border and kill the families of suspected terrorists drew criticism.",
    "The preacher urged his followers to attack churches across the region.",
    "The new unit is meant to prevent terrorist attacks on the rail network.",
    "Shelters were stocked with rations should the city come under attack.",
    "The video shows a fighter saying: we will come to your cities and kill you.",
    "In an essay he set out the best way to attack a corrupt system from within.",
    "If you or someone you know has been sexually assaulted, confidential help is available.",
    "He told the clerk he was going to do a drive-by shooting at her office.",
    "The dispatcher said there was no mention of a shooting in the call.",
])
def test_an_act_pledged_urged_or_prevented_did_not_happen(text):
    assert _violent(text) == []


def test_a_later_act_of_the_one_who_threatened_is_still_told():
    # 'threatened the village' is no infinitive: the killing it is joined to happened
    assert _violent("Militants threatened the village and killed three farmers on Sunday.")


def test_a_sport_or_idiom_of_shooting_straight_is_no_event(nlp):
    assert _types(nlp, "I shoot very straight with my investors, the developer said.") == []


def test_sabotaging_talks_is_no_attack(nlp):
    assert _types(nlp, "The opposition was accused of trying to sabotage the peace talks.") == []
    assert EventType.FACILITY_ATTACK in _types(nlp, "Rebels sabotaged the pipeline near the border on Friday.")


@pytest.mark.parametrize("sentence", [
    "Crews launched an attack on the flames from the roof of the garage.",
    "A hiker is recovering after a killer bee attack on the trail.",
    "Hiker recovers after 'killer bee' attack near the canyon.",
])
def test_an_attack_on_a_fire_or_by_animals_is_no_event(nlp, sentence):
    assert EventType.ARMED_ASSAULT not in _types(nlp, sentence)


def test_an_attack_naming_no_one_after_an_animals_attack_is_that_attack(nlp):
    doc = nlp("A farmer was hurt in a swarm bee attack near Tucson on Sunday. "
              "\"I have never seen an attack this bad,\" a fire captain said.")
    assert [t for t in find_triggers(doc[:]) if t.type is EventType.ARMED_ASSAULT] == []
    # an attack with doers of its own is people's, whatever animals came before
    doc = nlp("A farmer was hurt in a bee attack near Tucson on Sunday. Gunmen launched an attack on a bus in Mesa.")
    assert EventType.ARMED_ASSAULT in [t.type for t in find_triggers(doc[:])]


def test_a_planned_rally_is_no_protest_and_an_accusation_not_made_no_accusation():
    rallies = "Opposition parties said on Monday they will hold the planned protest rallies in the capital from April 9."
    assert wirecoder.extract(rallies, published="2009-03-23").incidents == []
    unlinked = "Police were not linking the weekend arrests to the opposition's campaign, a ministry spokesman said on Friday."
    types = [i.type for i in wirecoder.extract(unlinked, published="2009-03-23").incidents]
    assert EventType.ARREST in types and EventType.ACCUSATION not in types


def test_a_carefully_planned_attack_was_still_carried_out():
    text = "A carefully planned attack on the army barracks in Kismayo killed 12 soldiers on Monday."
    assert [i.type for i in _violent(text, published="2009-03-23")] == [EventType.ARMED_ASSAULT]


def test_a_denial_by_a_named_group_is_still_news():
    incidents = wirecoder.extract("The Shabab militia on Tuesday denied any role in the bombing of the bridge in Kismayo.",
                                  published="2009-03-23").incidents
    assert any(i.type is EventType.CLAIM for i in incidents)
