"""``wirecoder eval rams``: RAMS passages read into documents, their classes, and the recall and
hard-negative figures, on a tiny fixture in RAMS's format (tests/evaluate/data/rams, the
project's own sentences)."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from wirecoder.errors import EvaluationError
from wirecoder.evaluate.rams import evaluate_rams, gold_class, read_passages

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("event_type,expected", [
    ("life.die.deathcausedbyviolentevents", "die"),
    ("life.die.n/a", "die"),
    ("life.die.nonviolentdeath", "negative"),
    ("life.injure.injurycausedbyviolentevents", "injure"),
    ("life.injure.illnessdegradationphysical", "negative"),
    ("disaster.accidentcrash.accidentcrash", "negative"),
    ("conflict.attack.bombing", "attack"),
    ("justice.arrestjaildetain.arrestjaildetain", "arrest"),
    ("justice.judicialconsequences.execute", None),
    ("contact.discussion.meet", None),
])
def test_classes_of_rams_types(event_type, expected):
    assert gold_class(event_type) == expected


def test_passages_keep_their_trigger_offsets_and_skip_unscored_types():
    passages = read_passages(DATA / "rams" / "dev.jsonlines")
    assert [doc.doc_id for doc, _ in passages] == ["die_hit", "injure_hit", "natural_death", "arrest_hit"]
    for doc, _ in passages:
        (gold,) = doc.gold
        assert doc.text[gold.start : gold.end] == gold.text
    die = passages[0][0]
    assert die.gold[0].text == "killed" and die.gold[0].cls == "die" and die.gold[0].sent == 1
    assert die.text[slice(*die.sent_spans[1])] == "Police said the driver was killed and two passengers were wounded."
    assert passages[2][0].gold[0].cls == "negative"


def test_tokens_are_joined_as_running_text(tmp_path):
    line = {"doc_key": "k", "evt_triggers": [[7, 7, [["life.die.deathcausedbyviolentevents", 1.0]]]],
            "sentences": [["Critics", "of", "the", "anti", "-", "drug", "campaign", "killed", "(", "they", "say", ")", "."],
                          ["It", "was", "n't", "the", "army", "'s", "doing", "."]]}
    (tmp_path / "dev.jsonlines").write_text(json.dumps(line) + "\n", encoding="utf-8")
    ((doc, _),) = read_passages(tmp_path / "dev.jsonlines")
    assert doc.text == "Critics of the anti-drug campaign killed (they say). It wasn't the army's doing."
    assert doc.gold[0].text == "killed"


def test_a_broken_passage_names_its_line(tmp_path):
    (tmp_path / "dev.jsonlines").write_text('{"doc_key": "k", "evt_triggers": []}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="dev.jsonlines:1"):
        read_passages(tmp_path / "dev.jsonlines")


class _NothingFound:
    """A coder that reports no event: every annotated event is missed, no negative is flagged."""

    def extract_many(self, articles):
        return [SimpleNamespace(events=[]) for _ in articles]


def test_recall_and_hard_negatives_without_any_event():
    report = evaluate_rams(DATA, _NothingFound())
    assert report.split == "dev (tuning)" and report.documents == 4
    assert report.field("die recall").support == 1 and report.field("die recall").tp == 0
    assert report.field("non-violent read as violent").support == 1
    assert report.summary["nonviolent_read_as_violent"] == 0.0
    assert {(e.field, e.kind) for e in report.errors} == {("die", "missing"), ("injure", "missing"), ("arrest", "missing")}
    assert any("TUNING" in note for note in report.notes)


@pytest.mark.model
def test_recall_and_hard_negatives_with_the_pipeline():
    from wirecoder.pipeline import Coder

    report = evaluate_rams(DATA, Coder())
    assert report.summary["die_recall"] == 1.0
    assert report.summary["injure_recall"] == 1.0
    assert report.summary["arrest_recall"] == 1.0
    # "died of cancer" is no violent death
    assert report.summary["nonviolent_read_as_violent"] == 0.0
