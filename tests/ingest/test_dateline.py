from datetime import date

import pytest

from wirecoder.ingest import parse_dateline
from wirecoder.ingest.dateline import without_wire_tags


@pytest.mark.parametrize(
    "text, place, published, source",
    [
        ("LIMA, 10 JAN 90 (EFE) -- [TEXT] A BOMB", "LIMA", date(1990, 1, 10), "EFE"),
        ("SAN SALVADOR, 3 JAN 90 -- [REPORT] THE", "SAN SALVADOR", date(1990, 1, 3), None),
        ("PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT] X", "PERTH", date(1989, 6, 11), "AFP"),
        ("CLANDESTINE, NO DATE (RADIO VENCEREMOS) -- [TEXT] X", "CLANDESTINE", None, "RADIO VENCEREMOS"),
        ("BOGOTA, 27 APR 90 [INRAVISION TELEVISION CADENA 1) -- [SPEECH] X", "BOGOTA", date(1990, 4, 27), "INRAVISION TELEVISION CADENA 1"),
        ("CARACAS (VENEZUELA), 18 MAY 90 (VENEZOLANA DE TELEVISION CANAL 8)\n-- [TEXT] X", "CARACAS", date(1990, 5, 18), "VENEZOLANA DE TELEVISION CANAL 8"),
        ("HUANCAYO, 12 NOV (EFE) -- [TEXT] X", "HUANCAYO", None, "EFE"),
        ("KABUL, March 4, 2025 (Reuters) - Gunmen", "KABUL", date(2025, 3, 4), "Reuters"),
        ("KABUL (Reuters) - Gunmen", "KABUL", None, "Reuters"),
    ],
)
def test_datelines(text, place, published, source):
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.published, dateline.source) == (place, published, source)
    assert text[dateline.end:].lstrip()[:1] in ("[", "G", "X")


@pytest.mark.parametrize("text", ["Gunmen killed 5, 10 policemen - said", "At least 12 people were killed.", ""])
def test_no_dateline(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("[TEXT] Gunmen killed a judge in Medellin.", "Gunmen killed a judge in Medellin."),
    ("[ARTICLE] [MARISOL MARIN] [TEXT] Salvadoran Colonel Benavides gave the order.", "Salvadoran Colonel Benavides gave the order."),
    ("Text] Ricardo Castellar", "Ricardo Castellar"),  # a span that starts inside the tag
    ("The mayor [of Cali] was shot.", "The mayor [of Cali] was shot."),  # a bracket inside the sentence stays
    ("[TEXT]", "[TEXT]"),  # all tag: kept
])
def test_wire_tags_are_no_part_of_the_text(text, expected):
    assert without_wire_tags(text) == expected
