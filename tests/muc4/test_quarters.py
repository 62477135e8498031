"""The neighbourhood the MUC-4 location slot adds after the town: read whatever its case (the
truecaser leaves a quarter it does not know in lower case), past the determiners and adjectives
before it, and never from general words."""

from datetime import date

import pytest

from wirecoder.model import Actor, Event, EventType, Incident, Place, Role, Span
from wirecoder.muc4.keys import parse_templates
from wirecoder.muc4.writer import render_muc4

SAN_SALVADOR = Place(name="San Salvador", mention="San Salvador", kind="city", country="El Salvador",
                     country_code="SV", admin1="San Salvador")


def _location(sentence: str) -> str:
    span = Span(start=0, end=len(sentence), text=sentence)
    i = sentence.lower().find("killed")
    event = Event(id="e", type=EventType.ARMED_ASSAULT, trigger=Span(start=i, end=i + 6, text="killed"), evidence=span)
    judge = Actor(role=Role.VICTIM, text="a judge", name="judge", kind="civilian")
    incident = Incident(id="i", type=EventType.ARMED_ASSAULT, types=[EventType.ARMED_ASSAULT], place=SAN_SALVADOR,
                        actors=[judge], evidence=[span], events=[event])
    rendered = render_muc4("TST1-MUC3-0101", [incident], published=date(1990, 3, 2))
    return parse_templates(rendered)["TST1-MUC3-0101"].templates[0].slot(3).fillers[0].alternatives[0].text


@pytest.mark.parametrize(("sentence", "quarter"), [
    ("Gunmen killed a judge in the escalon neighborhood of San Salvador last night.", "ESCALON"),
    ("Gunmen killed a judge at his home in the exclusive Escalon neighborhood.", "ESCALON"),
    ("Gunmen killed a judge in the densely populated zacamil neighborhood.", "ZACAMIL"),
    ("Gunmen killed a judge in the bosques del rio neighborhood, police said.", "BOSQUES DEL RIO"),
    ("Gunmen killed a judge outside his house in the Don Bosco residential neighborhood.", "DON BOSCO"),
    ("Gunmen killed a judge in a parking lot in the residential neighborhood of san isidro.", "SAN ISIDRO"),
    ("Gunmen killed a judge in the neighborhood of zacamil in the north of the city.", "ZACAMIL"),
])
def test_a_quarter_is_read_in_lower_case_and_past_its_adjectives(sentence, quarter):
    assert _location(sentence) == f"EL SALVADOR: SAN SALVADOR (CITY): {quarter} (NEIGHBORHOOD)"


@pytest.mark.parametrize("sentence", [
    "Gunmen killed a judge in a poor neighborhood of San Salvador.",
    "Gunmen killed a judge in the same neighborhood an hour later.",
    "Gunmen killed a judge in the neighborhood of western San Salvador.",
    "Gunmen killed a judge in the neighborhood of the cathedral.",
    "Gunmen killed a judge as he walked through his neighborhood.",
    "Gunmen killed a judge in the escalon and san benito neighborhoods.",
    "Gunmen killed a judge in the Escalon neighborhood; a bomb went off in the Miramonte neighborhood.",
])
def test_general_words_lists_and_two_quarters_name_no_quarter(sentence):
    assert _location(sentence) == "EL SALVADOR: SAN SALVADOR (CITY)"
