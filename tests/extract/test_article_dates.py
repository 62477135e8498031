"""extract/article.py: the day someone an act hurt died later only bounds the act (it happened on
or before it); the act is dated by its own date expression, and a death told within the act keeps
the act's day."""

import pytest

from wirecoder.config import Config
from wirecoder.pipeline import Coder

pytestmark = pytest.mark.model

# the rules' reading: what the trained judge keeps of it is tests/judge's question
RULES = Coder(Config(judge=False))
FILED = "2024-03-17"  # a Sunday


def _extract(text):
    return RULES.extract(text, published=FILED)


def _days(events):
    return {e.trigger.text: (e.date.date.isoformat() if e.date else None) for e in events}


@pytest.mark.parametrize("text", [
    "A man shot on Friday died in hospital this morning.",
    "A man shot on Friday died in hospital a few minutes ago.",
])
def test_an_act_is_dated_by_its_own_day_not_by_the_later_death(text):
    result = _extract(text)
    assert _days(result.events) == {"shot": "2024-03-15"}
    (incident,) = result.incidents
    assert incident.date is not None and incident.date.date.isoformat() == "2024-03-15"


@pytest.mark.parametrize("text", [
    "A policeman wounded in an ambush died today.",
    "A student who was shot by soldiers died in hospital on Saturday.",
    "The mayor, who was wounded in the attack, died of his wounds on Tuesday.",
])
def test_a_later_death_alone_gives_the_act_no_day(text):
    result = _extract(text)
    assert result.events and all(e.date is None for e in result.events)
    assert result.incidents and all(inc.date is None for inc in result.incidents)


def test_a_death_told_after_the_act_leaves_the_incident_its_day():
    result = _extract("Guerrillas ambushed a police patrol in the north of the city on Thursday, wounding two "
                      "policemen. One of the policemen died today in hospital.")
    (incident,) = result.incidents
    assert incident.date is not None and incident.date.date.isoformat() == "2024-03-14"
    assert all(e.date is None for e in result.events if e.trigger.text == "died")


def test_he_died_this_morning_does_not_date_the_shooting():
    result = _extract("Gunmen shot a journalist in the capital. He died this morning at a downtown hospital.")
    assert result.incidents and all(inc.date is None for inc in result.incidents)


@pytest.mark.parametrize("text,trigger", [
    ("Three soldiers died in the ambush on Friday.", "ambush"),
    ("Two soldiers died on Friday when rebels attacked their base.", "attacked"),
])
def test_a_death_told_within_the_act_is_the_acts_day(text, trigger):
    assert _days(_extract(text).events)[trigger] == "2024-03-15"


def test_a_day_to_come_dates_no_act():
    result = RULES.extract("Rebels said the army bombed three villages in the north, in an offensive before the "
                           "elections, scheduled for Sunday, 25 February.", published="1990-02-22")
    assert result.events and all(e.date is None for e in result.events)
