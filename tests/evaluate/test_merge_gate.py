"""Merge gate: on a slice of MUC-4 DEV where one incident once drew in the reports of a week of
fighting in one city, the store must keep judged-distinct reports apart (``merge_baseline.json``
holds the floors and why). Slow: every message is extracted and stored."""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
BASELINE = json.loads((Path(__file__).with_name("merge_baseline.json")).read_text(encoding="utf-8"))

pytestmark = [pytest.mark.golden, pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def report():
    texts, keys = DATA / BASELINE["texts"], DATA / BASELINE["keys"]
    if not texts.is_file() or not keys.is_file():
        pytest.fail(f"the merge slice is missing at {texts.parent}")
    from wirecoder.evaluate.merge import evaluate_merge
    from wirecoder.pipeline import Coder

    return evaluate_merge(DATA, Coder(), texts=texts, keys=keys)


def test_every_message_is_stored(report):
    assert report.documents == BASELINE["messages"]


def test_reports_the_keys_tell_apart_stay_apart(report):
    wrong = [e.doc for e in report.errors if e.kind == "wrong_merge"]
    assert len(wrong) <= BASELINE["max_wrong_merges"], wrong
    assert report.summary["bcubed_precision"] >= BASELINE["min_bcubed_precision"], report.summary


def test_no_incident_spans_two_countries(report):
    assert report.summary["incidents_across_countries"] == 0
    assert report.summary["merged_pairs_keys_in_other_countries"] == 0
