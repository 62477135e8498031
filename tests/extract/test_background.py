"""extract/background.py and its use by extract/article.py: what a report recalls (a cause, a
precedent, an earlier act) is an occurrence of its own and lends nothing to the news. The
sentences are those quoted from real reports in issue 10."""

from datetime import date

import pytest

import wirecoder
from wirecoder.extract.background import told_as_earlier
from wirecoder.model import CountKind, Precision, When

pytestmark = pytest.mark.model

PUBLISHED = date(2016, 11, 11)
KUNDUZ = ('The Taliban called it a "revenge attack" for US airstrikes in the volatile province of Kunduz '
          'earlier this month that left up to 32 civilians dead.')
TRAM = ("It is the first fatal tram accident in the UK since 1959, when two women passengers and the driver "
        "died after a tram caught fire in Glasgow.")
TOLL = "The death toll from the attack rose to at least six Friday."
CONSULATE = ("A Taliban suicide bomber rammed a truck packed with explosives into the German consulate in the "
             "Afghan city of Mazar-i-Sharif late on Thursday, killing at least two people and wounding at least 90.")


def _extract(text):
    return wirecoder.extract(text, published=PUBLISHED)


def test_a_cause_told_with_revenge_for_is_background_with_its_own_place_date_and_toll():
    events = _extract(KUNDUZ).events
    background = [e for e in events if e.mention == "background"]
    news = [e for e in events if e.mention != "background"]
    assert background and news
    assert any(e.place is not None and "Kunduz" in e.place.name for e in background)
    assert any(e.date is not None and e.date.date == date(2016, 11, 1) for e in background)
    assert [c.value for e in background for c in e.counts if c.kind is CountKind.KILLED] == [32]
    # the revenge attack itself takes none of it
    assert all(e.place is None and e.date is None and not e.counts for e in news)


def test_the_background_makes_its_own_incident_and_the_news_keeps_its_place_date_and_counts():
    result = _extract(f"{CONSULATE} {KUNDUZ} {TOLL}")
    consulate = [i for i in result.incidents if i.place is not None and i.place.country_code == "AF" and "Kunduz" not in i.place.name]
    kunduz = [i for i in result.incidents if i.place is not None and "Kunduz" in i.place.name]
    assert len(consulate) == 1 and len(kunduz) == 1
    (main,) = consulate
    assert main.date is not None and main.date.date == date(2016, 11, 10)
    killed = {c.kind: c.value for c in main.counts}
    assert killed[CountKind.KILLED] in {2, 6} and killed[CountKind.INJURED] == 90
    assert 32 not in {v.value for c in main.conflicts for v in c.values}
    assert [c.value for c in kunduz[0].counts if c.kind is CountKind.KILLED] == [32]


PRECEDENT = ("It is the deadliest attack in the province since 1998, when a car bomb killed 29 people "
             "in Omagh.")


def test_a_precedent_since_a_year_is_dated_then_not_now():
    result = _extract(PRECEDENT)
    told = [*result.events, *(d.event for d in result.dropped)]
    omagh = [e for e in told if e.place is not None and e.place.name == "Omagh"]
    assert omagh and all(e.mention == "background" and e.date is not None and e.date.date.year == 1998 for e in omagh)
    # dated 1998, it is history the 2016 report recalls: no incident of its own by default
    assert not [i for i in result.incidents if i.place and i.place.name == "Omagh"]
    assert any(d.reason.startswith("history") for d in result.dropped)


def test_a_precedent_that_was_an_accident_is_no_incident():
    # the tram fire of 1959 is told as precedent of a derailment: neither is violence
    assert _extract(TRAM).incidents == []


def test_a_toll_update_dates_the_count_not_the_act():
    (event,) = _extract(TOLL).events
    assert event.date is None
    assert [(c.kind, c.value, c.qualifier) for c in event.counts] == [(CountKind.KILLED, 6, "at least")]


def test_a_death_after_which_an_act_came_is_background_but_alone_it_is_the_news():
    events = _extract("Gunmen attacked a police post in Kabul on Monday after the killing of their commander in Kandahar.").events
    attack = [e for e in events if e.mention != "background"]
    assert attack and all(e.place is None or e.place.name == "Kabul" for e in attack)
    alone = _extract("Protesters gathered in Kabul on Monday after the killing of a student.").events
    assert not any(e.mention == "background" for e in alone)


