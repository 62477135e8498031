"""The MUC-4 location slot (TASKDOC 7.4): the country of an incident the text places nowhere, the
province only where the text names it with the town, and the kind of settlement the text says."""

from datetime import date

from wirecoder.model import Actor, Event, EventType, Incident, Place, Role, Span
from wirecoder.muc4.keys import parse_templates
from wirecoder.muc4.writer import render_muc4


def _incident(sentence: str, place: Place | None) -> Incident:
    span = Span(start=0, end=len(sentence), text=sentence)
    i = sentence.lower().find("killed")
    event = Event(id="e", type=EventType.ARMED_ASSAULT, trigger=Span(start=i, end=i + 6, text="killed"), evidence=span)
    judge = Actor(role=Role.VICTIM, text="a judge", name="judge", kind="civilian")
    return Incident(id="i", type=EventType.ARMED_ASSAULT, types=[EventType.ARMED_ASSAULT], place=place,
                    actors=[judge], evidence=[span], events=[event])


def _location(incident: Incident, country: str | None = None) -> str:
    rendered = render_muc4("TST1-MUC3-0101", [incident], published=date(1990, 3, 2), country=country)
    fillers = parse_templates(rendered)["TST1-MUC3-0101"].templates[0].slot(3).fillers
    return fillers[0].alternatives[0].text if fillers else "-"


def test_an_unplaced_incident_takes_the_article_country():
    """The country the article is about (``ExtractionResult.country``, an ISO code) as MUC-4 names it."""
    incident = _incident("Unknown gunmen killed a judge as he left his home.", None)
    assert _location(incident) == "-"
    assert _location(incident, country="EC") == "ECUADOR"


def test_the_placed_incidents_country_comes_before_the_article_country():
    placed = _incident("Gunmen killed a judge in Medellin.", Place(name="Medellín", mention="Medellin", kind="city",
                                                                 country="Colombia", country_code="CO", admin1="Antioquia"))
    unplaced = _incident("Unknown gunmen killed a judge as he left his home.", None).model_copy(update={"id": "i2"})
    rendered = render_muc4("TST1-MUC3-0102", [placed, unplaced], published=date(1990, 3, 2), country="EC")
    locations = [t.slot(3).fillers[0].alternatives[0].text for t in parse_templates(rendered)["TST1-MUC3-0102"].templates]
    assert locations == ["COLOMBIA: MEDELLIN (CITY)", "COLOMBIA"]


class TestProvinceAndSettlement:
    def test_the_province_named_right_after_the_town(self):
        place = Place(name="Ayapel", mention="Ayapel", kind="city", country="Colombia", country_code="CO", admin1="Córdoba")
        incident = _incident("Guerrillas killed a rancher in the town of Ayapel, in northern Cordoba.", place)
        assert _location(incident) == "COLOMBIA: CORDOBA (DEPARTMENT): AYAPEL (TOWN)"

    def test_a_province_named_elsewhere_in_the_sentence_is_left_out(self):
        place = Place(name="Medellín", mention="Medellin", kind="city", country="Colombia", country_code="CO", admin1="Antioquia")
        incident = _incident("Two Antioquia police officers were killed in Medellin on Monday.", place)
        assert _location(incident) == "COLOMBIA: MEDELLIN (CITY)"

    def test_a_province_the_text_calls_one(self):
        place = Place(name="Tingo María", mention="Tingo Maria", kind="city", country="Peru", country_code="PE", admin1="Huánuco")
        incident = _incident("In Huanuco department, rebels killed the mayor of Tingo Maria.", place)
        assert _location(incident) == "PERU: HUANUCO (DEPARTMENT): TINGO MARIA (CITY)"

    def test_a_municipality(self):
        place = Place(name="Yarumal", mention="Yarumal", kind="city", country="Colombia", country_code="CO", admin1="Antioquia")
        incident = _incident("Gunmen killed four peasants in Yarumal municipality.", place)
        assert _location(incident) == "COLOMBIA: YARUMAL (MUNICIPALITY)"


