"""extract/article.py: which trigger a place, date or count belongs to, over real sentences."""

import pytest

from wirecoder.config import Config
from wirecoder.model import Role
from wirecoder.pipeline import Coder

pytestmark = pytest.mark.model

# the rules' reading: what the trained judge keeps of it is tests/judge's question
RULES = Coder(Config(judge=False))


def _events(text):
    return RULES.extract(text, published="2024-03-20").events


def test_the_struck_object_is_the_place_of_the_act_it_leads_to():
    events = _events("Russian missiles hit Kharkiv on Monday, killing three civilians.")
    assert [(e.place.name, e.place.country_code) for e in events if e.place] == [("Kharkiv", "UA")]


def test_a_toponym_in_the_target_position_is_no_victim():
    (event,) = _events("Troops shelled Donetsk overnight.")
    assert event.place is not None and event.place.name == "Donetsk"
    assert not [a for a in event.actors if a.role in {Role.TARGET, Role.VICTIM}]


def test_an_origin_is_not_where_it_happened():
    events = _events("Four gunmen from Tajikistan opened fire at a concert hall near Moscow on Friday.")
    assert {e.place.name for e in events if e.place} == {"Moscow"}


def test_a_sentence_told_only_by_reference_still_dates_it():
    (event,) = _events("According to monitors, 15 fighters died in the clashes near Idlib on Monday.")
    assert event.date is not None and event.date.date.isoformat() == "2024-03-18"
    assert event.place is not None and event.place.name == "Idlib"


def test_a_reference_beside_a_told_act_takes_nothing_of_its_sentence():
    events = _events("On May 24, Russia admitted for the first time to the group's responsibility for the attack.")
    attack = [e for e in events if e.mention == "anaphoric"]
    assert attack and all(e.date is None for e in attack)


@pytest.mark.parametrize("text", [
    "The Honduran government on Tuesday denounced the assassination of the presidency minister in San Salvador.",
    "The Venezuelan president referred on Tuesday to the murder of six Jesuit priests in San Salvador.",
])
def test_the_day_of_a_reaction_does_not_date_the_act(text):
    events = _events(text)
    assert events and all(e.date is None for e in events if e.type.value != "accusation")


def test_a_date_in_a_clause_of_another_action_does_not_date_the_act():
    events = _events("The minister was shot dead near his home, only eight days after taking office on 1 March.")
    assert events and all(e.date is None for e in events)
    (late,) = _events("Gunmen shot dead a judge after midnight on Monday in Medellin.")
    assert late.date is not None and late.date.date.isoformat() == "2024-03-18"


@pytest.mark.parametrize("later", [
    "The police chief today said that the murder was planned by a guerrilla front.",
    "The bishop today asked for a thorough investigation of the murder.",
])
def test_a_reference_dated_by_another_action_joins_the_act_the_report_dates(later):
    events = _events("Guerrillas shot dead the mayor of a small town on 2 March. " + later)
    (reference,) = [e for e in events if e.mention == "anaphoric"]
    assert reference.date is None
    (incident,) = RULES.extract("Guerrillas shot dead the mayor of a small town on 2 March. " + later,
                                published="2024-03-20").incidents
    assert incident.date is not None and incident.date.date.isoformat() == "2024-03-02"


def test_a_reference_keeps_the_day_of_its_telling_when_the_report_dates_no_act():
    (reference,) = _events("The police chief said today that the murder of the mayor was planned by a guerrilla front.")
    assert reference.date is not None and reference.date.date.isoformat() == "2024-03-20"


def test_an_act_told_anew_keeps_the_day_of_its_report():
    events = _events("Guerrillas shot dead the mayor of a small town on 2 March. "
                     "The army reported today that guerrillas blew up three power lines in the north.")
    blast = [e for e in events if e.trigger.text == "blew"]
    assert blast and blast[0].date is not None and blast[0].date.date.isoformat() == "2024-03-20"


@pytest.mark.parametrize("text", [
    "The Canadian embassy in San Salvador reported that two Canadian nuns were kidnapped by gunmen on Monday.",
    "Radio Caracol of Medellin reported that a bomb exploded at a bank on Monday, injuring four people.",
])
def test_where_a_cited_outlet_or_mission_sits_is_not_where_it_happened(text):
    events = _events(text)
    assert events and all(e.place is None for e in events)


