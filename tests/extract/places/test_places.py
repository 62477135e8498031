"""Places: names resolved from the bundled gazetteer, and toponyms found and geocoded in parsed
sentences. The gazetteer is built by ``make install``; the parse needs the spaCy model."""

import math

import pytest

from wirecoder.extract.places import find_places, geocode
from wirecoder.resources.names import is_latin_name, normalise_name


def km(place, lat, lon):
    p1, p2 = math.radians(place.lat), math.radians(lat)
    dp, dl = p2 - p1, math.radians(lon - place.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    "raw,norm",
    [("Rostov-on-Don", "rostov on don"), ("St. Petersburg", "st petersburg"), ("Kyïv", "kyiv"), ("  Gaza   City ", "gaza city")],
)
def test_normalise_name(raw, norm):
    assert normalise_name(raw) == norm


def test_latin_names_only():
    assert is_latin_name("Rostov-na-Donu") and is_latin_name("Bogotá")
    assert not is_latin_name("Ростов-на-Дону") and not is_latin_name("123")


@pytest.mark.parametrize(
    "name,kind,cc,lat,lon,within",
    [
        ("Rostov", "city", "RU", 47.23, 39.72, 25),  # only an alternate name of Rostov-on-Don
        ("Kiev", "city", "UA", 50.45, 30.52, 25),  # the old spelling
        ("Kyiv", "city", "UA", 50.45, 30.52, 25),
        ("Bishkek", "city", "KG", 42.87, 74.59, 25),
        ("Rostov region", "admin1", "RU", 47.5, 40.5, 250),
        ("Donetsk Oblast", "admin1", "UA", 48.0, 37.8, 150),
        ("Tajikistan", "country", "TJ", 39.0, 71.0, 300),
        ("Idlib", "city", "SY", 35.93, 36.63, 25),  # the city, not the governorate of the same name
    ],
)
def test_geocode(name, kind, cc, lat, lon, within):
    place = geocode(name)
    assert place is not None, name
    assert (place.kind, place.country_code) == (kind, cc)
    assert km(place, lat, lon) <= within


def test_country_hint_chooses_among_namesakes():
    assert geocode("Alexandria", "US").country_code == "US"
    assert geocode("Alexandria").country_code == "EG"  # the biggest Alexandria without a hint


def test_unknown_name():
    assert geocode("Crocus City Hall") is None


@pytest.mark.model
class TestFindPlaces:
    def test_seed_sentences(self, nlp):
        doc = nlp("Russian special forces stormed a detention center in the city of Rostov on Sunday, "
                  "while the prison in the Rostov region stayed closed.")
        places = find_places(doc)
        by_mention = {p.mention: p for p in places}
        assert by_mention["Rostov"].name == "Rostov-on-Don"
        assert by_mention["Rostov region"].kind == "admin1"
        for p in places:
            assert doc.text[p.span.start:p.span.end] == p.span.text

    def test_container_after_comma(self, nlp):
        doc = nlp("A gunman opened fire at a church in Alexandria, Louisiana, on Sunday.")
        alexandria = next(p for p in find_places(doc) if p.mention == "Alexandria")
        assert alexandria.country_code == "US" and alexandria.admin1 == "Louisiana"

    def test_document_context_picks_the_country(self, nlp):
        doc = nlp("Police in Nigeria said gunmen attacked a market in Maiduguri. "
                  "The attackers fled towards Damaturu.")
        assert {p.country_code for p in find_places(doc)} == {"NG"}

    def test_venues_are_not_geocoded(self, nlp):
        doc = nlp('Gunmen opened fire inside the "Crocus City Hall" near Moscow.')
        assert [p.name for p in find_places(doc)] == ["Moscow"]


@pytest.mark.model
def test_towns_the_ner_mislabels_are_found_by_their_position(nlp):
    doc = nlp("Two soldiers were killed when their vehicle hit a roadside bomb near Gwoza on Wednesday. "
              "Gunmen attacked a village in Chibok local government area of Borno State.")
    names = {p.name: p for p in find_places(doc)}
    assert {"Gwoza", "Chibok", "Borno State"} <= set(names)
    assert names["Gwoza"].country_code == "NG"


@pytest.mark.model
def test_the_object_of_a_strike_is_a_place(nlp):
    doc = nlp("Troops shelled Donetsk overnight.")
    assert [(p.name, p.country_code) for p in find_places(doc)] == [("Donetsk", "UA")]
