"""The regions a story names (issue 11): a state, the districts and towns of one state pull an
ambiguous name into it; a name is no evidence for its own reading; a list closed by 'counties' is
of counties; a headline before a local paper's dateline is no dateline."""

import pytest

from wirecoder.extract.places import find_places, read_places

pytestmark = pytest.mark.model


def where(doc, **kw) -> dict[str, tuple[str, str | None, str | None]]:
    return {p.mention: (p.kind, p.country_code, p.admin1) for p in find_places(doc, **kw)}


def test_a_named_state_pulls_a_county_of_many_namesakes_into_it(nlp):
    # the biggest Anderson County is South Carolina's; the county's own namesakes are no evidence
    doc = nlp("Ice storms left thousands without power across Kansas on Saturday. Crews in Anderson County "
              "worked through the night, the utility said.")
    assert where(doc)["Anderson County"] == ("admin2", "US", "Kansas")


def test_towns_of_one_state_pull_a_name_of_many_states_into_it(nlp):
    # Gainesville is biggest in Florida; Flowery Branch lies only in Georgia, Hall County in three states
    doc = nlp("Gainesville police said the wreck closed Dawsonville Highway near Flowery Branch. "
              "Hall County deputies directed traffic.")
    places = where(doc, modifiers=True)
    assert places["Gainesville"] == ("city", "US", "Georgia")
    assert places["Hall County"] == ("admin2", "US", "Georgia")


def test_a_country_s_name_that_is_a_state_among_american_places_names_no_country(nlp):
    # 'Georgia' read as the country would make Texas a village of the Caucasus
    doc = nlp("ATLANTA - Georgia lawmakers on Monday approved a bill modeled on one passed in Texas last year.")
    result = read_places(doc, modifiers=True)
    assert {(p.mention, p.kind, p.country_code) for p in result.places} == {
        ("ATLANTA", "city", "US"), ("Georgia", "admin1", "US"), ("Texas", "admin1", "US")}
    assert result.country == "US"


def test_a_list_closed_by_counties_is_of_counties(nlp):
    doc = nlp("Flooding closed roads in Stearns, Benton and Sherburne counties, the state said.")
    places = where(doc)
    assert {places[name] for name in ("Stearns", "Benton", "Sherburne")} == {("admin2", "US", "Minnesota")}


def test_one_name_before_a_plural_region_word_is_no_list(nlp):
    doc = nlp("Officials in the Gulf States met in Riyadh on Sunday.")
    assert "Gulf" not in where(doc, modifiers=True)


def test_a_headline_before_a_local_dateline_is_no_dateline(nlp):
    # 'Man, 34, ... —' is no dateline of a town called Man (Ivory Coast)
    doc = nlp("Man, 34, hurt in crash. Goose Creek — A Goose Creek man was hurt early Sunday when his truck "
              "left the road.")
    result = read_places(doc)
    assert result.country == "US"
    assert {p.country_code for p in result.places} == {"US"}


def test_a_list_of_departments_over_a_line_break_is_of_departments(nlp):
    doc = nlp("Army units clashed with rebels in La\nLibertad, San Vicente and Cabanas departments on Friday.")
    assert {(p.mention.replace("\n", " "), p.kind, p.country_code) for p in find_places(doc)} == {
        ("La Libertad", "admin1", "SV"), ("San Vicente", "admin1", "SV"), ("Cabanas", "admin1", "SV")}


def test_a_region_list_is_read_once_per_doc(nlp):
    from wirecoder.extract.places import _region_list_items

    doc = nlp("Flood warnings were posted for Becker, Clay and Douglas counties after two days of rain.")
    items = _region_list_items(doc)
    assert [doc[s:e].text for s, e in items] == ["Douglas", "Clay", "Becker"]
    assert _region_list_items(doc) is items  # the toponyms and their kinds share one reading


def test_a_region_word_after_a_line_wrap_still_tells_a_region(nlp):
    # wire copy wrapped at a fixed width breaks 'San Miguel department' over two lines
    doc = nlp("Rebels blew up two power pylons on the outskirts of San Vicente\ndepartment early on Tuesday, the army said.")
    assert [(p.name, p.kind, p.country_code) for p in find_places(doc)] == [("San Vicente Department", "admin1", "SV")]


def test_a_plural_region_word_before_a_list_is_of_regions(nlp):
    doc = nlp("Air force planes bombed two villages in the departments of La Paz and Cabanas on Sunday.")
    assert {(p.mention, p.kind) for p in find_places(doc)} == {("La Paz", "admin1"), ("Cabanas", "admin1")}


def test_a_plural_region_word_before_one_name_is_that_place_s_parts(nlp):
    # 'the districts of Lima' are Lima's districts: Lima stays the city
    doc = nlp("Rebels attacked police posts in several districts of Lima on Sunday.")
    assert [(p.name, p.kind) for p in find_places(doc)] == [("Lima", "city")]


def test_a_list_of_regions_wrapped_over_two_lines_is_still_of_regions(nlp):
    doc = nlp("Troops searched villages in the La Paz and Cabanas\ndepartments after the ambush, and in the departments\n"
              "of San Vicente and Cuscatlan.")
    assert {(p.mention, p.kind) for p in find_places(doc)} == {
        ("La Paz", "admin1"), ("Cabanas", "admin1"), ("San Vicente", "admin1"), ("Cuscatlan", "admin1")}
