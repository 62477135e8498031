"""The one report shape every evaluator returns: per-field precision, recall, F1 and support, a
text table, a JSON dump, and the worst errors with their text so a developer sees what to fix."""

from __future__ import annotations

import json
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, computed_field


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


class FieldScore(BaseModel):
    """Counts for one field. ``tp`` may be fractional: MUC partial credit counts as 0.5.

    support = what the gold holds (tp + fn), predicted = what the system gave (tp + fp)."""

    model_config = ConfigDict(extra="forbid")

    field: str
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0
    # MUC categories; left at 0 by evaluators that only know hits and misses
    correct: int = 0
    partial: int = 0
    incorrect: int = 0
    missing: int = 0
    spurious: int = 0
    noncommittal: int = 0
    muc: bool = Field(default=False, description="counts are MUC categories: P and R use possible/actual")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def support(self) -> float:
        if self.muc:
            return self.correct + self.partial + self.incorrect + self.missing
        return self.tp + self.fn

    @computed_field  # type: ignore[prop-decorator]
    @property
    def predicted(self) -> float:
        if self.muc:
            return self.correct + self.partial + self.incorrect + self.spurious
        return self.tp + self.fp

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        credit = self.correct + 0.5 * self.partial if self.muc else self.tp
        return _ratio(credit, self.predicted)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        credit = self.correct + 0.5 * self.partial if self.muc else self.tp
        return _ratio(credit, self.support)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def add(self, other: FieldScore) -> None:
        for name in ("tp", "fp", "fn", "correct", "partial", "incorrect", "missing", "spurious", "noncommittal"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


class ErrorCase(BaseModel):
    """One thing the system got wrong, with enough text around it to see why."""

    model_config = ConfigDict(extra="forbid")

    doc: str
    field: str
    kind: str = Field(description="missing, spurious, incorrect, partial, miss, false_alarm ...")
    gold: str | None = None
    predicted: str | None = None
    text: str = Field(default="", description="the sentence or passage the error concerns")
    weight: float = Field(default=1.0, description="how much the error cost; the worst come first")


class EvalReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dataset: str
    split: str | None = None
    documents: int = 0
    fields: list[FieldScore] = Field(default_factory=list)
    summary: dict[str, float | int | str | None] = Field(default_factory=dict)
    errors: list[ErrorCase] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    command: str | None = None
    run_date: date = Field(default_factory=date.today)
    seconds: float | None = None

    def field(self, name: str) -> FieldScore:
        for f in self.fields:
            if f.field == name:
                return f
        raise KeyError(name)

    def table(self, errors: int = 10) -> str:
        """The report as a plain-text table, MUC columns when the fields carry them."""
        title = f"{self.dataset}{' ' + self.split if self.split else ''}: {self.documents} documents"
        lines = [title, ""]
        muc = any(f.muc for f in self.fields)
        name_w = max([len(f.field) for f in self.fields] + [10])
        if muc:
            head = f"{'SLOT':<{name_w}}  {'POS':>5} {'ACT':>5} | {'COR':>4} {'PAR':>4} {'INC':>4} | {'SPU':>4} {'MIS':>4} {'NON':>4} | {'REC':>5} {'PRE':>5} {'F':>5}"
        else:
            head = f"{'FIELD':<{name_w}}  {'P':>6} {'R':>6} {'F1':>6} {'support':>8} {'predicted':>9}"
        lines += [head, "-" * len(head)]
        for f in self.fields:
            if f.muc:
                if f.field.isupper() and f.field.startswith("ALL") or f.field.startswith("MATCHED"):
                    lines.append("-" * len(head))
                lines.append(
                    f"{f.field:<{name_w}}  {f.support:>5.0f} {f.predicted:>5.0f} | {f.correct:>4} {f.partial:>4} {f.incorrect:>4} | "
                    f"{f.spurious:>4} {f.missing:>4} {f.noncommittal:>4} | {100 * f.recall:>5.1f} {100 * f.precision:>5.1f} {100 * f.f1:>5.1f}"
                )
            else:
                lines.append(
                    f"{f.field:<{name_w}}  {f.precision:>6.3f} {f.recall:>6.3f} {f.f1:>6.3f} {f.support:>8g} {f.predicted:>9g}"
                )
        if self.summary:
            lines.append("")
            for key, value in self.summary.items():
                shown = f"{value:.3f}" if isinstance(value, float) else str(value)
                lines.append(f"{key}: {shown}")
        for note in self.notes:
            lines.append(f"note: {note}")
        if errors and self.errors:
            lines += ["", f"worst {min(errors, len(self.errors))} of {len(self.errors)} errors:"]
            for e in self.worst(errors):
                lines.append(f"- [{e.doc}] {e.field} {e.kind}: gold={e.gold!r} predicted={e.predicted!r}")
                if e.text:
                    snippet = " ".join(e.text.split())
                    lines.append(f"    {snippet[:300]}")
        return "\n".join(lines) + "\n"

    def worst(self, n: int = 10) -> list[ErrorCase]:
        return sorted(self.errors, key=lambda e: -e.weight)[:n]

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)

    def dump(self, path) -> None:
        from pathlib import Path

        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path) -> EvalReport:
        from pathlib import Path

        return cls.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
