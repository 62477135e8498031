"""The project's own example articles (examples/, written for these tests): one expectation each."""

import csv
from pathlib import Path

import pytest

import wirecoder

pytestmark = [pytest.mark.golden, pytest.mark.model]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
INDEX = {row["file"]: row for row in csv.DictReader((EXAMPLES / "index.tsv").open(), delimiter="\t")}

# file -> list of (type, date, country, {kind: value}, {role: name}) per incident, in text order
EXPECTED = {
    "kabul_bombing.txt": [("bombing", "2025-03-04", "AF", {"killed": 12, "injured": 30}, {"claimant": "Islamic State - Khorasan Province"})],
    "kaduna_kidnapping.txt": [("kidnapping", "2025-02-07", "NG", {"kidnapped": 28, "killed": 1}, {})],
    "mali_two_attacks.txt": [
        ("armed_assault", "2025-05-11", "ML", {"killed": 9}, {}),
        ("bombing", "2025-05-12", "ML", {"killed": 5, "injured": 14}, {}),
    ],
    "denial.txt": [("bombing", "2025-01-15", "PK", {"injured": 7, "arrested": 2}, {"denier": "Tehrik-i-Taliban Pakistan"})],
    "football.txt": [],
    "berlin_arrests.txt": [("arrest", "2024-12-05", "DE", {"arrested": 6}, {})],
    "nairobi_protest.txt": [("protest", "2024-06-25", "KE", {"killed": 2}, {})],
    "guerrero_assassination.txt": [("assassination", "2024-10-06", "MX", {}, {})],
    "church_arson.txt": [("facility_attack", "2025-04-12", "BF", {"injured": 0}, {})],
    "mogadishu_siege.txt": [("hostage_taking", "2022-08-19", "SO", {"killed": 21}, {"perpetrator": "al-Shabaab"})],
    "toll_update.txt": [("bombing", "2025-06-23", "NG", {"killed": 32}, {})],
}


def test_every_example_has_an_expectation():
    assert set(EXPECTED) | {"rostov.txt"} == set(INDEX)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(name):
    meta = INDEX[name]
    result = wirecoder.extract((EXAMPLES / name).read_text(), published=meta["published"], source=meta["source"])
    got = result.incidents
    assert [i.type.value for i in got] == [e[0] for e in EXPECTED[name]]
    for incident, (etype, day, country, counts, actors) in zip(got, EXPECTED[name]):
        assert incident.date.date.isoformat() == day
        assert incident.place is not None and incident.place.country_code == country
        headline = {c.kind.value: c.value for c in incident.counts}
        for kind, value in counts.items():
            assert headline.get(kind) == value, (kind, headline)
        for role, group in actors.items():
            assert any(a.role.value == role and group in (a.name, a.group) for a in incident.actors), (role, incident.actors)


def test_toll_update_keeps_the_superseded_figure_as_a_conflict():
    meta = INDEX["toll_update.txt"]
    result = wirecoder.extract((EXAMPLES / "toll_update.txt").read_text(), published=meta["published"])
    conflict = next(c for c in result.incidents[0].conflicts if c.field == "counts.killed")
    assert {v.value for v in conflict.values} == {32, 18}
