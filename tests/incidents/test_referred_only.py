"""An act the article only refers to ('the attack'), telling nothing of it, is no incident of its
own; a headline's bare noun, or a reference with a place, a day or a toll, still is."""

import pytest

import wirecoder
from wirecoder.incidents import attack_types

pytestmark = pytest.mark.model


def _violent(text):
    return [i for i in wirecoder.extract(text, published="2018-04-02").incidents if i.type in attack_types()]


def test_a_commentary_on_a_known_attack_codes_nothing():
    text = ("The minister told parliament that the cross analysis shows Moscow is most likely responsible for "
            "the attack. The opposition asked for more evidence before any expulsions.")
    assert _violent(text) == []


@pytest.mark.parametrize("text", [
    "UEFA charge Liverpool over Manchester City bus attack.",
    "The death toll from the attack rose to 12 on Sunday.",
    "Police said the attack in Salisbury on Sunday left two people in hospital.",
])
def test_a_reference_that_tells_something_is_still_coded(text):
    assert _violent(text)
