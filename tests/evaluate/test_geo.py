"""The geo evaluation: reading LGL and GeoWebNews XML, span matching, distances and the scores.

The XML here is written for these tests in the two corpora's formats (short news-like sentences,
not taken from the corpora); offsets are computed, never typed in.
"""

import json
import math

import pytest

from wirecoder.evaluate.geo import (
    MAX_ERROR_KM,
    CorpusTally,
    GeoDoc,
    GoldToponym,
    Predicted,
    auc_of_errors,
    error_km,
    haversine_km,
    match,
    read_gwn,
    read_lgl,
    score_document,
)
from wirecoder.evaluate.report import FieldScore

LGL_TEXT = (
    "Flooding closes roads near Fargo. Volunteers from Moorhead, Minnesota, joined crews in Fargo "
    "on Tuesday as the Red River rose, the county said."
)
GWN_TEXT = (
    "Officials in Ankara said Turkish troops had crossed into Syria near Afrin. "
    "Residents of the town fled to Aleppo, the Syrian Observatory for Human Rights reported."
)


def _at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _lgl_xml(articles: list[tuple[str, str, list[tuple[str, int, int | None, float, float]]]]) -> str:
    parts = ['<?xml version="1.0" encoding="utf-8"?>', "<articles>"]
    for docid, text, tops in articles:
        parts.append(f'<article docid="{docid}"><domain>example.com</domain><dltime>2009-03-24 10:00:00</dltime>')
        parts.append(f"<text><![CDATA[{text}]]></text><toponyms>")
        for phrase, nth, gid, lat, lon in tops:
            s, e = _at(text, phrase, nth)
            gaz = (f'<gaztag geonameid="{gid}"><name>{phrase}</name><lat>{lat}</lat><lon>{lon}</lon></gaztag>'
                   if gid is not None else "")
            parts.append(f"<toponym><start>{s}</start><end>{e}</end><phrase>{phrase}</phrase>{gaz}</toponym>")
        parts.append("</toponyms></article>")
    parts.append("</articles>")
    return "\n".join(parts)


def _gwn_xml(text: str, tops: list[tuple[str, str, str, str, float | None, float | None]]) -> str:
    parts = ['<?xml version="1.0" ?>', '<articles><article file="0">',
             "<title>t</title><link>http://news.example.org/2018/01/x.html</link>", f"<text>{text}</text><toponyms>"]
    for phrase, kind, modifier, nonloc, lat, lon in tops:
        s, e = _at(text, phrase)
        coords = f"<geonamesID /><latitude>{lat}</latitude><longitude>{lon}</longitude>" if lat is not None else ""
        parts.append(f"<toponym><extractedName>{phrase}</extractedName><normalisedName /><type>{kind}</type>"
                     f"<modifierType>{modifier}</modifierType><nonLocational>{nonloc}</nonLocational>"
                     f"<start>{s}</start><end>{e}</end>{coords}</toponym>")
    parts.append("</toponyms></article></articles>")
    return "\n".join(parts)


@pytest.fixture
def data_dir(tmp_path):
    geo = tmp_path / "geoparsing"
    geo.mkdir()
    (geo / "lgl.xml").write_text(_lgl_xml([
        ("1", LGL_TEXT, [("Fargo", 0, 5059163, 46.877, -96.790), ("Moorhead", 0, 5038108, 46.874, -96.767),
                         ("Minnesota", 0, 5037779, 46.250, -94.250), ("Fargo", 1, 5059163, 46.877, -96.790),
                         ("Red River", 0, None, 0.0, 0.0)]),
    ]), encoding="utf-8")
    (geo / "GWN.xml").write_text(_gwn_xml(GWN_TEXT, [
        ("Ankara", "Metonymic", "", "No", 39.92, 32.85),
        ("Turkish", "Non_Literal_Modifier", "Adjective", "No", 39.0, 35.0),
        ("Syria", "Literal", "", "No", 35.0, 38.0),
        ("Afrin", "Literal", "", "No", 36.51, 36.87),
        ("town", "Literal_Expression", "", "No", None, None),
        ("Aleppo", "Literal", "", "No", 36.20, 37.16),
        ("Syrian Observatory for Human Rights", "Non_Toponym", "", "No", None, None),
    ]), encoding="utf-8")
    return tmp_path


