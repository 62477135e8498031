"""`wirecoder gazetteer build` and `wirecoder gazetteer info` on the GeoNames fixture."""

import json
from pathlib import Path

from wirecoder.cli import main

DATA = Path(__file__).parent.parent / "resources" / "data" / "geonames"


def test_build_then_info(capsys, tmp_path, monkeypatch):
    out = tmp_path / "full.sqlite"
    files = [str(DATA / n) for n in ("AF.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "alternateNamesV2.txt")]
    assert main(["gazetteer", "build", "--geonames", *files, "--out", str(out)]) == 0
    counts = json.loads(capsys.readouterr().out.splitlines()[0])
    assert counts["out"] == str(out) and counts["admin2"] == 4 and out.is_file()
    monkeypatch.setenv("WIRECODER_GAZETTEER", str(out))  # info shows the gazetteer in force
    assert main(["gazetteer", "info"]) == 0
    shown = capsys.readouterr().out
    assert str(out) in shown and "count:admin2         4" in shown and "geonames" in shown


def test_a_missing_gazetteer_is_one_error_line(capsys, tmp_path):
    assert main(["gazetteer", "info", str(tmp_path / "none.sqlite")]) == 2
    err = capsys.readouterr().err
    assert "none.sqlite does not exist" in err and "wirecoder gazetteer build" in err and len(err.strip().splitlines()) == 1
