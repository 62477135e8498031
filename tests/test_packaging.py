"""The wheel carries the bundled gazetteer even when the source tree has none (a clean clone):
setup.py builds it. The full check needs the network for the build requirements and takes about a
minute, so it is run by hand: copy the tree without the gazetteer, ``pip wheel --no-deps -w /tmp/dist .``,
``python3.12 -m venv /tmp/wv && /tmp/wv/bin/pip install /tmp/dist/wirecoder-*.whl``, then
``/tmp/wv/bin/wirecoder extract examples/rostov.txt --published 2024-06-16 --format summary``."""

import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = "wirecoder/resources/gazetteer.sqlite"


@pytest.mark.slow
def test_a_wheel_from_a_tree_without_the_gazetteer_contains_it(tmp_path):
    tree = tmp_path / "clone"
    tree.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    shutil.copytree(ROOT / "scripts", tree / "scripts")
    shutil.copytree(ROOT / "src", tree / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "gazetteer.sqlite", "*.tmp"))
    assert not (tree / "src" / GAZETTEER).exists()

    # the venv has the build requirements (the dev extra), so no network is needed
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(tree)], check=True, cwd=tmp_path, timeout=300)

    (wheel,) = (tmp_path / "dist").glob("wirecoder-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        assert GAZETTEER in zf.namelist()
        zf.extract(GAZETTEER, tmp_path / "unpacked")
    db = sqlite3.connect(tmp_path / "unpacked" / GAZETTEER)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
    # built in the build directory, not written into the tree it was built from
    assert not (tree / "src" / GAZETTEER).exists()
