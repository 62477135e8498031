"""National news borrows the words of violence for computers and for what might be: an attack on
servers, sabotage told of hacked e-mail, an air strike that would be an option, a death a code
would indicate, airstrikes someone calls for beside other demands. None of them is an act told
done; the same words told of weapons, attackers and victims still are (issue 9)."""

import pytest

from wirecoder.extract.events import find_triggers
from wirecoder.model import EventType, Polarity

pytestmark = pytest.mark.model


def _triggers(nlp, sentence):
    doc = nlp(sentence)
    return [(doc[t.token].lower_, t.type, t.polarity) for t in find_triggers(doc[:])]


def _polarity_of(nlp, sentence, word):
    found = [p for w, _, p in _triggers(nlp, sentence) if w == word]
    assert found, f"no trigger {word!r} in {sentence!r}"
    return found[0]


@pytest.mark.parametrize("sentence", [
    "The intruder boasted that he had attacked the campaign with a zero-day hack of its donor software.",
    "Officials admitted the ministry's servers were vulnerable to attack for months.",
    "Talk of foreign sabotage grew as more hacked messages from the campaign chairman were published.",
    "Security researchers said the assault on the bank's servers used malware hidden in invoices.",
])
def test_an_attack_on_computers_is_no_act_of_violence(nlp, sentence):
    types = {t for _, t, _ in _triggers(nlp, sentence)}
    assert not types & {EventType.ARMED_ASSAULT, EventType.FACILITY_ATTACK}


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked the data centre and killed two guards before wrecking its servers.",
    "Hackers leaked the files a day after militants attacked the ministry with rockets.",
])
def test_an_armed_attack_beside_the_words_of_computers_is_still_an_act(nlp, sentence):
    assert EventType.ARMED_ASSAULT in {t for _, t, _ in _triggers(nlp, sentence)}


def test_an_act_that_would_be_an_option_is_hypothetical(nlp):
    sentence = "The toughest response on the table would be an air strike on the rebel airfield, diplomats said."
    assert _polarity_of(nlp, sentence, "strike") is Polarity.HYPOTHETICAL
    told = "It was an air strike by government jets, the monitoring group said."
    assert _polarity_of(nlp, told, "strike") is Polarity.ASSERTED


def test_a_conjunct_shares_the_possibility_of_its_first_conjunct(nlp):
    sentence = "A missed check-in would suggest that the courier had been robbed or killed on the road."
    assert _polarity_of(nlp, sentence, "killed") is Polarity.HYPOTHETICAL
    told = "Police said the courier had been robbed and killed on the road on Monday."
    assert _polarity_of(nlp, told, "killed") is Polarity.ASSERTED


def test_airstrikes_called_for_beside_another_demand_are_hypothetical(nlp):
    sentence = "The senator has called for tougher sanctions on the regime, as well as more airstrikes on its bases."
    assert _polarity_of(nlp, sentence, "airstrikes") is Polarity.HYPOTHETICAL
    told = "Residents reported heavy shelling of the district, as well as two airstrikes on its market."
    assert _polarity_of(nlp, told, "airstrikes") is Polarity.ASSERTED
