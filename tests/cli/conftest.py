"""A folder of good and bad input, as a corpus run meets it, and a corpus of real articles."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MUC_DEV = ROOT.parent / "shared" / "data" / "muc4" / "dev"

KABUL = ("At least 12 people were killed and 30 others wounded when a suicide bomber blew himself up outside a "
         "government ministry in Kabul on Tuesday, officials said. The Islamic State Khorasan Province claimed "
         "responsibility for the bombing.")
KADUNA = "Gunmen abducted five travellers on the Kaduna-Abuja highway on Saturday, police in Kaduna state said."
NO_ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<form><input name="user"><input type="password" name="pw"><button>Sign in</button></form>
</body></html>
"""
ARTICLE_HTML = f"""<!DOCTYPE html>
<html><head><title>Bomb kills 12 in Herat | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-03-04T09:30:00Z">
</head><body><nav><a href="/">Home</a></nav>
<article><h1>Bomb kills 12 in Herat</h1><p>{KABUL.replace("Kabul", "Herat")}</p>
<p>An interior ministry spokesman told reporters that the attacker detonated his explosives as employees were
leaving the building at the end of the working day.</p></article>
<footer>Copyright Example News</footer></body></html>
"""


def _warc(pages: list[tuple[str, bytes]]) -> tuple[bytes, list[int]]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    offsets = []
    for url, body in pages:
        offsets.append(buffer.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))
    return buffer.getvalue(), offsets


@pytest.fixture
def bad_folder(tmp_path) -> Path:
    """Two good articles among every kind of bad record the issue names."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "kabul.txt").write_text(KABUL, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob").write_bytes(bytes(range(256)) * 8)  # binary, no extension
    # UTF-8 ("é" is fine) damaged in the middle: a cut sequence and a byte no UTF-8 has
    (folder / "broken_utf8.txt").write_bytes("Gunmen attacked a café in Bamako on Friday, ".encode() + b"killing \xc3\x28 \xff people.")
    lines = [
        json.dumps({"text": KADUNA, "source": "Example Wire", "published": "2025-02-08"}),
        '{"text": "Gunmen attacked a police station in', # cut off
        json.dumps({"title": "no text here"}),
        "",
    ]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "login.html").write_text(NO_ARTICLE_HTML, encoding="utf-8")
    data, offsets = _warc([("https://example.org/herat", ARTICLE_HTML.encode()),
                           ("https://example.org/herat2", ARTICLE_HTML.replace("Herat", "Kandahar").encode())])
    (folder / "crawl.warc").write_bytes(data[: offsets[1] + (len(data) - offsets[1]) // 3])
    return folder


def _muc_corpus(path: Path, n: int) -> Path:
    """The first ``n`` MUC-4 dev messages as a JSON Lines corpus (datelines as dates and outlets)."""
    from wirecoder.ingest import read_muc_messages

    rows = []
    for source in sorted(MUC_DEV.glob("dev-muc3-*")):
        for _id, article in read_muc_messages(source):
            rows.append(json.dumps({"text": article.text, "source": article.source,
                                    "published": article.published.isoformat() if article.published else None}))
            if len(rows) >= n:
                break
        if len(rows) >= n:
            break
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def muc_corpus():
    """``muc_corpus(path, n)`` writes the first n MUC-4 dev messages as JSON Lines."""
    if not MUC_DEV.is_dir():
        pytest.skip(f"NO MUC-4 DEV TEXTS at {MUC_DEV}: the corpus tests did not run")
    return _muc_corpus
