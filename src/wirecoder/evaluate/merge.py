"""``wirecoder eval merge``: does the store put the reports of one real-world incident together, and
only those? Measured on a gold clustering derived from the MUC-4 answer keys.

The gold. MUC-4 messages are FBIS wire and radio reports; many incidents are reported by several
of them (the murder of the six Jesuits in San Salvador on 16 November 1989 by fourteen dev
messages). The keys do not say which templates of different messages tell one incident, so the
clustering is derived from them by a fixed rule: two key templates of different messages tell
**the same incident** when

- their incident types share one (``ATTACK``, ``BOMBING`` ...),
- both are dated and their latest dates are at most two days apart,
- their locations name the same country and the same most specific place, below the country
  (``EL SALVADOR: SAN SALVADOR (CITY)``; a country alone is too coarse to tell an incident), and
- they share a perpetrator or a target: a string of PERP: INDIVIDUAL ID, PERP: ORGANIZATION ID,
  PHYS TGT: ID, HUM TGT: NAME or HUM TGT: DESCRIPTION equals, or is contained word for word in,
  one of the other's.

Clusters are the transitive closure of that relation. Two templates are **judged distinct** when
their dates differ (both bounded on both ends, more than two days apart; "- 23 AUG 89" only says
"on or before") or their places do (other countries, or places below the country that share no
name, neither being only a department, a province or a site such as a university, whose towns the
keys do not say). The type is no evidence of that: the keys call one attack ATTACK in one message and
BOMBING or ARSON in another. Pairs that are neither are **not judged** and left out of precision,
since the keys cannot say.

The system. Every message is extracted and stored into a new SQLite store in message order, as
``wirecoder ingest`` does. Each message's incidents are aligned to its key templates by the MUC-4
scorer's own template mapping; an aligned key template is an item, placed in the stored incident
its article incident went to. Incidents the keys do not hold (events older than MUC-4's window,
combat) are no items: whether they merged is not judged here.

Scores, over item pairs from different messages: pairwise precision (merged pairs that are gold
pairs, among merged pairs that are judged), recall of the merging (gold pairs whose two templates
were both extracted and aligned, merged) and end-to-end recall (all gold pairs); B-cubed precision
and recall over the aligned items of the gold clusters; merges across countries (stored incidents
whose events name places in more than one country; merged pairs whose keys name only other
countries).
"""

from __future__ import annotations

import itertools
import re
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from pathlib import Path

from ..errors import EvaluationError
from ..muc4.keys import Message, parse_templates
from ..muc4.score import parse_date, parse_location, score_message
from ..muc4.writer import render_by_incident
from ..pipeline import Coder
from ..store import Store
from .muc4 import read_messages, split_files
from .report import ErrorCase, EvalReport, FieldScore

# the slots that name who did it and to whom
NAME_SLOTS = (9, 10, 12, 18, 19)
DATE_SLACK_DAYS = 2
# location types of the keys that name a town or a part of one; any other type names a region or a
# site ("CENTRAL AMERICAN UNIVERSITY (UNIVERSITY)", "JOSE MARIA CORDOBA (AIRPORT)"), which lies in some town
TOWN_TYPES = frozenset({"CITY", "TOWN", "VILLAGE", "MUNICIPALITY", "NEIGHBORHOOD", "CANTON"})


@dataclass(frozen=True)
class GoldTemplate:
    """What the merge gold reads of one key template."""

    message_id: str
    number: str
    types: frozenset[str]
    latest_dates: tuple[Date, ...]
    exact_dates: tuple[tuple[Date, Date], ...]  # the (earliest, latest) of fills that bound both ends
    locations: tuple[tuple[str, ...], ...]  # each: country, then ever more specific names
    names: frozenset[str]
    regional: tuple[bool, ...] = ()  # for each location: it names a department or a site, and no town


def _fills(template, n: int) -> list[str]:
    slot = template.slot(n)
    return [v.text for f in slot.fillers for v in f.alternatives] if slot.state == "fill" else []


def _name(text: str) -> str:
    return " ".join(re.sub(r"[^A-Z0-9 ]", " ", text.upper()).split())


