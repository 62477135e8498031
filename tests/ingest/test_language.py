"""Articles not in English are refused at the door with their language named; English ones,
capitals and foreign names included, never are."""

from __future__ import annotations

import pytest

from wirecoder.errors import InputError, UnsupportedLanguageError
from wirecoder.ingest.checks import new_article
from wirecoder.ingest.language import foreign_language

RUSSIAN = ("Вооружённые люди в понедельник напали на полицейский участок в пригороде, погибли трое полицейских, "
           "сообщили местные власти.")
CHINESE = "当地官员说，星期一早上，武装分子袭击了城市北部的一个检查站，造成三名警察死亡，五人受伤。目前还没有任何组织宣称对这次袭击负责。"
# a MUC-4 dateline and lead, in the capitals of the wire it came from
WIRE_CAPITALS = ("SAN SALVADOR, 9 JAN 90 -- [TEXT] THE CATHOLIC CHURCH HAS EXPRESSED SATISFACTION WITH THE "
                 "INVESTIGATIONS IN THE CASE OF THE MURDERED JESUITS")
NAMES = ("Hector Oqueli Colindres and Gilda Flores Arevalo were abducted in Guatemala City by heavily armed men "
         "on Friday, said Mario Solorzano Martinez.")


@pytest.mark.parametrize("text,language", [(RUSSIAN, "ru"), (CHINESE, "zh")])
def test_another_language_is_named_and_refused(text, language):
    found = foreign_language(text)
    assert found is not None and found[0] == language and found[1] >= 0.9
    with pytest.raises(UnsupportedLanguageError, match=f"reads as '{language}'"):
        new_article(text=text)


@pytest.mark.parametrize("text", [WIRE_CAPITALS, NAMES, "Explosion in Mazar-i-Sharif"])
def test_english_is_never_refused(text):
    assert foreign_language(text) is None
    assert new_article(text=text).language == "en"


def test_a_declared_language_other_than_english_is_refused():
    with pytest.raises(InputError, match="declared 'es'"):
        new_article(text=NAMES, language="es")
    assert new_article(text=NAMES, language="en-GB").text == NAMES
