"""Places the gazetteer lacks and capitals in datelines (issue 11). A village the text places (in
the country a report is filed from, or with its province after it) keeps its own name at the
coordinates of where it lies, as a coder writes 'San Ramon, El Salvador'; a dateline that names a
country's capital is that capital even when the text names another country that has a small
namesake of it."""

import pytest

from wirecoder.extract.places import find_places, read_places

pytestmark = pytest.mark.model


def _place(places, mention):
    return next(p for p in places if " ".join(p.mention.split()) == mention)


def test_a_village_at_home_keeps_its_name_at_the_countrys_precision(nlp):
    # the gazetteer's La Laguna are towns in Spain and Mexico, which the text never names
    doc = nlp("San Salvador, 14 Feb 90 -- Soldiers burned six houses in La Laguna on Sunday, the archbishop's "
              "legal aid office said.")
    laguna = _place(find_places(doc), "La Laguna")
    assert (laguna.name, laguna.kind, laguna.country_code, laguna.precision) == ("La Laguna", "city", "SV", 3)
    assert laguna.geonames_id is None and laguna.admin1 is None


def test_a_village_in_its_province_keeps_its_name_at_the_provinces_place(nlp):
    doc = nlp("Troops clashed with rebels in Piedra Labrada, Chalatenango, El Salvador, on Monday.")
    village = _place(find_places(doc), "Piedra Labrada")
    assert (village.name, village.kind, village.country_code) == ("Piedra Labrada", "city", "SV")
    assert village.admin1 is not None and "Chalatenango" in village.admin1 and village.precision == 3


def test_a_village_told_again_bare_is_the_same_village(nlp):
    doc = nlp("Troops clashed with rebels in Piedra Labrada, Chalatenango, El Salvador, on Monday. "
              "Two soldiers were killed in Piedra Labrada.")
    found = [(p.name, p.country_code) for p in find_places(doc) if "Piedra" in p.mention]
    assert found == [("Piedra Labrada", "SV"), ("Piedra Labrada", "SV")], found


def test_a_district_the_gazetteer_lacks_is_not_made_a_village(nlp):
    # told as a district, the name is no town: it is placed at its province, as before
    doc = nlp("Troops clashed with rebels in La Laguna district, Chalatenango, El Salvador, on Monday.")
    district = _place(find_places(doc), "La Laguna district")
    assert district.kind == "admin1" and district.country_code == "SV" and "Chalatenango" in district.name


class TestDatelineCapital:
    def test_a_capital_in_the_dateline_is_not_a_namesake_in_a_country_the_text_names(self, nlp):
        # GeoNames has a Bogota in New Jersey; the text names the United States but not Colombia
        doc = nlp("Bogota, 9 Sep 89 (AFP) -- Gunmen killed a judge in Cordoba department on Friday, a week after the "
                  "United States offered the police new helicopters. United States officials condemned the killing.")
        result = read_places(doc)
        assert (result.places[0].name, result.places[0].country_code) == ("Bogotá", "CO")
        assert result.country == "CO"


class TestNoVillageFromAPartOfAName:
    """The parse often tags one word of a longer name; that word is no village of its own, and the place
    stays where its container is."""

    def test_the_last_word_after_a_particle(self, nlp):
        doc = nlp("Guerrillas attacked a post in Corral de las Piedras, Chalatenango, El Salvador, on Monday.")
        piedras = _place(find_places(doc), "Piedras")
        assert piedras.name != "Piedras" and piedras.country_code == "SV"

    def test_a_word_after_one_the_truecaser_left_in_lower_case(self, nlp):
        doc = nlp("Gunmen shot two peasants in a rural area of tierra Alta, Cordoba, Colombia.")
        alta = _place(find_places(doc), "Alta")
        assert alta.name != "Alta" and alta.country_code == "CO"

    def test_a_quarter_is_no_village(self, nlp):
        # the MUC-4 keys and a coder put a quarter after its town: no town of its own is made of it
        doc = nlp("San Salvador, 14 Feb 90 -- Rebels burned three houses in La Laguna, a poor neighborhood, on Sunday.")
        laguna = _place(find_places(doc), "La Laguna")
        assert laguna.name != "La Laguna" and laguna.country_code == "SV"

    def test_a_street_is_no_village(self, nlp):
        doc = nlp("San Salvador, 14 Feb 90 -- Other bombs exploded on La Laguna and Alameda streets, police said.")
        assert "La Laguna" not in {p.name for p in find_places(doc)}
