"""The benchmark's mixed stream (scripts/bench.py --stream mixed): a general news stream in which
about one article in ten reports violence, as issue 9's speed bar describes it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def _bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (DATA / "geoparsing" / "GWN.xml").is_file(), reason=f"no shared data at {DATA}")
def test_the_mixed_stream_has_one_relevant_muc_message_in_ten():
    stream = _bench().load_mixed_stream(DATA)
    muc = [i for i, d in enumerate(stream) if d["text"].lstrip().split(",")[0].isupper() and " -- " in d["text"][:120]]
    assert 800 < len(stream) < 1000
    # the MUC-4 messages, a tenth of the stream, are spread through it rather than bunched at the end
    assert 0.08 < len(muc) / len(stream) < 0.12
    assert max(b - a for a, b in zip(muc, muc[1:])) <= 11
