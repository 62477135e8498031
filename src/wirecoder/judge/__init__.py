"""Stage 3b, between the field extractors and incident building: is a candidate event an act a
conflict coder would record?

The triggers of ``extract.events`` find words about death and attack; they cannot tell a bombing
from a bird-flu toll, a derailment or "killed the bill". The judge reads each candidate's sentence,
with its trigger marked and its type named (``candidate_text``), and a text classifier trained here
(``wirecoder train``; spaCy's textcat on CPU, weights shipped in ``judge/weights``) gives the
probability that it tells violence by people, or an act around it, that happened. Rules keep
their say as vetoes: a hypothetical or negated act makes no incident whatever its score.

The judge reads the candidates of the attack types (``judged_types``), where words about death
and attack mislead; arrests, claims, accusations and the other types are not its question yet and
pass unscored. Every scored event carries its score as ``confidence``; every dropped one is a
``DroppedEvent`` saying which rule or which score dropped it, which ``wirecoder extract --explain``
prints.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from ..config import JudgeScope
from ..errors import ResourceMissingError
from ..model import CountKind, DroppedEvent, Event, EventType, Polarity, Role
from ..resources.taxonomy import attack_types
from ..resources.words import lexicon

WEIGHTS = Path(__file__).with_name("weights") / "event_judge"
LABEL = "CODE"  # the positive class of the textcat; its other class is "SKIP"
TRIGGER_OPEN, TRIGGER_CLOSE = "«", "»"  # marks around the trigger in the judged text
MAX_CONTEXT_CHARS = 600  # a sentence longer than this is cut around the trigger


def candidate_text(event: Event, text: str) -> str:
    """What the judge reads for one candidate: its type, then its sentence with the trigger
    marked. Training and judging both build their input here, so they never drift apart."""
    sent_start, sent_end = event.evidence.start, event.evidence.end
    start, end = event.trigger.start, event.trigger.end
    if sent_end - sent_start > MAX_CONTEXT_CHARS:
        half = MAX_CONTEXT_CHARS // 2
        sent_start, sent_end = max(sent_start, start - half), min(sent_end, end + half)
    before, trigger, after = text[sent_start:start], text[start:end], text[end:sent_end]
    sentence = f"{before}{TRIGGER_OPEN}{trigger}{TRIGGER_CLOSE}{after}"
    # who did it and to whom, as the parse reads them: "birds", "the virus" or "fans" as the
    # ones acting or acted on is much of what tells a cull or a match from an attack
    roles = " ; ".join(f"{role} {' , '.join(names)}" for role, names in _roles(event))
    return f"{event.type.value.replace('_', ' ')} : {roles + ' : ' if roles else ''}{' '.join(sentence.split())}"


def _roles(event: Event) -> list[tuple[str, list[str]]]:
    by_role: dict[str, list[str]] = {}
    for actor in event.actors:
        words = " ".join((actor.text or actor.name).split())
        if words and words not in by_role.setdefault(actor.role.value, []):
            by_role[actor.role.value].append(words)
    return sorted(by_role.items())


class EventJudge:
    """A trained textcat pipeline read from ``path``; ``score`` gives P(CODE) for each text. It is
    saved without a vocabulary and reads the parsing pipeline's, whose word vectors it was
    trained with."""

    def __init__(self, path: str | Path = WEIGHTS):
        self.path = Path(path)
        if not (self.path / "config.cfg").is_file():
            raise ResourceMissingError(
                f"the event judge's weights are missing at {self.path}: run `make train`, or set judge = false")
        import spacy

        from ..nlp import load_nlp

        self.nlp = spacy.load(self.path, vocab=load_nlp().vocab, exclude=["vocab"])

    def score(self, texts: Sequence[str]) -> list[float]:
        return [doc.cats.get(LABEL, 0.0) for doc in self.nlp.pipe(texts, batch_size=64)]


@cache
def shipped_judge() -> EventJudge:
    """The judge trained by ``make train`` and shipped with the package, loaded once per process."""
    return EventJudge()


def judged_types() -> frozenset:
    """The event types the judge scores: the attacks, the acts that its training data tells."""
    return attack_types()


def told_as_not_happening(event: Event) -> bool:
    """The rule that vetoes a candidate before any score: an event told as planned, feared, denied
    or not done ("no attack took place", "police were not linking the arrests to the protests",
    "the planned rallies"). A claim of responsibility is the exception: one denied by someone named
    ("the group denied any role") is news, one that names nobody ("no group has claimed") is not.
    Incident building skips these; the judge only explains them."""
    if event.polarity is Polarity.ASSERTED:
        return False
    return event.type is not EventType.CLAIM or not event.actors


def vouched_by_the_rules(event: Event) -> bool:
    """An act told with its dead or wounded and with violent means the sentence names or armed
    doers ("Car bomb kills six people in Mogadishu", "gunmen killed 40 villagers"): the rules'
    surest reading, which the judge may not overrule. Its textcat learned news told in the past
    tense and scores a headline's present ("kills ..., police say") as it scores no news at all."""
    if not any(c.kind in (CountKind.KILLED, CountKind.INJURED) and (c.value or 0) > 0 for c in event.counts):
        return False
    if any(w.text for w in event.weapons):  # named, not implied by "shot"
        return True
    people = lexicon().people
    armed = people.perpetrators | people.armed_group_members  # gunmen, attackers, militants, rebels ...
    for actor in event.actors:
        words = (actor.name or actor.text).lower().split()
        if actor.role is Role.PERPETRATOR and (actor.kind == "armed_group" or (words and words[-1] in armed)):
            return True
    return False