def test_readers_keep_offsets_coordinates_and_roles(data_dir):
    (lgl,) = read_lgl(data_dir / "geoparsing" / "lgl.xml")
    assert lgl.corpus == "lgl" and lgl.source == "example.com" and str(lgl.published) == "2009-03-24"
    assert [lgl.text[g.start:g.end] for g in lgl.gold] == [g.text for g in lgl.gold]
    assert lgl.gold[0].geonames_id == 5059163 and lgl.gold[0].has_coords
    assert not lgl.gold[-1].has_coords  # no gazetteer entry: recognition only
    (gwn,) = read_gwn(data_dir / "geoparsing" / "GWN.xml")
    assert gwn.source == "news.example.org"
    roles = {g.text: g.role for g in gwn.gold}
    assert roles["Ankara"] == roles["Syria"] == "toponym"
    assert roles["Turkish"] == "neutral"  # adjectival modifier
    assert roles["town"] == "neutral"  # a common-noun expression
    assert roles["Syrian Observatory for Human Rights"] == "not_toponym"
    assert all(gwn.text[g.start:g.end] == g.text for g in gwn.gold)


def test_haversine_and_error_rules():
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.6, abs=1.0)  # Paris-London
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088, rel=1e-6)
    gold = GoldToponym(0, 2, "US", 39.76, -98.5, geonames_id=6252001)
    same_entry = Predicted(0, 2, "US", "United States", "country", "US", 38.0, -97.0, 6252001)
    assert error_km(gold, same_entry) == 0.0  # the same GeoNames entry, other centroid
    other = Predicted(0, 2, "US", "United States", "country", "US", 38.0, -97.0, None)
    assert error_km(gold, other) == pytest.approx(haversine_km(39.76, -98.5, 38.0, -97.0))
    nowhere = Predicted(0, 2, "US", "?", "site", None, None, None)
    assert error_km(gold, nowhere) == MAX_ERROR_KM


def test_auc_runs_from_zero_to_one():
    assert auc_of_errors([0.0, 0.0, 0.0]) == 0.0
    assert auc_of_errors([MAX_ERROR_KM] * 4) == pytest.approx(1.0, rel=1e-4)  # ln(1 + max) / ln(max)
    assert 0 < auc_of_errors([0.0, 10.0, 5000.0]) < 1
    assert auc_of_errors([3.0]) is None


def _p(start: int, end: int) -> Predicted:
    return Predicted(start, end, "x", "x", "city", None, 0.0, 0.0)


def test_match_is_one_to_one_by_overlap_exact_first():
    gold = [GoldToponym(10, 20, "a"), GoldToponym(30, 40, "b")]
    # the first prediction overlaps gold 0 but the second is its exact span and wins it
    pairs = match(gold, [_p(5, 12), _p(10, 20), _p(35, 45), _p(36, 38)])
    assert pairs == [(1, 0), (2, 1)]
    assert match(gold, [_p(20, 30)]) == []  # touching is not overlapping


def _tally() -> CorpusTally:
    return CorpusTally(found=FieldScore(field="found"), exact=FieldScore(field="exact"), geoparse=FieldScore(field="geo"))


