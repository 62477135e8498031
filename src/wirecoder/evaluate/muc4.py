"""``wirecoder eval muc4``: wirecoder's incidents as MUC-4 response templates, scored against the
answer keys with the MUC categories (see ``wirecoder.muc4.score`` for the rules).

Splits of the MUC-3/4 distribution under ``DATA/muc4``: ``dev`` (1,300 messages), ``tst1``,
``tst2`` (100 each) and ``tst`` (tst1 and tst2 together, the split the published figures are on).
Rules are developed on ``dev``; tst1 and tst2 are reported, never tuned on.
Any text/key pair can be scored with ``texts=`` and ``keys=`` (mixed-case texts too: only
all-capitals texts are truecased before parsing).
"""

from __future__ import annotations

import time
from pathlib import Path

from ..errors import EvaluationError
from ..model import Article
from ..muc4.keys import Message, parse_templates, read_key_files
from ..muc4.score import CorpusScore, Tally, score_corpus
from ..muc4.slots import SCORED_SLOTS, SLOT_NAMES
from ..pipeline import Coder
from .report import ErrorCase, EvalReport, FieldScore

SPLITS = {"dev": ("dev",), "tst1": ("tst1",), "tst2": ("tst2",), "tst": ("tst1", "tst2")}


def split_files(data_dir: str | Path, split: str) -> tuple[list[Path], list[Path]]:
    """(text files, key files) of a split of the MUC-4 folder."""
    if split not in SPLITS:
        raise EvaluationError(f"unknown MUC-4 split {split!r}; known: {', '.join(SPLITS)}")
    root = Path(data_dir) / "muc4"
    if not root.is_dir():
        raise EvaluationError(f"{root}: no MUC-4 folder (give the shared data folder with --data)")
    texts: list[Path] = []
    keys: list[Path] = []
    for name in SPLITS[split]:
        folder = root / name
        if not folder.is_dir():
            raise EvaluationError(f"{folder}: missing")
        for f in sorted(folder.iterdir()):
            (keys if f.name.startswith("key-") else texts).append(f)
    if not texts or not keys:
        raise EvaluationError(f"{root}/{split}: no texts or no keys")
    return texts, keys


def read_messages(text_files: list[Path], key_files: list[Path], limit: int | None = None
                  ) -> tuple[dict[str, Message], list[tuple[str, Article]]]:
    """The answer keys of ``key_files`` and the first ``limit`` messages (id, article) of ``text_files``."""
    from ..ingest.muc import read_muc_messages

    key_messages = read_key_files(key_files)
    messages = [m for f in text_files for m in read_muc_messages(f)]
    if limit is not None:
        messages = messages[:limit]
    if not messages:
        raise EvaluationError("no MUC messages in the text files")
    return key_messages, messages


def _tally_field(name: str, t: Tally) -> FieldScore:
    return FieldScore(
        field=name, muc=True, correct=t.cor, partial=t.par, incorrect=t.inc, missing=t.mis, spurious=t.spu,
        noncommittal=t.non, tp=t.credit, fp=t.actual - t.credit, fn=t.possible - t.credit,
    )


