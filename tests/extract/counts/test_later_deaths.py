"""Deaths of people told before (issue 13): "Gunmen shot a shopkeeper. He died of his wounds in
hospital." The death sentence names its people by a pronoun, a part of those told before, a
known person or a quantity that knows its set; its count is marked ``later_death`` so that the
incident moves them from the wounded to the dead. The sentences are written for these tests."""

import pytest

from wirecoder.extract.counts import find_counts
from wirecoder.model import CountKind

pytestmark = pytest.mark.model


def _killed(nlp, sentence):
    return [(c.value, c.later_death) for c in find_counts(nlp(sentence)[:]) if c.kind is CountKind.KILLED]


@pytest.mark.parametrize("sentence,value", [
    ("He died of his wounds in hospital.", 1),
    ("She later died in hospital.", 1),
    ("One of them later died in hospital.", 1),
    ("Two of the wounded died on the way to hospital.", 2),
    ("The victim later died in hospital.", 1),
    ("The wounded man succumbed to his injuries the next day.", 1),
    ("The officer died of his injuries on Tuesday.", 1),
    ("Both later died in hospital.", 2),
])
def test_a_death_of_people_told_before_is_a_later_death(nlp, sentence, value):
    assert _killed(nlp, sentence) == [(value, True)]


@pytest.mark.parametrize("sentence,expected", [
    # new people: an ordinary figure of the dead
    ("A policeman died in the attack on the checkpoint.", [(1, False)]),
    ("Three soldiers died when the bomb exploded.", [(3, False)]),
    # a sentence that tells its own wounded settles them itself
    ("Ten people were wounded in the bombing, two of whom later died in hospital.", [(2, False)]),
    # a sentence that counts other dead tells its deaths itself
    ("Three soldiers were killed, and the assailant also died.", [(3, False), (1, False)]),
    # no death at all
    ("The victim did not die.", []),
    ("It died down by the evening.", []),
    # a death put down to illness, age or an accident is no death of the violence told before
    ("The singer died in a car crash on the motorway.", []),
    ("The former president died on Sunday at the age of 92.", []),
    ("He died of a heart attack in 2012.", []),
    ("The old man died of pneumonia in hospital.", []),
    # ... while violence beside it still tells one
    ("He died in hospital after being shot by police.", [(1, True)]),
])
def test_new_people_and_settled_sentences_are_no_later_deaths(nlp, sentence, expected):
    assert _killed(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,kind", [
    ("The former minister was rushed to the air force hospital where he died.", CountKind.KILLED),
    ("The victim was taken to a military hospital, where he passed away.", CountKind.KILLED),
    # a line break may make the parse read "away" as an adverb
    ("The victim was taken to the air force hospital where he unfortunately\npassed away.", CountKind.KILLED),
    # taken to hospital and nothing more: hurt
    ("The victim was taken to a military hospital where doctors treated him.", CountKind.INJURED),
    ("Five people were taken to hospital.", CountKind.INJURED),
])
def test_taken_to_hospital_is_hurt_unless_the_hospital_is_where_they_died(nlp, sentence, kind):
    assert {c.kind for c in find_counts(nlp(sentence)[:]) if c.kind in {CountKind.KILLED, CountKind.INJURED}} == {kind}
