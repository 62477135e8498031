"""Continents and regions beyond one province ('Darfur', 'the Middle East', 'the Caucasus'), which
the gazetteer holds as places of kind 'region' (issue 11); and the seat of an outfit named in a
'-based' compound, which news names by the capital of the name."""

import pytest

from wirecoder.extract.places import find_places

pytestmark = pytest.mark.model


def where(doc, **kw) -> dict[str, tuple[str, str | None]]:
    return {p.mention: (p.kind, p.country_code) for p in find_places(doc, **kw)}


def test_a_region_of_one_country_is_placed_in_it(nlp):
    doc = nlp("Aid convoys reached camps in Darfur on Tuesday after weeks of fighting, the United Nations said.")
    assert where(doc)["Darfur"] == ("region", "SD")


def test_continents_and_regions_of_several_countries_are_places_of_none(nlp):
    doc = nlp("The airline flies cargo from Europe across North America, and hopes to add routes to the Middle East.")
    places = where(doc, modifiers=True)
    assert places["Europe"] == ("region", None)
    assert places["North America"] == ("region", None)
    assert places["Middle East"] == ("region", None)  # not the village in Maryland


def test_a_region_names_no_province_for_the_other_names(nlp):
    # 'Caucasus' read as a region shares no support with any province of its country
    doc = nlp("Volunteers from the North Caucasus crossed into South Ossetia, Georgian officials said.")
    places = where(doc)
    assert places["North Caucasus"] == ("region", "RU")
    assert places["South Ossetia"] == ("region", "GE")


def test_a_washington_based_group_sits_in_the_capital_among_georgia_s_counties(nlp):
    # Washington, Georgia, would win by its state's pull; an outfit's base is the capital
    doc = nlp("School boards in Clarke, Oconee and Barrow counties are rewriting their layoff rules, "
              "Georgia officials said. A Washington-based group that studies teacher pay praised the change.")
    washington = next(p for p in find_places(doc) if p.mention == "Washington")
    assert washington.country_code == "US" and washington.admin1 != "Georgia"
    assert (round(washington.lat), round(washington.lon)) == (39, -77)  # the District of Columbia


def test_a_based_town_with_no_capital_namesake_keeps_the_story_s_region(nlp):
    doc = nlp("Crews in Hall County worked through the night, and a Gainesville-based contractor cleared the roads near "
              "Flowery Branch.")
    gainesville = next(p for p in find_places(doc, modifiers=True) if p.mention == "Gainesville")
    assert gainesville.admin1 == "Georgia"
