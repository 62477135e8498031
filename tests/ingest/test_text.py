"""Plain text, folders, encodings and refusals."""

import json
from datetime import date

from wirecoder.ingest import read_articles
from wirecoder.model import Article, IngestError

PROSE = "Gunmen killed five villagers in the north of the country on Monday, police said.\n"


def _split(records):
    records = list(records)
    return [r for r in records if isinstance(r, Article)], [r for r in records if isinstance(r, IngestError)]


def test_plain_text_has_no_date_or_outlet_unless_told(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PROSE, encoding="utf-8")
    [article] = read_articles([path])
    assert article.text == PROSE
    assert article.published is None and article.source is None
    assert article.origin == str(path)


def test_default_source_fills_only_missing_outlets(tmp_path):
    (tmp_path / "a.txt").write_text(PROSE)
    (tmp_path / "b.txt").write_text("KABUL, March 4, 2025 (Reuters) - " + PROSE)
    a, b = read_articles([tmp_path], default_source="desk")
    assert a.source == "desk"
    assert b.source == "Reuters"


def test_muc_style_dateline_gives_date_and_outlet(tmp_path):
    path = tmp_path / "lima.txt"
    path.write_text("LIMA, 10 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A POWER STATION.\n")
    [article] = read_articles(path)
    assert article.published == date(1990, 1, 10)
    assert article.source == "EFE"
    assert article.text.startswith("LIMA, 10 JAN 90")  # text kept as written


def test_sidecar_beats_dateline(tmp_path):
    path = tmp_path / "lima.txt"
    path.write_text("LIMA, 10 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A POWER STATION.\n")
    (tmp_path / "lima.txt.meta.json").write_text(json.dumps({"published": "1990-01-11", "title": "Bomb"}))
    [article] = read_articles(path)
    assert article.published == date(1990, 1, 11)
    assert article.title == "Bomb"
    assert article.source == "EFE"


def test_folder_index_tsv_gives_metadata_and_is_not_an_article(tmp_path):
    (tmp_path / "a.txt").write_text(PROSE)
    (tmp_path / "index.tsv").write_text("file\tpublished\tsource\na.txt\t2025-03-05\twire report\n")
    (tmp_path / "README.md").write_text("# notes, not an article\n")
    [article] = read_articles(tmp_path)
    assert article.published == date(2025, 3, 5) and article.source == "wire report"


def test_bad_sidecar_date_is_an_error_not_a_silent_drop(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PROSE)
    (tmp_path / "a.meta.json").write_text('{"published": "last Tuesday"}')
    [error] = read_articles(path)
    assert isinstance(error, IngestError) and "last Tuesday" in error.reason


def test_folder_is_recursive_and_sorted_and_reports_empty_files(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text(PROSE)
    (tmp_path / "sub" / "deeper" / "c.txt").write_text(PROSE.replace("five", "six"))
    (tmp_path / "sub" / "empty.txt").write_text("")
    (tmp_path / "sub" / "blank.txt").write_text("  \n\n")
    (tmp_path / ".hidden.txt").write_text(PROSE)
    articles, errors = _split(read_articles([tmp_path]))
    assert [a.origin for a in articles] == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "deeper" / "c.txt")]
    assert sorted(e.origin for e in errors) == [str(tmp_path / "sub" / "blank.txt"), str(tmp_path / "sub" / "empty.txt")]
    assert all("empty" in e.reason for e in errors)


def test_binary_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    [error] = read_articles(path)
    assert isinstance(error, IngestError)
    assert error.origin == str(path)
    assert "PNG" in error.reason and "\n" not in error.reason
    path2 = tmp_path / "blob"
    path2.write_bytes(b"abc\x00\x01\x02" * 100)
    [error2] = read_articles(path2)
    assert "binary" in error2.reason


def test_latin1_file_is_decoded(tmp_path):
    text = "A bomb exploded near the café of the station in Bogotá on Sunday, said Colombian police chief José Pérez.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    [article] = read_articles(path)
    assert isinstance(article, Article)
    assert article.text == text


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(PROSE.encode("utf-16"))
    [article] = read_articles(path)
    assert article.text == PROSE


def test_broken_utf8_is_refused_not_guessed(tmp_path):
    good = "Une bombe a explosé près du café, a déclaré la police.".encode()
    path = tmp_path / "broken.txt"
    path.write_bytes(good + b" \xc3\x28 " + good)
    [error] = read_articles(path)
    assert isinstance(error, IngestError)
    assert "UTF-8" in error.reason and "byte" in error.reason


def test_missing_path_and_bad_url_scheme_are_errors(tmp_path):
    missing, bad = read_articles([tmp_path / "nope.txt", "ftp://example.org/feed"])
    assert isinstance(missing, IngestError) and "no such file" in missing.reason
    assert isinstance(bad, IngestError) and "scheme" in bad.reason


def test_too_large_file_is_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(PROSE)
    [error] = read_articles(path, max_chars=5)
    assert isinstance(error, IngestError) and "max_chars" in error.reason
