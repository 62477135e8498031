"""``wirecoder eval rams``: deaths, injuries, attacks and arrests on the RAMS dev split, a TUNING split.

RAMS (Ebner et al. 2020) annotates one event per five-sentence news passage in the AIDA ontology,
kin of the KAIROS types WikiEvents uses. Unlike WikiEvents (held out), its dev split may be read
and tuned on: it is where the rules for deaths and injuries told without a numeral are measured.

Only the annotated event is known, so only RECALL is measured per class (an event wirecoder finds
elsewhere in the passage may be right: nobody annotated it):

- die: ``life.die.*`` but natural deaths (``life.die.nonviolentdeath``),
- injure: ``life.injure.*`` but illness (``life.injure.illness*``),
- attack: ``conflict.attack.*``; arrest: ``justice.arrestjaildetain.*``.

A gold trigger is found when wirecoder reports a mention of its class whose span overlaps it, by the
WikiEvents mapping and matching rule (``wirecoder.evaluate.wikievents``): a count runs from whom it
counts to its event's trigger and its own casualty word and must hold the gold trigger word.

As a precision proxy, the passages whose annotated event is of a non-violent kind (a natural
death, an illness, a disaster) are the hard negatives: the share of them where wirecoder reports a
violent death, injury or attack at the annotated trigger (lower is better).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from ..errors import EvaluationError
from ..model import Article
from ..pipeline import Coder
from .report import ErrorCase, EvalReport, FieldScore
from .wikievents import CLASSES, Doc, Mention, _match, _overlap, _sent_of, predicted_mentions, result_events

# the non-violent kinds a coder must not read as violence: natural deaths, illness, disasters
NEGATIVE_PREFIXES = ("life.die.nonviolentdeath", "life.injure.illness", "disaster.")
# the violent classes a hard negative must not be reported as
_VIOLENT = ("die", "injure", "attack")
# tokens written against the previous one in running text; RAMS gives the passage tokenized
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "''", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def gold_class(event_type: str) -> str | None:
    """The class a RAMS event type is scored in: 'negative' for the non-violent hard negatives,
    None for the types not scored."""
    t = event_type.lower()
    if t.startswith(NEGATIVE_PREFIXES):
        return "negative"
    for prefix, cls in (("life.die.", "die"), ("life.injure.", "injure"), ("conflict.attack.", "attack"),
                        ("justice.arrestjaildetain.", "arrest")):
        if t.startswith(prefix):
            return cls
    return None


def read_passages(path: Path) -> list[tuple[Doc, str]]:
    """RAMS passages as documents: the text rebuilt from their tokens (sentences one after another,
    as the passage ran), each with its annotated event as one gold mention of its class (character
    offsets into the text), and the event's RAMS type. Passages of types not scored are skipped."""
    out: list[tuple[Doc, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            trigger = raw["evt_triggers"][0]
            event_type = trigger[2][0][0]
            cls = gold_class(event_type)
            if cls is None:
                continue
            text, at, sent_spans, token_sent = "", [], [], []
            for s_idx, sent in enumerate(raw["sentences"]):
                if text:
                    text += " "
                s_start = len(text)
                for i, tok in enumerate(sent):
                    # "anti - Muslim" was "anti-Muslim": a hyphen token joins its neighbours
                    if i and tok not in _NO_SPACE_BEFORE and sent[i - 1] not in _NO_SPACE_AFTER and "-" not in (tok, sent[i - 1]):
                        text += " "
                    at.append((len(text), len(text) + len(tok)))
                    token_sent.append(s_idx)
                    text += tok
                sent_spans.append((s_start, len(text)))
            first, last = trigger[0], trigger[1]  # inclusive token offsets
            start, end = at[first][0], at[last][1]
            gold = [Mention(cls, start, end, token_sent[first], text[start:end])]
        except (KeyError, IndexError, ValueError, TypeError) as exc:
            raise EvaluationError(f"{path}:{n}: not a RAMS passage ({type(exc).__name__}: {exc})") from None
        out.append((Doc(raw["doc_key"], text, sent_spans, gold), event_type))
    return out


def evaluate_rams(data_dir: str | Path, coder: Coder, *, limit: int | None = None, max_errors: int = 50) -> EvalReport:
    started = time.perf_counter()
    path = Path(data_dir) / "rams" / "dev.jsonlines"
    if not path.is_file():
        raise EvaluationError(f"{path}: missing (give the shared data folder with --data)")
    passages = read_passages(path)
    if limit:
        passages = passages[:limit]
    recall = {c: FieldScore(field=f"{c} recall") for c in CLASSES}
    negatives = FieldScore(field="non-violent read as violent")
    errors: list[ErrorCase] = []
    failures = 0
    results = coder.extract_many([Article(text=d.text, origin=f"rams:{d.doc_id}") for d, _ in passages])
    for (doc, event_type), result in zip(passages, results):
        events, failed = result_events(result)
        failures += failed
        pred = predicted_mentions(doc, events)
        gold = doc.gold[0]
        sentence = doc.text[slice(*doc.sent_spans[gold.sent])]
        if gold.cls == "negative":
            hits = [p for p in pred if p.cls in _VIOLENT and _overlap((p.start, p.end), (gold.start, gold.end))]
            # tp: a hard negative read as violence; fn: one left alone (the share is tp / support)
            negatives.tp += bool(hits)
            negatives.fn += not hits
            if hits:
                errors.append(ErrorCase(doc=doc.doc_id, field=event_type, kind="false_alarm", gold=gold.text,
                                        predicted="; ".join(f"{p.cls}: {p.text}" for p in hits), text=sentence))
            continue
        found = bool(_match(doc.gold, pred, same_sentence=False))
        recall[gold.cls].tp += found
        recall[gold.cls].fn += not found
        if not found:
            near = [f"{p.cls}: {p.text}" for p in pred if _sent_of(doc, p.start) == gold.sent]
            errors.append(ErrorCase(doc=doc.doc_id, field=gold.cls, kind="missing", gold=gold.text,
                                    predicted="; ".join(near) or None, text=sentence,
                                    weight=1.0 if gold.cls in {"die", "injure"} else 0.8))
    overall = FieldScore(field="all recall")
    for c in CLASSES:
        overall.add(recall[c])
    summary: dict[str, float | int | str | None] = {f"{c}_recall": round(recall[c].recall, 4) for c in CLASSES}
    summary["all_recall"] = round(overall.recall, 4)
    summary["nonviolent_read_as_violent"] = round(negatives.recall, 4)
    summary["nonviolent_passages"] = int(negatives.support)
    summary["extraction_failures"] = failures
    report = EvalReport(dataset="rams", split="dev (tuning)", documents=len(passages),
                        fields=[*recall.values(), overall, negatives], summary=summary,
                        errors=sorted(errors, key=lambda e: -e.weight)[:max_errors])
    report.notes += [
        "RAMS dev is a TUNING split (its errors may be read); WikiEvents is the held-out figure",
        "one annotated event per passage: only recall is measured (P is meaningless here, read R); "
        "die and injure are read from killed and injured counts, a count runs from whom it counts to "
        "its event's trigger and its own casualty word and must hold the gold trigger",
        "'non-violent read as violent': share of natural-death, illness and disaster passages where a "
        "violent death, injury or attack is reported at the annotated trigger (R column; lower is better)",
    ]
    report.seconds = round(time.perf_counter() - started, 1)
    return report
