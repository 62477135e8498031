"""extract/places/here.py: a domestic report's dateline town is where its 'here' and 'this capital' are."""

from wirecoder.extract.places.here import filed_at
from wirecoder.model import Place, Span


def _town(name, country_code, start, kind="city"):
    return Place(name=name, mention=name.upper(), kind=kind, country_code=country_code,
                 span=Span(start=start, end=start + len(name), text=name.upper()))


def test_the_dateline_town_of_a_domestic_report():
    text = "LA PAZ, 12 MAY 89 (EFE) -- A BOMB EXPLODED HERE THIS MORNING."
    town = filed_at(text, [_town("La Paz", "BO", 0)], "BO")
    assert town is not None and town.name == "La Paz"


def test_no_town_for_a_report_filed_abroad():
    text = "PANAMA CITY, 8 NOV 89 (ACAN-EFE) -- GUERRILLAS SAID TODAY THAT BOMBS EXPLODED HERE."
    assert filed_at(text, [_town("Panama City", "PA", 0)], "SV") is None


def test_no_town_without_a_dateline():
    text = "A BOMB EXPLODED HERE IN LA PAZ THIS MORNING, THE POLICE SAID."
    assert filed_at(text, [_town("La Paz", "BO", 27)], "BO") is None


def test_a_place_named_after_the_dateline_is_not_its_town():
    text = "CLANDESTINE, 12 NOV 89 (RADIO VENCEREMOS) -- OUR FORCES ATTACKED USULUTAN."
    assert filed_at(text, [_town("Usulutan", "SV", 62)], "SV") is None


def test_a_province_in_the_dateline_is_no_town():
    text = "CHALATENANGO, 3 MAR 89 (AFP) -- SOLDIERS WERE KILLED HERE."
    assert filed_at(text, [_town("Chalatenango", "SV", 0, kind="admin1")], "SV") is None
