"""Labelled examples for the event judge, by distant supervision.

The rule-based extractor (a ``Coder`` with the judge off) runs over the texts of the training
corpora; each candidate event it finds becomes the judge's input (``judge.candidate_text``, the
very function the judge reads at run time) with a label saying whether a conflict coder would
record it: violence by people, or an arrest, raid, protest or claim around such violence, that
happened and is specific. No one labelled candidates by hand; each corpus's own gold decides:

1. RAMS dev: a candidate whose trigger overlaps the passage's one gold trigger takes the label
   of the gold type, by ``judge_labels.json``: attacks, violent deaths and injuries, arrests and
   demonstrations are acts to code; nonviolent death, illness, disaster, transactions, contact,
   personnel, government, manufacture, inspection, movement, judicial process and consequences
   (an execution aside), investigation and damage to artifacts are not; other types (life.die.n/a,
   life.injure.n/a, conflict.yield.*, execute, and movement.*.prevent*, which RAMS gives many
   arrests and detentions) are skipped.
2. MUC-4 dev: in a message with a template, a candidate of an attack type whose sentence holds
   one of its templates' string fills (perpetrator, physical or human target) is an act to code.
   Irrelevant messages are no clean negatives (they often tell army-guerrilla fighting), so
   nothing else is labelled.
3. Our own labels of LGL articles (``lgl_*.tsv``): every candidate of an article labelled as
   reporting no violence is not an act to code (the hard negatives: death words in non-violent
   news); an article labelled as reporting violence gives only the candidates read by hand (4.).
4. Candidates the project read one by one (``candidates_*.tsv``, keyed by corpus, document and
   trigger offset) from LGL articles reporting violence, RAMS passages and MUC-4 dev messages
   without a template: their reading overrides any label the document's source would give.
5. Our own sentences (``sentences.tsv``): single news sentences the project wrote, each labelled
   as telling an act to code or not (disease, accidents, sport, metaphor, plans, trials...); every
   candidate of a sentence takes its label.

Only candidates of the types the judge scores (``judge.judged_types``) make examples. The
documents of a corpus that gives many more examples of one label than of the other are thinned
(by a hash of their id, so the choice is fixed) to ``MAX_PER_CORPUS_LABEL`` examples, so that one
corpus's style cannot stand in for the label. UCDP and PLOVER are evaluation data by the shared
data's README and are not read here.

Candidates a rule already vetoes (``judge.told_as_not_happening``) are never scored at run
time, so they make no examples. WikiEvents, MUC-4 TST1/TST2, UCDP, PLOVER and the GeoWebNews
labels are evaluation data and are never read here.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache
from importlib.resources import files
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ..errors import ConfigError
from ..evaluate.geo import read_lgl
from ..ingest.muc import read_muc_messages
from ..judge import candidate_text, judged_types
from ..model import Article, Event, IngestError
from ..muc4.keys import Message, read_key_files
from ..nlp import prepare_text
from ..pipeline import Coder
from ..resources.taxonomy import attack_types

log = logging.getLogger(__name__)

# the string slots of a MUC-4 template that name who did it and to whom: perpetrator individual
# and organisation, physical target, human target's name and description
MUC_FILL_SLOTS = (9, 10, 12, 18, 19)
MIN_FILL_CHARS = 3  # shorter fills ("-", initials) would match any sentence
MAX_PER_CORPUS_LABEL = 600
IRRELEVANT_MUC = "muc4-dev-irrelevant"  # the corpus name of MUC-4 dev messages without a template
LGL_FOLD_SEED = "lgl-fold-1"  # names the half of the LGL articles a fold experiment leaves out


class JudgeExample(BaseModel):
    """One candidate event as the judge reads it, with the label the corpus gives it."""

    model_config = ConfigDict(frozen=True)

    text: str
    label: bool
    corpus: str
    origin: str
    why: str


@dataclass(frozen=True)
class Verdict:
    label: bool
    why: str


# decides one candidate of one document: (the candidate, the text the judge reads it in, all the
# document's candidates, vetoed ones included) -> its verdict, or None to skip it
Labeller = Callable[[Event, str, Sequence[Event]], Verdict | None]


@dataclass
class Document:
    """A text to run the coder on, with how its candidates are labelled."""

    corpus: str
    doc_id: str
    article: Article
    labeller: Labeller


@dataclass
class Deduplicated:
    examples: list[JudgeExample]
    repeated: int = 0  # examples dropped because the same text with the same label came first
    conflicting: int = 0  # examples dropped because the same text was given both labels


@dataclass
class _Labels:
    rams_code: list[str]
    rams_not_code: list[str]
    rams_skip: list[str]


@cache
def judge_labels() -> _Labels:
    """The type lists of ``judge_labels.json`` (which gold types make a candidate an act to code)."""
    raw = json.loads(files(__package__).joinpath("judge_labels.json").read_text(encoding="utf-8"))
    return _Labels(rams_code=raw["rams"]["code"], rams_not_code=raw["rams"]["not_code"], rams_skip=raw["rams"]["skip"])


def rams_label(rams_type: str) -> bool | None:
    """True, False or None (skip) for a RAMS event type: the longest matching pattern decides."""
    labels = judge_labels()
    matches = [(len(p), verdict) for patterns, verdict in
               ((labels.rams_code, True), (labels.rams_not_code, False), (labels.rams_skip, None))
               for p in patterns if fnmatchcase(rams_type, p)]
    return max(matches, key=lambda m: m[0])[1] if matches else None


def _overlaps(event: Event, start: int, end: int) -> bool:
    return event.trigger.start < end and event.trigger.end > start


# --------------------------------------------------------------------------- the corpora


@dataclass(frozen=True)
class RamsPassage:
    doc_key: str
    text: str  # the tokens joined by single spaces
    triggers: list[tuple[int, int, str]]  # (start, end) characters in text, and the gold type


def read_rams(path: Path) -> Iterator[RamsPassage]:
    """RAMS passages with their gold triggers as character spans (RAMS token offsets are inclusive)."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            passage = json.loads(line)
            tokens = [t for sentence in passage["sentences"] for t in sentence]
            starts, offset = [], 0
            for token in tokens:
                starts.append(offset)
                offset += len(token) + 1
            triggers = [(starts[first], starts[last] + len(tokens[last]), types[0][0])
                        for first, last, types in passage["evt_triggers"]]
            yield RamsPassage(passage["doc_key"], " ".join(tokens), triggers)


