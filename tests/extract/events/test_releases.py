"""A release told alone ('the senator was released today by his captors') is an event that ends
the captivity the article tells; a release of a thing ('released a statement') or one that ends an
arrest ('released on bail') is none."""

import pytest

from wirecoder.extract.events import find_triggers
from wirecoder.model import EventType

pytestmark = pytest.mark.model

KIDNAPPING = "Urban guerrillas kidnapped a senator and two aid workers in the capital last week. "


def _last_sentence_types(nlp, text):
    doc = nlp(text)
    last = list(doc.sents)[-1]
    return [(doc[t.token].lower_, t.type) for t in find_triggers(last)]


@pytest.mark.parametrize("release", [
    "Senator Pedro Gomez Ruiz was released today by his captors.",
    "Two aid workers kidnapped in Mali last month were freed on Sunday.",
    "The rebels released the hostages near the border on Friday.",
])
def test_a_release_of_people_ends_the_captivity(nlp, release):
    found = _last_sentence_types(nlp, KIDNAPPING + release)
    assert any(word in {"released", "freed"} and etype is EventType.SECURITY_OPERATION for word, etype in found)


@pytest.mark.parametrize("release", [
    "The kidnappers released a statement and a video on Wednesday.",
    "The army released figures showing 40 rebels killed this year.",
    "Two men arrested on Tuesday were released on bail.",
    "The suspects were released without charge after questioning.",
    "The police freed the detainees on Friday.",
    "The government released 20 guerrillas on Friday in exchange for the senator.",
])
def test_a_release_of_things_or_from_custody_is_no_event(nlp, release):
    found = _last_sentence_types(nlp, KIDNAPPING + release)
    assert not any(word in {"released", "freed"} for word, _ in found)


def test_a_release_is_an_event_only_where_captivity_was_told(nlp):
    assert _last_sentence_types(nlp, "The singer was released from her contract on Monday.") == []
    assert _last_sentence_types(nlp, "Police said the man was released on Monday.") == []


def test_a_pronoun_freed_stands_for_the_captive_told_before(nlp):
    text = "Guerrillas kidnapped Senator Pedro Gomez Ruiz in Bogota on Monday. He was freed early on Friday."
    assert _last_sentence_types(nlp, text) == [("freed", EventType.SECURITY_OPERATION)]


def test_a_passive_pronoun_in_a_reported_clause_is_the_captive_not_the_speaker(nlp):
    # "she" is the journalist, not the employer who speaks: the release is told
    text = "Gunmen abducted a French journalist in Bamako on 3 June. She was released on Friday, her employer said."
    assert ("released", EventType.SECURITY_OPERATION) in _last_sentence_types(nlp, text)
    # a pronoun that stands for no person frees no one
    thing = "Gunmen abducted a French journalist in Bamako on 3 June. It was released on Friday, the agency said."
    assert not any(word == "released" for word, _ in _last_sentence_types(nlp, thing))
