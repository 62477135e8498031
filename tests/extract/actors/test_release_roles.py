"""Who is who around a release, a pronoun in a reported clause, and things the parse takes for people (issue 13)."""

import pytest
from spacy.tokens import Span

from wirecoder.extract.actors import _names_thing, find_actors, make_actor, resolve_pronoun
from wirecoder.model import EventType, Role


def _release_actors(nlp, sentence, verb):
    doc = nlp(sentence)
    trigger = next(t for t in doc if t.lower_ == verb)
    return find_actors(trigger, EventType.SECURITY_OPERATION)


@pytest.mark.model
def test_who_releases_a_captive_and_is_no_force_held_the_captive(nlp):
    actors = _release_actors(nlp, "The journalist was released yesterday by his captors.", "released")
    assert [(a.role, a.name) for a in actors if a.role is not Role.VICTIM] == [(Role.PERPETRATOR, "his captors")]
    group = _release_actors(nlp, "The Extraditables freed the banker on Monday.", "freed")
    assert [(a.role, a.group) for a in group if a.role is not Role.VICTIM] == [(Role.PERPETRATOR, "Medellin Cartel")]


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "The engineer was freed by army troops near the border.",
    "The nurse was released by the authorities after two days.",
])
def test_forces_and_authorities_that_free_someone_stay_responders(nlp, sentence):
    verb = "freed" if "freed" in sentence else "released"
    actors = _release_actors(nlp, sentence, verb)
    assert [a.role for a in actors if a.role is not Role.VICTIM] == [Role.RESPONDER]


@pytest.mark.model
def test_a_force_named_as_an_institution_is_no_one_released(nlp):
    actors = _release_actors(nlp, "The rebels released the Army on Sunday.", "released")
    assert not [a for a in actors if a.role is Role.VICTIM]
    counted = _release_actors(nlp, "The rebels released two police on Sunday.", "released")
    assert [a.number for a in counted if a.role is Role.VICTIM] == [2]


@pytest.mark.model
def test_an_active_subject_of_a_reported_clause_is_the_speaker(nlp):
    doc = nlp("The army said it had killed 20 guerrillas.")
    it = next(t for t in doc if t.lower_ == "it")
    assert resolve_pronoun(it).lower_ == "army"


@pytest.mark.model
def test_a_passive_subject_of_a_reported_clause_is_not_the_speaker(nlp):
    doc = nlp("The woman was kidnapped in May. Her employer said she was released on Tuesday.")
    she = next(t for t in doc if t.lower_ == "she")
    assert she.dep_ == "nsubjpass"
    assert resolve_pronoun(she).lower_ == "woman"


@pytest.mark.model
def test_a_vehicle_the_parse_tags_as_a_person_is_no_person(nlp):
    doc = nlp("The C-130 Hercules plane was blown up at the airport.")
    plane = next(t for t in doc if t.lower_ == "plane")
    doc.ents = [Span(doc, plane.i - 1, plane.i + 1, label="PERSON")]  # the tagger's reading of "Hercules plane"
    actor = make_actor(doc[plane.i], Role.VICTIM)
    assert actor is not None and actor.kind != "person"
    doc = nlp("Gunmen shot Hector Perez in Cali.")
    perez = next(t for t in doc if t.text == "Perez")
    assert make_actor(perez, Role.VICTIM).kind == "person"


@pytest.mark.model
def test_a_phrase_of_a_building_that_holds_an_owners_name_names_a_thing(nlp):
    doc = nlp("one of the private homes belonging to Pedro Ortiz")
    ortiz = next(t for t in doc if t.text == "Ortiz")
    assert _names_thing(ortiz, doc[:])
    doc = nlp("the lawyer of Pedro Ortiz")
    ortiz = next(t for t in doc if t.text == "Ortiz")
    assert not _names_thing(ortiz, doc[:])


@pytest.mark.model
def test_a_release_only_promised_or_refused_makes_no_one_its_perpetrator(nlp):
    for sentence in ("The rebels refused to release the hostages.", "The rebels promised to release the hostages next week."):
        actors = _release_actors(nlp, sentence, "release")
        assert not [a for a in actors if a.role is Role.PERPETRATOR], sentence
    done = _release_actors(nlp, "The rebels released the hostages on Friday.", "released")
    assert [a.name for a in done if a.role is Role.PERPETRATOR] == ["rebels"]
