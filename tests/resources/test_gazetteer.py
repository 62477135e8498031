"""The bundled gazetteer's capitals: a country's seat of government, for "the capital" of a story, and a province's seat, for "the departmental capital"."""

from wirecoder.resources.gazetteer import open_gazetteer


def test_a_country_has_its_capital_city():
    gaz = open_gazetteer(None)
    lima, bogota = gaz.capital("PE"), gaz.capital("CO")
    assert (lima.name, lima.kind, lima.country_code) == ("Lima", "city", "PE")
    assert (bogota.kind, bogota.country_code) == ("city", "CO") and bogota.population > 5_000_000


def test_an_unknown_country_has_none():
    assert open_gazetteer(None).capital("XX") is None


def test_capitals_are_no_meta_of_the_build():
    assert not any(k.startswith("capital:") for k in open_gazetteer(None).meta)


def _province(gaz, name, cc):
    return next(e for e in gaz.lookup(name) if e.kind == "admin1" and e.country_code == cc)


def test_a_provinces_seat_is_the_town_of_its_name():
    gaz = open_gazetteer(None)
    seat = gaz.seat(_province(gaz, "Chalatenango", "SV").admin1_code)
    assert (seat.name, seat.kind, seat.country_code) == ("Chalatenango", "city", "SV")


def test_a_much_bigger_town_outranks_a_village_of_the_provinces_name():
    # Junín's seat is Huancayo; the village of Junín is a small town of the province
    gaz = open_gazetteer(None)
    assert gaz.seat(_province(gaz, "Junín", "PE").admin1_code).name == "Huancayo"


def test_a_province_with_no_town_of_its_name_has_its_biggest_as_seat():
    gaz = open_gazetteer(None)
    assert gaz.seat(_province(gaz, "Antioquia", "CO").admin1_code).name == "Medellín"
    assert gaz.seat("XX.99") is None


def test_a_region_of_one_country_is_in_it_and_one_of_several_in_none():
    gaz = open_gazetteer(None)
    darfur, caucasus = gaz.lookup("Darfur")[0], gaz.lookup("Caucasus")[0]
    assert (darfur.kind, darfur.country_code) == ("region", "SD")
    assert (caucasus.kind, caucasus.country_code) == ("region", None)


def test_a_region_outranks_a_village_of_its_name():
    # 'Middle East' is also a village in Maryland; 'Africa' an alternate name of a Tunisian town
    gaz = open_gazetteer(None)
    assert [(e.name, e.kind) for e in gaz.lookup("Middle East")][0] == ("Middle East", "region")
    assert gaz.lookup("Africa")[0].kind == "region"


def test_a_demonym_reads_the_same_in_any_case_and_spelling():
    # a plain word is looked up by its lower case, any other by its normal form: the same key
    gaz = open_gazetteer(None)
    assert gaz.demonym_country("Salvadoran") == gaz.demonym_country("SALVADORAN") == gaz.demonym_country("salvadoran") == "SV"
    assert gaz.demonym_country("Peruvian") == gaz.demonym_country("PERUVIAN") == "PE"
    assert gaz.demonym_country("Costa Rican") == gaz.demonym_country("COSTA RICAN") == "CR"
    assert gaz.demonym_country("reported") is None
