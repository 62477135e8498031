"""MUC-4 template files (answer keys and system responses) read into typed templates.

The format is the one TASKDOC/template-doc-part1 section 4 defines: one template per block of
slots ``0.`` to ``24.``, one filler per line (further fillers on indented continuation lines),

- ``-`` null, ``*`` inapplicable (a template whose MESSAGE: TEMPLATE is ``*`` marks an irrelevant
  message: it holds no incident),
- ``"..."`` a string copied from the text (``\\"`` inside it is a quote), set fills bare,
- ``A / B`` alternatives for one filler (grouped in parentheses when they hold blanks or
  dashes themselves: ``(- 13 DEC 89) / (11 DEC 89 - 13 DEC 89)``),
- ``?`` before a filler: the filler is optional (null is also right),
- ``VALUE: "REF"`` a set fill cross-referenced to a string filler of another slot,
- ``(OPTIONAL)`` after the template number: the whole template is optional,
- ``;`` starts a comment line.

The published keys carry a few typing slips (an unclosed quote, a string without quotes); the
reader accepts them rather than stopping, since a key is data we do not own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..errors import EvaluationError
from .slots import CROSS_REF_SLOTS, LOCATION_SLOT, SLOT_NAMES, STRING_SLOTS

_SLOT_LINE = re.compile(r"^(\d{1,2})\.\s+(.*)$")
_BARE_ID = re.compile(r"^([A-Z0-9]+-MUC\d+-\d{4})\b")


@dataclass(frozen=True)
class Value:
    """One acceptable form of a filler. ``refs`` are the acceptable cross-references (strings);
    empty when the slot takes none or the reference is the dummy ``"-"``."""

    text: str
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Filler:
    alternatives: tuple[Value, ...]
    optional: bool = False

    def shown(self) -> str:
        def one(v: Value) -> str:
            return v.text + (": " + " / ".join(f'"{r}"' for r in v.refs) if v.refs else "")

        return ("? " if self.optional else "") + " / ".join(one(v) for v in self.alternatives)


@dataclass
class Slot:
    number: int
    state: Literal["fill", "null", "inapplicable"]
    fillers: list[Filler] = field(default_factory=list)

    def shown(self) -> str:
        if self.state == "null":
            return "-"
        if self.state == "inapplicable":
            return "*"
        return " | ".join(f.shown() for f in self.fillers)


@dataclass
class Template:
    message_id: str
    number: str
    optional: bool
    slots: dict[int, Slot]
    line: int = 0

    def slot(self, n: int) -> Slot:
        return self.slots.get(n) or Slot(n, "null")

    @property
    def incident_types(self) -> tuple[str, ...]:
        s = self.slot(4)
        return tuple(v.text for f in s.fillers for v in f.alternatives) if s.state == "fill" else ()


@dataclass
class Message:
    """All templates of one message; no templates means the message is irrelevant."""

    message_id: str
    templates: list[Template] = field(default_factory=list)

    @property
    def relevant(self) -> bool:
        return bool(self.templates)


# --------------------------------------------------------------------------- lexical helpers


def _is_escaped(s: str, i: int) -> bool:
    backslashes = 0
    while i - 1 - backslashes >= 0 and s[i - 1 - backslashes] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def split_top(s: str, sep: str, *, first_only: bool = False) -> list[str]:
    """Split ``s`` on ``sep`` where it stands outside quotes and parentheses."""
    parts: list[str] = []
    depth = 0
    quoted = False
    start = 0
    i = 0
    while i < len(s):
        c = s[i]
        if c == '"' and not _is_escaped(s, i):
            quoted = not quoted
        elif not quoted:
            if c == "(":
                depth += 1
            elif c == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and s.startswith(sep, i):
                parts.append(s[start:i])
                start = i + len(sep)
                i = start
                if first_only:
                    break
                continue
        i += 1
    parts.append(s[start:])
    return parts


def _balanced_quotes(s: str) -> bool:
    return sum(1 for i, c in enumerate(s) if c == '"' and not _is_escaped(s, i)) % 2 == 0


def unquote(s: str) -> str:
    """The string inside a string fill, quotes removed and ``\\"`` unescaped; tolerant of a
    missing or doubled quote (slips in the published keys)."""
    s = s.strip()
    if len(s) >= 2 and s[0] == '"' and s[-1] == '"' and not _is_escaped(s, len(s) - 1):
        s = s[1:-1]
    else:
        s = s.strip('"')
    return s.replace('\\"', '"').strip()


def _strip_group(s: str) -> str:
    """``(- 13 DEC 89)`` -> ``- 13 DEC 89`` when the parentheses wrap the whole alternative."""
    s = s.strip()
    while s.startswith("(") and s.endswith(")"):
        depth = 0
        for i, c in enumerate(s):
            depth += c == "("
            depth -= c == ")"
            if depth == 0 and i < len(s) - 1:
                return s  # "(A) X (B)": the first group closes early
        s = s[1:-1].strip()
    return s


def _alternatives(s: str) -> list[str]:
    if not _balanced_quotes(s):
        # an unclosed quote hides the separators from split_top: split plainly instead
        return [p for p in (x.strip() for x in s.split(" / ")) if p]
    return [p for p in (_strip_group(x) for x in split_top(s, "/")) if p]


def parse_filler(slot: int, raw: str) -> Filler | None:
    """One filler line of a slot (without the slot label); None for an empty line."""
    s = raw.strip()
    optional = False
    if s.startswith("?"):
        optional = True
        s = s[1:].strip()
    if not s:
        return None
    values: list[Value] = []
    if slot in CROSS_REF_SLOTS:
        pieces = split_top(s, ":", first_only=True)
        left, right = (pieces[0], pieces[1]) if len(pieces) == 2 else (s, "")
        refs = tuple(r for r in (unquote(x) for x in _alternatives(right)) if r and r != "-")
        for alt in _alternatives(left):
            values.append(Value(unquote(alt) if slot in STRING_SLOTS else _norm_set(alt), refs))
    elif slot in STRING_SLOTS:
        for alt in _alternatives(s):
            text = unquote(alt)
            if text:
                values.append(Value(text))
    elif slot == LOCATION_SLOT:
        # a location holds colons and parentheses of its own: only split the alternatives
        values = [Value(" ".join(alt.split())) for alt in _alternatives(s)]
    else:
        values = [Value(_norm_set(alt)) for alt in _alternatives(s)]
    values = [v for v in values if v.text]
    if not values:
        return None
    return Filler(tuple(values), optional)


def _norm_set(s: str) -> str:
    return " ".join(unquote(s).upper().split())


# --------------------------------------------------------------------------- files


def _slot_of(line: str) -> tuple[int, str] | None:
    m = _SLOT_LINE.match(line)
    if not m:
        return None
    number = int(m.group(1))
    name = SLOT_NAMES.get(number)
    rest = m.group(2)
    if name is None or not rest.startswith(name):
        return None
    return number, rest[len(name):]


def _finish(number: int, lines: list[str]) -> Slot:
    joined = [x.strip() for x in lines if x.strip()]
    if not joined or joined == ["-"]:
        return Slot(number, "null")
    if joined == ["*"]:
        return Slot(number, "inapplicable")
    fillers = [f for f in (parse_filler(number, x) for x in joined if x not in {"-", "*"}) if f]
    return Slot(number, "fill", fillers) if fillers else Slot(number, "null")


def parse_templates(text: str, origin: str = "<text>") -> dict[str, Message]:
    """Every message of a key or response file, by bare message id, in file order."""
    messages: dict[str, Message] = {}
    blocks: list[tuple[int, dict[int, list[str]]]] = []
    current: dict[int, list[str]] | None = None
    last_slot: int | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith(";") or not line.strip():
            continue
        hit = _slot_of(line)
        if hit:
            number, fill = hit
            if number == 0:
                current = {}
                blocks.append((n, current))
            elif current is None:
                raise EvaluationError(f"{origin}:{n}: slot {number} before any MESSAGE: ID line")
            current.setdefault(number, []).append(fill)
            last_slot = number
        elif line[:1].isspace() and current is not None and last_slot is not None:
            current[last_slot].append(line)  # a further filler of the slot above
        else:
            raise EvaluationError(f"{origin}:{n}: not a template line: {line.strip()[:60]!r}")
    for line_no, block in blocks:
        raw_id = " ".join(" ".join(block.get(0, [])).split())
        m = _BARE_ID.match(raw_id)
        if not m:
            raise EvaluationError(f"{origin}:{line_no}: MESSAGE: ID {raw_id!r} is not a MUC message id")
        message_id = m.group(1)
        message = messages.setdefault(message_id, Message(message_id))
        number_raw = " ".join(" ".join(block.get(1, [])).split())
        if number_raw in {"*", ""}:
            continue  # the irrelevant-message skeleton: no incident
        optional = "(OPTIONAL)" in number_raw.upper()
        number = number_raw.split()[0]
        slots = {k: _finish(k, v) for k, v in block.items() if k >= 2}
        message.templates.append(Template(message_id, number, optional, slots, line_no))
    return messages


def read_templates(path: str | Path) -> dict[str, Message]:
    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"{path}: no such key file")
    return parse_templates(path.read_text(encoding="latin-1"), str(path))


def read_key_files(paths: Iterable[str | Path]) -> dict[str, Message]:
    merged: dict[str, Message] = {}
    for p in paths:
        for mid, msg in read_templates(p).items():
            merged.setdefault(mid, Message(mid)).templates.extend(msg.templates)
    return merged
