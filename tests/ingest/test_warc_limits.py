"""A WARC's record headers are checked before its payload is read: non-HTML records are skipped
unread, an HTML record declaring more than 10 x max_chars bytes is one error line, and no more than
that is read from a payload that decodes to more than it declares (a gzip bomb)."""

from __future__ import annotations

import gzip
import tracemalloc
from io import BytesIO

import pytest

from wirecoder.ingest import read_articles
from wirecoder.model import Article, IngestError

MAX_CHARS = 50_000  # so the limit on a record is 500,000 bytes
BIG = 32_000_000  # bytes of the big records: peaks stay well under half of it

ARTICLE = ("<html><head><title>Bomb kills 12 in Kabul</title></head><body><article><p>A car bomb killed "
           "12 people in Kabul on Monday, police said. The blast hit a market in the west of the city. "
           "No group said it carried out the attack.</p></article></body></html>").encode()


def _warc(tmp_path, records: list[tuple[str, bytes, list[tuple[str, str]]]], name="crawl.warc.gz"):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / name
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=name.endswith(".gz"))
        for url, body, headers in records:
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http))
    return path


@pytest.fixture(autouse=True, scope="module")
def _readers_imported(tmp_path_factory):
    """One small WARC read first, so the memory measured below is the reading, not the imports."""
    list(read_articles(_warc(tmp_path_factory.mktemp("warm"), [("https://example.org/kabul", ARTICLE,
                                                                 [("Content-Type", "text/html")])])))


@pytest.fixture
def payload_reads(monkeypatch):
    """The target URIs of the records whose payload was opened."""
    from wirecoder.ingest import warc

    opened: list[str] = []
    payload_stream = warc._payload_stream

    def spy(record):
        opened.append(record.rec_headers.get_header("WARC-Target-URI"))
        return payload_stream(record)

    monkeypatch.setattr(warc, "_payload_stream", spy)
    return opened


def _read(path) -> tuple[list, int]:
    """The records read from ``path`` and the peak of memory allocated while reading them."""
    tracemalloc.start()
    try:
        records = list(read_articles(path, max_chars=MAX_CHARS))
        return records, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_large_image_is_skipped_unread(tmp_path, payload_reads, name):
    path = _warc(tmp_path, [("https://example.org/photo.jpg", b"\xff\xd8" + bytes(BIG), [("Content-Type", "image/jpeg")]),
                            ("https://example.org/kabul", ARTICLE, [("Content-Type", "text/html")])], name)
    records, peak = _read(path)
    assert [type(r) for r in records] == [Article]
    assert payload_reads == ["https://example.org/kabul"]
    assert peak < BIG / 2, f"{peak:,} bytes allocated"


def test_an_html_record_over_the_limit_is_one_error_and_not_read(tmp_path, payload_reads):
    page = b"<html><body><p>" + b"All quiet in Kabul today. " * (BIG // 26) + b"</p></body></html>"
    path = _warc(tmp_path, [("https://example.org/huge", page, [("Content-Type", "text/html")]),
                            ("https://example.org/kabul", ARTICLE, [("Content-Type", "text/html")])])
    records, peak = _read(path)
    assert [type(r) for r in records] == [IngestError, Article]
    assert "10 x max_chars=50,000" in records[0].reason and "not read" in records[0].reason
    assert records[0].origin.startswith(f"{path}@")
    assert payload_reads == ["https://example.org/kabul"]
    assert peak < BIG / 2, f"{peak:,} bytes allocated"


def test_a_payload_that_decodes_past_the_limit_is_read_only_to_the_limit(tmp_path):
    """A gzip-encoded page declares a few KB and decodes to 32 MB: reading stops at the limit."""
    page = b"<html><body><p>" + b"All quiet in Kabul today. " * (BIG // 26) + b"</p></body></html>"
    bomb = gzip.compress(page)
    assert len(bomb) < 100_000
    path = _warc(tmp_path, [("https://example.org/bomb", bomb, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]),
                            ("https://example.org/kabul", ARTICLE, [("Content-Type", "text/html")])])
    records, peak = _read(path)
    assert [type(r) for r in records] == [IngestError, Article]
    assert "more than 500,000 bytes" in records[0].reason
    assert peak < BIG / 2, f"{peak:,} bytes allocated"
