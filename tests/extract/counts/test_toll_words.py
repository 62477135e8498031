"""Toll words, populations and round-ups (issue 13): figures read as a coder reads them.

The sentences are written for this test after the news phrasing the issue quotes ("The death toll
... rose to at least six", "At least five people have been shot in Seattle", "84 people have been
taken to hospital", "Over 7,000 people", "At least 20 police personnel were killed across the
attacks"); none comes from an evaluation corpus. Each carries the coder's figure.
"""

import pytest

from wirecoder.extract.counts import find_counts
from wirecoder.model import CountKind

pytestmark = pytest.mark.model

KILLED, INJURED = CountKind.KILLED, CountKind.INJURED


def _figures(nlp, sentence, kind):
    return [c.value for c in find_counts(nlp(sentence)[:]) if c.kind is kind]


TOLLS = [
    # a toll's rise, also when the day follows the number
    ("The death toll from the shooting rose to at least six, police said.", KILLED, 6),
    ("The death toll in the Seattle shooting rose to at least six Friday.", KILLED, 6),
    # the dead whose deaths raised the toll are among it
    ("The death toll from the market bombing rose to 12 after two of the wounded died in hospital.", KILLED, 12),
    ("The toll in the mine attack climbed to nine when three more bodies were found.", KILLED, 9),
    # shot: hurt, unless the text says they died
    ("At least five people have been shot in Seattle.", INJURED, 5),
    ("Gunmen shot two guards outside the bank.", INJURED, 2),
    ("Special forces shot dead six detainees.", KILLED, 6),
    ("Three soldiers were shot and killed at the checkpoint.", KILLED, 3),
    ("A policeman was fatally shot on Sunday.", KILLED, 1),
    ("Two farmers were shot to death in their field.", KILLED, 2),
    # stabbed or hacked: hurt, unless they died
    ("A man stabbed two worshippers outside the mosque.", INJURED, 2),
    ("Attackers hacked three villagers with machetes.", INJURED, 3),
    ("A man stabbed two people to death in the market.", KILLED, 2),
    # taken to hospital: hurt
    ("84 people have been taken to hospital.", INJURED, 84),
    ("At least 30 people were rushed to the hospital after the blast.", INJURED, 30),
    # a killing adverb on the act kills everyone it hit
    ("Gunmen fatally shot two policemen at the market.", KILLED, 2),
]


@pytest.mark.parametrize("sentence,kind,expected", TOLLS)
def test_toll_word(nlp, sentence, kind, expected):
    assert _figures(nlp, sentence, kind) == [expected]


def test_shot_is_not_also_killed(nlp):
    assert _figures(nlp, "At least five people have been shot in Seattle.", KILLED) == []
    assert _figures(nlp, "Three soldiers were shot and killed at the checkpoint.", INJURED) == []


def test_a_helicopter_shot_down_is_no_casualty(nlp):
    assert _figures(nlp, "Rebels shot down two army helicopters.", INJURED) == []


@pytest.mark.parametrize("sentence", [
    # the parse reads 'down' as an adverb here, not as the verb's particle
    "After a week of fighting, the rebels shot down 12 government fighter planes and helicopters.",
    "The rebels shot down 12 air force planes.",
])
def test_planes_shot_down_are_no_casualties(nlp, sentence):
    assert _figures(nlp, sentence, INJURED) == [] and _figures(nlp, sentence, KILLED) == []


def test_a_number_of_wounds_counts_no_people(nlp):
    # three wounds in one man: no figure of three hurt
    assert 3 not in _figures(nlp, "The mayor received three bullet wounds and was taken to a hospital.", INJURED)
    assert _figures(nlp, "Two people suffered gunshot wounds.", INJURED) == [2]


@pytest.mark.parametrize("sentence,high", [
    ("The bombing caused 12 casualties.", 12),
    ("The attack caused at least 30 casualties.", None),
    ("Gunmen killed and wounded 20 people in the market.", 20),
])
def test_casualties_are_killed_and_injured_with_the_split_unknown(nlp, sentence, high):
    counts = [c for c in find_counts(nlp(sentence)[:]) if c.kind in {KILLED, INJURED}]
    assert sorted(c.kind.value for c in counts) == ["injured", "killed"]
    assert all((c.value, c.qualifier, c.high) == (None, "killed or injured", high) for c in counts)


@pytest.mark.parametrize("sentence,who", [
    ("The mortar attack caused casualties among the soldiers at the base.", "soldiers"),
    ("The rebels suffered heavy casualties in the fighting.", None),
])
def test_casualties_without_a_number_are_killed_and_injured_of_unknown_size(nlp, sentence, who):
    counts = [c for c in find_counts(nlp(sentence)[:]) if c.kind in {KILLED, INJURED}]
    assert sorted(c.kind.value for c in counts) == ["injured", "killed"]
    assert all((c.value, c.qualifier, c.who) == (None, "killed or injured", who) for c in counts)