def reference_date(events: Sequence[Event], published: date | None) -> date | None:
    """The day an article speaks from: its publication date, or, when that is unknown, the latest
    day its own dates reach (an article is at least as recent as what it reports)."""
    if published is not None:
        return published
    days = [e.date.last_day() for e in events if e.date is not None]
    return max(days) if days else None


def told_as_history(event: Event, reference: date | None, recent_days: int | None) -> bool:
    """An act dated well before the article ('the Japanese attack on 7 December 1941', 'the 2012
    Benghazi attack') is history the article recalls, not news a coder records: coding
    conventions keep an incident only when it is recent (MUC-4's task definition: within two
    months of the article, or new facts about an older one), and a dataset built from news
    would otherwise grow a record for every anniversary and trial."""
    if recent_days is None or reference is None or event.date is None:
        return False
    return (reference - event.date.last_day()).days > recent_days


def _history(events: Sequence[Event], reference: date | None, recent_days: int | None) -> set[int]:
    """``id`` of each event told as history (``told_as_history``)."""
    return {id(e) for e in events if told_as_history(e, reference, recent_days)}


def _to_score(events: Sequence[Event], history: set[int]) -> list[Event]:
    """The events the judge scores, in order: of a judged type, neither vetoed by the rule nor history."""
    return [e for e in events if not told_as_not_happening(e) and id(e) not in history and e.type in judged_types()]


def texts_to_judge(events: Sequence[Event], text: str, *, published: date | None = None,
                   recent_days: int | None = None) -> list[str]:
    """The texts ``judge_events`` gives the judge to read for an article's events (with the same
    ``published`` and ``recent_days``), so that the texts of many articles can be scored at once."""
    history = _history(events, reference_date(events, published), recent_days)
    return [candidate_text(e, text) for e in _to_score(events, history)]


class ScoredTexts:
    """A judge's scores of a batch of texts, read in one call to the judge (one pass of its
    textcat over many articles' candidates costs less than one per article); ``score`` answers
    from them, and asks the judge for any other text. A text's score does not depend on the
    texts it is scored with."""

    def __init__(self, judge: EventJudge, texts: Sequence[str]):
        self.judge = judge
        unique = list(dict.fromkeys(texts))
        self.scores: dict[str, float] = dict(zip(unique, judge.score(unique), strict=True))

    def score(self, texts: Sequence[str]) -> list[float]:
        missing = [t for t in dict.fromkeys(texts) if t not in self.scores]
        if missing:
            self.scores.update(zip(missing, self.judge.score(missing), strict=True))
        return [self.scores[t] for t in texts]


@dataclass
class Judged:
    events: list[Event] = field(default_factory=list)
    dropped: list[DroppedEvent] = field(default_factory=list)


