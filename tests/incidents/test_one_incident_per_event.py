"""Within an article, one incident per real occurrence: the acts against two named people told
apart are two incidents, an act and a later mention of the same person are one, and a blast by
"another device" is a blast of its own."""

from datetime import date

import pytest

import wirecoder
from wirecoder.config import Config
from wirecoder.incidents import attack_types, group_events, named_victims, same_person
from wirecoder.model import Actor, Event, EventType, Precision, Role, Span, When

CONFIG = Config()


def _event(n, etype, text, *, victims=(), kind="person", mention="specific", day=None):
    start = n * 200
    actors = [Actor(role=Role.VICTIM, text=v, name=v, kind=kind) for v in victims]
    return Event(id=f"e{n}", type=etype, trigger=Span(start=start + 5, end=start + 10, text="xxxxx"),
                 evidence=Span(start=start, end=start + len(text), text=text), mention=mention,
                 date=When(date=day, precision=Precision.DAY) if day else None, actors=actors, article_id="a1")


def test_a_name_told_in_part_is_the_same_person():
    assert same_person("rodriguez porth", "antonio rodriguez porth")
    assert same_person("antonio rodriguez porth", "rodriguez porth")
    assert not same_person("roberto garcia alvarado", "antonio rodriguez porth")


def test_only_the_named_people_an_act_harmed_count():
    event = _event(1, EventType.ARMED_ASSAULT, "Gunmen killed Judge Ana Ruiz and a guard.", victims=["Ana Ruiz"])
    assert named_victims(event) == {"ana ruiz"}
    guard = _event(2, EventType.ARMED_ASSAULT, "A guard was killed.", victims=["guard"], kind="civilian")
    assert named_victims(guard) == set()
    arrest = _event(3, EventType.ARREST, "Police arrested Luis Mora.", victims=["Luis Mora"])
    assert named_victims(arrest) == set()


def test_a_release_told_before_the_kidnapping_joins_it():
    """'Senator Gomez was released today ... He had been kidnapped on 15 February': one captivity."""
    release = _event(1, EventType.SECURITY_OPERATION, "Senator Pedro Gomez was released today by his captors.",
                     victims=["Pedro Gomez"], day=date(2024, 3, 2))
    assert named_victims(release) == {"pedro gomez"}
    groups = group_events([
        release,
        _event(2, EventType.KIDNAPPING, "Gomez had been kidnapped on 15 February in Cali.", victims=["Gomez"],
               day=date(2024, 2, 15)),
    ], CONFIG)
    assert len(groups) == 1


def test_killings_of_two_named_people_told_apart_are_two_incidents():
    groups = group_events([
        _event(1, EventType.ARMED_ASSAULT, "Gunmen killed the attorney general Roberto Garcia Alvarado.",
               victims=["Roberto Garcia Alvarado"]),
        _event(2, EventType.ASSASSINATION, "The party condemned the assassination of Antonio Rodriguez Porth.",
               victims=["Antonio Rodriguez Porth"], mention="anaphoric"),
    ], CONFIG)
    assert [[e.id for e in g] for g in groups] == [["e1"], ["e2"]]


def test_a_later_act_against_the_same_person_joins_the_first():
    groups = group_events([
        _event(1, EventType.KIDNAPPING, "Armed men kidnapped the union leader Hector Mejia on Monday.",
               victims=["Hector Mejia"], day=date(2024, 6, 17)),
        # a dated act of another kind joins only what it is tied to: here, the person it harmed
        _event(2, EventType.ASSASSINATION, "Mejia was assassinated on Tuesday, the unions said.", victims=["Mejia"],
               day=date(2024, 6, 18)),
    ], CONFIG)
    assert len(groups) == 1


def test_someone_the_first_report_names_is_not_someone_else():
    # the extractor read only the first of three hostages as a victim; the others are still named there
    groups = group_events([
        _event(1, EventType.KIDNAPPING, "Spaniard Jose Marin, Frenchman Paul Lisle and Italian Dino Rossi were "
               "kidnapped by armed men.", victims=["Jose Marin"]),
        _event(2, EventType.KIDNAPPING, "Rossi was on holiday when he was kidnapped.", victims=["Rossi"]),
    ], CONFIG)
    assert len(groups) == 1


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Gunmen killed Carlos Medina, the mayor of Santa Rita, outside his home on Monday. "
                 "The police also reported that journalist Elena Suarez was murdered by hooded men on Sunday in a "
                 "village near the border.", 2, id="two murders in one report are two incidents"),
    pytest.param("Maria Luz Gomez, manager of a local newspaper, was killed by gunmen on a motorcycle at noon today. "
                 "Her mother, Maria Ortiz Gomez, was wounded in the attack and is being treated at a clinic.", 1,
                 id="a relative hurt in the same attack stays with it"),
    pytest.param("A bomb exploded at a bank in the city center on Monday night, police said. Another device exploded "
                 "half an hour later at the offices of the electricity company.", 2, id="another device is another blast"),
])
def test_incidents_of_a_report(text, expected):
    incidents = [i for i in wirecoder.extract(text, published="2024-06-18").incidents if i.type in attack_types()]
    assert len(incidents) == expected
