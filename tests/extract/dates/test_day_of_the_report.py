"""Dates a broadcast or a wire report tells by counting back within its own day ('in the past few
hours', 'a few minutes ago'), clock times after 'at approximately', and a weekday written with its
date ('on Friday, 23 June')."""

from datetime import date

import pytest

from wirecoder.extract.dates import find_dates, resolve_date
from wirecoder.model import Precision

FILED = date(1989, 9, 17)


@pytest.mark.parametrize("expression,expected", [
    ("in the past few hours", FILED),
    ("in the last 24 hours", FILED),
    ("during the last several hours", FILED),
    ("a few minutes ago", FILED),
    ("about two hours ago", FILED),
])
def test_hours_and_minutes_back_are_a_day_of_the_report(expression, expected):
    when = resolve_date(expression, FILED)
    assert when is not None and (when.date, when.precision) == (expected, Precision.DAY)


@pytest.mark.parametrize("expression", ["in the last few days", "for several hours", "three hours", "right now"])
def test_stretches_of_days_or_lengths_of_hours_are_no_day(expression):
    assert resolve_date(expression, FILED) is None


def _dates(nlp, text, published=FILED):
    return [(d.span.text, d.date) for d in find_dates(nlp(text), published)]


@pytest.mark.model
def test_a_broadcasts_past_few_hours_are_found_in_running_text(nlp):
    assert _dates(nlp, "Rebels blew up 12 power pylons in the past few hours, the company said.") == [
        ("in the past few hours", FILED)]


@pytest.mark.model
def test_minutes_ago_in_running_text_is_the_day_of_the_report(nlp):
    assert _dates(nlp, "A bomb exploded outside the mayor's office a few minutes ago, police said.") == [
        ("a few minutes ago", FILED)]


@pytest.mark.model
def test_a_clock_time_after_at_approximately_is_the_day_of_the_report(nlp):
    assert _dates(nlp, "The car bomb went off under the bridge at approximately 1100, killing a guard.") == [
        ("at approximately 1100", FILED)]


@pytest.mark.model
def test_a_weekday_written_with_its_date_is_that_date(nlp):
    found = _dates(nlp, "Regarding the attack on Friday, 15 September at the market, the front says the following.")
    assert found == [("on Friday, 15 September", date(1989, 9, 15))]


@pytest.mark.parametrize("expression,published,expected", [
    ("Sunday, 25 February", date(1990, 2, 22), date(1990, 2, 25)),  # the coming Sunday
    ("Friday, 29 December", date(1990, 1, 5), date(1989, 12, 29)),
    ("Friday, 15 September", FILED, date(1989, 9, 15)),
])
def test_the_weekday_written_with_a_date_says_its_year(expression, published, expected):
    when = resolve_date(expression, published)
    assert when is not None and when.date == expected
