"""Released people are counted like other victims: one named or singular person freed counts one,
a figure of the freed counts its number; a release that ends an arrest counts no one freed."""

import pytest

from wirecoder.extract.counts import find_counts
from wirecoder.model import CountKind

pytestmark = pytest.mark.model


def _released(nlp, sentence):
    return {(c.value, c.who) for c in find_counts(nlp(sentence)[:]) if c.kind is CountKind.RELEASED}


def test_one_named_person_released_counts_one(nlp):
    assert _released(nlp, "Senator Pedro Gomez Ruiz was released today by his captors.") == {(1, "Senator Pedro Gomez Ruiz")}


def test_one_person_rescued_counts_one(nlp):
    assert {v for v, _ in _released(nlp, "The mayor was rescued by the army on Tuesday.")} == {1}


def test_a_figure_of_freed_people_counts_its_number(nlp):
    assert {v for v, _ in _released(nlp, "Two aid workers kidnapped in Mali last month were freed on Sunday.")} == {2}


@pytest.mark.parametrize("sentence", [
    "The suspect was released on bail on Monday.",
    "Three men were released from prison after serving their sentences.",
    "Police released two suspects without charge.",
    "The government released 20 rebels in exchange for the mayor.",
    "The company released a statement on Monday.",
])
def test_an_end_of_custody_or_a_thing_released_counts_no_one_freed(nlp, sentence):
    assert _released(nlp, sentence) == set()