def rams_documents(path: Path) -> Iterator[Document]:
    """RAMS passages, each candidate labelled by the one gold trigger it overlaps."""
    for passage in read_rams(path):
        triggers = [(start, end, rams_type, rams_label(rams_type)) for start, end, rams_type in passage.triggers]
        yield Document("rams", passage.doc_key, Article(text=passage.text, origin=f"rams:{passage.doc_key}"),
                       _rams_labeller(triggers))


def _rams_labeller(triggers: list[tuple[int, int, str, bool | None]]) -> Labeller:
    def label(event: Event, text: str, events: Sequence[Event]) -> Verdict | None:
        for start, end, rams_type, verdict in triggers:
            if verdict is not None and _overlaps(event, start, end):
                return Verdict(verdict, rams_type)
        return None

    return label


def muc_documents(directory: Path, hand_labelled: frozenset[str] = frozenset()) -> Iterator[Document]:
    """MUC-4 dev messages that have a template, labelled by their templates' string fills, and the
    messages without one whose candidates the project labelled by hand (``hand_labelled`` holds
    their ids): MUC-4 calls much real fighting irrelevant, so only a reading labels those."""
    keys = read_key_files(sorted(directory.glob("key-dev-*")))
    for path in sorted(directory.glob("dev-muc3-*")):
        for message_id, article in read_muc_messages(path):
            message = keys.get(message_id)
            if message is not None and message.relevant:
                yield Document("muc4-dev", message_id, article, _fills_labeller(_fills(message)))
            elif message_id in hand_labelled:
                yield Document(IRRELEVANT_MUC, message_id, article, lambda event, text, events: None)


def _fills(message: Message) -> dict[str, str]:
    """The message's string fills of who did it and to whom, lower-cased, with their incident type."""
    fills: dict[str, str] = {}
    for template in message.templates:
        incident = "/".join(template.incident_types) or "?"
        for number in MUC_FILL_SLOTS:
            slot = template.slot(number)
            for filler in slot.fillers if slot.state == "fill" else ():
                for value in filler.alternatives:
                    fill = " ".join(value.text.split()).lower()
                    if len(fill) >= MIN_FILL_CHARS:
                        fills.setdefault(fill, incident)
    return fills


def _fills_labeller(fills: dict[str, str]) -> Labeller:
    def label(event: Event, text: str, events: Sequence[Event]) -> Verdict | None:
        if event.type not in attack_types():
            return None
        sentence = " ".join(text[event.evidence.start:event.evidence.end].split()).lower()
        for fill, incident in fills.items():
            if fill in sentence:
                return Verdict(True, f"muc4 {incident}: {fill}")
        return None

    return label


