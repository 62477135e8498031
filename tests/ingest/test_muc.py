from datetime import date
from pathlib import Path

import pytest

from wirecoder.ingest import read_articles, read_muc_messages

MUC_DEV = Path("/work/shared/data/muc4/dev/dev-muc3-0001-0100")

SAMPLE = """DEV-MUC3-0001 (NOSC)

   SAN SALVADOR, 3 JAN 90 -- [REPORT] [ARMED FORCES PRESS COMMITTEE,
COPREFA] [TEXT] THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50
PEASANTS HAVE BEEN KIDNAPPED.


DEV-MUC3-0002 (NOSC)

   LIMA, 10 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY.

TST2-MUC4-0003

   CLANDESTINE, NO DATE (RADIO VENCEREMOS) -- [TEXT] WE HAVE A REPORT.
"""


def test_messages_split_with_ids_dates_and_outlets(tmp_path):
    path = tmp_path / "dev-sample"
    path.write_text(SAMPLE)
    messages = list(read_muc_messages(path))
    assert [m for m, _ in messages] == ["DEV-MUC3-0001", "DEV-MUC3-0002", "TST2-MUC4-0003"]
    first, second, third = (a for _, a in messages)
    assert first.published == date(1990, 1, 3) and first.source is None
    assert first.text.startswith("SAN SALVADOR, 3 JAN 90") and first.text.endswith("KIDNAPPED.")
    assert second.published == date(1990, 1, 10) and second.source == "EFE"
    assert third.published is None and third.source == "RADIO VENCEREMOS"
    assert first.origin == f"{path}:1" and second.origin == f"{path}:8"


def test_read_articles_sniffs_muc_files(tmp_path):
    path = tmp_path / "dev-sample"
    path.write_text(SAMPLE)
    assert len(list(read_articles(path))) == 3


@pytest.mark.skipif(not MUC_DEV.exists(), reason="MUC-4 corpus not installed")
def test_real_dev_file():
    messages = list(read_muc_messages(MUC_DEV))
    assert len(messages) == 100
    assert messages[0][0] == "DEV-MUC3-0001"
    assert messages[0][1].published == date(1990, 1, 3)
    assert sum(a.published is not None for _, a in messages) >= 90


def test_muc_file_with_txt_extension_is_still_split(tmp_path):
    path = tmp_path / "messages.txt"
    path.write_text(SAMPLE)
    assert [a.origin for a in read_articles(path)] == [f"{path}:1", f"{path}:8", f"{path}:12"]


def test_a_message_the_article_model_refuses_is_one_error_and_the_others_are_read(tmp_path):
    path = tmp_path / "dev-sample"
    path.write_text(SAMPLE.replace("LIMA, 10 JAN 90", "LIMA, 10 JAN 45"))  # 2045: after today
    records = list(read_articles(path))
    assert [type(r).__name__ for r in records] == ["Article", "IngestError", "Article"]
    assert records[1].origin == f"{path}:8" and "2045-01-10" in records[1].reason
