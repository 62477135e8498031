"""extract/article.py, issue 9: a casualty count with no act word in its sentence stands in for
the act it is the toll of only where the article tells violence by people, never for a war's
tally or a death by disease or accident, and as no news where it is told as what a court tries. Each rule is paired with
a text where the same count does stand in, so a rule that silences every bare toll fails."""

import pytest

from wirecoder.config import Config
from wirecoder.incidents import attack_types
from wirecoder.pipeline import Coder

pytestmark = pytest.mark.model

# the rules' reading: what the trained judge keeps of it is tests/judge's question
RULES = Coder(Config(judge=False))
PUBLISHED = "2024-03-20"


def _result(text):
    return RULES.extract(text, published=PUBLISHED)


def _violent(text):
    return [i for i in _result(text).incidents if i.type in attack_types()]


def _stand_ins(text, word):
    """The events whose trigger is the casualty word ``word`` (a stand-in: no act word is there)."""
    return [e for e in _result(text).events if e.trigger.text == word]


def test_a_toll_update_after_an_attack_still_stands_in_for_it():
    text = ("A car bomb exploded outside a police station in Kirkuk on Monday. "
            "The death toll rose to 14 on Tuesday, hospital officials said.")
    (incident,) = _violent(text)
    assert any(c.kind.value == "killed" and c.value == 14 for e in incident.events for c in e.counts)


@pytest.mark.parametrize("text", [
    "Chandler, who was driving the van at the time, later died from his injuries. The road was closed for hours.",
    # a harm told only as a possibility is no act whose toll the death could be
    "Police said the man may have hurt his neighbour. The neighbour later died in hospital.",
])
def test_a_bare_toll_in_an_article_without_violence_is_no_act(text):
    assert _violent(text) == []
    assert _stand_ins(text, "died") == []


@pytest.mark.parametrize("text", [
    "The candidate died from gunshot wounds in a Bogota hospital on Thursday.",
    "Border troops clashed on Tuesday near Marcala, leaving one dead and one wounded.",
])
def test_a_bare_toll_told_with_violent_means_stands_in(text):
    assert len(_violent(text)) == 1


def test_a_bare_toll_in_an_article_that_tells_violence_stands_in():
    text = ("Gunmen opened fire on a minibus near Kandahar on Sunday. "
            "The driver later died from his injuries.")
    (stand_in,) = _stand_ins(text, "died")
    assert stand_in.mention == "anaphoric" and [c.value for c in stand_in.counts] == [1]


@pytest.mark.parametrize("text", [
    "Rebels attacked an army post near Juba on Friday. The war, which has killed thousands, began in 2013.",
    "Rebels attacked an army post near Juba on Friday. The war has killed 400,000 people.",
])
def test_a_wars_tally_stands_in_for_no_act(text):
    assert _stand_ins(text, "killed") == []
    assert len(_violent(text)) == 1


def test_a_toll_told_as_what_a_court_tries_is_no_news():
    text = ("Gunmen opened fire on a bus near Kandahar on Monday. "
            "In Kabul, a man was convicted of manslaughter in the death of a student.")
    assert [e for e in _stand_ins(text, "death") if e.mention != "background"] == []


@pytest.mark.parametrize("text", [
    "Four soldiers killed near the border town of Kunar, officials said.",
    "Two civilians killed in Kandahar province on Sunday.",
    "Six policemen wounded in Dagestan overnight.",
])
def test_a_headline_toll_of_soldiers_or_civilians_stands_in_for_the_act(text):
    (incident,) = _violent(text)
    assert incident.events[0].counts


@pytest.mark.parametrize("text", [
    "Two soldiers killed in a road accident near Kunar, officials said.",
    "Police said a man, 45, died at the scene on Sunday.",
])
def test_a_force_or_its_members_alone_do_not_make_a_mishap_an_act(text):
    assert _violent(text) == []
