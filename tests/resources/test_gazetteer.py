"""The bundled gazetteer's capitals: a country's seat of government, for "the capital" of a story."""

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