@pytest.mark.parametrize("text,precision,day,earlier", [
    ("earlier this month", Precision.MONTH, date(2016, 11, 1), True),
    ("last year", Precision.YEAR, date(2015, 1, 1), True),
    ("in 1959", Precision.YEAR, date(1959, 1, 1), True),
    ("in March", Precision.MONTH, date(2016, 3, 1), True),
    ("this month", Precision.MONTH, date(2016, 11, 1), False),
    ("on Thursday", Precision.DAY, date(2016, 11, 10), False),
    ("20 days ago", Precision.DAY, date(2016, 10, 22), True),
    ("three days ago", Precision.DAY, date(2016, 11, 8), False),
    ("on 22 October", Precision.DAY, date(2016, 10, 22), False),  # told by its day: maybe the news
])
def test_dates_told_as_earlier(text, precision, day, earlier):
    assert told_as_earlier(When(date=day, precision=precision, text=text), PUBLISHED) is earlier


def test_an_undated_act_told_within_a_past_one_is_past_too():
    # MUC-4 dev (DEV-MUC3-1119), dateline 8 February 1990
    events = wirecoder.extract("During a four-day period in December, the guerrillas sabotaged an electrical tower outside "
                               "the capital and set fire to a vehicle.", published=date(1990, 2, 8)).events
    assert events and all(e.mention == "background" for e in events)


def test_a_clause_with_its_own_subject_is_not_the_past_act_it_follows():
    # MUC-4 dev (DEV-MUC3-0257), dateline 1989
    events = wirecoder.extract("In 1988, it attacked the nation's pipelines approximately 50 times, and thus far this year "
                               "the ELN has carried out 21 attacks.", published=date(1989, 7, 10)).events
    assert {e.trigger.text: e.mention for e in events}["attacks"] != "background"


# issue 13: an act the report recalls to say when something was, not what happened now
@pytest.mark.parametrize("text,trigger", [
    ("On that occasion, when the union leader Pedro Salas was assassinated, the president declared a state of siege.",
     "assassinated"),
    ("The president said the country was living days similar to those when the union leader Pedro Salas was "
     "assassinated.", "assassinated"),
])
def test_an_act_recalled_to_say_when_is_background_and_no_incident_without_date_or_place(text, trigger):
    result = _extract(text)
    assert {e.trigger.text: e.mention for e in result.events}[trigger] == "background"
    assert result.incidents == []


def test_an_act_told_as_a_likeness_is_background_and_the_news_keeps_its_day():
    events = _extract("Gunmen killed the mayor of Cortes on Monday, in an attack reminiscent of the bombing of "
                      "the police headquarters.").events
    assert {e.trigger.text: e.mention for e in events}["bombing"] == "background"
    assert any(e.mention != "background" and e.date is not None for e in events)


@pytest.mark.parametrize("text", [
    "Rossy was enjoying his vacation in Cortes when he was kidnapped on Monday.",
    "Gunmen kidnapped a businessman in Cortes on Monday, and the police arrested two men suspected of the kidnapping.",
])
def test_the_news_told_in_a_when_clause_or_referred_to_under_a_charge_stays_the_news(text):
    result = _extract(text)
    kidnapping = [e for e in result.events if e.trigger.text.startswith("kidnap")]
    assert kidnapping and not any(e.mention == "background" for e in kidnapping)
    assert len(result.incidents) == 1


@pytest.mark.parametrize("text,trigger", [
    # a report of the charge, or of what followed a named death, is often the only report of the act
    ("Three students have been charged with the murder of the union leader Pedro Salas.", "murder"),
    ("Shortly after Pedro Salas's assassination, the government imposed a curfew.", "assassination"),
])
def test_an_act_only_told_under_a_charge_or_as_what_came_before_stays_the_news(text, trigger):
    assert {e.trigger.text: e.mention for e in _extract(text).events}[trigger] != "background"


def test_an_act_told_as_a_landmark_lends_the_news_neither_its_day_nor_its_place():
    result = _extract("Gunmen fired on the police chief's car at a red light in Medellin, two blocks from where "
                      "a judge was murdered on 4 July.")
    news = [e for e in result.events if e.mention != "background"]
    landmark = [e for e in result.events if e.mention == "background"]
    assert [e.trigger.text for e in news] == ["fired"] and news[0].date is None
    assert [e.trigger.text for e in landmark] == ["murdered"]
    assert landmark[0].date is not None and landmark[0].date.date == date(2016, 7, 4)


def test_a_where_clause_on_a_place_tells_more_of_the_same_act():
    events = _extract("A major clash occurred in the eastern province, where the rebels killed 14 soldiers.").events
    assert events and all(e.mention != "background" for e in events)
