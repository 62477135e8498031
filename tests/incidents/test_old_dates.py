"""Issue 11's dates bar: no incident is dated years before its report unless the text says which
year. A date of something else told in the sentence (a period that starts then, the past of a
participant told in a relative clause) does not date the act."""

from datetime import date

import pytest

import wirecoder

pytestmark = pytest.mark.model

PUBLISHED = "1990-03-16"


def _dated(text):
    return [i.date and (i.date.date, i.date.text) for i in wirecoder.extract(text, published=PUBLISHED).incidents]


def test_a_participants_past_in_a_relative_clause_does_not_date_the_act():
    assert _dated("Gunmen shot dead two peasants who came back to the valley late last year.") == [None]
    # beside the act's own day, that day dates it
    text = ("Guerrillas attacked an army patrol today near the camp of refugees who returned to the country "
            "late last year, the army said.")
    assert _dated(text) == [(date(1990, 3, 16), "today")]


def test_an_act_told_in_its_own_relative_clause_keeps_its_date():
    text = "The bombing, which destroyed the bank late last year, was the work of the rebels."
    assert _dated(text) == [(date(1989, 1, 1), "late last year")]


def test_a_period_since_last_year_dates_none_of_the_attacks_in_it():
    text = "Since last year the rebels have carried out over 30 attacks against the oil pipeline."
    assert _dated(text) == [None]


def test_an_act_told_inside_a_relative_clause_keeps_its_date():
    text = "The hotel, which was almost destroyed in a dynamite attack late last year, has reopened."
    assert _dated(text) == [(date(1989, 1, 1), "late last year")]
