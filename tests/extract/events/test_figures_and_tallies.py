"""Words of violence that tell no act: a phrasal verb that only looks like one ("talks wound up"),
a crisis that "exploded", an act done "without a shot being fired", an act someone calls for, what
a law "constitutes", and a war's toll over a decade. Each is paired with a sentence where the same
word does tell an act, so a rule that silences the word fails."""

import pytest

import wirecoder
from wirecoder.extract.events import find_triggers
from wirecoder.incidents import attack_types
from wirecoder.model import CountKind, EventType, Polarity

pytestmark = pytest.mark.model


def _attack_types(nlp, sentence):
    return [t.type for t in find_triggers(nlp(sentence)[:]) if t.type in attack_types()]


def _violent_of(result):
    return [i for i in result.incidents if i.type in attack_types()]


def _violent(text, published="2024-05-06"):
    return _violent_of(wirecoder.extract(text, published=published))


@pytest.mark.parametrize("sentence", [
    "Budget talks between the two parties wound up on Friday without a deal.",
    "The festival wound down late on Sunday as crowds left the park.",
])
def test_wound_up_is_winding_not_wounding(nlp, sentence):
    assert _attack_types(nlp, sentence) == []


def test_wounded_by_gunmen_is_still_an_attack(nlp):
    assert EventType.ARMED_ASSAULT in _attack_types(nlp, "Gunmen wounded two guards at the gate of the ministry on Friday.")


@pytest.mark.parametrize("sentence", [
    "A political crisis exploded last week when the ruling coalition collapsed.",
    "The envoy briefed the president on the crisis which had exploded in his country in recent days.",
    "The controversy blew up after the minister's remarks were leaked to a newspaper.",
])
def test_a_crisis_that_explodes_is_no_bombing(nlp, sentence):
    assert _attack_types(nlp, sentence) == []


@pytest.mark.parametrize("sentence", [
    "A car bomb exploded outside the courthouse on Monday, police said.",
    "Militants blew up a bridge on the main highway overnight.",
])
def test_a_bomb_that_explodes_is_still_a_bombing(nlp, sentence):
    assert EventType.BOMBING in _attack_types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The city was taken without a shot being fired, residents said.",
    "Troops entered the town on Tuesday without firing a shot.",
])
def test_an_act_done_without_shooting_has_no_shooting(sentence):
    assert _violent(sentence) == []


def test_shooting_without_warning_is_still_shooting():
    incidents = _violent("Gunmen opened fire without warning on a crowded market in Maiduguri on Saturday, killing six people.")
    assert incidents and any(c.kind is CountKind.KILLED and c.value == 6 for i in incidents for c in i.counts)


def test_an_act_called_for_is_not_told_done():
    result = wirecoder.extract("The cleric was arrested in Karachi on Monday after calling for the assassination of the president.",
                               published="2024-05-06")
    assert [i.type for i in result.incidents] == [EventType.ARREST]
    wished = [d.event for d in result.dropped if d.event.type is EventType.ASSASSINATION]
    assert wished and wished[0].polarity is Polarity.HYPOTHETICAL


@pytest.mark.parametrize("sentence", [
    "Opposition leaders said the new media law constitutes an attack on press freedom.",
    "The governor said Tuesday's court ruling was an attack on democracy.",
    "Union leaders said the pension cuts amount to an attack on working families.",
])
def test_what_a_law_is_called_is_no_attack(sentence):
    assert _violent(sentence) == []


def test_an_attack_on_a_town_is_still_an_attack():
    assert _violent("Police said the attack on the town of Baga on Sunday killed at least 16 people.")


@pytest.mark.parametrize("sentence", [
    "The conflict has killed more than 300,000 people over the past decade.",
    "More than 4,000 civilians have been killed in the region in the last five years, the report said.",
])
def test_a_toll_over_years_is_no_incident(sentence):
    assert _violent(sentence) == []


def test_a_toll_of_one_night_is_an_incident():
    incidents = _violent("At least 14 people have been killed in an overnight attack on a village in Borno state, officials said on Monday.")
    assert any(c.kind is CountKind.KILLED and c.value == 14 for i in incidents for c in i.counts)


def test_a_toll_of_a_whole_conflict_is_no_incident():
    assert _violent("Officials estimated that more than 2,000 people had been killed or injured in the conflict.") == []


@pytest.mark.parametrize("sentence", [
    "Poachers killed three elephants in the reserve last month, rangers said.",
    "The minister said the plan amounted to using a sledgehammer to kill a fly.",
])
def test_killing_animals_is_no_attack(nlp, sentence):
    assert _attack_types(nlp, sentence) == []


def test_killing_animals_and_people_is_an_attack(nlp):
    assert EventType.ARMED_ASSAULT in _attack_types(nlp, "Raiders killed a cow and two herders in the village on Sunday.")


def test_an_attack_told_harshly_in_words_is_criticism(nlp):
    assert _attack_types(nlp, "The opposition leader harshly attacked the president and referred to him as a tired old man.") == []


def test_without_the_act_named_as_known_presupposes_it():
    result = wirecoder.extract("Without the bombing of the capital's poor districts last month, the army would have lost the city.",
                               published="2024-05-06")
    bombings = [e for e in result.events if e.type is EventType.BOMBING]
    assert bombings and all(e.polarity is not Polarity.NEGATED for e in bombings)


def test_a_denied_progressive_is_negated(nlp):
    triggers = [t for t in find_triggers(nlp('The army spokesman said: "We are not bombing."')[:]) if t.type is EventType.BOMBING]
    assert triggers and all(t.polarity is Polarity.NEGATED for t in triggers)


def test_an_act_of_years_ago_is_history_not_news():
    result = wirecoder.extract("The archbishop was shot dead in the cathedral ten years ago, his successor recalled on Sunday.",
                               published="2024-05-06")
    assert _violent_of(result) == []
    assert any(d.reason.startswith("history") for d in result.dropped)


def test_an_act_of_days_ago_is_news():
    result = wirecoder.extract("The archbishop was shot dead in the cathedral three days ago, police said on Sunday.",
                               published="2024-05-06")
    assert _violent_of(result)

