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


def test_a_lone_reference_is_placed_where_its_clause_puts_it():
    # "the killings" is the subject of "occurred": La Paz says where they were
    events = _events("La Paz, 12 May 89 (EFE) -- Three students were charged today with the murder of two foreign "
                     "priests. The killings occurred in Cochabamba on 24 April.")
    references = [e for e in events if e.mention == "anaphoric" and e.trigger.text == "killings"]
    assert references and references[0].place is not None and references[0].place.name == "Cochabamba"


def test_a_lone_reference_takes_the_part_of_a_town_its_clause_names():
    events = _events("Lima, 12 May 89 (EFE) -- A bomb destroyed a bank branch early this morning, police said. "
                     "The attack took place in the northern part of Trujillo.")
    assert {e.place.name for e in events if e.place} == {"Trujillo"}


def test_a_place_of_another_clause_is_no_place_of_a_lone_reference():
    # Havana is where the statement was issued, Honduras where the refugees had lived
    statement = _events("In a statement issued in Havana, the university group condemned the murder of the six "
                        "priests.", published="1989-11-20")
    assert statement and all(e.place is None for e in statement)
    camp = _events("The massacre took place at a camp of refugees who had lived in Honduras for years.",
                   published="1989-11-20")
    assert camp and all(e.place is None for e in camp)


def test_a_name_that_modifies_a_unit_is_no_place_of_a_lone_reference():
    events = _events("San Salvador, 12 Nov 89 (AFP) -- Five casualties were inflicted on the Libertad battalion, "
                     "the armed forces said.", published="1989-11-12")
    assert all(e.place is None or e.place.name != "Libertad" for e in events)


def test_the_dateline_town_is_no_place_of_an_act_told_after_it():
    # the report was filed in Bogota; the leader was gunned down in Cordoba department
    events = _events("Bogota, 3 Aug 89 (EFE) -- [Text] Gustavo Rojas, a leader of the Patriotic Union in Cordoba "
                     "department, was gunned down today.", published="1989-08-03")
    placed = {e.place.name for e in events if e.place}
    assert "Bogotá" not in placed
    alone = _events("Bogota, 3 Aug 89 (EFE) -- Unidentified gunmen shot and killed a judge today.", published="1989-08-03")
    assert alone and all(e.place is None for e in alone)


def test_a_place_hung_from_the_first_of_two_coordinated_acts_is_the_second_ones_too():
    # the parse hangs "in Guatemala City" from "disappearance"; the kidnapping was there too
    events = _events("The party condemned the disappearance and kidnapping of its leader Luis Morales in Guatemala "
                     "City on Friday by heavily armed men.", published="1990-01-12")
    kidnappings = [e for e in events if e.trigger.text == "kidnapping"]
    assert kidnappings and kidnappings[0].place is not None and kidnappings[0].place.name == "Guatemala City"


def test_an_act_told_of_a_list_of_towns_happened_in_each():
    events = _events("Rebels attacked army posts in San Miguel, Usulutan, Santa Ana and Chalatenango on Monday.")
    attacks = [e for e in events if e.place is not None]
    assert len(attacks) == 1
    assert [attacks[0].place.name, *(p.name for p in attacks[0].also_at)] == ["San Miguel", "Usulután", "Santa Ana", "Chalatenango"]


def test_a_town_and_its_province_are_no_list():
    events = _events("Rebels attacked an army post in Tarata, Tacna department, and in Juliaca on Monday.",
                     published="1989-10-05")
    assert events and all(not e.also_at for e in events)
    # commas alone join a village to the town it lies in, not two places of a list
    events = _events("Gunmen shot two farmers in Soyapango, San Salvador, on Monday.")
    assert events and all(not e.also_at for e in events)


def test_a_town_that_names_the_victim_or_target_places_the_attack():
    events = _events("Medellin councilman Ana Ruiz was shot dead by gunmen on Monday.")
    assert {e.place.name for e in events if e.place} == {"Medellín"}
    events = _events("Gunmen kidnapped Cali councilman Luis Mora as he left his home on Monday.")
    assert {e.place.name for e in events if e.place} == {"Cali"}


def test_a_town_that_names_the_victim_gives_way_to_where_the_attack_was():
    events = _events("Medellin councilman Ana Ruiz was shot dead in Cali on Monday.")
    assert {e.place.name for e in events if e.place} == {"Cali"}


def test_the_attackers_town_or_the_victims_nation_is_no_place():
    events = _events("Medellin cartel gunmen killed a judge yesterday. The U.S. embassy was bombed last night.")
    assert events and all(e.place is None for e in events)


def test_a_place_noun_a_town_modifies_is_no_victim():
    events = _events("On the night the northern Santa Ana area was being bombed, guerrillas killed two soldiers "
                     "in Chalatenango.")
    assert ("Santa Ana", "bombing") not in {(e.place.name, e.type.value) for e in events if e.place}
