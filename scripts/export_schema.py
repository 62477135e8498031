"""Writes the JSON Schema of wirecoder's public records into schema/ (checked in; a test keeps it current)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wirecoder.model import Article, Event, ExtractionResult, Incident

PUBLIC = {"article": Article, "event": Event, "incident": Incident, "extraction_result": ExtractionResult}


def schemas() -> dict[str, str]:
    return {name: json.dumps(cls.model_json_schema(mode="serialization"), indent=2, sort_keys=True) + "\n" for name, cls in PUBLIC.items()}


def main(out: str = "schema") -> int:
    folder = Path(out)
    folder.mkdir(exist_ok=True)
    for name, text in schemas().items():
        (folder / f"{name}.schema.json").write_text(text)
    print(f"wrote {len(PUBLIC)} schemas to {folder}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
