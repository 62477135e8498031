"""``wirecoder eval wikievents``: event detection and arguments on the WikiEvents dev split.

Four event classes are scored, each gold KAIROS type mapped to what wirecoder says:

- attack: ``Conflict.Attack.*`` against wirecoder events of the violent types (armed assault,
  bombing, assassination, facility attack, hostage-taking) whose trigger is not a casualty word:
  wirecoder reads an assault from "were killed", KAIROS marks that word as a death only,
- die: ``Life.Die.*`` against wirecoder's killed counts (and assassinations),
- injure: ``Life.Injure.*`` against its injured counts,
- arrest: ``Justice.ArrestJailDetain.*`` against its arrest events.

A prediction finds a gold mention of its class when their trigger spans overlap (a count
counts from whom it counts to its event's trigger and to the word its kind was read from, those
in its sentence, so "12 people were killed" holds the gold trigger "killed" and "two passengers
were wounded" beside a killing holds "wounded"); "same sentence" relaxes that to the sentence. Arguments of found pairs: Attacker (also Killer, Injurer, Jailer) against wirecoder's
perpetrators, Target and Victim (also Detainee) against its targets and victims (and, for a death
or injury read from a count, whom the count counts), Place against the event's place; an argument
is right when the spans overlap or one text holds the other.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvaluationError
from ..model import Article, CountKind, Event, EventType, Role
from ..pipeline import Coder
from .report import ErrorCase, EvalReport, FieldScore

CLASSES = ("attack", "die", "injure", "arrest")
_ATTACK_TYPES = {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.ASSASSINATION, EventType.FACILITY_ATTACK, EventType.HOSTAGE_TAKING,
                 EventType.HIJACKING}
_ROLE_FIELDS = {
    "Attacker": "Attacker", "Killer": "Attacker", "Injurer": "Attacker", "Jailer": "Attacker",
    "Target": "Target", "Victim": "Victim", "Detainee": "Victim", "Place": "Place",
}
_PRED_ROLES = {
    "Attacker": {Role.PERPETRATOR, Role.CLAIMANT},
    "Target": {Role.TARGET, Role.VICTIM},
    "Victim": {Role.VICTIM, Role.TARGET, Role.ACCUSED},
}
ARG_FIELDS = ("Attacker", "Target", "Victim", "Place")


def gold_class(event_type: str) -> str | None:
    if event_type.startswith("Conflict.Attack"):
        return "attack"
    if event_type.startswith("Life.Die"):
        return "die"
    if event_type.startswith("Life.Injure"):
        return "injure"
    if event_type.startswith("Justice.ArrestJailDetain"):
        return "arrest"
    return None


@dataclass
class Mention:
    cls: str
    start: int
    end: int
    sent: int
    text: str
    args: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)


@dataclass
class Doc:
    doc_id: str
    text: str
    sent_spans: list[tuple[int, int]]
    gold: list[Mention]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def read_docs(path: Path) -> list[Doc]:
    """WikiEvents documents with a text rebuilt from their sentences (one per line, so the headline
    stands alone) and gold mentions of the four classes with character offsets into it."""
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            tokens_at: list[tuple[int, int]] = []
            token_sent: list[int] = []
            parts: list[str] = []
            spans: list[tuple[int, int]] = []
            pos = 0
            for s_idx, (toks, sent_text) in enumerate(raw["sentences"]):
                base = toks[0][1] if toks else 0
                for _, a, b in toks:
                    tokens_at.append((pos + a - base, pos + b - base))
                    token_sent.append(s_idx)
                spans.append((pos, pos + len(sent_text)))
                parts.append(sent_text)
                pos += len(sent_text) + 1
            text = "\n".join(parts)
            entities = {e["id"]: e for e in raw["entity_mentions"]}
            gold = []
            for ev in raw["event_mentions"]:
                cls = gold_class(ev["event_type"])
                if cls is None:
                    continue
                t = ev["trigger"]
                start, end = tokens_at[t["start"]][0], tokens_at[t["end"] - 1][1]
                m = Mention(cls, start, end, token_sent[t["start"]], text[start:end])
                for arg in ev["arguments"]:
                    fld = _ROLE_FIELDS.get(arg["role"])
                    ent = entities.get(arg["entity_id"])
                    if fld is None or ent is None:
                        continue
                    a0, a1 = tokens_at[ent["start"]][0], tokens_at[ent["end"] - 1][1]
                    m.args.setdefault(fld, []).append((a0, a1, text[a0:a1]))
                gold.append(m)
        except (KeyError, IndexError, ValueError, TypeError) as exc:
            raise EvaluationError(f"{path}:{n}: not a WikiEvents document ({type(exc).__name__}: {exc})") from None
        docs.append(Doc(raw["doc_id"], text, spans, gold))
    return docs


def _sent_of(doc: Doc, offset: int) -> int:
    for i, (a, b) in enumerate(doc.sent_spans):
        if a <= offset <= b:
            return i
    return -1


_DEATH_WORDS = ("kill", "die", "dead", "death", "murder", "slain", "slay")
_INJURY_WORDS = ("wound", "injur", "hurt")


def _casualty_word(trigger: str) -> str | None:
    """'die' or 'injure' when an event's trigger is a casualty word ("killed", "wounded"):
    wirecoder infers an assault from it, KAIROS calls the word a Life.Die or Life.Injure mention."""
    low = trigger.lower()
    if low.startswith(_DEATH_WORDS):
        return "die"
    if low.startswith(_INJURY_WORDS):
        return "injure"
    return None


def result_events(result) -> tuple[list[Event], bool]:
    """The events of one result of ``Coder.extract_many``, and whether its extraction failed (an
    error in its place: no events)."""
    failed = not hasattr(result, "events")
    return ([] if failed else result.events), failed


def predicted_mentions(doc: Doc, events: list[Event]) -> list[Mention]:
    out: list[Mention] = []

    def args_of(ev: Event) -> dict[str, list[tuple[int, int, str]]]:
        args: dict[str, list[tuple[int, int, str]]] = {}
        for fld, roles in _PRED_ROLES.items():
            for a in ev.actors:
                if a.role in roles and a.span is not None:
                    args.setdefault(fld, []).append((a.span.start, a.span.end, a.text))
        if ev.place is not None and ev.place.span is not None:
            args["Place"] = [(ev.place.span.start, ev.place.span.end, ev.place.span.text)]
        return args

    for ev in events:
        if ev.polarity.value != "asserted":
            continue
        args = args_of(ev)
        t = ev.trigger
        if ev.type in _ATTACK_TYPES and _casualty_word(t.text) is None:
            out.append(Mention("attack", t.start, t.end, _sent_of(doc, t.start), t.text, args))
        elif ev.type in _ATTACK_TYPES and not ev.counts:
            # KAIROS annotates "was killed" as a death, not an attack: without a count the event
            # itself is the death or injury mention
            out.append(Mention(_casualty_word(t.text), t.start, t.end, _sent_of(doc, t.start), t.text, args))
        if ev.type is EventType.ARREST:
            out.append(Mention("arrest", t.start, t.end, _sent_of(doc, t.start), t.text, args))
        if ev.type is EventType.ASSASSINATION:
            out.append(Mention("die", t.start, t.end, _sent_of(doc, t.start), t.text, args))
        for c in ev.counts:
            if c.value == 0 or c.span is None:
                continue
            cls = "die" if c.kind is CountKind.KILLED else "injure" if c.kind is CountKind.INJURED else None
            if cls:
                # a count's span is whom it counts ("12 people"); the mention stretches from it to its
                # event's trigger ("killed 12 people", "that massacre, which left 89 people dead") and
                # to the word its kind was read from ("the driver was killed and two passengers were
                # wounded": the injured figure's word is "wounded"), those of them in its sentence
                start, end = c.span.start, c.span.end
                sent = _sent_of(doc, start)
                for word in (t, c.word):
                    if sent >= 0 and word is not None and _sent_of(doc, word.start) == sent:
                        start, end = min(start, word.start), max(end, word.end)
                # whom the count counts are the ones who died or were hurt: KAIROS's Victim of the
                # death or injury, whatever role they had in the attack
                victims = {**args, "Victim": [*args.get("Victim", []), (c.span.start, c.span.end, c.span.text)]}
                out.append(Mention(cls, start, end, sent, doc.text[start:end], victims))
    # one mention per class and span: an event's count and the same event's trigger may coincide
    seen, unique = set(), []
    for m in out:
        if (m.cls, m.start, m.end) not in seen:
            seen.add((m.cls, m.start, m.end))
            unique.append(m)
    return unique


def _match(gold: list[Mention], pred: list[Mention], same_sentence: bool) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j in used or g.cls != p.cls:
                continue
            if (same_sentence and g.sent == p.sent and g.sent >= 0) or _overlap((g.start, g.end), (p.start, p.end)):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _arg_hit(pred: tuple[int, int, str], gold: tuple[int, int, str]) -> bool:
    if _overlap(pred[:2], gold[:2]):
        return True
    a, b = pred[2].lower(), gold[2].lower()
    return bool(a and b) and (a in b or b in a)


def evaluate_wikievents(data_dir: str | Path, coder: Coder, *, limit: int | None = None, max_errors: int = 50
                        ) -> EvalReport:

    started = time.perf_counter()
    path = Path(data_dir) / "wikievents" / "dev.jsonl"
    if not path.is_file():
        raise EvaluationError(f"{path}: missing (give the shared data folder with --data)")
    docs = read_docs(path)[:limit] if limit else read_docs(path)
    scores = {c: FieldScore(field=c) for c in CLASSES}
    overall = FieldScore(field="events (4 types)")
    lenient = FieldScore(field="events, same sentence")
    args = {f: FieldScore(field=f"arg {f}") for f in ARG_FIELDS}
    errors: list[ErrorCase] = []
    failures = 0
    results = coder.extract_many([Article(text=d.text, origin=f"wikievents:{d.doc_id}") for d in docs])
    for doc, result in zip(docs, results):
        events, failed = result_events(result)
        failures += failed
        pred = predicted_mentions(doc, events)
        pairs = _match(doc.gold, pred, same_sentence=False)
        loose = _match(doc.gold, pred, same_sentence=True)
        lenient.tp += len(loose)
        lenient.fp += len(pred) - len(loose)
        lenient.fn += len(doc.gold) - len(loose)
        found_p = {i for i, _ in pairs}
        found_g = {j for _, j in pairs}
        for c in CLASSES:
            tp = sum(1 for i, _ in pairs if pred[i].cls == c)
            scores[c].tp += tp
            scores[c].fp += sum(1 for p in pred if p.cls == c) - tp
            scores[c].fn += sum(1 for g in doc.gold if g.cls == c) - tp

        def sentence(offset: int, doc: Doc = doc) -> str:
            s = _sent_of(doc, offset)
            return doc.text[doc.sent_spans[s][0] : doc.sent_spans[s][1]] if s >= 0 else ""

        for j, g in enumerate(doc.gold):
            if j not in found_g:
                errors.append(ErrorCase(doc=doc.doc_id, field=g.cls, kind="missing", gold=g.text, text=sentence(g.start)))
        for i, p in enumerate(pred):
            if i not in found_p:
                errors.append(ErrorCase(doc=doc.doc_id, field=p.cls, kind="spurious", predicted=p.text, text=sentence(p.start), weight=0.9))
        # arguments: every gold argument is possible, every predicted one is a guess
        pair_of_gold = {j: i for i, j in pairs}
        for j, g in enumerate(doc.gold):
            for fld in ARG_FIELDS:
                gold_args = g.args.get(fld, [])
                pred_args = pred[pair_of_gold[j]].args.get(fld, []) if j in pair_of_gold else []
                hit_g = sum(1 for ga in gold_args if any(_arg_hit(pa, ga) for pa in pred_args))
                hit_p = sum(1 for pa in pred_args if any(_arg_hit(pa, ga) for ga in gold_args))
                args[fld].tp += hit_g
                args[fld].fn += len(gold_args) - hit_g
                args[fld].fp += len(pred_args) - hit_p
                for ga in gold_args:
                    if j in pair_of_gold and not any(_arg_hit(pa, ga) for pa in pred_args):
                        errors.append(ErrorCase(doc=doc.doc_id, field=f"arg {fld}", kind="missing", gold=ga[2],
                                                predicted="; ".join(pa[2] for pa in pred_args) or None, text=sentence(g.start), weight=0.5))
        for i, p in enumerate(pred):
            if i not in found_p:
                for fld in ARG_FIELDS:
                    args[fld].fp += len(p.args.get(fld, []))
    for c in CLASSES:
        overall.add(scores[c])
    report = EvalReport(
        dataset="wikievents", split="dev", documents=len(docs),
        fields=[*scores.values(), overall, lenient, *args.values()],
        summary={"event_f1": round(overall.f1, 4), "argument_f1": round(_micro(list(args.values())).f1, 4),
                 "extraction_failures": failures},
        errors=sorted(errors, key=lambda e: -e.weight)[:max_errors],
    )
    report.notes.append("die and injure are read from wirecoder's killed and injured counts; a count runs from whom it counts to its event's trigger and its own casualty word and must hold the gold trigger")
    report.seconds = round(time.perf_counter() - started, 1)
    return report


def _micro(fields: list[FieldScore]) -> FieldScore:
    total = FieldScore(field="all")
    for f in fields:
        total.add(f)
    return total