def test_score_document_counts_neutral_annotations_as_neither():
    text = "Turkish jets struck Afrin, the Syrian Observatory for Human Rights said, and Aleppo."
    gold = [
        GoldToponym(*_at(text, "Turkish"), "Turkish", 39.0, 35.0, "Non_Literal_Modifier (adjective)", "neutral"),
        GoldToponym(*_at(text, "Afrin"), "Afrin", 36.51, 36.87, "Literal"),
        GoldToponym(*_at(text, "Syrian Observatory for Human Rights"), "Syrian Observatory for Human Rights",
                    kind="Non_Toponym", role="not_toponym"),
        GoldToponym(*_at(text, "Aleppo"), "Aleppo", 36.20, 37.16, "Literal"),
    ]
    doc = GeoDoc("gwn", "0", text, gold)
    pred = [
        Predicted(*_at(text, "Turkish"), "Turkish", "Turkey", "country", "TR", 39.0, 35.0),  # neutral: not counted
        Predicted(*_at(text, "Afrin"), "Afrin", "Afrin", "city", "SY", 36.51, 36.87),  # found, 0 km
        Predicted(*_at(text, "Syrian"), "Syrian", "Syria", "country", "SY", 35.0, 38.0),  # on a Non_Toponym: spurious
    ]
    tally, errors = _tally(), {}
    score_document(doc, pred, tally, errors)
    assert (tally.found.tp, tally.found.fp, tally.found.fn) == (1, 1, 1)
    assert tally.errors_km == [0.0]
    assert (tally.geoparse.tp, tally.geoparse.fn) == (1, 1)  # Aleppo was never found
    kinds = sorted(case.kind for case, _, _ in errors.values())
    assert kinds == ["missing", "spurious"]


def test_far_geocoding_is_an_error_with_its_text():
    text = "A fire in Alexandria, Louisiana, destroyed a home."
    gold = [GoldToponym(*_at(text, "Alexandria"), "Alexandria", 31.31, -92.45, "PPL")]
    pred = [Predicted(*_at(text, "Alexandria"), "Alexandria", "Alexandria", "city", "EG", 31.20, 29.92)]
    tally, errors = _tally(), {}
    score_document(GeoDoc("lgl", "9", text, gold), pred, tally, errors)
    assert tally.found.tp == 1 and tally.geoparse.tp == 0
    assert tally.errors_km[0] > 10000
    (case, _count, weight), = errors.values()
    assert "km off" in case.kind and "[Alexandria]" in case.text and weight > 5


@pytest.mark.model
def test_evaluate_geo_on_both_corpora(data_dir):
    from wirecoder.evaluate import evaluate

    report = evaluate("geo", data_dir=data_dir)
    assert report.dataset == "geo" and report.split == "lgl+gwn" and report.documents == 2
    names = [f.field for f in report.fields]
    assert names == ["lgl toponyms (overlap)", "lgl toponyms (exact span)", "lgl geoparse @161 km",
                     "gwn toponyms (overlap)", "gwn toponyms (exact span)", "gwn geoparse @161 km"]
    assert report.field("lgl toponyms (overlap)").support == 5
    assert report.field("gwn toponyms (overlap)").support == 4  # Ankara, Syria, Afrin, Aleppo
    for corpus in ("lgl", "gwn"):
        assert report.summary[f"{corpus}_parse_failures"] == 0
        acc = report.summary[f"{corpus}_acc161"]
        assert acc is None or 0.0 <= acc <= 1.0
    assert "toponyms (overlap)" in report.table()
    one = evaluate("geo:gwn", data_dir=data_dir, limit=1)
    assert one.split == "gwn" and one.documents == 1


@pytest.mark.model
def test_eval_command_geo(data_dir, tmp_path, capsys):
    from wirecoder.cli import main

    out = tmp_path / "geo.json"
    assert main(["eval", "geo", "--data", str(data_dir), "--dataset", "lgl", "--json", "--out", str(out)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["split"] == "lgl" and json.loads(out.read_text())["documents"] == 1
    assert main(["eval", "wikievents", "--data", str(data_dir), "--dataset", "lgl"]) == 2
    assert main(["eval", "geo", "--data", str(tmp_path / "nowhere")]) == 2
