"""A short human-readable summary of incidents, one block each, for terminals and the demo."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import ExtractionResult, Incident, Role


def _count_text(c) -> str:
    value = "unknown" if c.value is None else str(c.value)
    qual = f"{c.qualifier} " if c.qualifier and c.qualifier not in {"unknown", "none"} else ""
    who = f" {c.who}" if c.who else ""
    src = f"  [{', '.join(s.source for s in c.sources)}]" if c.sources else ""
    return f"{c.kind.value}: {qual}{value}{who}{src}"


def render_summary(incidents: Iterable[Incident]) -> str:
    lines: list[str] = []
    for n, inc in enumerate(incidents, 1):
        date = f"{inc.date.date.isoformat()} ({inc.date.precision.value})" if inc.date else "date unknown"
        place = "place unknown"
        if inc.place:
            coords = f" {inc.place.lat:.2f},{inc.place.lon:.2f}" if inc.place.lat is not None else ""
            place = f"{inc.place.name}, {inc.place.country_code or '?'}{coords}"
        lines.append(f"#{n} {inc.type.value}  {date}  {place}")
        if len(inc.types) > 1:
            lines.append(f"   events: {', '.join(t.value for t in inc.types)}")
        for role in Role:
            names = [f"{a.name}" + (f" ({a.group})" if a.group and a.group != a.name else "") + (f" x{a.number}" if a.number else "")
                     for a in inc.actors if a.role is role]
            if names:
                lines.append(f"   {role.value}: {'; '.join(names)}")
        for c in inc.counts:
            lines.append(f"   {_count_text(c)}")
        for toll in inc.tolls:
            if toll.perpetrators is not None and toll.victims is not None:
                lines.append(f"   {toll.kind.value} in all: {toll.total} "
                             f"({toll.victims} victims and {toll.perpetrators} perpetrators)")
        for conflict in inc.conflicts:
            vals = " vs ".join(
                f"{'unknown' if v.value is None else v.value}{' (hedged)' if v.hedged else ''} [{', '.join(v.sources)}]" for v in conflict.values
            )
            lines.append(f"   CONFLICT {conflict.field}: {vals}")
        if inc.sources:
            lines.append(f"   sources: {', '.join(inc.sources)}")
        lines.append("")
    return "\n".join(lines) if lines else "no incidents\n"


def render_explanation(result: ExtractionResult) -> str:
    """Why each incident is there and each other candidate is not: the judge's confidence of every
    incident, then every dropped candidate with its sentence, trigger and the rule or score."""
    text = result.article.text
    lines = ["kept:"] if result.incidents else ["kept: no incident"]
    for n, inc in enumerate(result.incidents, 1):
        sure = "no judge ran" if inc.confidence is None else f"confidence {inc.confidence:.2f}"
        lines.append(f"  #{n} {inc.type.value}: {sure}, from {len(inc.events)} event(s)")
    lines.append("dropped:" if result.dropped else "dropped: none")
    for d in result.dropped:
        e = d.event
        sentence = " ".join(text[e.evidence.start:e.evidence.end].split())
        lines.append(f"  {e.type.value} '{e.trigger.text}' ({d.by}: {d.reason})")
        lines.append(f"      {sentence[:200]}{'...' if len(sentence) > 200 else ''}")
    return "\n".join(lines) + "\n"