def read_article_labels(labels_dir: Path, pattern: str = "lgl_*.tsv") -> dict[str, tuple[str, str]]:
    """Our own article labels as {article id: (violence, reason)}, from every file matching
    ``pattern``. Files may still be being written: rows without a violence judgement are
    skipped, and an article judged differently in two rows is left out."""
    judged: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for path in sorted(labels_dir.glob(pattern)):
        with path.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                doc_id, violence = (row.get("id") or "").strip(), (row.get("violence") or "").strip().lower()
                if doc_id and violence in {"yes", "no", "unclear"}:
                    judged[doc_id].add((violence, (row.get("reason") or "").strip()))
    return {doc_id: next(iter(rows)) for doc_id, rows in judged.items() if len({v for v, _ in rows}) == 1}


def lgl_documents(path: Path, labels_dir: Path) -> Iterator[Document]:
    """LGL articles we labelled. In an article reporting no violence every candidate is not an
    act to code. An article reporting violence gives only the candidates read one by one
    (``candidates_*.tsv``): which of its sentences tell the act and which only recall others, no
    rule of position tells well enough (a lede rule made the judge worse)."""
    labels = read_article_labels(labels_dir)
    for doc in read_lgl(path):
        violence, reason = labels.get(doc.doc_id, ("", ""))
        if violence not in {"yes", "no"} or not doc.text.strip():
            continue
        article = Article(text=doc.text, published=doc.published, origin=f"lgl:{doc.doc_id}")
        verdict = None if violence == "yes" else Verdict(False, f"lgl no: {reason}"[:160])
        yield Document("lgl", doc.doc_id, article, lambda event, text, events, verdict=verdict: verdict)


def sentence_documents(path: Path) -> Iterator[Document]:
    """Our own labelled sentences: every candidate of a sentence takes the sentence's label."""
    if not path.is_file():
        return
    with path.open(encoding="utf-8", newline="") as rows:
        for n, row in enumerate(csv.DictReader(rows, delimiter="\t"), 1):
            label, sentence = (row.get("label") or "").strip().lower(), (row.get("sentence") or "").strip()
            if label not in {"yes", "no"} or not sentence:
                continue
            verdict = Verdict(label == "yes", f"own sentence, {row.get('kind') or '?'}")
            yield Document("sentences", f"s{n:04d}", Article(text=sentence, origin=f"sentences:{n}"),
                           lambda event, text, events, verdict=verdict: verdict)


# --------------------------------------------------------------------------- running the coder


def read_candidate_labels(labels_dir: Path) -> dict[str, Verdict]:
    """The candidates the project labelled one by one (``candidates_*.tsv``: key, label, reason),
    by key ``corpus:document@trigger offset``; ``unclear`` rows are left out."""
    verdicts: dict[str, Verdict] = {}
    for path in sorted(labels_dir.glob("candidates_*.tsv")):
        with path.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                label = (row.get("label") or "").strip().lower()
                if label in {"yes", "no"} and row.get("key"):
                    verdicts[row["key"].strip()] = Verdict(label == "yes", f"read: {(row.get('reason') or '').strip()}"[:160])
    return verdicts


def label_documents(documents: Iterable[Document], coder: Coder,
                    hand: Mapping[str, Verdict] | None = None) -> Iterator[JudgeExample]:
    """Run ``coder`` over the documents and label each candidate event: by the project's reading
    of it where ``hand`` has one, else its document's way. The coder must run the rules alone
    (judge and gate off), or it would hide candidates."""
    hand = hand or {}
    if coder.config.judge or coder.config.gate:
        raise ConfigError("judge examples need every candidate: use Coder(Config(judge=False, gate=False))")
    documents = list(documents)
    results = coder.extract_many([d.article for d in documents])
    for document, result in zip(documents, results, strict=True):
        if isinstance(result, IngestError):
            log.warning("%s %s: %s", document.corpus, document.doc_id, result.reason)
            continue
        text = prepare_text(result.article.text, coder.config.truecase_threshold)  # what the judge reads
        vetoed = {d.event.id for d in result.dropped if d.by == "rule"}
        candidates = [e for e in result.events if e.id not in vetoed]
        for event in candidates:
            if event.type not in judged_types():
                continue
            origin = f"{document.doc_id}@{event.trigger.start:06d}"
            verdict = hand.get(f"{document.corpus}:{origin}") or document.labeller(event, text, result.events)
            if verdict is not None:
                yield JudgeExample(text=candidate_text(event, text), label=verdict.label, corpus=document.corpus,
                                   origin=origin, why=verdict.why)


