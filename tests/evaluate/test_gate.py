"""Quality gate: the MUC-4 tst1 score (100 messages) must not fall below the recorded baseline.

The floor is ``baseline.json`` next to this file (F per row of the MUC report). A change that
lowers a score fails here; raising the floor is a reviewed commit of ``baseline.json``.
"""

import json
from pathlib import Path

import pytest

# the slice lives in the repository (tests/evaluate/data, see its README) so CI scores it on a clean clone
DATA = Path(__file__).resolve().parent / "data"
BASELINE = json.loads((Path(__file__).with_name("baseline.json")).read_text(encoding="utf-8"))

pytestmark = [pytest.mark.golden, pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def report():
    if not (DATA / "muc4" / BASELINE["split"]).is_dir():
        pytest.fail(f"the gate corpus is missing at {DATA / 'muc4' / BASELINE['split']}")
    from wirecoder.evaluate import evaluate

    return evaluate(BASELINE["dataset"], data_dir=DATA, split=BASELINE["split"])


def test_every_message_is_scored(report):
    assert report.documents == 100
    assert report.summary["extraction_failures"] == 0


@pytest.mark.parametrize("row", sorted(BASELINE["min"]))
def test_score_not_below_baseline(report, row):
    floor = BASELINE["min"][row]
    got = report.field(row).f1
    assert got >= floor - BASELINE["tolerance"], (
        f"{row}: F {got:.3f} fell below the baseline {floor:.3f} (tests/evaluate/baseline.json)\n" + report.table(errors=10)
    )
