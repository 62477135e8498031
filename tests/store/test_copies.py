"""Syndicated copies: one wire story printed by five outlets is one report. Its incident lists every
outlet, but the report counts once when the majority rule weighs the figures, so two independent
reports outvote it; and an edited copy is still found among the stored articles."""

from __future__ import annotations

from datetime import date

import pytest
from factories import event, result

from wirecoder.config import Config
from wirecoder.incidents.copies import bands, shingles, signature, similarity
from wirecoder.model import Article, EventType
from wirecoder.pipeline import Coder
from wirecoder.store import open_store

PUBLISHED = date(2016, 11, 11)
# a wire story about the truck bombing of the German consulate in Mazar-i-Sharif on 10 November 2016
WIRE = (
    "A Taliban suicide bomber rammed a truck packed with explosives into the wall of the German consulate "
    "in Mazar-i-Sharif late on Thursday, killing four people and wounding 120 others, provincial officials said. "
    "Gunmen then opened fire on Afghan security forces guarding the compound, the officials said. "
    "A Taliban spokesman said the attack was revenge for air strikes in Kunduz province earlier this month."
)
OUTLETS = ["Daily Courier", "Evening Standard-Times", "Metro Wire", "Valley Herald", "Northern Post"]
# two reports by other outlets that counted the dead themselves
INDEPENDENT = [
    ("Kabul Observer",
     "Six people were killed when a truck bomb exploded at the German consulate in Mazar-i-Sharif on Thursday "
     "night, a doctor at the city's main hospital said. Dozens of the wounded were taken to hospital."),
    ("Balkh Radio",
     "In Mazar-i-Sharif, six people were killed on Thursday night when a suicide bomber drove a truck into the "
     "outer wall of the German consulate, a hospital director said."),
]


def _copy(outlet: str) -> Article:
    """The wire story as an outlet prints it: its own header and a trimmed credit line."""
    text = f"{outlet.upper()} (AP) - {WIRE}\nCopyright {outlet}. Additional reporting by staff."
    return Article(text=text, source=outlet, published=PUBLISHED, title="Truck bomb hits German consulate")


def test_an_edited_copy_is_near_and_another_story_is_far():
    copy_a, copy_b = signature(_copy(OUTLETS[0]).text), signature(_copy(OUTLETS[1]).text)
    other = signature(INDEPENDENT[0][1])
    assert similarity(copy_a, copy_b) >= Config().duplicate_threshold
    assert similarity(copy_a, other) < 0.2
    assert set(bands(copy_a)) & set(bands(copy_b))  # found through the index, not by comparing all
    assert not set(bands(copy_a)) & set(bands(other))
    assert shingles("Gunmen attacked.") == {b"gunmen attacked"}


@pytest.mark.model
def test_five_copies_are_one_report_and_the_independent_figure_wins_under_majority(tmp_path):
    coder = Coder(Config(headline_rule="majority"))
    articles = [_copy(o) for o in OUTLETS] + [
        Article(text=text, source=outlet, published=PUBLISHED) for outlet, text in INDEPENDENT]
    results = [coder.extract_article(a) for a in articles]
    with open_store(str(tmp_path / "copies.db"), coder.config) as store:
        store.add(results)
        consulate = [i for i in store.iter_incidents() if i.place is not None and i.place.mention == "Mazar-i-Sharif"
                     and i.type.value == "bombing"]
        assert len(consulate) == 1, [(i.type, i.place, i.articles) for i in store.iter_incidents()]
        detail = store.incident(consulate[0].id)
    assert len(detail.incident.articles) == 7
    assert {a.source for a in detail.articles} == {*OUTLETS, *(o for o, _ in INDEPENDENT)}
    killed = next(c for c in detail.incident.counts if c.kind.value == "killed")
    assert killed.value == 6  # two reports say six; the wire's four is one report, printed five times
    conflict = next(c for c in detail.incident.conflicts if c.field == "counts.killed")
    assert {v.value: v.reports for v in conflict.values} == {4: 1, 6: 2}
    originals = {m.article_id for m in detail.members if m.copy_of is None}
    copies = [m for m in detail.members if m.copy_of is not None]
    assert len(copies) == 4 and {m.copy_of for m in copies} <= originals
    assert all(any("near-duplicate" in r for r in m.reasons) for m in copies)


# a site's footer that every one of its reports carries
FOOTER = ("Sign up for our newsletter to get the day's top stories from across the region delivered to your "
          "inbox every morning, and follow us on social media for breaking news alerts.")
LEADS = [
    "Gunmen killed three police officers at a checkpoint outside Peshawar on Monday, officials said.",
    "A roadside bomb wounded four soldiers near Gao on Tuesday, the army said.",
    "Kidnappers seized eleven pupils from a school in Kaduna state on Wednesday, police said.",
    "A car bomb exploded outside a hotel in Mogadishu on Thursday, killing five people.",
]


def test_a_shared_footer_makes_no_copy_and_a_reprint_does(tmp_path):
    from wirecoder.store import open_store

    def report(text: str, outlet: str):
        article = Article(text=text, source=outlet, published=PUBLISHED)
        return result(article, event(article, text.split()[1], EventType.ARMED_ASSAULT))

    reports = [report(f"{lead} {FOOTER}", "Frontier Daily") for lead in LEADS]
    reprint = report(f"NORTHERN POST - {LEADS[0]} {FOOTER}", "Northern Post")
    with open_store(str(tmp_path / "footer.db")) as store:
        store.add(reports)
        store.add([reprint])
        members = {m.article_id: m for i in store.iter_incidents() for m in store.incident(i.id).members}
    originals = [r.article.id for r in reports]
    assert all(members[a].copy_of is None for a in originals)  # one footer in common is no copy
    assert members[reprint.article.id].copy_of == originals[0]


@pytest.mark.model
def test_one_television_report_transcribed_twice_is_one_report(tmp_path):
    """Real copies from the MUC-4 dev set (see data/README.md): the second transcript is recorded
    as a copy of the first and joins its incident."""
    from pathlib import Path

    from wirecoder.ingest.muc import read_muc_messages
    from wirecoder.store import open_store

    (first, second) = [a for _, a in read_muc_messages(Path(__file__).parent / "data" / "syndicated-muc4-dev")]
    assert similarity(signature(first.text), signature(second.text)) >= Config().duplicate_threshold
    coder = Coder()
    with open_store(str(tmp_path / "muc.db"), coder.config) as store:
        store.add([coder.extract_article(first), coder.extract_article(second)])
        bombing = [i for i in store.iter_incidents() if i.type.value == "bombing"]
        assert len(bombing) == 1 and set(bombing[0].articles) == {first.id, second.id}
        members = store.incident(bombing[0].id).members
    assert [(m.article_id, m.copy_of) for m in members] == [(first.id, None), (second.id, first.id)]
