"""Bad input gets a clear one-line error, never a traceback or a hang."""

import time

import pytest

from wirecoder.config import Config
from wirecoder.errors import (
    BinaryInputError,
    ConfigError,
    EmptyInputError,
    EncodingError,
    InputError,
    TooLargeError,
)
from wirecoder.ingest.checks import check_text
from wirecoder.model import Article, IngestError
from wirecoder.pipeline import Coder


@pytest.mark.parametrize("raw,error", [
    ("", EmptyInputError), ("   \n\t ", EmptyInputError), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
    (b"caf\xe9 bomb", EncodingError), ("x" * 2_000_001, TooLargeError),
])
def test_bad_text_is_rejected_with_its_reason(raw, error):
    start = time.monotonic()
    with pytest.raises(error) as info:
        check_text(raw, Config().max_chars)
    assert time.monotonic() - start < 1
    assert "\n" not in str(info.value) and str(info.value)
    assert issubclass(error, InputError)


def test_bad_publication_date():
    with pytest.raises(ConfigError, match="not an ISO date"):
        Coder().make_article("Gunmen attacked a village.", published="last Sunday")


def test_valid_bytes_are_decoded():
    assert check_text(b"Bomb in Kabul") == "Bomb in Kabul"


def test_the_coder_refuses_text_longer_than_its_max_chars():
    with pytest.raises(TooLargeError, match="max_chars=20"):
        Coder(Config(max_chars=20)).make_article("Gunmen attacked a police post in Kano on Monday.")


def test_article_id_is_a_content_hash():
    a = Article(text="Gunmen attacked a village.", source="AFP")
    assert a.id == Article(text="Gunmen attacked a village.", source="AFP", url="http://x").id
    assert a.id != Article(text="Gunmen attacked a village!", source="AFP").id


@pytest.mark.model
def test_extract_many_reports_bad_records_and_goes_on():
    items = [
        Article(text="Gunmen killed five villagers in Borno state on Monday, police said.", published="2025-01-07"),
        IngestError(origin="feed.xml:3", reason="broken entry"),
        Article(text="   "),
        Article(text="A car bomb exploded in Mogadishu on Friday, killing three people.", published="2025-01-10"),
    ]
    out = list(Coder().extract_many(items, batch_size=2))
    assert [type(x).__name__ for x in out] == ["ExtractionResult", "IngestError", "IngestError", "ExtractionResult"]
    assert "empty" in out[2].reason
    assert out[0].incidents and out[3].incidents


@pytest.mark.model
def test_html_passed_as_text_gives_a_sensible_result():
    html = "<html><head><script>var x=1;</script></head><body><p>Gunmen attacked a police post in Kano on Monday.</p></body></html>"
    result = Coder().extract(html, published="2025-01-07")
    assert "<p>" not in result.article.text and "var x" not in result.article.text
    assert [i.type.value for i in result.incidents] == ["armed_assault"]


@pytest.mark.model
@pytest.mark.slow
def test_long_text_finishes():
    text = "Gunmen attacked a police post in Kano on Monday, killing two officers, police said. " * 3000
    start = time.monotonic()
    result = Coder().extract(text, published="2025-01-07")
    assert result.incidents
    assert time.monotonic() - start < 120


@pytest.mark.model
def test_a_long_article_is_coded_on_its_beginning_and_says_so():
    """Past ``max_parse_chars`` an article is cut at a sentence end: the parse stays bounded, the
    result says what was left out, and evidence spans still point into the whole article."""
    lead = "Gunmen killed three people in Kabul on Monday, police said. "
    filler = "The city council met to discuss the new budget for public parks and libraries. " * 40
    article = Article(text=lead + filler + "A bomb exploded in Herat on Tuesday.", origin="long.txt")
    coder = Coder(Config(max_parse_chars=400))
    for result in (coder.extract_article(article), *coder.extract_many([article])):
        assert result.article.text == article.text
        (note,) = result.warnings
        assert "parsed and coded" in note and f"of {len(article.text):,} characters" in note
        kept = int(note.split("first ")[1].split(" of")[0].replace(",", ""))
        assert kept <= 400 and article.text[kept - 1] == "."  # a sentence end
        assert [e.place.name for i in result.incidents for e in i.events if e.place] == ["Kabul"]
        for event in result.events:
            assert article.text[event.trigger.start:event.trigger.end] == event.trigger.text
    assert not Coder().extract_article(article).warnings

@pytest.mark.model
def test_a_batch_is_judged_in_one_call_and_coded_as_each_article_alone(monkeypatch):
    from wirecoder.judge import EventJudge

    articles = [
        Article(text="Gunmen killed five villagers in Borno state on Monday, police said.", published="2025-01-07"),
        Article(text="The school board met on Tuesday to approve the new budget.", published="2025-01-07"),
        Article(text="Militants attacked an army base near Gao on Friday. Two soldiers died in the attack.",
                published="2025-01-10"),
    ]
    coder = Coder()
    alone = [coder.extract_article(a) for a in articles]
    calls = []
    score = EventJudge.score
    monkeypatch.setattr(EventJudge, "score", lambda self, texts: calls.append(list(texts)) or score(self, texts))
    assert list(coder.extract_many(articles, batch_size=3)) == alone
    assert len(calls) == 1 and len(calls[0]) >= 2  # the candidates of both violent articles, at once
