"""The MUC-4 scoring rules, written from their published description (MUC-3/4 proceedings,
"Evaluation metrics"; TASKDOC template-doc-part1 sections 4 and 7).

For each message, response templates are aligned with key templates; then every slot filler is
one of

- correct (COR), partial (PAR, half credit), incorrect (INC): a response filler paired with a key filler,
- missing (MIS): a key filler with no response filler (an optional ``?`` filler is never missing),
- spurious (SPU): a response filler with no key filler, or any filler where the key says null,
- noncommittal (NON): key and response both null (not counted in recall or precision).

possible = COR + PAR + INC + MIS, actual = COR + PAR + INC + SPU,
recall = (COR + 0.5 PAR) / possible, precision = (COR + 0.5 PAR) / actual.

Templates. A response template may map to a key template of the same message when their
INCIDENT: TYPE agrees at least partially and (``mapping="muc4"``, the MUC-4 condition) at least
one of PERP: INDIVIDUAL ID, PERP: ORGANIZATION ID, PHYS TGT: ID, HUM TGT: NAME or HUM TGT:
DESCRIPTION agrees at least partially (when the key fills any of them); ``mapping="type"`` drops the second condition. Among the
allowed pairs the alignment that earns the most credit is taken. In the ALL TEMPLATES row a key
template left without a response counts all its fillers missing (unless the key marks the
template OPTIONAL), a response template left without a key (every template of an irrelevant
``*`` message) counts all its fillers spurious. Slots the key marks ``*`` (inapplicable) are not
scored.

Partial credit (the automatic part of what the MUC scorer left to a human):
- strings: one a sub-phrase of the other, or the same head word;
- set fills: parent and child in the documented hierarchies (instrument types; SUSPECTED OR
  ACCUSED vs its BY AUTHORITIES subcategory; ATTACK, the catch-all, vs a more specific type);
  a set fill that is right but points at the wrong filler;
- numbers: approximate (``~10``), a range holding the other, PLURAL for a number above 1;
- dates: overlapping ranges, or the same anchor with and without ``-`` ("on or before");
- locations: the same country with one path a prefix of the other or the same last place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..resources.words import lexicon
from .keys import Filler, Message, Slot, Template, Value
from .slots import (
    CONFIDENCE_PARENT,
    CONTENT_SLOTS,
    CROSS_REF_SLOTS,
    DATE_SLOT,
    INSTRUMENT_PARENT,
    LOCATION_SLOT,
    MONTHS,
    NUMBER_SLOTS,
    SCORED_SLOTS,
    STRING_SLOTS,
)

_MONTH_NUMBERS = {m: i for i, m in enumerate(MONTHS, 1)}


# --------------------------------------------------------------------------- filler credit


def _tokens(s: str) -> tuple[str, ...]:
    words = re.findall(r"[A-Z0-9]+(?:'[A-Z]+)?", s.upper())
    determiners = lexicon().muc4.string_fill_determiners
    while words and words[0].lower() in determiners:
        words.pop(0)
    return tuple(words)


def _forms(s: str) -> list[tuple[str, ...]]:
    """A string with a bracketed part ("FRONT [FMLN]") counts as the whole, the outside and the inside:
    the key guidelines give full credit to a response that writes a name with its acronym."""
    forms = [_tokens(s)]
    inner = re.findall(r"[\[(]([^\])]*)[\])]", s)
    if inner:
        forms.append(_tokens(re.sub(r"[\[(][^\])]*[\])]", " ", s)))
        forms.extend(_tokens(x) for x in inner)
    return [f for f in forms if f]


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("S") and not word.endswith("SS") else word


def string_credit(response: str, key: str) -> float:
    if " ".join(response.upper().split()) == " ".join(key.upper().split()):
        return 1.0  # also for fills with no words at all, such as the dummy "-"
    best = 0.0
    for r in _forms(response):
        for k in _forms(key):
            if r == k:
                return 1.0
            rs, ks = {_stem(w) for w in r}, {_stem(w) for w in k}
            if rs <= ks or ks <= rs or _stem(r[-1]) == _stem(k[-1]):
                best = 0.5
    return best


def _set_credit(slot: int, response: str, key: str) -> float:
    if response == key:
        return 1.0
    if slot == 4 and "ATTACK" in {response, key}:
        return 0.5
    parents = INSTRUMENT_PARENT if slot == 7 else CONFIDENCE_PARENT if slot == 11 else {}

    def ancestors(x: str) -> set[str]:
        seen = set()
        while x in parents:
            x = parents[x]
            seen.add(x)
        return seen

    if key in ancestors(response) or response in ancestors(key):
        return 0.5
    return 0.0


def parse_number(s: str) -> tuple[float, float, bool] | None:
    """(low, high, approximate) of a MUC number fill: ``3``, ``~10``, ``6-8``, ``6-``, ``PLURAL``."""
    s = s.strip().upper()
    if s == "PLURAL":
        return (2, float("inf"), True)
    approx = s.startswith("~")
    s = s.lstrip("~").strip()
    m = re.fullmatch(r"(\d+)\s*(?:-\s*(\d+)?)?", s)
    if not m:
        return None
    low = float(m.group(1))
    if "-" in s:
        high = float(m.group(2)) if m.group(2) else float("inf")
    else:
        high = low
    return (low, high, approx)


def number_credit(response: str, key: str) -> float:
    if response.strip().upper() == key.strip().upper():
        return 1.0
    r, k = parse_number(response), parse_number(key)
    if r is None or k is None:
        return 0.0
    if r[:2] == k[:2]:
        return 1.0 if r[2] == k[2] else 0.5
    if r[0] <= k[1] and k[0] <= r[1]:
        return 0.5
    if r[2] or k[2]:  # "about 10" against 12: near enough for half
        lo, hi = min(r[0], k[0]), max(r[0], k[0])
        return 0.5 if hi != float("inf") and hi <= lo * 1.25 + 1 else 0.0
    return 0.0


def _one_date(s: str) -> date | None:
    m = re.fullmatch(r"(\d{1,2})\s+([A-Z]{3})[A-Z]*\s+(\d{2,4})", s.strip().upper())
    if not m or m.group(2) not in _MONTH_NUMBERS:
        return None
    year = int(m.group(3))
    year += 1900 if year < 100 else 0
    try:
        return date(year, _MONTH_NUMBERS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def parse_date(s: str) -> tuple[date | None, date | None] | None:
    """(earliest, latest) of a MUC date fill; earliest is None for ``- 21 JAN 89`` (on or before)."""
    s = s.strip()
    if s.startswith("-"):
        d = _one_date(s[1:])
        return (None, d) if d else None
    if " - " in s:
        a, b = s.split(" - ", 1)
        da, db = _one_date(a), _one_date(b)
        return (da, db) if da and db else None
    d = _one_date(s)
    return (d, d) if d else None


def date_credit(response: str, key: str) -> float:
    r, k = parse_date(response), parse_date(key)
    if r is None or k is None:
        return 1.0 if " ".join(response.split()) == " ".join(key.split()) else 0.0
    if r == k:
        return 1.0
    r_lo, r_hi = r[0] or date.min, r[1] or date.max
    k_lo, k_hi = k[0] or date.min, k[1] or date.max
    return 0.5 if r_lo <= k_hi and k_lo <= r_hi else 0.0


def parse_location(s: str) -> list[tuple[str, frozenset[str]]]:
    """``PERU: LIMA (CITY / MUNICIPALITY)`` -> [("PERU", {}), ("LIMA", {"CITY", "MUNICIPALITY"})]."""
    out = []
    for part in s.upper().split(":"):
        types = frozenset(t.strip() for group in re.findall(r"\(([^)]*)\)", part) for t in group.split("/") if t.strip())
        name = " ".join(re.sub(r"\([^)]*\)", " ", part).split())
        if name:
            out.append((name, types))
    return out


def location_credit(response: str, key: str) -> float:
    r, k = parse_location(response), parse_location(key)
    if not r or not k:
        return 0.0
    rn, kn = [x[0] for x in r], [x[0] for x in k]
    if rn == kn:
        types_agree = all(not a[1] or not b[1] or a[1] & b[1] for a, b in zip(r, k))
        return 1.0 if types_agree else 0.5
    if rn[0] != kn[0]:
        return 0.0
    shorter, longer = (rn, kn) if len(rn) < len(kn) else (kn, rn)
    if longer[: len(shorter)] == shorter or rn[-1] == kn[-1] or rn[-1] in kn:
        return 0.5
    return 0.0


def value_credit(slot: int, response: Value, key: Value) -> float:
    """Credit of one response value against one key alternative (1, 0.5 or 0)."""
    if slot in STRING_SLOTS and slot not in CROSS_REF_SLOTS:
        return string_credit(response.text, key.text)
    if slot == DATE_SLOT:
        return date_credit(response.text, key.text)
    if slot == LOCATION_SLOT:
        return location_credit(response.text, key.text)
    if slot == 19:
        base = string_credit(response.text, key.text)
    elif slot in NUMBER_SLOTS:
        base = number_credit(response.text, key.text)
    else:
        base = _set_credit(slot, response.text, key.text)
    if base and slot in CROSS_REF_SLOTS and key.refs:
        ref = max((string_credit(r, k) for r in response.refs for k in key.refs), default=0.0)
        if ref < 1.0:
            base = min(base, 0.5)  # right value, wrong (or no) filler pointed at
    return base


def filler_credit(slot: int, response: Filler, key: Filler) -> float:
    return max((value_credit(slot, r, k) for r in response.alternatives for k in key.alternatives), default=0.0)


# --------------------------------------------------------------------------- alignment


def best_assignment(scores: list[list[float]], allowed: list[list[bool]] | None = None) -> list[tuple[int, int]]:
    """Pairs (row, column), each row and column at most once, maximising the summed score over
    allowed pairs with a positive score. Exact (dynamic programming over column subsets) when
    there are at most 12 columns, which covers every message of the MUC corpora; greedy beyond."""
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    if not rows or not cols:
        return []
    ok = [[(allowed is None or allowed[i][j]) and scores[i][j] > 0 for j in range(cols)] for i in range(rows)]
    if cols > 12:
        cells = sorted(((scores[i][j], i, j) for i in range(rows) for j in range(cols) if ok[i][j]), reverse=True)
        used_r, used_c, pairs = set(), set(), []
        for _, i, j in cells:
            if i not in used_r and j not in used_c:
                used_r.add(i)
                used_c.add(j)
                pairs.append((i, j))
        return pairs
    # best[mask] = (score, pairs) after the rows seen so far, using the columns in mask
    best: dict[int, tuple[float, tuple[tuple[int, int], ...]]] = {0: (0.0, ())}
    for i in range(rows):
        nxt = dict(best)
        for mask, (score, pairs) in best.items():
            for j in range(cols):
                if ok[i][j] and not mask & (1 << j):
                    cand = (score + scores[i][j], pairs + ((i, j),))
                    m2 = mask | (1 << j)
                    if m2 not in nxt or cand[0] > nxt[m2][0]:
                        nxt[m2] = cand
        best = nxt
    return list(max(best.values(), key=lambda x: x[0])[1])


# --------------------------------------------------------------------------- tallies


@dataclass
class Tally:
    cor: int = 0
    par: int = 0
    inc: int = 0
    mis: int = 0
    spu: int = 0
    non: int = 0

    def add(self, other: Tally) -> None:
        self.cor += other.cor
        self.par += other.par
        self.inc += other.inc
        self.mis += other.mis
        self.spu += other.spu
        self.non += other.non

    @property
    def possible(self) -> int:
        return self.cor + self.par + self.inc + self.mis

    @property
    def actual(self) -> int:
        return self.cor + self.par + self.inc + self.spu

    @property
    def credit(self) -> float:
        return self.cor + 0.5 * self.par

    @property
    def recall(self) -> float:
        return self.credit / self.possible if self.possible else 0.0

    @property
    def precision(self) -> float:
        return self.credit / self.actual if self.actual else 0.0

    @property
    def f(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SlotError:
    message_id: str
    slot: int
    kind: str  # missing, spurious, incorrect, partial
    key: str | None
    response: str | None
    key_template: str | None = None
    response_template: str | None = None


def score_slot(n: int, key: Slot, response: Slot) -> tuple[Tally, list[tuple[str, Filler | None, Filler | None]]]:
    """The tally of one slot of a key/response template pair and its errors as (kind, key, response)."""
    t = Tally()
    errs: list[tuple[str, Filler | None, Filler | None]] = []
    if key.state == "inapplicable":
        return t, errs
    resp = response.fillers if response.state == "fill" else []
    if key.state == "null":
        if resp:
            t.spu += len(resp)
            errs += [("spurious", None, r) for r in resp]
        else:
            t.non += 1
        return t, errs
    keys = key.fillers
    if not resp:
        required = [k for k in keys if not k.optional]
        t.mis += len(required)
        errs += [("missing", k, None) for k in required]
        if not required:
            t.non += 1
        return t, errs
    scores = [[filler_credit(n, r, k) for k in keys] for r in resp]
    pairs = best_assignment(scores)
    used_r = {i for i, _ in pairs}
    used_k = {j for _, j in pairs}
    for i, j in pairs:
        if scores[i][j] >= 1.0:
            t.cor += 1
        else:
            t.par += 1
            errs.append(("partial", keys[j], resp[i]))
    left_k = [j for j in range(len(keys)) if j not in used_k and not keys[j].optional]
    left_r = [i for i in range(len(resp)) if i not in used_r]
    wrong = min(len(left_k), len(left_r))
    t.inc += wrong
    errs += [("incorrect", keys[j], resp[i]) for i, j in zip(left_r[:wrong], left_k[:wrong])]
    t.mis += len(left_k) - wrong
    errs += [("missing", keys[j], None) for j in left_k[wrong:]]
    t.spu += len(left_r) - wrong
    errs += [("spurious", None, resp[i]) for i in left_r[wrong:]]
    return t, errs


def _missing_template(key: Template) -> dict[int, Tally]:
    out = {}
    for n in SCORED_SLOTS:
        s = key.slot(n)
        t = Tally()
        if s.state == "fill":
            t.mis = sum(1 for f in s.fillers if not f.optional)
        out[n] = t
    return out


def _spurious_template(response: Template) -> dict[int, Tally]:
    out = {}
    for n in SCORED_SLOTS:
        s = response.slot(n)
        out[n] = Tally(spu=len(s.fillers) if s.state == "fill" else 0)
    return out


def pair_score(key: Template, response: Template) -> tuple[float, bool, dict[int, Tally]]:
    """(credit, may map, per-slot tallies) of one key/response template pair."""
    tallies = {n: score_slot(n, key.slot(n), response.slot(n))[0] for n in SCORED_SLOTS}
    return sum(t.credit for t in tallies.values()), True, tallies


@dataclass
class MessageScore:
    message_id: str
    pairs: list[tuple[Template, Template]] = field(default_factory=list)
    missing: list[Template] = field(default_factory=list)
    spurious: list[Template] = field(default_factory=list)
    slots: dict[int, Tally] = field(default_factory=dict)  # ALL TEMPLATES
    matched_slots: dict[int, Tally] = field(default_factory=dict)
    errors: list[SlotError] = field(default_factory=list)


def _mappable(key: Template, response: Template, mapping: str) -> bool:
    type_ok = score_slot(4, key.slot(4), response.slot(4))[0].credit > 0
    if not type_ok or mapping == "type":
        return type_ok
    if all(key.slot(n).state != "fill" for n in CONTENT_SLOTS):
        return True  # a key with no perpetrator or target to agree on maps on its type alone
    return any(score_slot(n, key.slot(n), response.slot(n))[0].credit > 0 for n in CONTENT_SLOTS)


def score_message(key: Message | None, response: Message | None, mapping: str = "muc4") -> MessageScore:
    mid = (key or response).message_id  # type: ignore[union-attr]
    ks = list(key.templates) if key else []
    rs = list(response.templates) if response else []
    out = MessageScore(mid, slots={n: Tally() for n in SCORED_SLOTS}, matched_slots={n: Tally() for n in SCORED_SLOTS})
    scores = [[0.0] * len(ks) for _ in rs]
    allowed = [[False] * len(ks) for _ in rs]
    for i, r in enumerate(rs):
        for j, k in enumerate(ks):
            if _mappable(k, r, mapping):
                allowed[i][j] = True
                # a tiny bonus keeps allowed pairs with no slot credit in play (they still beat missing + spurious)
                scores[i][j] = pair_score(k, r)[0] + 1e-3
    pairs = best_assignment(scores, allowed)
    for i, j in pairs:
        k, r = ks[j], rs[i]
        out.pairs.append((k, r))
        for n in SCORED_SLOTS:
            tally, errs = score_slot(n, k.slot(n), r.slot(n))
            out.slots[n].add(tally)
            out.matched_slots[n].add(tally)
            for kind, kf, rf in errs:
                out.errors.append(SlotError(mid, n, kind, kf.shown() if kf else None, rf.shown() if rf else None, k.number, r.number))
    paired_k = {j for _, j in pairs}
    paired_r = {i for i, _ in pairs}
    for j, k in enumerate(ks):
        if j not in paired_k and not k.optional:
            out.missing.append(k)
            for n, tally in _missing_template(k).items():
                out.slots[n].add(tally)
    for i, r in enumerate(rs):
        if i not in paired_r:
            out.spurious.append(r)
            for n, tally in _spurious_template(r).items():
                out.slots[n].add(tally)
    return out


@dataclass
class CorpusScore:
    messages: list[MessageScore]
    slots: dict[int, Tally]
    matched_slots: dict[int, Tally]
    all_templates: Tally
    matched_only: Tally
    templates: Tally  # template level: COR = mapped, MIS = key left alone, SPU = response left alone
    text_filtering: Tally  # message level: is the message relevant?

    def row(self, n: int) -> Tally:
        return self.slots[n]


def score_corpus(keys: dict[str, Message], responses: dict[str, Message], mapping: str = "muc4") -> CorpusScore:
    """Score every message of ``keys``; a message with no response counts as answered with no template."""
    if mapping not in {"muc4", "type"}:
        raise ValueError(f"mapping must be 'muc4' or 'type', not {mapping!r}")
    messages = []
    slots = {n: Tally() for n in SCORED_SLOTS}
    matched = {n: Tally() for n in SCORED_SLOTS}
    templates = Tally()
    filtering = Tally()
    for mid, key in keys.items():
        ms = score_message(key, responses.get(mid) or Message(mid), mapping)
        messages.append(ms)
        for n in SCORED_SLOTS:
            slots[n].add(ms.slots[n])
            matched[n].add(ms.matched_slots[n])
        templates.cor += len(ms.pairs)
        templates.mis += len(ms.missing)
        templates.spu += len(ms.spurious)
        said_relevant = bool(responses.get(mid) and responses[mid].templates)
        if key.relevant and said_relevant:
            filtering.cor += 1
        elif key.relevant:
            filtering.mis += 1
        elif said_relevant:
            filtering.spu += 1
        else:
            filtering.non += 1
    all_t, matched_t = Tally(), Tally()
    for n in SCORED_SLOTS:
        all_t.add(slots[n])
        matched_t.add(matched[n])
    return CorpusScore(messages, slots, matched, all_t, matched_t, templates, filtering)