def gold_templates(messages: dict[str, Message]) -> list[GoldTemplate]:
    out = []
    for mid, message in messages.items():
        for t in message.templates:
            spans = [d for v in _fills(t, 2) if (d := parse_date(v))]
            dates = tuple(sorted({d[1] for d in spans if d[1]}))
            # a range that ends before it starts ('11 NOV 90 - 19 NOV 89') is a key's slip: it bounds nothing
            exact = tuple(sorted({(d[0], d[1]) for d in spans if d[0] and d[1] and d[0] <= d[1]}))
            parsed = {tuple(p[0] for p in parts): _names_no_town(parts) for v in _fills(t, 3) if (parts := parse_location(v))}
            names = frozenset(n for slot in NAME_SLOTS for v in _fills(t, slot) if (n := _name(v)))
            out.append(GoldTemplate(mid, t.number, frozenset(t.incident_types), dates, exact, tuple(parsed), names,
                                    tuple(parsed.values())))
    return out


def _names_no_town(parts: list[tuple[str, frozenset[str]]]) -> bool:
    """Below the country, the key names only a region or a site, typed so, and no town: the
    department whose towns it does not list, or a university without its city, could be where
    another key's town is. An untyped name is taken for a town."""
    below = parts[1:]
    return bool(below) and all(types and not types & TOWN_TYPES for _, types in below)


def _dates_close(a: GoldTemplate, b: GoldTemplate) -> bool:
    return any(abs((x - y).days) <= DATE_SLACK_DAYS for x in a.latest_dates for y in b.latest_dates)


def _same_place(a: GoldTemplate, b: GoldTemplate) -> bool:
    return any(len(x) >= 2 and len(y) >= 2 and x[0] == y[0] and x[-1] == y[-1] for x in a.locations for y in b.locations)


def _other_place(a: GoldTemplate, b: GoldTemplate) -> bool:
    """Every location of one differs from every location of the other: another country, or
    places below the country of which neither names a part of the other and neither is only a
    department, a province or a site without its town (the keys do not say which towns lie in
    ``ANTIOQUIA (DEPARTMENT)``, nor in which town ``UCA (UNIVERSITY)`` is)."""
    if not a.locations or not b.locations:
        return False
    for x, rx in zip(a.locations, a.regional or (False,) * len(a.locations)):
        for y, ry in zip(b.locations, b.regional or (False,) * len(b.locations)):
            if x[0] == y[0] and (len(x) < 2 or len(y) < 2 or rx or ry or set(x[1:]) & set(y[1:])):
                return False
    return True


def _other_dates(a: GoldTemplate, b: GoldTemplate) -> bool:
    """Both bounded on both ends ("- 23 AUG 89" only says on or before) and apart by more than
    the slack."""
    if not a.exact_dates or not b.exact_dates:
        return False
    slack = timedelta(days=DATE_SLACK_DAYS)
    return all(x[1] + slack < y[0] or y[1] + slack < x[0] for x in a.exact_dates for y in b.exact_dates)


def _share_name(a: GoldTemplate, b: GoldTemplate) -> bool:
    return any(x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in a.names for y in b.names)


def same_incident(a: GoldTemplate, b: GoldTemplate) -> bool:
    return bool(a.types & b.types) and _dates_close(a, b) and _same_place(a, b) and _share_name(a, b)


def distinct_incidents(a: GoldTemplate, b: GoldTemplate) -> bool:
    """Told apart by the keys: on other days or in other places. The incident type is no evidence:
    the keys type one attack ATTACK in one message and BOMBING or ARSON in another."""
    return _other_dates(a, b) or _other_place(a, b)


def countries(t: GoldTemplate) -> set[str]:
    return {loc[0] for loc in t.locations}


Item = tuple[str, str]  # (message id, key template number)


@dataclass
class GoldClustering:
    """The key templates by item, and the cluster each is in (templates told by one message only
    are clusters of one)."""

    templates: dict[Item, GoldTemplate]
    cluster: dict[Item, int]

    @property
    def clusters(self) -> list[set[Item]]:
        members: dict[int, set[Item]] = defaultdict(set)
        for item, c in self.cluster.items():
            members[c].add(item)
        return [m for m in members.values() if len({i[0] for i in m}) > 1]

    def pairs(self) -> set[tuple[Item, Item]]:
        """Item pairs of different messages that tell one incident."""
        return {(a, b) for c in self.clusters for a, b in itertools.combinations(sorted(c), 2) if a[0] != b[0]}

    def judge(self, a: Item, b: Item) -> bool | None:
        """True: one incident; False: judged distinct; None: the keys cannot say."""
        if self.cluster[a] == self.cluster[b]:
            return True
        return False if distinct_incidents(self.templates[a], self.templates[b]) else None