def act_scores(events: Sequence[Event], scores: Mapping[int, float]) -> dict[int, float]:
    """Each scored event's score as a telling of its act: the best score among the candidates of
    one type in one sentence (one act told once, by several words), and for a mention that names an
    act told elsewhere ('the attack', 'the blast'; ``mention == "anaphoric"``) the best score of the
    article's earlier acts as well. A coder records acts, not words: a mention the judge doubts
    follows the lead mention it believes. Keyed like ``scores``, by ``id`` of the event."""
    best_of: dict[tuple, float] = {}
    for event in events:
        if id(event) in scores:
            key = (event.type, event.evidence.start, event.evidence.end)
            best_of[key] = max(best_of.get(key, 0.0), scores[id(event)])
    out: dict[int, float] = {}
    earlier = 0.0  # the best act score of the text before the current sentence, in text order
    for event in sorted((e for e in events if id(e) in scores), key=lambda e: (e.evidence.start, e.trigger.start)):
        own = best_of[(event.type, event.evidence.start, event.evidence.end)]
        out[id(event)] = max(own, earlier) if event.mention == "anaphoric" else own
        earlier = max(earlier, own)
    return out


def judge_events(events: Sequence[Event], text: str, judge: EventJudge | ScoredTexts | None, threshold: float, *,
                 published: date | None = None, recent_days: int | None = None,
                 scope: JudgeScope = "article", mention_threshold: float = 0.0) -> Judged:
    """The article's events that are acts to code, each with its ``confidence``, and why the others
    make no incident.

    Events the rule vetoes (``told_as_not_happening``) stay among the events, as the mentions they
    are, and are listed as dropped by the rule; incident building skips them. Events dated more
    than ``recent_days`` before the article (``told_as_history``) are dropped by the rule. Every
    other event of a judged type is scored when a judge is given and decided by ``scope``:

    - ``candidate``: kept when its own score reaches ``threshold``;
    - ``act``: kept when its act's score (``act_scores``: the best of its sentence's candidates of
      its type, and for 'the attack' the best of the acts before it) reaches ``threshold``;
    - ``article``: when no act of the article reaches ``threshold`` every scored candidate is
      dropped (the article tells no act to code); otherwise each is kept when its act's score
      reaches ``mention_threshold``, so the mentions of an act the judge believes stay."""
    out = Judged()
    reference = reference_date(events, published)
    history = _history(events, reference, recent_days)
    for event in events:
        if told_as_not_happening(event):
            out.dropped.append(DroppedEvent(event=event, by="rule", reason=f"told as {event.polarity.value}"))
        elif id(event) in history:
            out.dropped.append(DroppedEvent(event=event, by="rule", reason=(
                f"history: dated {event.date.date.isoformat()}, more than {recent_days} days before {reference.isoformat()}")))
    scored = _to_score(events, history) if judge is not None else []
    scores = dict(zip((id(e) for e in scored), judge.score([candidate_text(e, text) for e in scored]), strict=True)) \
        if judge is not None and scored else {}
    scores = {key: round(float(score), 4) for key, score in scores.items()}
    # what the rules vouch for stands whatever the score: its confidence is theirs, full
    scores.update({id(e): 1.0 for e in scored if vouched_by_the_rules(e)})
    acts = act_scores(events, scores) if scope != "candidate" else scores
    believed = max(acts.values(), default=0.0)
    for event in events:
        if id(event) in history:
            continue
        score = scores.get(id(event))
        if score is None:
            out.events.append(event)
            continue
        act = acts[id(event)]
        if scope == "article" and believed < threshold:
            reason = f"no candidate of the article scores the threshold {threshold:.2f} (best {believed:.2f})"
        elif scope == "article" and act < mention_threshold:
            reason = f"its act's score {act:.2f} is below the mention threshold {mention_threshold:.2f}"
        elif scope != "article" and act < threshold:
            reason = (f"judge score {score:.2f} is below the threshold {threshold:.2f}" if act == score else
                      f"its act's score {act:.2f} (its own {score:.2f}) is below the threshold {threshold:.2f}")
        else:
            out.events.append(event.model_copy(update={"confidence": score}))
            continue
        out.dropped.append(DroppedEvent(event=event, by="judge", score=score, reason=reason))
    return out
