"""``wirecoder eval violence`` on three short articles written here, with labels in the same
format as the project's own (``tests/evaluate/data/violence_labels``)."""

import pytest

from wirecoder.config import Config
from wirecoder.errors import EvaluationError
from wirecoder.evaluate import evaluate
from wirecoder.evaluate.violence import read_labels

GWN_XML = """<?xml version="1.0" ?>
<articles>
<article file="1"><title>Attack</title><link>http://example.org/1</link>
<text>Gunmen killed three police officers at a checkpoint in Kandahar on Monday, officials said.</text></article>
<article file="2"><title>Match report</title><link>http://example.org/2</link>
<text>The striker fired a late shot past the keeper and the home side stormed to a 3-0 win on Saturday.</text></article>
<article file="3"><title>Council</title><link>http://example.org/3</link>
<text>The town council approved a new budget for road repairs on Tuesday.</text></article>
</articles>
"""
LABELS = ("corpus\tid\tviolence\tpolitical\treason\n"
          "gwn\t1\tyes\tyes\tgunmen kill police at checkpoint\n"
          "gwn\t2\tno\t-\tfootball match report\n"
          "gwn\t3\tno\t-\tcouncil budget\n")


@pytest.fixture
def folders(tmp_path):
    data, labels = tmp_path / "data", tmp_path / "labels"
    (data / "geoparsing").mkdir(parents=True)
    labels.mkdir()
    (data / "geoparsing" / "GWN.xml").write_text(GWN_XML, encoding="utf-8")
    (labels / "gwn.tsv").write_text(LABELS, encoding="utf-8")
    return data, labels


def test_labels_are_read_and_checked(folders, tmp_path):
    _, labels = folders
    assert {k: v["violence"] for k, v in read_labels(labels, "gwn").items()} == {"1": "yes", "2": "no", "3": "no"}
    (labels / "gwn_bad.tsv").write_text("corpus\tid\tviolence\tpolitical\treason\ngwn\t9\tmaybe\t-\t?\n")
    with pytest.raises(EvaluationError, match="malformed"):
        read_labels(labels, "gwn")
    with pytest.raises(EvaluationError, match="no lgl"):
        read_labels(labels, "lgl")


@pytest.mark.model
def test_false_alarms_and_detection_are_counted_per_article(folders):
    data, labels = folders
    report = evaluate("violence", data_dir=data, config=Config(judge=False), labels=labels)
    detection = next(f for f in report.fields if f.field == "violent incident (article)")
    assert detection.tp == 1 and report.documents == 3
    assert report.summary["non_violent_articles"] == 2
    # the sports report's "fired a shot" and "stormed" are the kind of false alarm this counts
    assert report.summary["false_alarm_rate"] == detection.fp / 2
    assert report.summary["judge"] == "off"
