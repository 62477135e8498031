"""Names that are not where anything happened (issue 11): a surname after a given name over a line
break or a particle, a street or a square named after a town, a town inside a longer name the
gazetteer lacks, a body of a country ('the U.S. Congress'); and datelines that name a state by a
former or short name ('MOSCOW (USSR)')."""

import pytest

from wirecoder.extract.places import find_places, read_places

pytestmark = pytest.mark.model


def names(doc) -> list[str]:
    return [p.name for p in find_places(doc)]


def test_a_surname_after_a_line_break_is_no_place(nlp):
    doc = nlp("Gunmen shot at the car of Attorney General Roberto Garcia\nAlvarado in the capital on Friday.")
    assert "Alvarado" not in names(doc)


def test_a_surname_after_a_particle_is_no_place(nlp):
    doc = nlp("Unidentified men killed Angela De\nGuerrero, the wife of a colonel, in Bogota on Monday.")
    assert names(doc) == ["Bogotá"]
    doc = nlp("Acting foreign minister Paulo Tarso Flecha de Lima said the two engineers were safe.")
    assert names(doc) == []


def test_a_lower_cased_title_before_a_surname_makes_it_no_place(nlp):
    # all-capitals copy is truecased with its titles in lower case
    doc = nlp("The rebels said colonel Valencia had ordered the raid on the village.")
    assert "Valencia" not in names(doc)


def test_a_given_name_before_a_surname_is_no_place(nlp):
    doc = nlp("The statement was signed by commanders Salvador Samayoa and Joaquin Villalobos in Mexico City.")
    assert names(doc) == ["Mexico City"]


def test_a_street_named_after_a_town_is_no_town(nlp):
    doc = nlp("A bomb exploded on San Antonio\nAbad Street in San Salvador, El Salvador, on Monday.")
    assert [(p.name, p.country_code) for p in find_places(doc)] == [("San Salvador", "SV"), ("El Salvador", "SV")]


def test_an_avenue_named_after_a_place_is_no_place(nlp):
    doc = nlp("A car bomb exploded on Avenida Valencia in Bogota, Colombia.")
    assert names(doc) == ["Bogotá", "Colombia"]


def test_a_street_of_a_town_in_lower_case_is_in_the_town(nlp):
    doc = nlp("A bomb exploded inside a tourist bus on a downtown Lima avenue on Monday.")
    assert names(doc) == ["Lima"]


def test_a_town_inside_a_longer_name_is_not_its_namesake_abroad(nlp):
    # the gazetteer knows Uman (Ukraine) and Umán (Mexico), not the Guatemalan border town
    doc = nlp("Guatemala City, 27 Sep 89 (ACAN) -- Armed men kidnapped three Europeans in tecun Uman last night "
              "near the border with Mexico.")
    result = read_places(doc)
    assert [p.name for p in result.places] == ["Guatemala City", "Mexico"]
    assert result.country == "GT"


def test_a_body_of_a_country_is_no_town(nlp):
    # GeoNames has small towns called Congress and Convoy in the United States
    doc = nlp("The guerrillas will not be swayed by the debates that begin in the U.S. Congress on the fate of military aid.")
    assert "Congress" not in names(doc)


def test_the_republic_of_a_country_is_the_country(nlp):
    doc = nlp("A bomb damaged the diplomatic representation of the people's republic of China in Lima.")
    assert [(p.name, p.kind) for p in find_places(doc)] == [("China", "country"), ("Lima", "city")]


def test_a_dateline_that_names_a_former_state_places_its_town_there(nlp):
    # without its country, the dateline's Moscow could be the town in Idaho, as the text names the
    # United States
    doc = nlp("Moscow (USSR), 28 Aug 89 (TASS) -- The United States and Chile signed a trade accord.")
    result = read_places(doc)
    assert (result.places[0].name, result.places[0].country_code) == ("Moscow", "RU")
    assert result.country == "RU"


def test_a_small_town_abroad_does_not_move_the_dateline(nlp):
    # the gazetteer's only Villa El Salvador is a village in Argentina, where there is also a Lima
    doc = nlp("Lima, 7 May 89 (EFE) -- Three men shot a deputy in front of his drugstore in Villa El Salvador, "
              "a district of the capital.")
    result = read_places(doc)
    assert result.country == "PE"
    assert [(p.name, p.country_code) for p in result.places][:1] == [("Lima", "PE")]


