"""Implicit counts (issue 13): people told without a numeral are counted as a coder counts them.

The sentences are written for this test in the style of wire reports (none comes from an
evaluation corpus); each carries the figure a coder would enter, or None where a coder would
leave the count blank: a plural without a number is unknown, never a guess.
"""

import pytest

from wirecoder.extract.counts import find_counts
from wirecoder.model import CountKind

pytestmark = pytest.mark.model

KILLED, INJURED, KIDNAPPED = CountKind.KILLED, CountKind.INJURED, CountKind.KIDNAPPED

CASES = [
    # a named person
    ("Gunmen on a motorcycle shot and killed Maria Santos, a local radio host, outside her home.", KILLED, 1),
    ("Julie Catamin, a village chief, was killed by gunmen.", KILLED, 1),
    # a singular noun phrase
    ("Militants ambushed and killed a border guard near the crossing.", KILLED, 1),
    ("The rebel commander was killed in an airstrike on Friday.", KILLED, 1),
    ("A police officer was shot dead at a checkpoint in the city.", KILLED, 1),
    ("A nurse was wounded when a grenade exploded outside the clinic.", INJURED, 1),
    ("Unknown gunmen shot and wounded a trader in the market.", INJURED, 1),
    ("Gunmen kidnapped an engineer working on the dam.", KIDNAPPED, 1),
    ("At least one soldier was shot and killed during the assault.", KILLED, 1),
    # a coordination counts its people
    ("The village elder and his son were killed in the raid.", KILLED, 2),
    ("A farmer and his wife were shot and killed in their field.", KILLED, 2),
    ("Ahmed Khalil and Omar Haddad were killed when the car exploded.", KILLED, 2),
    ("The driver, a nurse and a doctor were injured in the blast.", INJURED, 3),
    ("A police officer and two civilians were killed.", KILLED, 3),
    # "one of the ..." counts one
    ("One of the bodyguards was killed in the exchange of fire.", KILLED, 1),
    ("One of the passengers was injured when the bus hit the mine.", INJURED, 1),
    # a verb coordinated with the casualty verb still counts the number it governs
    ("Two soldiers were ambushed and killed on the highway.", KILLED, 2),
    # a plural without a number: no figure
    ("Soldiers were killed in the attack on the base.", KILLED, None),
    ("Civilians were wounded in the shelling.", INJURED, None),
    ("Soldiers and policemen were killed in the ambush.", KILLED, None),
    # a killing verb without a victim: no figure
    ("Residents said the attack killed without warning.", KILLED, None),
    ("It was not clear whom the attack killed.", KILLED, None),
    # animals are not casualties
    ("A stray dog was killed in the blast.", KILLED, None),
    ("Gunmen shot and killed a cow belonging to the chief.", KILLED, None),
]


@pytest.mark.parametrize("sentence,kind,expected", CASES)
def test_implicit_count(nlp, sentence, kind, expected):
    figures = [c.value for c in find_counts(nlp(sentence)[:]) if c.kind is kind]
    assert figures == ([] if expected is None else [expected])


def test_coordination_keeps_who_and_span(nlp):
    sentence = "The village elder and his son were killed in the raid."
    (count,) = [c for c in find_counts(nlp(sentence)[:]) if c.kind is KILLED]
    assert count.who == "The village elder and his son"
    assert sentence[count.span.start : count.span.end] == "The village elder and his son"


def test_qualifier_kept_on_an_implicit_one(nlp):
    (count,) = [c for c in find_counts(nlp("At least one soldier was shot and killed.")[:]) if c.kind is KILLED]
    assert (count.value, count.qualifier) == (1, "at least")