def report_from_score(score: CorpusScore, *, split: str | None, texts: dict[str, str], evidence: dict[tuple[str, str], str],
                      max_errors: int = 50) -> EvalReport:
    fields = [_tally_field(SLOT_NAMES[n], score.slots[n]) for n in SCORED_SLOTS]
    fields.append(_tally_field("ALL TEMPLATES", score.all_templates))
    fields.append(_tally_field("MATCHED ONLY", score.matched_only))
    fields.append(_tally_field("MATCHED TEMPLATES", score.templates))
    fields.append(_tally_field("TEXT FILTERING", score.text_filtering))
    errors: list[ErrorCase] = []

    def head(mid: str) -> str:
        return " ".join(texts.get(mid, "").split())[:400]

    for ms in score.messages:
        for k in ms.missing:
            filled = sum(len(k.slot(n).fillers) for n in SCORED_SLOTS)
            errors.append(ErrorCase(doc=ms.message_id, field="template", kind="missing", weight=filled,
                                    gold=f"{'/'.join(k.incident_types)} template {k.number}: {k.slot(3).shown()}", text=head(ms.message_id)))
        for r in ms.spurious:
            filled = sum(len(r.slot(n).fillers) for n in SCORED_SLOTS)
            errors.append(ErrorCase(doc=ms.message_id, field="template", kind="spurious", weight=filled,
                                    predicted=f"{'/'.join(r.incident_types)} template {r.number}: {r.slot(3).shown()}",
                                    text=evidence.get((ms.message_id, r.number), head(ms.message_id))))
        for e in ms.errors:
            errors.append(ErrorCase(doc=ms.message_id, field=SLOT_NAMES[e.slot], kind=e.kind, gold=e.key, predicted=e.response,
                                    weight=0.5 if e.kind == "partial" else 1.0,
                                    text=evidence.get((ms.message_id, e.response_template or ""), head(ms.message_id))))
    all_t = score.all_templates
    summary: dict = {
        "all_templates_f": round(all_t.f, 4),
        "all_templates_recall": round(all_t.recall, 4),
        "all_templates_precision": round(all_t.precision, 4),
        "key_templates": score.templates.cor + score.templates.mis,
        "response_templates": score.templates.cor + score.templates.spu,
        "mapped_templates": score.templates.cor,
        "relevant_messages": score.text_filtering.cor + score.text_filtering.mis,
        "error_count": len(errors),
    }
    errors.sort(key=lambda e: -e.weight)
    return EvalReport(dataset="muc4", split=split, documents=len(score.messages), fields=fields, summary=summary,
                      errors=errors[:max_errors])


def evaluate_muc4(
    data_dir: str | Path,
    coder: Coder,
    *,
    split: str = "tst",
    limit: int | None = None,
    texts: str | Path | None = None,
    keys: str | Path | None = None,
    write_responses: str | Path | None = None,
    mapping: str = "muc4",
    max_errors: int = 50,
    progress: bool = False,
) -> EvalReport:
    """Extract every message, render MUC-4 responses, score them against the keys."""
    from ..muc4.writer import muc4_templates, render_muc4

    started = time.perf_counter()
    if (texts is None) != (keys is None):
        raise EvaluationError("give both --texts and --keys, or neither")
    if texts is not None:
        text_files, key_files = [Path(texts)], [Path(keys)]  # type: ignore[arg-type]
        split_name = Path(texts).name
        for p in text_files + key_files:
            if not p.is_file():
                raise EvaluationError(f"{p}: no such file")
    else:
        text_files, key_files = split_files(data_dir, split)
        split_name = split
    key_messages, messages = read_messages(text_files, key_files, limit)
    missing_keys = [mid for mid, _ in messages if mid not in key_messages]
    if missing_keys:
        raise EvaluationError(f"{len(missing_keys)} messages have no key, e.g. {missing_keys[0]}")
    keys_used = {mid: key_messages[mid] for mid, _ in messages}

    response_parts: list[str] = []
    evidence: dict[tuple[str, str], str] = {}
    failures: list[str] = []
    articles = [a for _, a in messages]
    results = coder.extract_many(articles)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(articles), desc="muc4", unit="msg")
    for (mid, article), result in zip(messages, results):
        if not hasattr(result, "incidents"):
            failures.append(f"{mid}: {getattr(result, 'reason', result)}")
            response_parts.append(render_muc4(mid, []))
            continue
        # the country the article is about is the location of incidents placed nowhere
        response_parts.append(render_muc4(mid, result.incidents, published=article.published, country=result.country))
        for n, template in enumerate(muc4_templates(result.incidents, article.published, result.country), 1):
            evidence[(mid, str(n))] = template.evidence  # the numbering render_muc4 gave them
    response_text = "\n\n".join(p.rstrip("\n") for p in response_parts) + "\n"
    if write_responses:
        Path(write_responses).write_text(response_text, encoding="utf-8")
    responses: dict[str, Message] = parse_templates(response_text, "<responses>")
    score = score_corpus(keys_used, responses, mapping=mapping)
    report = report_from_score(score, split=split_name, texts={mid: a.text for mid, a in messages}, evidence=evidence,
                               max_errors=max_errors)
    report.seconds = round(time.perf_counter() - started, 1)
    report.summary["extraction_failures"] = len(failures)
    report.summary["mapping"] = mapping
    report.notes += [f"extraction failed: {f}" for f in failures[:5]]
    if write_responses:
        report.notes.append(f"responses written to {write_responses}")
    return report
