"""`wirecoder train`: build the examples of the learned stages from the annotated data's training
splits and train them: the event judge and the article gate."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import ConfigError

PACKAGE_WEIGHTS = Path(__file__).resolve().parents[1] / "judge" / "weights"


def add_parser(sub):
    p = sub.add_parser("train", help="train the event judge on the annotated data (CPU, fixed seed)",
                       description="Build the judge's examples from the training splits of the shared data "
                                   "(never from the splits the evaluation reports) and train spaCy's textcat.")
    p.add_argument("--data", default="../shared/data", help="the shared data folder (default ../shared/data)")
    p.add_argument("--labels", default="tests/evaluate/data/violence_labels",
                   help="folder of the project's own article labels (lgl_*.tsv are trained on)")
    p.add_argument("--examples", default="out/judge/examples.jsonl",
                   help="where the examples are written, and read again unless --rebuild (default out/judge/...)")
    p.add_argument("--rebuild", action="store_true", help="build the examples again even if the file exists")
    p.add_argument("--out", default=str(PACKAGE_WEIGHTS),
                   help="folder for the trained pipelines, event_judge/ and article_gate/ (default: the package's)")
    p.add_argument("--only", choices=["judge", "gate"], help="train one of the two")
    p.add_argument("--hold-out-lgl-half", action="store_true",
                   help="judge: leave out a fixed half of the LGL articles (training.judge_data.lgl_held_out), "
                        "to measure it on labels it was not trained on; write it with --out elsewhere")
    return p


def run(args) -> int:
    from ..training.gate_data import build_gate_examples
    from ..training.judge_data import summarise
    from ..training.train import train_gate

    out = Path(args.out)
    if args.hold_out_lgl_half and out.resolve() == PACKAGE_WEIGHTS:
        # a judge trained on half the labels must never replace the one the package ships
        raise ConfigError("--hold-out-lgl-half trains an experiment's judge: give --out a folder of its own")
    if args.only != "gate":
        _train_judge(args, out / "event_judge")
    if args.only != "judge":
        examples = build_gate_examples(Path(args.data), Path(args.labels))
        print(json.dumps(summarise(examples), indent=2), file=sys.stderr)
        print(train_gate(examples, out / "article_gate").model_dump_json(indent=2))
    return 0


def _train_judge(args, out: Path) -> None:
    from ..config import Config
    from ..pipeline import Coder
    from ..training.judge_data import JudgeExample, build_examples, summarise, without_held_out_lgl
    from ..training.train import train_judge

    examples_path = Path(args.examples)
    if args.rebuild or not examples_path.is_file():
        if not Path(args.data).is_dir():
            raise ConfigError(f"--data {args.data}: no such folder")
        # candidates come from the rules alone: the judge being trained must not pick its own examples
        examples = build_examples(Path(args.data), Coder(Config(judge=False, gate=False)), Path(args.labels))
        examples_path.parent.mkdir(parents=True, exist_ok=True)
        examples_path.write_text("".join(e.model_dump_json() + "\n" for e in examples), encoding="utf-8")
    else:
        examples = [JudgeExample.model_validate_json(line) for line in examples_path.read_text(encoding="utf-8").splitlines() if line]
    if args.hold_out_lgl_half:
        examples = without_held_out_lgl(examples)
    print(json.dumps(summarise(examples), indent=2), file=sys.stderr)
    print(train_judge(examples, out).model_dump_json(indent=2))
