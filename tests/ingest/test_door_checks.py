"""Every reader turns a record the Article model refuses into one IngestError and reads on:
publication dates outside the accepted window, lone surrogates, JSON nested too deeply."""

from __future__ import annotations

import json
from datetime import date, timedelta

from wirecoder.ingest import read_articles
from wirecoder.ingest.jsonl import MAX_NESTING
from wirecoder.model import EARLIEST_PUBLISHED, Article, IngestError, latest_published

TEXT = "Gunmen killed five villagers in the north of the country on Monday, police said."


def _kinds(records) -> list[str]:
    return [type(r).__name__ for r in records]


def _reasons(records) -> list[str]:
    return [r.reason for r in records if isinstance(r, IngestError)]


def test_jsonl_dates_outside_the_window_are_one_error_each(tmp_path):
    path = tmp_path / "dates.jsonl"
    lines = [
        {"text": TEXT, "published": "2024-03-03"},
        {"text": TEXT + " One.", "published": "9999-12-31"},
        {"text": TEXT + " Two.", "published": "0001-01-15"},
        {"text": TEXT + " Three.", "published": (latest_published() + timedelta(days=1)).isoformat()},
        {"text": TEXT + " Four.", "published": latest_published().isoformat()},
        {"text": TEXT + " Five.", "published": EARLIEST_PUBLISHED.isoformat()},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    records = list(read_articles(path))
    assert _kinds(records) == ["Article", "IngestError", "IngestError", "IngestError", "Article", "Article"]
    assert [r.origin for r in records if isinstance(r, IngestError)] == [f"{path}:{n}" for n in (2, 3, 4)]
    assert all(reason.startswith("published: publication date") for reason in _reasons(records))


def test_jsonl_lone_surrogates_in_any_string_field_are_refused(tmp_path):
    path = tmp_path / "surrogates.jsonl"
    path.write_text(
        '{"text": "%s", "source": "\\udfff"}\n' % TEXT
        + '{"text": "%s", "title": "Kabul \\ud800"}\n' % TEXT
        + '{"text": "%s \\udc80", "url": "https://example.org/"}\n' % TEXT
        + '{"text": "%s", "url": "https://example.org/\\udbff"}\n' % TEXT
        + '{"text": "%s", "title": "A pair is fine: \\ud83d\\ude00"}\n' % TEXT
    )
    records = list(read_articles(path))
    assert _kinds(records) == ["IngestError"] * 4 + ["Article"]
    reasons = _reasons(records)
    assert [reason.split(":")[0] for reason in reasons] == ["source", "title", "text", "url"]
    assert all("lone surrogate" in reason for reason in reasons)
    assert records[-1].title == "A pair is fine: \U0001f600"


def test_jsonl_nesting_beyond_the_limit_is_an_error_for_that_line(tmp_path):
    path = tmp_path / "nested.jsonl"
    just_deep_enough = {"text": TEXT, "extra": json.loads("[" * (MAX_NESTING - 1) + "]" * (MAX_NESTING - 1))}
    path.write_text(
        "[" * 100_000 + "]" * 100_000 + "\n"  # the decoder's own RecursionError
        + '{"text": "%s", "extra": ' % TEXT + "[" * MAX_NESTING + "]" * MAX_NESTING + "}\n"
        + json.dumps(just_deep_enough) + "\n"
    )
    records = list(read_articles(path))
    assert _kinds(records) == ["IngestError", "IngestError", "Article"]
    assert all("nested more than" in reason for reason in _reasons(records))


def test_a_json_file_nested_too_deeply_is_one_error(tmp_path):
    path = tmp_path / "nested.json"
    path.write_text("[" * 50_000 + "]" * 50_000)
    (record,) = read_articles(path)
    assert isinstance(record, IngestError) and "nested more than" in record.reason


def test_a_feed_entry_dated_9999_is_one_error_and_the_others_are_read(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Bad date</title><description>{TEXT}</description><pubDate>Fri, 31 Dec 9999 10:00:00 GMT</pubDate></item>
<item><title>Good date</title><description>{TEXT} Again.</description><pubDate>Sun, 03 Mar 2024 10:00:00 GMT</pubDate></item>
</channel></rss>""")
    records = list(read_articles(path))
    assert _kinds(records) == ["IngestError", "Article"]
    assert records[0].origin == f"{path}#1" and "9999-12-31" in records[0].reason
    assert records[1].published == date(2024, 3, 3)


def test_a_plain_text_sidecar_with_a_far_future_date_is_one_error(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "a.txt.meta.json").write_text('{"published": "3024-01-01"}')
    (record,) = read_articles(tmp_path / "a.txt")
    assert isinstance(record, IngestError) and "3024-01-01" in record.reason


def test_the_model_itself_is_the_door():
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="outside"):
        Article(text=TEXT, published=date(1899, 12, 31))
    with pytest.raises(ValidationError, match="lone surrogate"):
        Article(text=TEXT, source="Reuters\udfff")
    assert Article(text=TEXT, published=date.today()).published == date.today()


def test_a_sidecar_nested_without_bound_is_one_error(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "a.txt.meta.json").write_text("[" * 100_000 + "]" * 100_000)
    (record,) = read_articles(tmp_path / "a.txt")
    assert isinstance(record, IngestError) and "nested too deeply" in record.reason


def test_the_library_and_cli_faces_refuse_a_date_or_string_the_model_refuses():
    import pytest

    from wirecoder.errors import ConfigError, InputError
    from wirecoder.pipeline import Coder, as_date

    with pytest.raises(ConfigError, match="outside"):
        as_date("9999-12-31")
    with pytest.raises(InputError, match="source: lone surrogate"):
        Coder().make_article(TEXT, source="\udcff")
    html = f"<html><body><article><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
    with pytest.raises(InputError, match="title: lone surrogate"):
        Coder().make_article(html, title="\ud800")


def test_a_file_name_that_is_not_utf8_gives_origins_that_can_be_stored(tmp_path):
    import os

    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"a\xff.txt"), "w") as fh:
        fh.write(TEXT)
    with open(os.path.join(folder, b"b\xfe.jsonl"), "w") as fh:
        fh.write('{"text": "unterminated\n')
    records = list(read_articles(tmp_path))
    assert _kinds(records) == ["Article", "IngestError"]
    assert records[0].origin.endswith("a\\udcff.txt")
    assert records[1].origin.endswith("b\\udcfe.jsonl:1")
    for record in records:
        record.model_dump_json().encode("utf-8")  # no lone surrogate left
