"""The MUC scoring rules on hand-made key/response pairs whose right numbers are known."""

import pytest

from wirecoder.evaluate.report import FieldScore
from wirecoder.muc4.keys import parse_templates
from wirecoder.muc4.score import (
    best_assignment,
    date_credit,
    location_credit,
    number_credit,
    score_corpus,
    string_credit,
)
from wirecoder.muc4.slots import SLOT_NAMES


def template(mid: str, number: str = "1", **fills: str) -> str:
    """A template text; fills by slot number as s2=..., everything else null."""
    lines = []
    for n, label in SLOT_NAMES.items():
        value = mid if n == 0 else number if n == 1 else fills.get(f"s{n}", "-")
        first, *rest = value.split("\n")
        lines.append(f"{str(n) + '.':<4}{label:<32}{first}")
        lines += [" " * 36 + r for r in rest]
    return "\n".join(lines) + "\n"


def irrelevant(mid: str) -> str:
    return "\n".join(f"{str(n) + '.':<4}{label:<32}{mid if n == 0 else '*'}" for n, label in SLOT_NAMES.items()) + "\n"


BOMB = dict(
    s2="12 JAN 90", s3="EL SALVADOR: SAN SALVADOR (CITY)", s4="BOMBING", s5="ACCOMPLISHED",
    s8="TERRORIST ACT", s10='"FMLN"', s11='REPORTED AS FACT: "FMLN"',
    s12='"POWER STATION"', s13='ENERGY: "POWER STATION"', s14='1: "POWER STATION"',
    s19='"GUARDS"', s20='SECURITY GUARD: "GUARDS"', s21='2: "GUARDS"', s23='DEATH: "GUARDS"',
)
BOMB_FILLS = 14  # filled slots above, one filler each


def score(key_text: str, response_text: str, mapping: str = "muc4"):
    return score_corpus(parse_templates(key_text), parse_templates(response_text), mapping=mapping)


def test_perfect_response_scores_one():
    key = template("X-MUC4-0001", **BOMB) + "\n" + irrelevant("X-MUC4-0002")
    s = score(key, key)
    assert s.all_templates.cor == BOMB_FILLS
    assert s.all_templates.recall == s.all_templates.precision == s.all_templates.f == 1.0
    assert s.templates.cor == 1 and s.templates.mis == 0 and s.templates.spu == 0
    assert s.text_filtering.cor == 1 and s.text_filtering.non == 1


def test_missing_template_counts_every_filler_missing():
    key = template("X-MUC4-0001", **BOMB)
    s = score(key, irrelevant("X-MUC4-0001"))
    assert s.all_templates.mis == BOMB_FILLS
    assert s.all_templates.actual == 0 and s.all_templates.recall == 0.0
    assert s.templates.mis == 1


def test_template_for_irrelevant_message_is_spurious():
    s = score(irrelevant("X-MUC4-0002"), template("X-MUC4-0002", **BOMB))
    assert s.all_templates.spu == BOMB_FILLS
    assert s.all_templates.possible == 0 and s.all_templates.precision == 0.0
    assert s.templates.spu == 1 and s.text_filtering.spu == 1


def test_partial_credit_counts_half():
    key = template("X-MUC4-0001", **BOMB)
    # date within a range (partial), location one level short (partial), the rest right
    response = template("X-MUC4-0001", **{**BOMB, "s2": "11 JAN 90 - 12 JAN 90", "s3": "EL SALVADOR"})
    s = score(key, response)
    t = s.all_templates
    assert (t.cor, t.par, t.inc, t.mis, t.spu) == (BOMB_FILLS - 2, 2, 0, 0, 0)
    assert t.recall == pytest.approx((BOMB_FILLS - 2 + 1) / BOMB_FILLS)
    assert s.slots[2].par == 1 and s.slots[3].par == 1


def test_incorrect_spurious_and_noncommittal_slots():
    key = template("X-MUC4-0001", **BOMB)
    response = template("X-MUC4-0001", **{**BOMB, "s5": "ATTEMPTED", "s9": '"SOLDIERS"'})
    s = score(key, response)
    assert s.slots[5].inc == 1          # wrong set fill
    assert s.slots[9].spu == 1          # key null, response filled
    assert s.slots[15].non == 1         # both null
    t = s.all_templates
    assert t.possible == BOMB_FILLS and t.actual == BOMB_FILLS + 1


