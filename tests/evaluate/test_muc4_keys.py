"""The key reader on snippets written the way the published MUC-4 keys are written."""

from wirecoder.muc4.keys import parse_templates, split_top, unquote

# shaped like the published keys: alternatives, cross-references, escaped quotes, continuation lines
KEY = r'''
;;; a comment line
0.  MESSAGE: ID                     TST9-MUC4-0001 (NOSC)
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  (- 13 DEC 89) / (11 DEC 89 - 13 DEC 89)
3.  INCIDENT: LOCATION              PERU: LIMA (CITY / MUNICIPALITY)
4.  INCIDENT: TYPE                  BOMBING
5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED
6.  INCIDENT: INSTRUMENT ID         "DYNAMITE"
7.  INCIDENT: INSTRUMENT TYPE       DYNAMITE: "DYNAMITE"
8.  PERP: INCIDENT CATEGORY         TERRORIST ACT
9.  PERP: INDIVIDUAL ID             ? "TERRORISTS"
10. PERP: ORGANIZATION ID           "SHINING PATH" / "SL"
11. PERP: ORGANIZATION CONFIDENCE   REPORTED AS FACT / CLAIMED OR ADMITTED: "SHINING PATH" / "SL"
12. PHYS TGT: ID                    "\"EL SOL\" BANK" / "BANK"
13. PHYS TGT: TYPE                  FINANCIAL: "\"EL SOL\" BANK" / "BANK"
14. PHYS TGT: NUMBER                1: "\"EL SOL\" BANK" / "BANK"
15. PHYS TGT: FOREIGN NATION        -
16. PHYS TGT: EFFECT OF INCIDENT    SOME DAMAGE: "\"EL SOL\" BANK" / "BANK"
17. PHYS TGT: TOTAL NUMBER          -
18. HUM TGT: NAME                   "JUAN PEREZ"
19. HUM TGT: DESCRIPTION            "GUARD": "JUAN PEREZ"
                                    "PASSERSBY"
20. HUM TGT: TYPE                   SECURITY GUARD: "JUAN PEREZ"
                                    CIVILIAN: "PASSERSBY"
21. HUM TGT: NUMBER                 1: "JUAN PEREZ"
                                    PLURAL: "PASSERSBY"
22. HUM TGT: FOREIGN NATION         -
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "JUAN PEREZ"
                                    INJURY: "PASSERSBY"
24. HUM TGT: TOTAL NUMBER           -

0.  MESSAGE: ID                     TST9-MUC4-0002 (NOSC)
1.  MESSAGE: TEMPLATE               *
2.  INCIDENT: DATE                  *
3.  INCIDENT: LOCATION              *
4.  INCIDENT: TYPE                  *
5.  INCIDENT: STAGE OF EXECUTION    *
6.  INCIDENT: INSTRUMENT ID         *
7.  INCIDENT: INSTRUMENT TYPE       *
8.  PERP: INCIDENT CATEGORY         *
9.  PERP: INDIVIDUAL ID             *
10. PERP: ORGANIZATION ID           *
11. PERP: ORGANIZATION CONFIDENCE   *
12. PHYS TGT: ID                    *
13. PHYS TGT: TYPE                  *
14. PHYS TGT: NUMBER                *
15. PHYS TGT: FOREIGN NATION        *
16. PHYS TGT: EFFECT OF INCIDENT    *
17. PHYS TGT: TOTAL NUMBER          *
18. HUM TGT: NAME                   *
19. HUM TGT: DESCRIPTION            *
20. HUM TGT: TYPE                   *
21. HUM TGT: NUMBER                 *
22. HUM TGT: FOREIGN NATION         *
23. HUM TGT: EFFECT OF INCIDENT     *
24. HUM TGT: TOTAL NUMBER           *
'''


def test_messages_and_relevance():
    msgs = parse_templates(KEY)
    assert list(msgs) == ["TST9-MUC4-0001", "TST9-MUC4-0002"]
    assert msgs["TST9-MUC4-0001"].relevant
    assert not msgs["TST9-MUC4-0002"].relevant
    assert msgs["TST9-MUC4-0002"].templates == []


def test_alternatives_groups_and_optional():
    t = parse_templates(KEY)["TST9-MUC4-0001"].templates[0]
    assert [v.text for v in t.slot(2).fillers[0].alternatives] == ["- 13 DEC 89", "11 DEC 89 - 13 DEC 89"]
    assert [v.text for v in t.slot(3).fillers[0].alternatives] == ["PERU: LIMA (CITY / MUNICIPALITY)"]
    assert t.slot(9).fillers[0].optional
    assert [v.text for v in t.slot(10).fillers[0].alternatives] == ["SHINING PATH", "SL"]
    assert t.slot(15).state == "null"


def test_cross_references_and_escaped_quotes():
    t = parse_templates(KEY)["TST9-MUC4-0001"].templates[0]
    conf = t.slot(11).fillers[0].alternatives
    assert [v.text for v in conf] == ["REPORTED AS FACT", "CLAIMED OR ADMITTED"]
    assert conf[0].refs == ("SHINING PATH", "SL")
    assert t.slot(12).fillers[0].alternatives[0].text == '"EL SOL" BANK'
    assert t.slot(13).fillers[0].alternatives[0].refs == ('"EL SOL" BANK', "BANK")
    desc = t.slot(19).fillers
    assert desc[0].alternatives[0].text == "GUARD" and desc[0].alternatives[0].refs == ("JUAN PEREZ",)
    assert desc[1].alternatives[0].text == "PASSERSBY"
    assert [f.alternatives[0].text for f in t.slot(23).fillers] == ["DEATH", "INJURY"]


def test_optional_template_and_bare_id():
    text = KEY.replace("1.  MESSAGE: TEMPLATE               1\n", "1.  MESSAGE: TEMPLATE               1 (OPTIONAL)\n", 1)
    t = parse_templates(text)["TST9-MUC4-0001"].templates[0]
    assert t.optional and t.number == "1"


def test_slips_in_published_keys_are_read():
    # an unclosed quote and an unquoted string, as a few published key lines have them
    text = KEY.replace('6.  INCIDENT: INSTRUMENT ID         "DYNAMITE"', '6.  INCIDENT: INSTRUMENT ID         DYNAMITE"')
    t = parse_templates(text)["TST9-MUC4-0001"].templates[0]
    assert t.slot(6).fillers[0].alternatives[0].text == "DYNAMITE"


def test_lexical_helpers():
    assert split_top('A / "B / C" / (D / E)', "/") == ["A ", ' "B / C" ', " (D / E)"]
    assert unquote(r'"\"X\" Y"') == '"X" Y'