@pytest.mark.parametrize("text", [
    "Police in Medellin said a bomb exploded at a bank on Monday, injuring four people.",
    "A bomb exploded outside the radio station in Medellin on Monday, injuring four people.",
])
def test_a_source_that_is_no_outlet_or_a_struck_station_keeps_its_town(text):
    assert [e.place.name for e in _events(text) if e.place] == ["Medellín"]


def test_where_a_victim_belongs_gives_way_to_where_the_act_was():
    events = _events("The mayor of Medellin was shot dead in Cali on Sunday by two gunmen on a motorcycle.")
    assert [e.place.name for e in events if e.place] == ["Cali"]


def test_where_a_victim_belongs_is_the_place_when_the_text_gives_no_other():
    events = _events("Gunmen shot dead the mayor of Medellin on Sunday.")
    assert [e.place.name for e in events if e.place] == ["Medellín"]


@pytest.mark.parametrize("text", [
    "The army said a farmer was shot dead on Monday by a rebel commando trained in Nicaragua.",
    "The businessman, who spends most of his time in Miami, was kidnapped on Monday by four gunmen.",
    "Police said the gunman, a former soldier born in Spain, shot dead two guards on Monday.",
])
def test_where_a_clause_says_someone_trained_lives_or_was_born_is_not_where_it_happened(text):
    assert [e.place for e in _events(text) if e.place] == []


def test_the_neighbour_across_a_border_is_not_where_it_happened():
    events = _events("Rebels attacked an army post in the town of Somotillo, on the border with Honduras, killing two soldiers.")
    assert events and all(e.place is None or e.place.country_code != "HN" for e in events)


@pytest.mark.parametrize("text", [
    "The attack, which took place in Cali on Monday, left two policemen dead.",
    "Gunmen on Monday killed a reporter who worked for a radio network in Cali.",
])
def test_a_clause_about_the_act_or_the_victims_work_keeps_its_place(text):
    assert [e.place.name for e in _events(text) if e.place] == ["Cali"]


def test_victims_named_in_a_sentence_without_the_act_are_the_last_acts():
    events = _events("Gunmen shot dead two teachers outside a school in Medellin on Monday. "
                     "The victims were identified as Ana Maria Ruiz and Luis Alberto Mora.")
    (shooting,) = [e for e in events if e.type.value == "armed_assault"]
    assert {"Ana Maria Ruiz", "Luis Alberto Mora"} <= {a.name for a in shooting.actors if a.role is Role.VICTIM}


@pytest.mark.parametrize("text, distinct", [
    ("A bomb exploded outside a bank on Monday. Another device exploded an hour later at a police post.", True),
    ("A bomb exploded outside a bank on Monday. A second bomb, which exploded an hour later, hit a police post.", True),
    ("A bomb exploded outside a bank on Monday. This second bomb exploded at the door of the bank.", False),
    ("A bomb exploded outside a bank on Monday, killing one guard. Another two were wounded.", False),
])
def test_an_act_by_another_device_is_a_new_occurrence(text, distinct):
    later = [e for e in _events(text) if e.evidence.start > 0 and e.mention != "anaphoric"]
    assert later and any(e.mention == "distinct" for e in later) == distinct


def test_counts_are_read_only_where_they_could_tell_a_toll(monkeypatch):
    import importlib

    from wirecoder.extract.counts import find_count_mentions

    article = importlib.import_module("wirecoder.extract.article")
    read: list[str] = []
    monkeypatch.setattr(article, "find_count_mentions", lambda sent: read.append(sent.text) or find_count_mentions(sent))
    # no violence anywhere: "three members" and "200 residents" can stand in for no act
    assert _events("Three members of the school board resigned on Monday. About 200 residents signed a petition.") == []
    assert read == []
    # beside an attack, a sentence with no act may carry its toll
    events = _events("Gunmen attacked a bus near Kano on Monday. Three passengers were wounded.")
    assert read == ["Gunmen attacked a bus near Kano on Monday.", "Three passengers were wounded."]
    assert any(c.value == 3 for e in events for c in e.counts)
