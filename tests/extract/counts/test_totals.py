"""Totals as GTD and ACLED count them (issue 13): everyone killed, the attackers included, with the
perpetrators apart. The sentences are written for this test in the form of the coder-written
summaries the issue quotes ("In addition to the assailant, at least seven people ... were
killed"); none comes from an evaluation corpus. Each carries the coder's figures."""

from datetime import date

import pytest

from wirecoder.model import Article, CountKind
from wirecoder.pipeline import Coder

pytestmark = pytest.mark.model

TOTALS = [
    # (sentence, killed in all, of them perpetrators)
    ("In addition to the assailant, at least seven people were killed in the attack on a market in Maiduguri, "
     "Borno, Nigeria.", 8, 1),
    ("Seven suicide bombers attacked a police station in Quetta, Balochistan, Pakistan. In addition to the seven "
     "assailants, three police officers were killed in the attack.", 10, 7),
    ("One Niger soldier was killed and 15 assailants were killed when assailants attacked a military post in "
     "Tillaberi, Niger.", 16, 15),
    # nobody besides the victims: the total is the victims' figure
    ("Gunmen killed four villagers in an attack on Dogo Nahawa, Plateau, Nigeria.", 4, None),
    # "besides" a plural without a number adds nothing
    ("Besides the attackers, three guards were killed at the gate of a prison in Kandahar, Afghanistan.", 3, None),
]


@pytest.mark.parametrize("sentence,total,perpetrators", TOTALS)
def test_killed_in_all_counts_the_attackers(sentence, total, perpetrators):
    result = Coder().extract_article(Article(text=sentence, published=date(2024, 3, 5)))
    tolls = [t for i in result.incidents for t in i.tolls if t.kind is CountKind.KILLED]
    assert [(t.total, t.perpetrators) for t in tolls] == [(total, perpetrators)]
