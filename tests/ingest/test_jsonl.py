import json
from datetime import date

from wirecoder.ingest import read_articles
from wirecoder.model import Article, IngestError

TEXT = "Gunmen killed five villagers in the north of the country on Monday, police said."


def test_jsonl_broken_line_is_reported_and_rest_goes_on(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"text": TEXT, "title": "Five killed", "url": "https://example.org/a", "source": "Wire", "published": "2025-03-04"}),
        '{"text": "unterminated',
        "",
        json.dumps({"title": "no text"}),
        json.dumps({"text": TEXT, "published": "yesterday"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": TEXT + " Again.", "published": "2025-03-05T10:00:00Z", "id": 7}),
    ]
    path.write_text("\n".join(lines) + "\n")
    records = list(read_articles(path))
    kinds = [type(r).__name__ for r in records]
    assert kinds == ["Article", "IngestError", "IngestError", "IngestError", "IngestError", "Article"]
    first, last = records[0], records[-1]
    assert first.published == date(2025, 3, 4) and first.source == "Wire" and first.title == "Five killed"
    assert first.origin == f"{path}:1"
    assert last.published == date(2025, 3, 5) and last.origin == f"{path}:7"
    errors = {r.origin: r.reason for r in records if isinstance(r, IngestError)}
    assert "invalid JSON" in errors[f"{path}:2"]
    assert "'text'" in errors[f"{path}:4"]
    assert "yesterday" in errors[f"{path}:5"]
    assert "object" in errors[f"{path}:6"]


def test_jsonl_bad_utf8_line_is_one_error(tmp_path):
    path = tmp_path / "c.ndjson"
    path.write_bytes(json.dumps({"text": TEXT}).encode() + b"\n" + b'{"text": "caf\xc3\x28"}\n')
    good, bad = read_articles(path)
    assert isinstance(good, Article)
    assert isinstance(bad, IngestError) and bad.origin.endswith(":2") and "UTF-8" in bad.reason


def test_json_list_of_articles(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": TEXT}, {"text": ""}]))
    good, bad = read_articles(path)
    assert good.origin == f"{path}#1"
    assert isinstance(bad, IngestError) and "empty" in bad.reason
