"""Deaths without violence (crashes, fires, storms, epidemics, culled animals) and acts told as
what a court tries are no incidents; the same words beside an act of violence still are."""

import pytest

import wirecoder
from wirecoder.incidents import attack_types

pytestmark = pytest.mark.model


def _violent(text, published="2024-03-20"):
    result = wirecoder.extract(text, published=published)
    return [i for i in result.incidents if i.type in attack_types()]


@pytest.mark.parametrize("text", [
    "A 19-year-old man was killed in a fiery crash on Highway 20 early Sunday.",
    "Rollover near Brandon injures Albany driver.",
    "Seven people were killed when a tram derailed in Croydon on Wednesday.",
    "Four people died in a stampede at a nightclub in Lagos on Saturday.",
    "The H5N1 virus has killed two more women in the Nile Delta this week.",
    "Inspectors found roughly 4,000 dead wild birds along the lake shore.",
    "A house fire killed an 84-year-old man in Scottdale overnight.",
    "Two climbers died in an avalanche on the north face on Tuesday.",
    "A man died of a heart attack while shovelling snow, officials said.",
    "Anglers are angry as sewage kills fish stocks in the river.",
])
def test_a_death_by_mishap_is_no_incident(text):
    assert _violent(text) == []


@pytest.mark.parametrize("text", [
    "The council is accused as sewage kills fish stocks in the river.",
    "The ministry was blamed after the virus killed dozens of birds on the farm.",
])
def test_blame_for_a_mishap_is_no_accusation(text):
    assert wirecoder.extract(text, published="2024-03-20").incidents == []


def test_blame_for_a_killing_is_an_accusation():
    types = {i.type.value for i in wirecoder.extract("Villagers accused the army of killing three farmers.",
                                                      published="2024-03-20").incidents}
    assert "accusation" in types


def test_an_article_about_a_crash_tells_its_injuries_without_violence():
    text = ("A pickup truck overturned on Route 9 near Marlow on Monday. The driver was taken to hospital with "
            "serious injuries. A passenger was treated at the scene. No other injuries were reported.")
    assert _violent(text) == []


@pytest.mark.parametrize("text", [
    "Gunmen killed four people at a checkpoint outside Kandahar on Saturday.",
    "Two soldiers died when their vehicle hit a landmine near Gao on Friday.",
    "Militants ambushed a convoy near Kunduz on Monday, and two soldiers died when their truck overturned.",
    "Two protesters were killed by police fire in Lagos on Monday.",
    "Three people were killed in a shooting after a traffic accident in Chicago on Sunday.",
])
def test_violence_beside_the_words_of_a_mishap_is_still_an_incident(text):
    assert _violent(text)


def test_violence_elsewhere_in_the_article_keeps_its_casualties():
    text = ("Rebels attacked a police post in Gao on Sunday. Four officers died at the scene. "
            "A fifth was taken to hospital.")
    assert _violent(text)


@pytest.mark.parametrize("text", [
    "A Gainesville man was sentenced Tuesday to 15 years for killing his infant son.",
    "The man pleaded guilty to stabbing a neighbour, his lawyer said on Monday.",
    "A jury convicted her of poisoning her daughter.",
])
def test_an_act_a_court_tries_without_a_day_of_its_own_is_no_incident(text):
    assert _violent(text) == []


def test_an_act_a_court_tries_with_its_own_date_is_dated_then():
    text = "He pleaded guilty on Monday to murdering two police officers in Belfast in 1998."
    assert _violent(text) == []  # by default, history the 2024 article recalls
    result = wirecoder.Coder(wirecoder.Config(recent_days=None, court_news_days=None)).extract(text, published="2024-03-20")
    (incident,) = [i for i in result.incidents if i.type in attack_types()]
    assert incident.date is not None and incident.date.date.year == 1998


def test_no_injuries_tells_of_no_incident():
    assert _violent("No injuries were reported.") == []


@pytest.mark.parametrize("text", [
    "In 2017 alone, 37 patients died while on the waiting list for a kidney, the ministry said.",
    "Police are investigating after two bodies were found on a coastal path in West Wales.",
])
def test_dying_in_an_article_without_violence_is_no_incident(text):
    assert _violent(text) == []


@pytest.mark.parametrize("text", [
    "Five policemen were killed in northern Iraq on Tuesday, police said.",
    "Two soldiers died of their wounds in Kunar province on Sunday.",
])
def test_killing_or_wounds_tell_violence_without_a_weapon_named(text):
    assert _violent(text)
