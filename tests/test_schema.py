"""The checked-in JSON Schema matches the records: a change to model.py must regenerate it."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_checked_in_schema_is_current():
    spec = importlib.util.spec_from_file_location("export_schema", ROOT / "scripts" / "export_schema.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.schemas().items():
        path = ROOT / "schema" / f"{name}.schema.json"
        assert path.read_text() == text, f"{path} is stale: run `make schema`"
