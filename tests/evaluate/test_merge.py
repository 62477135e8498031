"""The merge benchmark's gold: which MUC-4 key templates of different messages tell one incident,
which the keys tell apart, and how a placement of the templates into stored incidents scores."""

from __future__ import annotations

from wirecoder.evaluate.merge import gold_clustering, score_clustering
from wirecoder.muc4.keys import parse_templates

SLOTS = (
    "MESSAGE: ID", "MESSAGE: TEMPLATE", "INCIDENT: DATE", "INCIDENT: LOCATION", "INCIDENT: TYPE",
    "INCIDENT: STAGE OF EXECUTION", "INCIDENT: INSTRUMENT ID", "INCIDENT: INSTRUMENT TYPE", "PERP: INCIDENT CATEGORY",
    "PERP: INDIVIDUAL ID", "PERP: ORGANIZATION ID", "PERP: ORGANIZATION CONFIDENCE", "PHYS TGT: ID", "PHYS TGT: TYPE",
    "PHYS TGT: NUMBER", "PHYS TGT: FOREIGN NATION", "PHYS TGT: EFFECT OF INCIDENT", "PHYS TGT: TOTAL NUMBER",
    "HUM TGT: NAME", "HUM TGT: DESCRIPTION", "HUM TGT: TYPE", "HUM TGT: NUMBER", "HUM TGT: FOREIGN NATION",
    "HUM TGT: EFFECT OF INCIDENT", "HUM TGT: TOTAL NUMBER",
)


def _template(message: str, number: int, date: str, location: str, kind: str, target: str = "-") -> str:
    fills = {0: message, 1: str(number), 2: date, 3: location, 4: kind, 19: f'"{target}"' if target != "-" else "-"}
    return "\n".join(f"{n}.  {name:<32}{fills.get(n, '-')}" for n, name in enumerate(SLOTS))


def _keys(*templates: str):
    return parse_templates("\n\n".join(templates), "<test keys>")


# the bombing of the FENASTRAS union headquarters in San Salvador, 31 October 1989, in three messages
FENASTRAS_A = _template("DEV-MUC3-9001", 1, "31 OCT 89", "EL SALVADOR: SAN SALVADOR (CITY)", "BOMBING", "UNION MEMBERS")
FENASTRAS_B = _template("DEV-MUC3-9002", 1, "- 01 NOV 89", "EL SALVADOR: SAN SALVADOR (CITY)", "BOMBING", "LABOR UNION MEMBERS")
FENASTRAS_C = _template("DEV-MUC3-9003", 1, "31 OCT 89", "EL SALVADOR: SAN SALVADOR (CITY)", "ATTACK", "WORKERS")
# another attack in the same city three weeks later, and one in Peru on the same day
LATER = _template("DEV-MUC3-9004", 1, "20 NOV 89", "EL SALVADOR: SAN SALVADOR (CITY)", "BOMBING", "UNION MEMBERS")
LIMA = _template("DEV-MUC3-9005", 1, "31 OCT 89", "PERU: LIMA (CITY)", "BOMBING", "UNION MEMBERS")
# a kidnapping placed in a city by one message and in its department by another; one in another town
MEDELLIN = _template("DEV-MUC3-9006", 1, "13 FEB 90", "COLOMBIA: MEDELLIN (CITY)", "KIDNAPPING", "PROFESSOR")
ANTIOQUIA = _template("DEV-MUC3-9007", 1, "12 FEB 90", "COLOMBIA: ANTIOQUIA (DEPARTMENT)", "KIDNAPPING", "SALESMAN")
CALI = _template("DEV-MUC3-9008", 1, "13 FEB 90", "COLOMBIA: CALI (CITY)", "KIDNAPPING", "SALESMAN")


def test_templates_of_one_incident_share_type_day_place_and_a_name():
    gold = gold_clustering(_keys(FENASTRAS_A, FENASTRAS_B, FENASTRAS_C, LATER, LIMA))
    assert gold.pairs() == {(("DEV-MUC3-9001", "1"), ("DEV-MUC3-9002", "1"))}  # "UNION MEMBERS" inside "LABOR UNION MEMBERS"
    assert gold.judge(("DEV-MUC3-9001", "1"), ("DEV-MUC3-9002", "1")) is True
    # same day and city but another type and no shared name: the keys cannot say
    assert gold.judge(("DEV-MUC3-9001", "1"), ("DEV-MUC3-9003", "1")) is None
    # three weeks apart, or another country: told apart
    assert gold.judge(("DEV-MUC3-9001", "1"), ("DEV-MUC3-9004", "1")) is False
    assert gold.judge(("DEV-MUC3-9001", "1"), ("DEV-MUC3-9005", "1")) is False
    # "- 01 NOV 89" only says on or before: no evidence of another day against 20 NOV
    assert gold.judge(("DEV-MUC3-9002", "1"), ("DEV-MUC3-9004", "1")) is None


