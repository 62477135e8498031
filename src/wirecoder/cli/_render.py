"""Rendering one ExtractionResult for `wirecoder extract`: JSON here, files formats via export."""

from __future__ import annotations

import io
import json

from ..model import ExtractionResult


def render_result(result: ExtractionResult, fmt: str, include_events: bool = False, include_dropped: bool = False) -> str:
    if fmt == "json":
        payload = {
            "article": result.article.model_dump(mode="json", exclude={"text"}),
            "incidents": [i.model_dump(mode="json", exclude=None if include_events else {"events"}) for i in result.incidents],
        }
        if include_events:
            payload["events"] = [e.model_dump(mode="json") for e in result.events]
        if include_dropped:
            payload["dropped"] = [d.model_dump(mode="json") for d in result.dropped]
        return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    if fmt == "summary":
        from ..export.summary import render_summary

        return render_summary(result.incidents)
    from ..export import export

    buffer = io.StringIO()
    export(result.incidents, fmt, buffer)
    return buffer.getvalue()
