import json
from importlib.resources import files

import pytest
from pydantic import ValidationError

from wirecoder.extract.actors import find_actors
from wirecoder.extract.counts import find_counts
from wirecoder.extract.events import find_triggers
from wirecoder.model import CountKind, Role
from wirecoder.resources.words import PeopleWords, lexicon


def test_the_lexicon_validates():
    people = lexicon().people
    assert "gunmen" in people.perpetrators and "inmates" in people.perpetrator_stand_ins
    # the nouns that may head a perpetrator's phrase are both lists, each word once
    assert people.perpetrator_heads == set(people.perpetrators) | set(people.perpetrator_stand_ins)


def _people(**changes):
    data = json.loads(files("wirecoder.resources").joinpath("lexicon", "people.json").read_text(encoding="utf-8"))
    return PeopleWords.model_validate(data | changes)


def test_a_part_of_a_list_must_stay_within_it():
    with pytest.raises(ValidationError, match="plural_pronouns must be part of pronouns"):
        _people(plural_pronouns=["they", "ye"])


def test_a_perpetrator_is_not_also_a_stand_in():
    with pytest.raises(ValidationError, match="repeat perpetrators"):
        _people(perpetrator_stand_ins=["inmates", "gunmen"])


@pytest.mark.model
def test_counts_read_the_one_perpetrator_list(nlp):
    # "jihadists" was in the actors' list only before the lists became one
    counts = find_counts(nlp("Twelve jihadists stormed the police station.")[:])
    assert [(c.kind, c.value) for c in counts] == [(CountKind.PERPETRATORS, 12)]


@pytest.mark.model
def test_actors_read_the_one_perpetrator_list(nlp):
    # "hijackers" was in the counts' and incidents' lists only: "they" now resolves to them
    doc = nlp("The hijackers seized the plane. They killed two pilots.")
    killed = next(t for t in doc if t.lower_ == "killed")
    trigger = next(t for t in find_triggers(killed.sent) if t.token == killed.i)
    perpetrators = [a.name for a in find_actors(killed, trigger.type) if a.role is Role.PERPETRATOR]
    assert perpetrators == ["hijackers"]