def test_optional_template_and_optional_filler_are_never_missing():
    key = template("X-MUC4-0001", number="1 (OPTIONAL)", **BOMB)
    assert score(key, irrelevant("X-MUC4-0001")).all_templates.possible == 0
    key = template("X-MUC4-0001", **{**BOMB, "s9": '? "TERRORISTS"'})
    s = score(key, template("X-MUC4-0001", **BOMB))
    assert s.slots[9].mis == 0 and s.slots[9].non == 1


def test_alignment_picks_best_pairing_and_type_must_agree():
    kidnap = dict(s2="01 FEB 90", s3="PERU", s4="KIDNAPPING", s5="ACCOMPLISHED", s18='"JUAN PEREZ"',
                  s20='CIVILIAN: "JUAN PEREZ"', s21='1: "JUAN PEREZ"')
    key = template("X-MUC4-0001", "1", **BOMB) + "\n" + template("X-MUC4-0001", "2", **kidnap)
    response = template("X-MUC4-0001", "1", **kidnap) + "\n" + template("X-MUC4-0001", "2", **BOMB)
    s = score(key, response)
    assert s.templates.cor == 2 and s.all_templates.f == 1.0
    # a bombing response does not map to an arson key even when the targets agree
    arson = template("X-MUC4-0001", **{**BOMB, "s4": "ARSON"})
    s = score(arson, template("X-MUC4-0001", **BOMB))
    assert s.templates.cor == 0 and s.templates.mis == 1 and s.templates.spu == 1


def test_muc4_mapping_needs_a_shared_perpetrator_or_target():
    other = {**BOMB, "s10": '"ELN"', "s11": 'REPORTED AS FACT: "ELN"', "s12": '"BRIDGE"', "s13": 'TRANSPORTATION ROUTE: "BRIDGE"',
             "s14": '1: "BRIDGE"', "s19": '"PEASANTS"', "s20": 'CIVILIAN: "PEASANTS"', "s21": '2: "PEASANTS"', "s23": 'DEATH: "PEASANTS"'}
    key, response = template("X-MUC4-0001", **BOMB), template("X-MUC4-0001", **other)
    assert score(key, response).templates.cor == 0
    assert score(key, response, mapping="type").templates.cor == 1


def test_cross_reference_to_the_wrong_filler_is_partial():
    key = template("X-MUC4-0001", **BOMB)
    s = score(key, template("X-MUC4-0001", **{**BOMB, "s23": 'DEATH: "PEOPLE"'}))
    assert s.slots[23].par == 1


@pytest.mark.parametrize(
    "response,key,credit",
    [
        ("THE GUERRILLAS", "GUERRILLAS", 1.0),
        ("FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]", "FMLN", 1.0),
        ("GUERRILLA COLUMN", "COLUMN", 0.5),
        ("URBAN COMMANDOS", "BRIDGE", 0.0),
    ],
)
def test_string_credit(response, key, credit):
    assert string_credit(response, key) == credit


def test_value_credits():
    assert date_credit("- 04 FEB 90", "- 04 FEB 90") == 1.0
    assert date_credit("04 FEB 90", "- 04 FEB 90") == 0.5
    assert date_credit("10 MAR 90", "04 FEB 90") == 0.0
    assert location_credit("PERU: LIMA (CITY)", "PERU: LIMA (CITY / MUNICIPALITY)") == 1.0
    assert location_credit("PERU: CUZCO (CITY)", "PERU: LIMA (CITY)") == 0.0
    assert location_credit("COLOMBIA", "PERU") == 0.0
    assert number_credit("3", "3") == 1.0
    assert number_credit("PLURAL", "7") == 0.5
    assert number_credit("~10", "10") == 0.5
    assert number_credit("3", "6-8") == 0.0


def test_best_assignment_is_optimal():
    # greedy would take (0, 0) = 5 and leave 1 + 0; the best is 4 + 4
    assert sorted(best_assignment([[5, 4], [4, 0]])) == [(0, 1), (1, 0)]


def test_field_score_muc_formulas():
    f = FieldScore(field="x", muc=True, correct=6, partial=2, incorrect=1, missing=1, spurious=3)
    assert f.support == 10 and f.predicted == 12
    assert f.recall == pytest.approx(0.7) and f.precision == pytest.approx(7 / 12)
