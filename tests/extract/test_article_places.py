"""extract/article.py: a domestic report's 'here' and 'this capital' place the act they hang from
in the dateline's town (extract/places/here.py)."""

import pytest

import wirecoder

pytestmark = pytest.mark.model


def _events(text, published="1989-05-12"):
    return wirecoder.extract(text, published=published).events


def test_here_in_a_domestic_report_is_its_dateline_town():
    events = _events("La Paz, 12 May 89 (EFE) -- Two bombs exploded here this morning at the entrance of a bank, "
                     "wounding three people.")
    placed = [e.place for e in events if e.place is not None]
    assert placed and {(p.name, p.country_code) for p in placed} == {("La Paz", "BO")}


def test_this_capital_in_a_domestic_report_is_its_dateline_town():
    events = _events("La Paz, 12 May 89 (EFE) -- Unidentified gunmen kidnapped a businessman in this capital last night.")
    assert {(e.place.name, e.place.mention) for e in events if e.place} == {("La Paz", "this capital")}


def test_where_it_was_reported_is_not_where_it_happened():
    events = _events("La Paz, 12 May 89 (EFE) -- It was reported in this capital today that heavily armed men "
                     "kidnapped a coffee grower.")
    assert events and all(e.place is None for e in events)


def test_a_here_no_act_hangs_from_places_none():
    events = _events("La Paz, 12 May 89 (EFE) -- The rebels want to show that they still hold a strong position here, "
                     "the minister said after guerrillas killed two guards.")
    assert events and all(e.place is None for e in events)


def test_here_before_the_place_it_means_is_that_place():
    events = _events("Tegucigalpa, 9 Jun 89 (EFE) -- Two peasants were murdered here in San Pedro Sula on Sunday.")
    assert {e.place.name for e in events if e.place} == {"San Pedro Sula"}


def test_a_region_of_several_countries_places_no_act_but_one_of_a_country_does():
    # the Middle East says no where of the bombing; Darfur, a region of Sudan, does
    wide = _events("A car bomb killed six people on Monday, the deadliest attack in the Middle East this month, "
                   "officials said.", published="2009-03-10")
    assert wide and all(e.place is None for e in wide)
    darfur = _events("Gunmen killed four aid workers in Darfur on Monday, the United Nations said.", published="2009-03-10")
    assert {(e.place.name, e.place.kind, e.place.country_code) for e in darfur if e.place} == {("Darfur", "region", "SD")}
