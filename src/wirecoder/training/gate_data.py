"""The article gate's examples: whole articles (no parse needed), labelled by whether they report
violence at all, from the training sources only.

- our LGL labels: violence yes or no (unclear skipped);
- MUC-4 dev: a message with a template reports violence; a message without one is skipped, since
  MUC-4 calls much real fighting irrelevant;
- RAMS dev: a passage whose gold trigger is an act to code (``judge_labels.json``) reports
  violence, one whose trigger is of a type that is not reports none (a noisy negative: the other
  sentences of a passage may still tell violence, which the gate's low threshold allows for);
UCDP and PLOVER are evaluation data by the shared data's README and are not read here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..evaluate.geo import read_lgl
from ..ingest.muc import read_muc_messages
from ..judge.gate import gate_text
from ..model import Article
from ..muc4.keys import read_key_files
from .judge_data import JudgeExample, deduplicate, rams_label, read_article_labels, read_rams


def _example(article: Article, label: bool, corpus: str, doc_id: str, why: str) -> JudgeExample:
    return JudgeExample(text=gate_text(article), label=label, corpus=corpus, origin=f"{doc_id}@0", why=why[:160])


def gate_examples(data_dir: Path, labels_dir: Path) -> Iterator[JudgeExample]:
    labels = read_article_labels(labels_dir)
    for doc in read_lgl(data_dir / "geoparsing" / "lgl.xml"):
        violence, reason = labels.get(doc.doc_id, ("", ""))
        if violence in {"yes", "no"} and doc.text.strip():
            yield _example(Article(text=doc.text), violence == "yes", "lgl", doc.doc_id, f"lgl {violence}: {reason}")

    muc = data_dir / "muc4" / "dev"
    keys = read_key_files(sorted(muc.glob("key-dev-*")))
    for path in sorted(muc.glob("dev-muc3-*")):
        for message_id, article in read_muc_messages(path):
            message = keys.get(message_id)
            if message is not None and message.relevant:
                yield _example(article, True, "muc4-dev", message_id, "muc4 relevant message")

    for passage in read_rams(data_dir / "rams" / "dev.jsonlines"):
        rams_type = passage.triggers[0][2]
        verdict = rams_label(rams_type)
        if verdict is not None:
            yield _example(Article(text=passage.text), verdict, "rams", passage.doc_key, f"rams {rams_type}")


def build_gate_examples(data_dir: Path, labels_dir: Path) -> list[JudgeExample]:
    return deduplicate(gate_examples(data_dir, labels_dir)).examples
