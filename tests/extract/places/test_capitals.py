"""'the capital', 'the Salvadoran capital', 'the capital of Peru': the capital of the country a
story is about, from the gazetteer; a province's capital or a named one is not that."""

import pytest

import wirecoder
from wirecoder.extract.places import find_places
from wirecoder.nlp import parse

pytestmark = pytest.mark.model


def _places(text):
    coder = wirecoder.Coder()
    article = coder.make_article(text, published="1990-01-05")
    doc = parse(article, truecase_threshold=coder.config.truecase_threshold)
    return [(p.name, p.country_code, p.mention, p.vicinity) for p in find_places(doc)]


def test_the_capital_of_the_dateline_country():
    places = _places("Lima, 4 Jan 90 -- A car bomb exploded in the capital on Thursday, police said.")
    assert ("Lima", "PE", "capital", False) in places


def test_a_nationality_says_whose_capital():
    places = _places("Guerrillas attacked a police post on the outskirts of the Colombian capital on Monday.")
    assert len(places) == 1 and places[0][1] == "CO" and places[0][3] is True  # near it, not in it


def test_the_capital_of_a_named_country():
    assert ("Lima", "PE", "capital", False) in _places("A car bomb went off in the capital of Peru, killing three people.")


def test_a_dateline_outweighs_a_country_named_as_often():
    text = ("Santiago, 15 May 90 -- Six bombs exploded in the capital during the night, Chilean police said. "
            "The United States embassy condemned the attacks.")
    assert ("Santiago", "CL", "capital", False) in _places(text)


def test_a_story_told_from_abroad_is_about_the_country_it_names_most():
    text = ("Mexico City, 22 Sep 89 -- Several bombs have exploded in the capital in recent months, Guatemalan "
            "students said. Guatemala's government blamed the rebels; Guatemala's army denied a role.")
    assert ("Guatemala City", "GT", "capital", False) in _places(text)


@pytest.mark.parametrize("text", [
    # the department is named after the capital: which department the text means is not yet told
    "Rebels seized the departmental capital on Friday in Chalatenango department, El Salvador.",
    "The government abolished capital punishment in El Salvador.",
])
def test_no_capital_where_the_text_means_none(text):
    assert not [p for p in _places(text) if p[2] and "capital" in p[2].lower()]


@pytest.mark.parametrize("text", [
    "Two soldiers were killed in the capital of Chalatenango department, El Salvador.",
    "Fighting went on in Chalatenango department, El Salvador, and rebels entered the departmental capital on Friday.",
])
def test_a_provinces_capital_is_its_seat_not_the_countrys(text):
    capitals = [p for p in _places(text) if p[2] and "capital" in p[2].lower()]
    assert [(name, cc) for name, cc, _, _ in capitals] == [("Chalatenango", "SV")]


def test_a_province_before_its_capital_is_part_of_the_capitals_name():
    places = _places("A car bomb exploded in Antioquia's capital on Tuesday, Colombian police said.")
    assert [(name, cc, mention) for name, cc, mention, _ in places] == [("Medellín", "CO", "Antioquia's capital")]


def test_a_capital_after_the_town_it_describes_is_that_town():
    places = _places("Troops clashed with rebels in San Miguel, the departmental capital, El Salvador, on Sunday.")
    assert [name for name, *_ in places if name != "El Salvador"] == ["San Miguel"]


def test_the_countrys_capital():
    places = _places("Lima, 4 Jan 90 -- Rebels set off bombs in the country's capital on Thursday, police said.")
    assert ("Lima", "PE", "country's capital", False) in places


def test_a_named_capital_is_its_name():
    assert _places("Russian missiles hit the capital Kyiv overnight.") == [("Kyiv", "UA", "Kyiv", False)]
