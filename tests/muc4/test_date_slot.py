"""The MUC-4 date slot (TASKDOC 7.3): a day the text gives the act is written as that day; a day
the text gives only to the telling of the act or to a claim of it is the report's, by default,
so the act happened "on or before" it (note 3); a weekday alone is "on or before" (note 1)."""

from datetime import date

import pytest

import wirecoder
from wirecoder.muc4.keys import parse_templates
from wirecoder.muc4.writer import render_muc4

pytestmark = pytest.mark.model

FILED = date(1990, 3, 8)  # a Thursday


def _dates(text: str) -> list[str]:
    result = wirecoder.extract(text, published=FILED.isoformat())
    rendered = render_muc4("DEV-MUC3-9001", result.incidents, published=FILED, country=result.country)
    return [t.slot(2).fillers[0].alternatives[0].text for t in parse_templates(rendered)["DEV-MUC3-9001"].templates]


@pytest.mark.parametrize("text", [
    "The army reported today that guerrillas blew up two electric power towers in Usulutan Department.",
    "Guerrillas killed the mayor of a small Andean town and two farmers, the local press reported today.",
    "Colonel Ruiz today stated that rebels kidnapped a rancher near the border.",
])
def test_a_day_of_the_telling_alone_is_on_or_before(text):
    assert _dates(text) == ["- 08 MAR 90"]


@pytest.mark.parametrize("text", [
    "Guerrillas blew up two electric power towers in Usulutan Department this morning, the army reported.",
    "The army reported that guerrillas blew up two electric power towers in Usulutan Department today.",
])
def test_a_day_the_act_is_told_with_is_that_day(text):
    assert _dates(text) == ["08 MAR 90"]


def test_a_weekday_alone_is_on_or_before():
    assert _dates("Gunmen shot dead a judge in the capital on Tuesday.") == ["- 08 MAR 90"]
    assert _dates("Gunmen shot dead a judge in the capital on Tuesday, March 6.") == ["06 MAR 90"]
