"""``wirecoder eval violence``: does wirecoder code violence where an article reports it, and
only there?

The articles are LGL and GeoWebNews texts (``geoparsing/`` of the shared data) that the project
labelled by reading them (``tests/evaluate/data/violence_labels/*.tsv``: violence yes/no/unclear,
political yes/no, and a one-line reason each). GeoWebNews (``gwn``) is held out: nothing is trained
or tuned on it; LGL (``lgl``) is the judge's training material, so its figures are no result.

Per article, a *violent incident* is an incident of an attack type (the taxonomy's ``attack``):
- false alarms: articles labelled no that get one (the bar: at most 3%);
- detection: articles labelled yes that get one;
- any incident: articles labelled no that get an incident of any type (accusations, statements ...);
- political: of the violent articles that get a violent incident, whether one of them is marked
  political as the label says (political violence against ordinary crime).
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from ..errors import EvaluationError
from ..model import Article
from ..pipeline import Coder
from ..resources.taxonomy import attack_types
from .report import ErrorCase, EvalReport, FieldScore

LABELS = Path("tests/evaluate/data/violence_labels")
CORPORA = {"gwn": ("GWN.xml", "read_gwn"), "lgl": ("lgl.xml", "read_lgl")}


def read_labels(labels_dir: Path, corpus: str) -> dict[str, dict]:
    """Labelled rows by article id from every ``<corpus>*.tsv`` in ``labels_dir``."""
    files = sorted(labels_dir.glob(f"{corpus}*.tsv"))
    if not files:
        raise EvaluationError(f"{labels_dir}: no {corpus}*.tsv label files (give --labels)")
    rows: dict[str, dict] = {}
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("corpus") != corpus or row.get("violence") not in {"yes", "no", "unclear"}:
                    raise EvaluationError(f"{path}: malformed row {row}")
                rows[row["id"]] = row
    return rows


def evaluate_violence(data_dir: str | Path, coder: Coder, *, corpus: str = "gwn", labels: str | Path = LABELS,
                      limit: int | None = None, max_errors: int = 60) -> EvalReport:
    from . import geo

    if corpus not in CORPORA:
        raise EvaluationError(f"unknown corpus {corpus!r}; known: {', '.join(CORPORA)}")
    started = time.perf_counter()
    file, reader = CORPORA[corpus]
    path = Path(data_dir) / "geoparsing" / file
    if not path.is_file():
        raise EvaluationError(f"{path}: missing (give the shared data folder with --data)")
    gold = read_labels(Path(labels), corpus)
    docs = [d for d in getattr(geo, reader)(path) if d.doc_id in gold and gold[d.doc_id]["violence"] != "unclear"]
    if limit:
        docs = docs[:limit]
    articles = [Article(text=d.text, published=d.published, origin=f"{corpus}:{d.doc_id}") for d in docs]
    attacks = attack_types()
    detection = FieldScore(field="violent incident (article)")
    political = FieldScore(field="violent incident, political violence only (article)")
    any_incident = FieldScore(field="any incident (article)")
    marked_political = FieldScore(field="marked political (detected violent articles)")
    errors: list[ErrorCase] = []
    negatives = false_alarms = any_alarms = failures = 0
    for doc, result in zip(docs, coder.extract_many(articles)):
        incidents = getattr(result, "incidents", None)
        if incidents is None:
            failures += 1
            incidents = []
        row = gold[doc.doc_id]
        violent = [i for i in incidents if i.type in attacks]
        said = violent[0] if violent else None
        if row["violence"] == "yes":
            detection.tp += bool(violent)
            detection.fn += not violent
            if row["political"] == "yes":
                political.tp += bool(violent)
                political.fn += not violent
            if violent:
                says = any(i.political for i in violent)
                marked_political.tp += says and row["political"] == "yes"
                marked_political.fp += says and row["political"] != "yes"
                marked_political.fn += not says and row["political"] == "yes"
            any_incident.tp += bool(incidents)
            any_incident.fn += not incidents
            if not violent:
                errors.append(ErrorCase(doc=doc.doc_id, field="violence", kind="missing", gold=row["reason"],
                                        text=doc.text[:300], weight=0.5))
        else:
            negatives += 1
            false_alarms += bool(violent)
            any_alarms += bool(incidents)
            detection.fp += bool(violent)
            any_incident.fp += bool(incidents)
            if said is not None:
                evidence = said.evidence[0] if said.evidence else None
                errors.append(ErrorCase(
                    doc=doc.doc_id, field="violence", kind="false_alarm", gold=row["reason"],
                    predicted=f"{said.type.value}" + (f" ({said.confidence:.2f})" if said.confidence is not None else ""),
                    text=" ".join(evidence.text.split()) if evidence else "", weight=1.0))
    report = EvalReport(
        dataset="violence", split=corpus, documents=len(docs),
        fields=[detection, political, any_incident, marked_political],
        summary={
            "non_violent_articles": negatives,
            "false_alarm_rate": round(false_alarms / negatives, 4) if negatives else 0.0,
            "any_incident_rate_on_non_violent": round(any_alarms / negatives, 4) if negatives else 0.0,
            "violent_articles_detected": round(detection.recall, 4),
            "extraction_failures": failures,
            "judge": "on" if coder.config.judge else "off",
        },
        errors=sorted(errors, key=lambda e: -e.weight)[:max_errors],
    )
    report.notes.append("false_alarm_rate = share of articles labelled non-violent that get an incident of an attack type")
    if corpus != "gwn":
        report.notes.append(f"{corpus} labels train the judge: these figures are not a held-out result")
    report.seconds = round(time.perf_counter() - started, 1)
    return report
