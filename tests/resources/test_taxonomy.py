"""The taxonomy's one definition of an attack, read by every stage, and a lexicon whose every
section validates."""

import json
from importlib.resources import files

import pytest

from wirecoder.config import Config
from wirecoder.export.gtd import TARGET_TYPE_CODES
from wirecoder.extract import actors
from wirecoder.incidents import ATTACKS, TYPE_PRIORITY, group_events
from wirecoder.model import Actor, Event, EventType, Polarity, Role, Span
from wirecoder.resources.taxonomy import attack_types, taxonomy, type_priority
from wirecoder.resources.words import Lexicon, lexicon

# acts with perpetrators and victims; a raid of security forces is violent but no attack
ATTACK_TYPES = {
    EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.ASSASSINATION, EventType.HOSTAGE_TAKING,
    EventType.KIDNAPPING, EventType.HIJACKING, EventType.FACILITY_ATTACK,
}


def _denied(event_type: EventType) -> Event:
    return Event(
        id="e1", type=event_type, trigger=Span(start=5, end=10, text="xxxxx"),
        evidence=Span(start=0, end=90, text="x" * 90), polarity=Polarity.NEGATED, mention="specific",
        actors=[Actor(role=Role.PERPETRATOR, text="the group", name="the group")], article_id="a1",
    )


def test_the_attack_types_are_the_seven_acts_with_perpetrators_and_victims():
    assert attack_types() == ATTACK_TYPES


def test_a_security_operation_is_violent_but_no_attack():
    operation = taxonomy()[EventType.SECURITY_OPERATION]
    assert operation.violent and not operation.attack
    assert all(m.violent for m in taxonomy().values() if m.attack)


@pytest.mark.parametrize("event_type", list(EventType))
def test_the_incident_builder_drops_a_denied_event_unless_it_is_a_claim_denied_by_someone(event_type):
    # "no attack took place", "police were not linking the arrests to ..." make no incident; a
    # claim denied by someone named ("the group denied any role") still does
    groups = group_events([_denied(event_type)], Config())
    assert (groups == []) == (event_type is not EventType.CLAIM)


def test_incidents_and_actor_roles_read_the_attack_types_from_the_taxonomy():
    assert ATTACKS == attack_types()
    assert actors._ATTACKS == attack_types()


def test_an_attack_names_a_merged_incident_before_any_other_type():
    assert TYPE_PRIORITY == type_priority()
    assert sorted(TYPE_PRIORITY) == sorted(EventType)
    assert set(TYPE_PRIORITY[: len(ATTACK_TYPES)]) == ATTACK_TYPES


def test_every_lexicon_file_is_a_section():
    folder = files("wirecoder.resources").joinpath("lexicon")
    on_disk = {p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json")}
    assert on_disk == set(Lexicon.model_fields)


@pytest.mark.parametrize("section", sorted(Lexicon.model_fields))
def test_every_lexicon_section_validates_and_names_its_source(section):
    text = files("wirecoder.resources").joinpath("lexicon", f"{section}.json").read_text(encoding="utf-8")
    words = Lexicon.model_fields[section].annotation.model_validate(json.loads(text))
    assert len(words.source) >= 10


def test_the_gtd_target_words_name_codebook_target_types():
    assert set(lexicon().export.gtd_target_words) <= set(TARGET_TYPE_CODES)
