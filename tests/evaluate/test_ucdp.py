"""``wirecoder eval ucdp`` on a small GED-shaped table written here (not rows of the sample)."""

import csv

import pytest

from wirecoder.errors import EvaluationError
from wirecoder.evaluate import evaluate
from wirecoder.evaluate.ucdp import _country_key, _outlet, headline_of

COLUMNS = ["id", "source_article", "source_office", "source_headline", "source_original", "country",
           "date_end", "best", "high", "low"]


def _row(**values):
    return {c: values.get(c, "") for c in COLUMNS}


def test_headline_of_takes_the_headline_or_the_title_inside_the_article_reference():
    assert headline_of(_row(source_headline="Gunmen kill four soldiers near Gao;Another item")) == (
        "Gunmen kill four soldiers near Gao")
    assert headline_of(_row(source_headline="Reuters", source_article='"AFP,2014-05-02,Car bomb kills six in Baidoa"')) == (
        "Car bomb kills six in Baidoa")
    assert headline_of(_row(source_headline="2014-05-02")) is None  # a date alone is no headline
    assert _outlet(_row(source_article='"Xinhua,2011-01-02,Blast in town"')) == "Xinhua"


def test_country_names_and_codes_compare_alike():
    assert _country_key("DR Congo (Zaire)") == _country_key("CD") == "cd"
    assert _country_key("Russia (Soviet Union)") == "ru"
    assert _country_key("") == ""


def test_a_missing_table_is_an_evaluation_error(tmp_path):
    with pytest.raises(EvaluationError, match="missing"):
        evaluate("ucdp", data_dir=tmp_path)


@pytest.mark.model
def test_deaths_country_and_source_are_scored(tmp_path):
    folder = tmp_path / "ucdp_ged"
    folder.mkdir()
    rows = [
        _row(id="1", source_headline="Car bomb kills six people in Mogadishu, police say", source_original="police",
             source_office="Reuters", country="Somalia", date_end="2015-03-02", best="6", low="6", high="7"),
        _row(id="2", source_headline="Gunmen killed 40 villagers in Borno on Sunday", source_original="residents",
             source_office="AFP", country="Nigeria", date_end="2015-03-02", best="12", low="10", high="15"),
        _row(id="3", source_headline="Kabul", country="Afghanistan", date_end="2015-03-02", best="1", low="1", high="1"),
    ]
    with (folder / "ucdpged_sample_1000.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    report = evaluate("ucdp", data_dir=tmp_path)
    assert report.documents == 2 and report.summary["rows_without_headline"] == 1
    deaths = next(f for f in report.fields if f.field == "deaths within low-high")
    assert (deaths.tp, deaths.fp) == (1, 1)  # six is within 6-7; forty is outside 10-15
    country = next(f for f in report.fields if f.field == "country")
    assert country.tp == 2
    assert any(e.field == "deaths" and e.predicted == "40" for e in report.errors)