def test_merging_is_scored_on_judged_pairs_only():
    gold = gold_clustering(_keys(FENASTRAS_A, FENASTRAS_B, FENASTRAS_C, LATER, LIMA))
    a, b, c, d, e = (("DEV-MUC3-9001", "1"), ("DEV-MUC3-9002", "1"), ("DEV-MUC3-9003", "1"), ("DEV-MUC3-9004", "1"), ("DEV-MUC3-9005", "1"))
    everything_apart = score_clustering({a: "1", b: "2", c: "3", d: "4", e: "5"}, gold)
    assert (everything_apart.pairwise.tp, everything_apart.pairwise.fn, everything_apart.merged_pairs) == (0, 1, 0)
    right = score_clustering({a: "1", b: "1", c: "1", d: "4", e: "5"}, gold)
    # A+B right; A+C and B+C not judged, so they cost no precision
    assert (right.pairwise.tp, right.pairwise.fp, right.unjudged_pairs) == (1, 0, 2)
    assert right.pairwise.precision == right.pairwise.recall == 1.0
    chimera = score_clustering({a: "1", b: "1", c: "3", d: "4", e: "1"}, gold)
    assert chimera.pairwise.fp == 2 and chimera.pairwise.precision == 1 / 3
    assert chimera.across_countries == sorted([(a, e), (b, e)])
    # a gold pair whose second template was never extracted counts against end-to-end recall only
    missing = score_clustering({a: "1", c: "3"}, gold)
    assert missing.pairwise.fn == 0 and missing.end_to_end_recall == 0.0


def test_a_department_cannot_tell_a_town_apart():
    gold = gold_clustering(_keys(MEDELLIN, ANTIOQUIA, CALI))
    # the keys do not list the towns of a department: Medellin may lie in Antioquia
    assert gold.judge(("DEV-MUC3-9006", "1"), ("DEV-MUC3-9007", "1")) is None
    assert gold.judge(("DEV-MUC3-9006", "1"), ("DEV-MUC3-9008", "1")) is False  # two cities


def test_a_range_that_ends_before_it_starts_tells_no_day_apart():
    slip = _template("DEV-MUC3-9009", 1, "31 OCT 90 - 02 NOV 89", "EL SALVADOR: SAN SALVADOR (CITY)", "BOMBING", "UNION MEMBERS")
    gold = gold_clustering(_keys(FENASTRAS_A, slip, LATER))
    # read as a range, it would be apart from both; its end alone still fits the bombing of 31 October
    assert gold.judge(("DEV-MUC3-9001", "1"), ("DEV-MUC3-9009", "1")) is True
    assert gold.judge(("DEV-MUC3-9004", "1"), ("DEV-MUC3-9009", "1")) is None


def test_a_site_without_its_town_cannot_tell_a_town_apart():
    """One key names the university where it happened, without its city; another the city: the
    university may lie in it. Two cities still differ, and so does a site beside its own other city."""
    campus = _template("DEV-MUC3-9010", 1, "16 NOV 89", "EL SALVADOR: NATIONAL UNIVERSITY (UNIVERSITY)", "ATTACK", "PRIESTS")
    city = _template("DEV-MUC3-9011", 1, "16 NOV 89", "EL SALVADOR: SAN SALVADOR (CITY)", "ATTACK", "PRIESTS")
    other = _template("DEV-MUC3-9012", 1, "16 NOV 89", "EL SALVADOR: SAN MIGUEL (CITY)", "ATTACK", "PRIESTS")
    campus_in_town = _template("DEV-MUC3-9013", 1, "16 NOV 89", "EL SALVADOR: SAN MIGUEL (CITY): NATIONAL UNIVERSITY (UNIVERSITY)",
                               "ATTACK", "PRIESTS")
    gold = gold_clustering(_keys(campus, city, other, campus_in_town))
    assert gold.judge(("DEV-MUC3-9010", "1"), ("DEV-MUC3-9011", "1")) is None
    assert gold.judge(("DEV-MUC3-9011", "1"), ("DEV-MUC3-9012", "1")) is False
    assert gold.judge(("DEV-MUC3-9011", "1"), ("DEV-MUC3-9013", "1")) is False
