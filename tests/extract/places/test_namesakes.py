"""Namesakes (issue 11): a name that is the province's own is the province, a small town abroad
is not what a text about other countries means, and a name split over a line break is one place."""

import pytest

from wirecoder.extract.places import find_places

pytestmark = pytest.mark.model


def test_a_province_named_again_is_still_the_province(nlp):
    # GeoNames also calls the town of Santa Fe de Antioquia "Antioquia"; once the province is named,
    # its towns gain weight, but not the one that only shares the province's own name
    doc = nlp("Gunmen killed two policemen in Antioquia department on Monday. "
              "Police in Antioquia said the gunmen escaped into the hills.")
    places = [(p.mention, p.name, p.kind) for p in find_places(doc)]
    assert places and all(kind == "admin1" and name == "Antioquia" for _, name, kind in places), places


def test_a_small_town_abroad_is_not_chosen(nlp):
    # the only Normandia the gazetteer holds is a town in Brazil, a country the text never names
    doc = nlp("Police in Bogota, Colombia, said a bomb exploded in Normandia on Monday.")
    assert [p.country_code for p in find_places(doc)] == ["CO", "CO"]


def test_a_well_known_city_abroad_is_still_found(nlp):
    doc = nlp("Police in Bogota, Colombia, said the suspect had fled to Miami.")
    assert {p.name: p.country_code for p in find_places(doc)}["Miami"] == "US"


def test_a_name_over_a_line_break_is_one_place(nlp):
    doc = nlp("Guerrillas attacked a police post in San\nSalvador, El Salvador, on Friday.")
    assert [(p.name, p.country_code) for p in find_places(doc)] == [("San Salvador", "SV"), ("El Salvador", "SV")]