def gold_clustering(messages: dict[str, Message]) -> GoldClustering:
    templates = gold_templates(messages)
    parent = list(range(len(templates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(templates)), 2):
        a, b = templates[i], templates[j]
        if a.message_id != b.message_id and same_incident(a, b):
            parent[root(i)] = root(j)
    return GoldClustering(
        templates={(t.message_id, t.number): t for t in templates},
        cluster={(t.message_id, t.number): root(i) for i, t in enumerate(templates)},
    )


@dataclass
class ClusteringScore:
    pairwise: FieldScore  # tp: gold pairs merged; fp: judged-distinct pairs merged; fn: aligned gold pairs not merged
    end_to_end_recall: float
    bcubed_precision: float
    bcubed_recall: float
    merged_pairs: int
    unjudged_pairs: int
    wrong: list[tuple[Item, Item]]
    missed: list[tuple[Item, Item]]
    across_countries: list[tuple[Item, Item]]


def score_clustering(placed: dict[Item, str], gold: GoldClustering) -> ClusteringScore:
    """Score where the aligned items went (``placed``: item -> stored incident id) against the gold."""
    items = sorted(placed)
    merged: set[tuple[Item, Item]] = set()
    by_incident: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_incident[placed[item]].append(item)
    for members in by_incident.values():
        merged.update((a, b) for a, b in itertools.combinations(sorted(members), 2) if a[0] != b[0])
    gold_pairs = gold.pairs()
    reachable = {(a, b) for a, b in gold_pairs if a in placed and b in placed}
    verdicts = {pair: gold.judge(*pair) for pair in merged}
    right = {p for p, v in verdicts.items() if v is True}
    wrong = {p for p, v in verdicts.items() if v is False}
    pairwise = FieldScore(field="pairs", tp=len(right), fp=len(wrong), fn=len(reachable - merged))
    partners_gold: dict[Item, set[Item]] = defaultdict(set)
    partners_said: dict[Item, set[Item]] = defaultdict(set)
    for a, b in reachable:
        partners_gold[a].add(b)
        partners_gold[b].add(a)
    for a, b in right | wrong:
        partners_said[a].add(b)
        partners_said[b].add(a)
    scored = sorted(partners_gold)
    bp = [(1 + len(partners_said[m] & partners_gold[m])) / (1 + len(partners_said[m])) for m in scored]
    br = [(1 + len(partners_said[m] & partners_gold[m])) / (1 + len(partners_gold[m])) for m in scored]

    def other_countries(a: Item, b: Item) -> bool:
        ca, cb = countries(gold.templates[a]), countries(gold.templates[b])
        return bool(ca and cb and not ca & cb)

    return ClusteringScore(
        pairwise=pairwise,
        end_to_end_recall=len(right) / len(gold_pairs) if gold_pairs else 0.0,
        bcubed_precision=sum(bp) / len(bp) if bp else 0.0,
        bcubed_recall=sum(br) / len(br) if br else 0.0,
        merged_pairs=len(merged), unjudged_pairs=sum(1 for v in verdicts.values() if v is None),
        wrong=sorted(wrong), missed=sorted(reachable - merged),
        across_countries=sorted(p for p in wrong if other_countries(*p)),
    )


def align(message_id: str, key: Message | None, incidents: list, published: Date | None,
          country: str | None = None) -> dict[str, int]:
    """Key template number -> index of the article incident the MUC-4 scorer maps to it;
    ``country``: the one the article is about, for incidents it places nowhere."""
    if key is None or not key.templates or not incidents:
        return {}
    response = parse_templates(render_by_incident(message_id, incidents, published=published, country=country),
                               "<responses>").get(message_id)
    if response is None:
        return {}
    return {k.number: int(r.number) - 1 for k, r in score_message(key, response).pairs}


def _incident_countries(incident) -> set[str]:
    return {e.place.country_code for e in incident.events if e.place is not None and e.place.country_code}


def evaluate_merge(data_dir: str | Path, coder: Coder, *, split: str = "dev", limit: int | None = None,
                   texts: str | Path | None = None, keys: str | Path | None = None,
                   max_errors: int = 50, progress: bool = False) -> EvalReport:
    """Extract and store every message of a MUC-4 split (or of the ``texts`` file, with its
    ``keys``), then score the store's incidents as a clustering of the messages against the gold
    derived from the keys."""
    started = time.perf_counter()
    if (texts is None) != (keys is None):
        raise EvaluationError("give both texts and keys, or neither")
    files = ([Path(texts)], [Path(keys)]) if texts is not None and keys is not None else split_files(data_dir, split)
    split = Path(texts).name if texts is not None else split
    key_messages, messages = read_messages(*files, limit)
    ids = {mid for mid, _ in messages}
    gold = gold_clustering({mid: m for mid, m in key_messages.items() if mid in ids})
    message_texts = {mid: a.text for mid, a in messages}
    results = coder.extract_many([a for _, a in messages])
    if progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(messages), desc="merge", unit="msg")
    # each aligned key template, and the first event of the article incident it maps to
    aligned: dict[Item, tuple[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="wirecoder-merge-") as tmp:
        with Store(f"sqlite:///{Path(tmp) / 'merge.db'}", coder.config) as store:
            batch: list = []
            for (mid, article), result in zip(messages, results):
                if hasattr(result, "incidents"):
                    for number, n in align(mid, key_messages.get(mid), result.incidents, article.published,
                                              result.country).items():
                        first = result.incidents[n].events[0]
                        aligned[(mid, number)] = (result.article.id, first.id)
                batch.append(result)
                if len(batch) == 100:
                    store.add(batch)
                    batch = []
            if batch:
                store.add(batch)
            incidents = list(store.iter_incidents())
    home = {(e.article_id, e.id): inc.id for inc in incidents for e in inc.events}
    placed = {item: home[event] for item, event in aligned.items() if event in home}
    scored = score_clustering(placed, gold)
    chimeras = [inc for inc in incidents if len(_incident_countries(inc)) > 1]
    report = EvalReport(dataset="merge", split=f"muc4 {split}", documents=len(messages), fields=[scored.pairwise])
    report.summary.update({
        "key_templates": len(gold.templates),
        "gold_clusters": len(gold.clusters),
        "gold_pairs": len(gold.pairs()),
        "templates_aligned": len(placed),
        "recall_end_to_end": round(scored.end_to_end_recall, 4),
        "merged_pairs": scored.merged_pairs,
        "merged_pairs_not_judged": scored.unjudged_pairs,
        "bcubed_precision": round(scored.bcubed_precision, 4),
        "bcubed_recall": round(scored.bcubed_recall, 4),
        "incidents": len(incidents),
        "incidents_from_several_articles": sum(1 for inc in incidents if len(inc.articles) > 1),
        "incidents_across_countries": len(chimeras),
        "merged_pairs_keys_in_other_countries": len(scored.across_countries),
    })
    for a, b in scored.wrong[:max_errors]:
        report.errors.append(ErrorCase(doc=f"{a[0]}#{a[1]} + {b[0]}#{b[1]}", field="pairs", kind="wrong_merge",
                                       text=f"{_head(message_texts[a[0]])} || {_head(message_texts[b[0]])}", weight=2.0))
    for a, b in scored.missed[:max_errors]:
        report.errors.append(ErrorCase(doc=f"{a[0]}#{a[1]} + {b[0]}#{b[1]}", field="pairs", kind="missed_merge",
                                       text=f"{_head(message_texts[a[0]])} || {_head(message_texts[b[0]])}", weight=1.0))
    report.notes.append("gold: templates of the keys that share type, date (two days), place below the country "
                        "and a perpetrator or target; see wirecoder.evaluate.merge")
    report.seconds = round(time.perf_counter() - started, 1)
    return report


def _head(text: str, n: int = 160) -> str:
    return " ".join(text.split())[:n]


__all__: Sequence[str] = (
    "ClusteringScore", "GoldClustering", "GoldTemplate", "align", "distinct_incidents", "evaluate_merge",
    "gold_clustering", "same_incident", "score_clustering",
)