def training_documents(data_dir: Path, labels_dir: Path, *, limit: int | None = None) -> Iterator[Document]:
    """The documents of every training source, at most ``limit`` from each."""
    hand_labelled = frozenset(key.split(":", 1)[1].rsplit("@", 1)[0] for key in read_candidate_labels(labels_dir)
                              if key.startswith(IRRELEVANT_MUC + ":"))
    sources: list[Iterator[Document]] = [
        rams_documents(data_dir / "rams" / "dev.jsonlines"),
        muc_documents(data_dir / "muc4" / "dev", hand_labelled),
        lgl_documents(data_dir / "geoparsing" / "lgl.xml", labels_dir),
        sentence_documents(labels_dir / "sentences.tsv"),
    ]
    for source in sources:
        for n, document in enumerate(source):
            if limit is not None and n >= limit:
                break
            yield document


def deduplicate(examples: Iterable[JudgeExample]) -> Deduplicated:
    """The examples sorted by (corpus, origin), each text once: a text seen again with the same
    label is dropped, a text given both labels is dropped everywhere."""
    ordered = sorted(examples, key=lambda e: (e.corpus, e.origin))
    labels_of: dict[str, set[bool]] = defaultdict(set)
    for example in ordered:
        labels_of[example.text].add(example.label)
    out = Deduplicated([])
    seen: set[str] = set()
    for example in ordered:
        if len(labels_of[example.text]) > 1:
            out.conflicting += 1
        elif example.text in seen:
            out.repeated += 1
        else:
            seen.add(example.text)
            out.examples.append(example)
    return out


def thin(examples: Sequence[JudgeExample], most: int = MAX_PER_CORPUS_LABEL) -> list[JudgeExample]:
    """At most ``most`` examples per corpus and label, whole documents kept or left out by a hash
    of their id, in the examples' order."""
    kept: list[JudgeExample] = []
    by_group: dict[tuple[str, bool], list[JudgeExample]] = defaultdict(list)
    for example in examples:
        by_group[(example.corpus, example.label)].append(example)
    chosen: set[int] = set()
    for group in by_group.values():
        if len(group) <= most:
            chosen.update(id(e) for e in group)
            continue
        def rank(e: JudgeExample) -> str:
            return hashlib.sha1(e.origin.rsplit("@", 1)[0].encode()).hexdigest()
        for e in sorted(group, key=lambda e: (rank(e), e.origin))[:most]:
            chosen.add(id(e))
    kept = [e for e in examples if id(e) in chosen]
    return kept


def build_examples(data_dir: Path, coder: Coder, labels_dir: Path, *, limit: int | None = None) -> list[JudgeExample]:
    """Every labelled candidate of the training sources, deduplicated and thinned, in (corpus,
    origin) order."""
    documents = training_documents(Path(data_dir), Path(labels_dir), limit=limit)
    result = deduplicate(label_documents(documents, coder, read_candidate_labels(Path(labels_dir))))
    result.examples = thin(result.examples)
    log.info("judge examples: %d kept, %d repeated texts and %d texts with both labels dropped",
             len(result.examples), result.repeated, result.conflicting)
    return result.examples


def lgl_held_out(doc_id: str, seed: str = LGL_FOLD_SEED) -> bool:
    """Whether an LGL article falls in the half left out of training for an honest measure of
    the judge on the project's own labels: a fixed half, by a seeded hash of the article's id."""
    return int(hashlib.sha1(f"{seed}:{doc_id}".encode()).hexdigest(), 16) % 2 == 0


def without_held_out_lgl(examples: Iterable[JudgeExample], seed: str = LGL_FOLD_SEED) -> list[JudgeExample]:
    """The examples less those of the LGL articles ``lgl_held_out`` leaves out (the candidates read
    one by one from them included: both carry the corpus ``lgl`` and the article's id)."""
    return [e for e in examples if not (e.corpus == "lgl" and lgl_held_out(e.origin.rsplit("@", 1)[0], seed))]


def summarise(examples: Iterable[JudgeExample]) -> dict:
    """Counts of examples per corpus and label, and in all."""
    counts: Counter[tuple[str, bool]] = Counter((e.corpus, e.label) for e in examples)
    corpora = sorted({corpus for corpus, _ in counts})
    per_corpus = {c: {"code": counts[c, True], "skip": counts[c, False]} for c in corpora}
    return {
        "corpora": per_corpus,
        "code": sum(v["code"] for v in per_corpus.values()),
        "skip": sum(v["skip"] for v in per_corpus.values()),
        "total": sum(counts.values()),
    }