@pytest.mark.parametrize("sentence", [
    "It was not known whether there were casualties in the ambush.",
    "The army said it tried to avoid civilian casualties.",
    "Did the army suffer casualties during the raid on the camp?",
    "These casualties included seven officers of the battalion.",
    "The bomb exploded in the square without causing casualties.",
    "The attack did not cause any casualties.",
])
def test_casualties_not_told_as_fact_give_no_unknown_figure(nlp, sentence):
    assert [c for c in find_counts(nlp(sentence)[:]) if c.qualifier == "killed or injured"] == []


def test_casualties_keep_whom_they_count(nlp):
    counts = find_counts(nlp("The rebels caused three army casualties.")[:])
    assert {c.who for c in counts} == {"army"}


def test_a_separate_injured_figure_is_not_a_split_unknown(nlp):
    sentence = "Five people were killed and seven injured in the blast."
    assert _figures(nlp, sentence, KILLED) == [5]
    assert _figures(nlp, sentence, INJURED) == [7]


@pytest.mark.parametrize("sentence", [
    "Over 7,000 people live in the village that was attacked.",
    "Over 7,000 people attended the rally before the ambush.",
    "The ambush took place in a district of over 7,000 people.",
    "The town's budget of 5 million was spent on security after the attack.",
    "The group has been active since it was founded in 1985.",
    "Some 2,000 people attended the funeral of the soldiers killed in the ambush.",
])
def test_populations_budgets_and_years_are_no_casualties(nlp, sentence):
    assert [c for c in find_counts(nlp(sentence)[:]) if c.kind in {KILLED, INJURED}] == []


ROUNDUPS = [
    ("At least 20 police personnel were killed across the attacks.", KILLED, 20),
    ("At least 30 people have been killed in three attacks this week.", KILLED, 30),
    ("Five people were killed in separate attacks on Sunday.", KILLED, 5),
    ("More than 200 civilians have been killed this year.", KILLED, 200),
    ("Some 50 soldiers have been killed since January.", KILLED, 50),
    ("Over 7,000 people have been killed in the conflict.", KILLED, 7000),
    ("At least 100 people were killed or injured across the attacks.", KILLED, None),
    # "in the attacks" told bare: the attacks a summary has just listed
    ("At least 36 people were killed in the attacks.", KILLED, 36),
    # a phrase closing the last clause tells of the clauses before it too
    ("In total, 14 people were killed and 30 were injured in the attacks.", KILLED, 14),
    ("In total, 14 people were killed and 30 were injured in the attacks.", INJURED, 30),
    ("Nine soldiers have been killed so far this year.", KILLED, 9),
    # a period opened by a campaign, its start, or a dated clause; a tally up to the report
    ("Since the beginning of the offensive on 4 May, about 900 people have died and hundreds have been wounded.",
     KILLED, 900),
    ("Since the beginning of the offensive on 4 May, about 900 people have died and hundreds have been wounded.",
     INJURED, 200),
    ("More than 300 people have been killed since the rebels launched their offensive in March.", KILLED, 300),
    ("The siege, which began on 2 June, has so far left some 600 dead.", KILLED, 600),
    ("Police say 45 people have been arrested to date.", CountKind.ARRESTED, 45),
]


@pytest.mark.parametrize("sentence,kind,expected", ROUNDUPS)
def test_a_roundup_figure_belongs_to_the_set(nlp, sentence, kind, expected):
    (count,) = [c for c in find_counts(nlp(sentence)[:]) if c.kind is kind]
    assert (count.value, count.scope) == (expected, "roundup")


@pytest.mark.parametrize("sentence", [
    "Five police officers were killed when gunmen attacked a police post on Monday.",
    "Twelve people were killed in the attacks on the market, police said.",
    "Three soldiers were killed in an ambush this week.",
    "Since then, 20 individuals have been arrested, including the four attackers.",
    # "in total" sums one incident's dead; only a set of attacks or a period makes a round-up
    "In total, 14 people were killed in the attack on the market.",
    "Six people were killed in the attack and four in the ensuing fire.",
    "Three of the wounded have died since the attack, police said.",
])
def test_one_incident_figure_is_no_roundup(nlp, sentence):
    assert [c.scope for c in find_counts(nlp(sentence)[:]) if c.kind in {KILLED, CountKind.ARRESTED}] == ["incident"]


ZEROS = [
    # (sentence, killed, injured): "no casualties" and "no victims" say no one died and no one was hurt
    ("There were no casualties in the explosion.", 0, 0),
    ("There were no victims, and the blast caused little damage.", 0, 0),
    ("No one was killed or injured in the attack.", 0, 0),
    ("No injuries were reported.", None, 0),
    ("No one was killed in the blast.", 0, None),
]


@pytest.mark.parametrize("sentence,killed,injured", ZEROS)
def test_a_zero_holds_for_what_it_names(nlp, sentence, killed, injured):
    counts = find_counts(nlp(sentence)[:])
    for kind, expected in ((KILLED, killed), (INJURED, injured)):
        assert [c.value for c in counts if c.kind is kind] == ([] if expected is None else [expected])
