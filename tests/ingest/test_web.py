"""HTML pages, RSS/Atom feeds (files, file:// and a local HTTP server) and WARC files."""

import gzip
import http.server
import threading
from datetime import date
from io import BytesIO

import pytest

from wirecoder.ingest import read_articles
from wirecoder.model import Article, IngestError

PARAGRAPHS = [
    (
        "At least 12 people were killed and 30 others wounded when a suicide bomber blew himself up "
        "outside a government ministry in Kabul on Tuesday, officials said."
    ),
    (
        "An interior ministry spokesman told reporters that the attacker detonated his explosives as "
        "employees were leaving the building at the end of the working day."
    ),
    (
        "The Islamic State Khorasan Province claimed responsibility for the bombing in a statement "
        "posted on its Amaq news channel late on Tuesday evening."
    ),
]

ARTICLE_HTML = f"""<!DOCTYPE html>
<html><head><title>Bomb kills 12 in Kabul | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Bomb kills 12 in Kabul">
<meta property="article:published_time" content="2025-03-04T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Bomb kills 12 in Kabul</h1>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
</article>
<footer>Copyright Example News</footer>
</body></html>
"""

NO_ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<form><input name="user"><input type="password" name="pw"><button>Sign in</button></form>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
<description>News</description>
<item><title>Bomb kills 12 in Kabul</title><link>https://example.org/kabul</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate>
<description>&lt;p&gt;At least 12 people were killed in Kabul, officials said.&lt;/p&gt;</description></item>
<item><title>Five kidnapped in Kaduna</title><link>https://example.org/kaduna</link>
<pubDate>Sat, 08 Feb 2025 18:00:00 GMT</pubDate>
<description>Gunmen abducted five travellers on the Kaduna-Abuja highway.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id>
<updated>2025-03-05T00:00:00Z</updated>
<entry><title>Market fire in Mogadishu</title><id>urn:1</id><link href="https://example.org/fire"/>
<published>2025-03-05T08:00:00Z</published><updated>2025-03-06T08:00:00Z</updated>
<summary>A fire.</summary>
<content type="html">&lt;p&gt;A fire destroyed dozens of stalls in Mogadishu's main market.&lt;/p&gt;&lt;p&gt;No one was hurt.&lt;/p&gt;</content>
</entry></feed>
"""


def test_html_article(tmp_path):
    path = tmp_path / "kabul.html"
    path.write_text(ARTICLE_HTML)
    [article] = read_articles(path)
    assert isinstance(article, Article), article
    assert article.title == "Bomb kills 12 in Kabul"
    assert article.source == "Example News"
    assert article.published == date(2025, 3, 4)
    assert article.text.startswith("At least 12 people")
    assert "Home" not in article.text and "Copyright" not in article.text


def test_html_without_article_is_an_error(tmp_path):
    path = tmp_path / "login.htm"
    path.write_text(NO_ARTICLE_HTML)
    [error] = read_articles(path)
    assert isinstance(error, IngestError) and error.origin == str(path)
    assert "no article" in error.reason


def test_html_sniffed_without_extension(tmp_path):
    path = tmp_path / "page"
    path.write_text(ARTICLE_HTML)
    [article] = read_articles(path)
    assert article.title == "Bomb kills 12 in Kabul"


def test_rss_feed_file(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_text(RSS)
    first, second = read_articles(path)
    assert first.source == "Example Wire" and second.source == "Example Wire"
    assert first.title == "Bomb kills 12 in Kabul"
    assert first.text == "Bomb kills 12 in Kabul\n\nAt least 12 people were killed in Kabul, officials said."
    assert first.published == date(2025, 3, 4) and second.published == date(2025, 2, 8)
    assert first.url == "https://example.org/kabul"
    assert first.origin == f"{path}#1"


def test_atom_feed_prefers_content_and_published(tmp_path):
    path = tmp_path / "desk.atom"
    path.write_text(ATOM)
    [article] = read_articles(path)
    assert article.source == "Atom Desk"
    assert article.published == date(2025, 3, 5)
    assert article.text == "Market fire in Mogadishu\n\nA fire destroyed dozens of stalls in Mogadishu's main market.\n\nNo one was hurt."


def test_feed_file_url(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS)
    records = list(read_articles(path.as_uri()))
    assert [r.title for r in records] == ["Bomb kills 12 in Kabul", "Five kidnapped in Kaduna"]
    assert records[0].origin == path.as_uri() + "#1"


def test_broken_feed_is_an_error(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title>")
    [error] = read_articles(path)
    assert isinstance(error, IngestError)


@pytest.fixture
def local_server():
    pages = {"/feed": (RSS.encode(), "application/rss+xml"), "/story": (ARTICLE_HTML.encode(), "text/html")}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path not in pages:
                self.send_error(404)
                return
            body, ctype = pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_http_url(local_server):
    feed = list(read_articles(local_server + "/feed"))
    assert [r.source for r in feed] == ["Example Wire", "Example Wire"]
    [story] = read_articles(local_server + "/story")  # an article link is read as a page
    assert story.title == "Bomb kills 12 in Kabul" and story.url == local_server + "/story"
    [missing] = read_articles(local_server + "/gone")
    assert isinstance(missing, IngestError) and "404" in missing.reason


def _warc_bytes(gz: bool) -> tuple[bytes, list[int]]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    offsets = []
    pages = [
        ("https://example.org/kabul", ARTICLE_HTML.encode(), "text/html; charset=utf-8"),
        ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        ("https://example.org/login", NO_ARTICLE_HTML.encode(), "text/html"),
        ("https://example.org/kabul2", ARTICLE_HTML.replace("Kabul", "Herat").encode(), "text/html"),
    ]
    for url, body, ctype in pages:
        offsets.append(buffer.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))
    return buffer.getvalue(), offsets


@pytest.mark.parametrize("gz", [False, True])
def test_warc_whole(tmp_path, gz):
    data, offsets = _warc_bytes(gz)
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(data)
    records = list(read_articles(path))
    assert [type(r).__name__ for r in records] == ["Article", "IngestError", "Article"]
    assert records[0].url == "https://example.org/kabul" and records[0].origin == f"{path}@{offsets[0]}"
    assert records[1].origin == f"{path}@{offsets[2]}"
    assert records[2].title == "Bomb kills 12 in Herat"


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_keeps_records_before_the_cut(tmp_path, gz):
    data, offsets = _warc_bytes(gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut = offsets[3] + (offsets[3] - offsets[2]) // 3  # inside the last record
    path.write_bytes(data[:cut])
    records = list(read_articles(path))
    assert [type(r).__name__ for r in records] == ["Article", "IngestError", "IngestError"]
    truncated = records[-1]
    assert truncated.origin == f"{path}@{offsets[3]}"
    assert "truncated" in truncated.reason and str(offsets[3]) in truncated.reason


def test_gzip_that_is_not_a_warc(tmp_path):
    path = tmp_path / "notes.warc.gz"
    path.write_bytes(gzip.compress(b"just some text, not a WARC\n"))
    [error] = read_articles(path)
    assert isinstance(error, IngestError)


def test_xml_that_is_not_a_feed_is_an_error(tmp_path):
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><config><option name="a">1</option></config>')
    [error] = read_articles(path)
    assert isinstance(error, IngestError) and "feed" in error.reason