def test_a_region_of_the_country_is_not_its_namesake_abroad(nlp):
    # the gazetteer's Northern Region is Uganda's; the country here is the dateline's
    doc = nlp("Managua, 3 Mar 90 (radio Sandino) -- Residents of the country's Northern Region have reported new "
              "infiltrations.")
    assert [p.country_code for p in find_places(doc)] == ["NI"]


def test_a_place_in_the_country_is_its_namesake_there(nlp):
    doc = nlp("Bogota, 4 Apr 90 (EFE) -- According to the DAS, Cordoba, in the country's northeast, is where five "
              "guerrilla groups operate.")
    assert [(p.name, p.country_code) for p in find_places(doc)] == [("Bogotá", "CO"), ("Córdoba", "CO")]


def test_a_word_for_a_kind_of_place_is_no_place(nlp):
    # GeoNames calls Guangzhou 'Canton' and Cologne 'Colonia'
    doc = nlp("San Salvador, 3 Mar 90 -- Troops clashed with rebels in the area of sabanetas canton. "
              "The attack took place on bernal avenue in Colonia miramontes.")
    assert names(doc) == ["San Salvador"]


def test_a_small_town_abroad_whose_country_is_named_far_off_is_a_village_at_home(nlp):
    # the gazetteer has a San Ramón in Mexico only; Mexico is named, but paragraphs away
    doc = nlp("San Salvador, 20 Mar 89 -- Did the army suffer casualties during the incidents in San Ramon? Ponce "
              "said two soldiers were wounded in El Salvador's north. Salvadoran troops searched the area. "
              "Later the rebels' spokesman in Mexico City said they would not attack the polls.")
    # placed in the country, under its own name
    assert [(p.mention, p.name, p.country_code) for p in find_places(doc)][:2] == [
        ("San Salvador", "San Salvador", "SV"), ("San Ramon", "San Ramon", "SV")]


def test_the_home_country_is_read_again_only_after_a_village_is_placed_at_home(nlp, monkeypatch):
    import importlib

    places = importlib.import_module("wirecoder.extract.places")
    calls: list[str | None] = []
    home_country = places._home_country
    monkeypatch.setattr(places, "_home_country", lambda *args: calls.append(home_country(*args)) or calls[-1])
    village = nlp("San Salvador, 20 Mar 89 -- Did the army suffer casualties during the incidents in San Ramon? "
                  "Later the rebels' spokesman in Mexico City said they would not attack the polls.")
    assert read_places(village).country == "SV" and calls == ["SV", "SV"]
    calls.clear()
    town = nlp("San Salvador, 20 Mar 89 -- Rebels attacked an army post in Usulutan on Sunday.")
    assert read_places(town).country == "SV" and calls == ["SV"]


def test_a_small_town_abroad_whose_country_is_named_with_it_keeps_its_place(nlp):
    doc = nlp("Bogota, 20 Mar 89 -- Police in Mexico said the drugs were found 30 KM northeast of the city of Jimenez.")
    assert ("Jimenez", "MX") in [(p.mention, p.country_code) for p in find_places(doc)]


def test_a_surname_told_again_is_the_person_again(nlp):
    doc = nlp("Bogota, 18 Aug 89 (EFE) -- Superior criminal court judge Carlos Valencia Garcia died after he was "
              "shot. At the time of his murder, Valencia was investigating the cartel.")
    assert names(doc) == ["Bogotá"]


def test_a_town_told_twice_stays_a_town(nlp):
    doc = nlp("Rebels attacked the town of Valencia on Monday. Valencia was quiet on Tuesday.")
    assert names(doc) == ["Valencia", "Valencia"]


def test_a_country_after_and_or_a_town_after_of_is_still_a_place(nlp):
    doc = nlp("Calderon Sol asked the governments of El Salvador and Guatemala to investigate the killing of "
              "Miguel Rodolfo Aguilar Flores of Tegucigalpa.")
    assert names(doc) == ["El Salvador", "Guatemala", "Tegucigalpa"]


def test_a_place_after_a_signature_is_still_a_place(nlp):
    doc = nlp("Commanders Eduardo Sancho and Joaquin Villalobos\n\n                El Salvador, 14 November 1989")
    assert names(doc) == ["El Salvador"]
