"""Namesakes (issue 11): a name that is the province's own is the province, a small town abroad
is not what a text about other countries means, and a name split over a line break is one place."""

import pytest

from wirecoder.extract.places import find_places, read_places

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


def test_a_dateline_town_is_the_namesake_in_the_country_the_text_names(nlp):
    # the biggest San Jose is in California; a report whose text speaks of Costa Rican police is
    # filed from Costa Rica's capital
    doc = nlp("San Jose, 12 Mar 90 (ACAN) -- Costa Rican police arrested two men who had smuggled rifles "
              "across the northern border, the security ministry said.")
    result = read_places(doc)
    assert result.places and (result.places[0].name, result.places[0].country_code) == ("San José", "CR")
    assert result.country == "CR"


def test_a_dateline_town_keeps_its_biggest_namesake_when_the_text_names_no_country(nlp):
    doc = nlp("San Jose, 12 Mar 90 (ACAN) -- Police arrested two men who had smuggled rifles into the city.")
    assert read_places(doc).places[0].country_code == "US"


def test_a_place_name_inside_a_persons_name_is_no_place(nlp):
    doc = nlp("San Salvador, 5 Jan 90 (EFE) -- Colonel Marco Tulio Montenegro said that rebels attacked "
              "the town of Suchitoto on Thursday.")
    assert [(p.name, p.country_code) for p in find_places(doc)] == [("San Salvador", "SV"), ("Suchitoto", "SV")]


def test_a_title_before_a_place_name_makes_it_a_surname(nlp):
    doc = nlp("Father Lima said the soldiers had searched the church in Soyapango, El Salvador.")
    assert "PE" not in {p.country_code for p in find_places(doc)}


def test_a_places_own_name_outranks_an_alternate_spelling_abroad(nlp):
    doc = nlp("San Salvador, 29 Jan 90 -- A United States adviser said the colonel in charge of the military zone "
              "in San Miguel agreed with the decision.")
    assert [(p.name, p.country_code) for p in find_places(doc) if p.mention == "San Miguel"] == [("San Miguel", "SV")]


def test_a_name_told_again_stays_in_the_country_first_read(nlp):
    # Cordoba is a province of Colombia and, better known, a city and a province of Argentina
    doc = nlp("Bogota, 3 Aug 90 -- Gunmen killed a union leader in Cordoba department on Monday. "
              "Police in Cordoba said the gunmen fled on motorcycles.")
    places = [(p.mention, p.country_code, p.kind) for p in find_places(doc) if "ordoba" in p.mention]
    assert places == [("Cordoba department", "CO", "admin1"), ("Cordoba", "CO", "admin1")], places


def test_a_province_the_parse_takes_for_an_organisation_locates_its_town(nlp):
    # "San Pablo" is also a city in the Philippines; the department says which
    doc = nlp("Guatemala City, 27 Sep 90 -- A patrolman was shot dead in San Pablo, San Marcos Department, on Sunday.")
    places = {p.mention: (p.name, p.country_code) for p in find_places(doc)}
    assert places.get("San Pablo", (None, None))[1] == "GT", places


def test_an_office_named_like_a_province_is_no_place(nlp):
    doc = nlp("The Justice Department said on Monday that the two suspects were arrested.")
    assert find_places(doc) == []


def test_a_name_told_as_a_region_is_no_famous_city_abroad(nlp):
    # the text calls Santo Domingo a canton: not the Dominican capital, whatever its size
    doc = nlp("San Salvador, 14 Mar 89 -- Rebels abducted the mayor of the Santo Domingo canton on Tuesday, "
              "police in San Salvador said.")
    assert "DO" not in {p.country_code for p in find_places(doc)}


def test_a_famous_city_abroad_told_bare_is_still_that_city(nlp):
    doc = nlp("San Salvador, 14 Mar 89 -- The foreign minister flew to Santo Domingo on Tuesday for the summit.")
    assert ("Santo Domingo", "DO") in {(p.name, p.country_code) for p in find_places(doc)}
