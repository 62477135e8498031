"""`wirecoder train`: the options that decide what is trained and where it goes."""

import pytest

from wirecoder.cli import main
from wirecoder.cli.train_cmd import PACKAGE_WEIGHTS


def test_a_judge_trained_on_half_the_labels_never_replaces_the_shipped_one(capsys):
    code = main(["train", "--hold-out-lgl-half", "--only", "judge", "--out", str(PACKAGE_WEIGHTS)])
    assert code != 0
    assert "--hold-out-lgl-half" in capsys.readouterr().err
    assert (PACKAGE_WEIGHTS / "event_judge").is_dir()  # untouched


@pytest.mark.parametrize("flag", [[], ["--hold-out-lgl-half"]])
def test_the_fold_option_parses(flag):
    from wirecoder.cli import build_parser

    args = build_parser().parse_args(["train", *flag, "--out", "/tmp/elsewhere"])
    assert args.hold_out_lgl_half is bool(flag)