class TestNeighbourhood:
    """A quarter of the town the incident's sentences name goes after the town (the keys'
    "SAN SALVADOR (CITY): ESCALON (NEIGHBORHOOD)"); a wrong one would cost the town's full credit."""

    LIMA = Place(name="Lima", mention="Lima", kind="city", country="Peru", country_code="PE", admin1="Lima")

    def test_the_quarter_before_the_word(self):
        incident = _incident("Gunmen killed a judge in the Surquillo neighborhood of Lima on Friday.", self.LIMA)
        assert _location(incident) == "PERU: LIMA (CITY): SURQUILLO (NEIGHBORHOOD)"

    def test_the_quarter_after_the_word(self):
        incident = _incident("Gunmen killed a judge in the barrio of Villa Maria del Triunfo, in Lima.", self.LIMA)
        assert _location(incident) == "PERU: LIMA (CITY): VILLA MARIA DEL TRIUNFO (NEIGHBORHOOD)"

    def test_a_list_of_quarters_adds_none(self):
        incident = _incident("Rebels killed a judge in Lima as fighting spread to the Rimac, Brena and Surquillo neighborhoods.",
                             self.LIMA)
        assert _location(incident) == "PERU: LIMA (CITY)"

    def test_two_quarters_add_none(self):
        incident = _incident("Gunmen killed a judge in the Surquillo neighborhood and a guard in the Rimac neighborhood of Lima.",
                             self.LIMA)
        assert _location(incident) == "PERU: LIMA (CITY)"

    def test_the_towns_own_name_is_no_quarter(self):
        incident = _incident("Gunmen killed a judge in a Lima neighborhood.", self.LIMA)
        assert _location(incident) == "PERU: LIMA (CITY)"

    def test_a_country_takes_no_quarter(self):
        peru = Place(name="Peru", mention="Peru", kind="country", country="Peru", country_code="PE")
        incident = _incident("Gunmen killed a judge in the Surquillo neighborhood.", peru)
        assert _location(incident) == "PERU"


class TestSite:
    """A named airport or university the incident's sentences put it at goes after the town, as the
    location set list holds them (TASKDOC set-list-location: "airports, jails, schools and
    universities"); a site told by a general word, a nationality or its town names none."""

    CALI = Place(name="Cali", mention="Cali", kind="city", country="Colombia", country_code="CO", admin1="Valle del Cauca")

    def test_a_named_airport(self):
        incident = _incident("Gunmen killed a judge at the Alfonso Bonilla Aragon airport in Cali on Friday.", self.CALI)
        assert _location(incident) == "COLOMBIA: CALI (CITY): ALFONSO BONILLA ARAGON AIRPORT (AIRPORT)"

    def test_an_airport_named_after_its_town(self):
        incident = _incident("A sniper killed a judge at Cali airport on Friday.", self.CALI)
        assert _location(incident) == "COLOMBIA: CALI (CITY): CALI AIRPORT (AIRPORT)"

    def test_the_town_that_owns_it_is_no_part_of_its_name(self):
        incident = _incident("A sniper killed a judge at Cali's Alfonso Bonilla Aragon airport.", self.CALI)
        assert _location(incident) == "COLOMBIA: CALI (CITY): ALFONSO BONILLA ARAGON AIRPORT (AIRPORT)"

    def test_a_university_named_after_of(self):
        incident = _incident("Soldiers killed a student at the University of the Valley in Cali.", self.CALI)
        assert _location(incident) == "COLOMBIA: CALI (CITY)"  # 'the Valley' starts with no capital: no name
        incident = _incident("Soldiers killed a student at the University of Santiago de Cali.", self.CALI)
        assert _location(incident) == "COLOMBIA: CALI (CITY): UNIVERSITY OF SANTIAGO DE CALI (UNIVERSITY)"

    def test_a_site_told_by_a_general_word_a_nationality_or_its_town_names_none(self):
        for sentence in ("A sniper killed a judge at the local airport.",
                         "Soldiers killed a student at a Colombian university.",
                         "A bomb killed a guard at the airport of Cali."):
            assert _location(_incident(sentence, self.CALI)) == "COLOMBIA: CALI (CITY)"

    def test_two_sites_add_none(self):
        incident = _incident("Gunmen killed a judge at Cali airport and a dean at the Javeriana University.", self.CALI)
        assert _location(incident) == "COLOMBIA: CALI (CITY)"


def test_a_region_of_several_countries_is_no_location_and_the_article_country_stands():
    # the keys name no continent nor 'Central America': the article's country stands in
    place = Place(name="Central America", mention="Central America", kind="region", lat=13.5, lon=-86.0)
    incident = _incident("Rebels killed a judge, the worst attack in Central America this year.", place)
    assert _location(incident) == "-"
    assert _location(incident, country="SV") == "EL SALVADOR"
