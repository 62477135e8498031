"""Issue 11's dates bar on the bundled MUC-4 dev slices (data/README.md): no incident is dated more
than a year before its message unless the text gives that year, written ('1988', '15 APR 88') or
named from the message's ('last year'). The bar's reading is that of scripts/muc4_old_dates.py,
which checks all of MUC-4 dev; this runs it on the slices every `make test` has at hand."""

import importlib.util
from pathlib import Path

import pytest

pytestmark = [pytest.mark.golden, pytest.mark.model, pytest.mark.slow]

DATA = Path(__file__).resolve().parent / "data" / "muc4"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "muc4_old_dates.py"


def _bar():
    spec = importlib.util.spec_from_file_location("muc4_old_dates", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("slice_name", ["dev-slice", "merge-slice"])
def test_no_incident_dated_years_back_unless_the_text_gives_the_year(slice_name):
    from wirecoder.evaluate.muc4 import read_messages
    from wirecoder.pipeline import Coder

    folder = DATA / slice_name
    texts = sorted(p for p in folder.iterdir() if not p.name.startswith("key"))
    keys = sorted(p for p in folder.iterdir() if p.name.startswith("key"))
    _, messages = read_messages(texts, keys)
    results = list(Coder().extract_many([a for _, a in messages]))
    total, dated, too_old, _, _ = _bar().old_dates(results, messages)
    assert dated > 0.3 * total  # the slice was coded and its incidents dated
    assert too_old == []
