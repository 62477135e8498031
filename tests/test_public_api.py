"""Pins the public API: a change here is a deliberate, reviewed change of what users import."""

import inspect

import wirecoder


def test_public_names():
    assert sorted(wirecoder.__all__) == sorted(
        ["extract", "extract_article", "default_coder", "Coder", "Config", "Article", "ExtractionResult", "Incident",
         "Event", "WirecoderError"]
    )
    for name in wirecoder.__all__:
        assert hasattr(wirecoder, name)


def test_extract_signature():
    params = inspect.signature(wirecoder.extract).parameters
    assert list(params) == ["text", "published", "source", "url", "title"]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for name, p in params.items() if name != "text")


def test_coder_methods():
    assert {"make_article", "extract", "extract_article", "extract_doc", "extract_many"} <= set(dir(wirecoder.Coder))
    params = inspect.signature(wirecoder.Coder).parameters
    assert list(params) == ["config"]


def test_record_fields():
    assert set(wirecoder.Incident.model_fields) == {
        "id", "type", "types", "date", "place", "actors", "counts", "sources", "conflicts", "evidence", "events", "articles", "hedged",
        "weapons", "stage", "suicide", "confidence", "political", "tolls",
    }


def test_result_fields():
    assert set(wirecoder.ExtractionResult.model_fields) == {"article", "events", "incidents", "dropped", "warnings", "country"}
