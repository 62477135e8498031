"""`wirecoder eval DATASET`: measure wirecoder on annotated data (MUC-4, WikiEvents, UCDP, geo)
and print a table per field; ``--json`` prints the report as JSON, ``--out`` saves it."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import ConfigError


def add_parser(sub):
    p = sub.add_parser("eval", help="measure accuracy on annotated data: muc4, wikievents, rams, ucdp, geo, violence, merge")
    p.add_argument("dataset", help="muc4, wikievents, rams (RAMS dev, a tuning split), ucdp, geo (geo:lgl, geo:gwn for one corpus), violence or merge")
    p.add_argument("--data", default="../shared/data", help="the shared data folder (default ../shared/data)")
    p.add_argument("--limit", type=int, help="only the first N documents")
    p.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")
    p.add_argument("--out", help="also write the JSON report to this file")
    p.add_argument("--errors", type=int, default=15, help="worst errors to list under the table (default 15)")
    p.add_argument("--split", help="muc4: tst (tst1+tst2, default), tst1, tst2 or dev; geo: lgl or gwn (as --dataset); "
                                    "violence: gwn (held out, default) or lgl; merge: dev (default), tst, tst1 or tst2")
    p.add_argument("--labels", help="violence: the folder of article labels (default tests/evaluate/data/violence_labels)")
    p.add_argument("--no-judge", action="store_true", help="rules alone, without the trained judge (for the ablation)")
    p.add_argument("--mapping", choices=["muc4", "type"], help="muc4: template mapping condition (default muc4)")
    p.add_argument("--write-responses", metavar="FILE", help="muc4: save the response templates scored")
    p.add_argument("--texts", metavar="FILE", help="muc4: a MUC-4 text file to score instead of a split (with --keys)")
    p.add_argument("--keys", metavar="FILE", help="muc4: the answer-key file for --texts")
    p.add_argument("--dataset", dest="corpus", choices=["lgl", "gwn", "both"],
                   help="geo: LGL, GeoWebNews or both (default both)")
    p.add_argument("--progress", action="store_true", help="show a progress bar (muc4, geo, merge)")
    return p


def run(args) -> int:
    from ..evaluate import evaluate
    from . import config_of

    opts: dict = {}
    if args.dataset == "muc4":
        for name in ("split", "mapping", "write_responses", "texts", "keys"):
            value = getattr(args, name)
            if value is not None:
                opts[name] = value
        opts["progress"] = args.progress
    else:
        for name in ("mapping", "write_responses", "texts", "keys"):
            if getattr(args, name) is not None:
                raise ConfigError(f"--{name.replace('_', '-')} only applies to muc4")
        if args.split is not None:
            opts["split"] = args.split
        if args.dataset == "merge":
            opts["progress"] = args.progress
        if args.dataset == "geo" or args.dataset.startswith("geo:"):
            if args.corpus is not None:
                opts["corpus"] = args.corpus
            opts["progress"] = args.progress
        elif args.corpus is not None:
            raise ConfigError("--dataset only applies to geo")
    if args.out and not Path(args.out).resolve().parent.is_dir():
        raise ConfigError(f"--out {args.out}: folder does not exist")
    if args.labels is not None:
        if args.dataset != "violence":
            raise ConfigError("--labels only applies to violence")
        opts["labels"] = args.labels
    config = config_of(args, judge=False if args.no_judge else None)
    report = evaluate(args.dataset, data_dir=args.data, limit=args.limit, config=config, **opts)
    if hasattr(report, "command"):
        report.command = "wirecoder eval " + " ".join(sys.argv[2:]) if len(sys.argv) > 2 else f"wirecoder eval {args.dataset}"
    if args.out:
        Path(args.out).write_text(report.to_json() if hasattr(report, "to_json") else report.model_dump_json(indent=2), encoding="utf-8")
    if args.json:
        sys.stdout.write((report.to_json() if hasattr(report, "to_json") else report.model_dump_json(indent=2)) + "\n")
    else:
        sys.stdout.write(report.table(errors=args.errors) if hasattr(report, "table") else str(report))
    return 0
