"""Killed and injured as a GTD coder totals them, over incident summaries in the coder's own style
(issue 13): "Assailants shot and killed ...", "In addition to the assailant, ...", "This was one of
four similar incidents ... across the attacks", "No casualties were reported".

The summaries in ``data/summaries.jsonl`` were written for this test (none comes from an
evaluation corpus). Each carries the figures a coder would enter: ``killed`` is every death,
perpetrators included (GTD nkill), ``injured`` every non-fatal injury (nwound); a summary silent
about a kind of casualty gives 0, and ``null`` is a figure the coder leaves unknown (a plural
without a number, a toll told only for a set of attacks). A third of the summaries (``split:
holdout``) were set aside before the extractors were improved and never read while fixing them;
the two parts have floors of their own.

The real Coder reads each summary; its figure for a kind is the sum of its incidents' totals,
unknown when its incidents tell of such casualties without a figure (an unknown toll, or only a
round-up's), else 0. The test fails when the exact-match rate falls below the floor, and lists
every miss.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from wirecoder.model import Article, CountKind, ExtractionResult

pytestmark = pytest.mark.model

SUMMARIES = [json.loads(line) for line in (Path(__file__).parent / "data" / "summaries.jsonl").read_text().splitlines() if line]

# exact-match rates (issue 13). Before the work on this set: dev 0.833 killed, 0.907 injured;
# holdout 0.852, 0.815. Measured when the floors were first set: dev 1.000 (54/54), 0.981 (53/54);
# holdout 1.000 (27/27), 0.963 (26/27). With the later deaths ("He died of his wounds in hospital",
# s082-s095, a third of s082-s092 held out): dev 1.000 (64/64), 0.984 (63/64); holdout 1.000
# (31/31), 1.000 (31/31). Session 20 added s096-s131 for the kinds the issue lists (implicit
# counts, totals by role, round-ups, toll words, populations), every third held out before the rules
# of that round were written; before them: dev 0.966 (85/88), 0.966 (85/88); holdout 1.000 (43/43),
# 0.953 (41/43); after: dev 1.000 (88/88), 0.989 (87/88); holdout unchanged. Session 21 added s132-s146
# for its rules (names listed after a plural, a weapon turned on oneself, a place list inside the
# object, people "also" killed besides those counted first), every third held out, written with
# the rules in mind: dev 0.929 (91/98), 0.980 (96/98) before them; after: dev 1.000 (98/98), 0.990
# (97/98); holdout 0.979 (47/48), 0.958 (46/48). A floor allows one miss more than that; raise them
# with the rules.
FLOORS = {
    ("dev", CountKind.KILLED): 0.98,
    ("dev", CountKind.INJURED): 0.97,
    ("holdout", CountKind.KILLED): 0.97,
    ("holdout", CountKind.INJURED): 0.93,
}


def coded_figure(result: ExtractionResult, kind: CountKind) -> int | None:
    """The figure the Coder gives a summary for one kind: its incidents' totals added up; unknown
    when a toll has no figure or the only figure told is a round-up's; 0 when it tells of none."""
    tolls = [t for incident in result.incidents for t in incident.tolls if t.kind is kind]
    known = [t.total for t in tolls if t.total is not None]
    if known:
        return sum(known)
    told = any(c.kind is kind for incident in result.incidents for e in incident.events for c in e.counts)
    return None if tolls or told else 0


@pytest.fixture(scope="module")
def coded():
    from wirecoder.pipeline import Coder

    coder = Coder()
    return {s["id"]: coder.extract_article(Article(text=s["text"], published=date(2024, 5, 14))) for s in SUMMARIES}


def misses(coded: dict[str, ExtractionResult], split: str, kind: CountKind) -> tuple[int, list[str]]:
    field = "killed" if kind is CountKind.KILLED else "injured"
    cases = [s for s in SUMMARIES if s["split"] == split]
    wrong = [f"{s['id']}: expected {s[field]}, coded {got}: {s['text']}"
             for s in cases if (got := coded_figure(coded[s["id"]], kind)) != s[field]]
    return len(cases), wrong


@pytest.mark.parametrize("split,kind", list(FLOORS))
def test_summary_figures_stay_above_the_floor(coded, split, kind):
    total, wrong = misses(coded, split, kind)
    rate = 1 - len(wrong) / total
    assert rate >= FLOORS[(split, kind)], f"{kind.value} exact on {split}: {rate:.3f} < {FLOORS[(split, kind)]}\n" + "\n".join(wrong)


def test_the_set_is_the_issues_size():
    assert 60 <= len(SUMMARIES) <= 150
    assert sum(s["split"] == "holdout" for s in SUMMARIES) * 3 >= len(SUMMARIES) - 2
