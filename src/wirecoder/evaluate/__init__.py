"""Measuring wirecoder on annotated news others made (see ``../shared/data/README.md``).

``evaluate(dataset, data_dir, limit, config=None, **opts)`` runs one evaluation under ``config``
(default: ``Config()``'s defaults, so that a figure does not depend on the environment) and returns an
:class:`~wirecoder.evaluate.report.EvalReport` (per-field precision, recall, F1 and support, a
text table, JSON, and the worst errors with their text):

- ``muc4``: MUC-4 templates and the MUC scoring (``split=tst|tst1|tst2|dev``, ``texts=``/``keys=``
  for any text/key pair, ``write_responses=``, ``mapping=muc4|type``),
- ``wikievents``: event detection and arguments on WikiEvents,
- ``rams``: recall of deaths, injuries, attacks and arrests on RAMS dev (a tuning split), with
  non-violent deaths, illness and disasters as hard negatives (see ``wirecoder.evaluate.rams``),
- ``ucdp``: deaths, country and source from UCDP GED headlines,
- ``violence``: violent incidents in articles the project labelled (``split=gwn|lgl``, ``labels=``),
- ``geo``: toponyms on LGL and GeoWebNews (``corpus=lgl|gwn|both``, or ``geo:lgl``; see
  ``wirecoder.evaluate.geo``),
- ``merge``: the store's incidents as a clustering of MUC-4 messages against a gold clustering
  derived from the keys (``split=dev|tst|tst1|tst2``; see ``wirecoder.evaluate.merge``).
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..errors import EvaluationError
from ..pipeline import Coder
from .report import ErrorCase, EvalReport, FieldScore

DATASETS = ("muc4", "wikievents", "rams", "ucdp", "geo", "violence", "merge")

__all__ = ["DATASETS", "ErrorCase", "EvalReport", "FieldScore", "evaluate"]


def evaluate(dataset: str, data_dir: str | Path = "../shared/data", limit: int | None = None,
             config: Config | None = None, **opts) -> EvalReport:
    """Run the evaluation ``dataset`` on the shared data under ``data_dir``."""
    coder = Coder(config)
    if limit is not None and limit < 1:
        raise EvaluationError(f"limit must be at least 1, not {limit}")
    if dataset == "muc4":
        from .muc4 import evaluate_muc4

        return evaluate_muc4(data_dir, coder, limit=limit, **opts)
    if dataset == "violence":
        from .violence import evaluate_violence

        kwargs = {"corpus": opts.pop("split", None) or "gwn", "limit": limit}
        if opts.get("labels"):
            kwargs["labels"] = opts["labels"]
        return evaluate_violence(data_dir, coder, **kwargs)
    if dataset == "merge":
        from .merge import evaluate_merge

        return evaluate_merge(data_dir, coder, split=opts.pop("split", None) or "dev", limit=limit,
                              progress=bool(opts.pop("progress", False)))
    if any(opts.get(k) for k in ("texts", "keys", "write_responses", "mapping")):
        raise EvaluationError("--texts, --keys, --write-responses and --mapping only apply to muc4")
    split = opts.pop("split", None)
    opts = {k: v for k, v in opts.items() if k not in {"texts", "keys", "write_responses", "mapping"}}
    if dataset == "wikievents":
        from .wikievents import evaluate_wikievents

        return evaluate_wikievents(data_dir, coder, limit=limit, **opts)
    if dataset == "rams":
        from .rams import evaluate_rams

        return evaluate_rams(data_dir, coder, limit=limit, **opts)
    if dataset == "ucdp":
        from .ucdp import evaluate_ucdp

        return evaluate_ucdp(data_dir, coder, limit=limit, **opts)
    if dataset == "geo" or dataset.startswith("geo:"):
        try:
            from .geo import evaluate_geo
        except ImportError as exc:
            raise EvaluationError(f"the geo evaluation is not installed ({exc})") from None
        which = dataset.split(":", 1)[1] if ":" in dataset else (opts.pop("corpus", None) or split)
        kwargs: dict = {"limit": limit, "progress": bool(opts.pop("progress", False))}
        if which:
            kwargs["dataset"] = which
        return evaluate_geo(data_dir, coder, **kwargs)
    raise EvaluationError(f"unknown dataset {dataset!r}; known: {', '.join(DATASETS)}")
