"""The event judge's training examples: each corpus's gold labels the candidates the way the
module's docstring says, on tiny hand-made inputs."""

from __future__ import annotations

import json

import pytest
from factories import event, span

from wirecoder.config import Config
from wirecoder.errors import ConfigError
from wirecoder.model import Article, EventType
from wirecoder.muc4.keys import parse_templates
from wirecoder.pipeline import Coder
from wirecoder.training.judge_data import (
    JudgeExample,
    _fills,
    _fills_labeller,
    build_examples,
    deduplicate,
    label_documents,
    lgl_documents,
    lgl_held_out,
    rams_documents,
    rams_label,
    read_article_labels,
    read_candidate_labels,
    sentence_documents,
    summarise,
    thin,
    without_held_out_lgl,
)

RAMS_PASSAGES = [
    {"doc_key": "nw_a", "sentences": [["Gunmen", "shot", "two", "guards", "."], ["Police", "came", "."]],
     "evt_triggers": [[1, 1, [["conflict.attack.firearmattack", 1.0]]]]},
    {"doc_key": "nw_b", "sentences": [["The", "singer", "died", "of", "cancer", "."]],
     "evt_triggers": [[2, 2, [["life.die.nonviolentdeath", 1.0]]]]},
]


def write_rams(tmp_path):
    path = tmp_path / "dev.jsonlines"
    path.write_text("".join(json.dumps(p) + "\n" for p in RAMS_PASSAGES), encoding="utf-8")
    return path


def test_rams_types_take_the_label_of_their_most_specific_pattern():
    assert rams_label("conflict.attack.bombing") is True
    assert rams_label("life.die.deathcausedbyviolentevents") is True
    assert rams_label("justice.arrestjaildetain.arrestjaildetain") is True
    assert rams_label("life.die.nonviolentdeath") is False
    assert rams_label("life.injure.illnessdegradationphysical") is False
    assert rams_label("disaster.accidentcrash.accidentcrash") is False
    assert rams_label("justice.judicialconsequences.convict") is False
    assert rams_label("justice.judicialconsequences.execute") is None  # carved out of a not_code pattern
    assert rams_label("life.die.n/a") is None
    assert rams_label("conflict.yield.surrender") is None
    assert rams_label("movement.transportperson.preventexit") is None  # RAMS's type of many detentions
    assert rams_label("movement.transportperson.evacuationrescue") is False
    assert rams_label("no.such.type") is None


def test_rams_passages_are_tokens_joined_by_spaces_and_labelled_by_their_trigger(tmp_path):
    shooting, death = list(rams_documents(write_rams(tmp_path)))
    assert shooting.article.text == "Gunmen shot two guards . Police came ."
    assert (shooting.corpus, shooting.doc_id) == ("rams", "nw_a")
    on_trigger = event(shooting.article, "shot", EventType.ARMED_ASSAULT)
    elsewhere = event(shooting.article, "Police", EventType.ARREST)
    assert shooting.labeller(on_trigger, shooting.article.text, [on_trigger]).label is True
    assert shooting.labeller(on_trigger, shooting.article.text, []).why == "conflict.attack.firearmattack"
    assert shooting.labeller(elsewhere, shooting.article.text, []) is None  # not on the gold trigger
    died = event(death.article, "died", EventType.ARMED_ASSAULT)
    assert death.labeller(died, death.article.text, []).label is False


MUC_KEY = """
0.  MESSAGE: ID                     DEV-MUC3-9001 (TEST)
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  02 JAN 90
3.  INCIDENT: LOCATION              EL SALVADOR: SAN SALVADOR (CITY)
4.  INCIDENT: TYPE                  ATTACK
5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED
6.  INCIDENT: INSTRUMENT ID         -
7.  INCIDENT: INSTRUMENT TYPE       -
8.  PERP: INCIDENT CATEGORY         TERRORIST ACT
9.  PERP: INDIVIDUAL ID             "URBAN GUERRILLAS"
10. PERP: ORGANIZATION ID           "FMLN"
11. PERP: ORGANIZATION CONFIDENCE   SUSPECTED OR ACCUSED: "FMLN"
12. PHYS TGT: ID                    -
13. PHYS TGT: TYPE                  -
14. PHYS TGT: NUMBER                -
15. PHYS TGT: FOREIGN NATION        -
16. PHYS TGT: EFFECT OF INCIDENT    -
17. PHYS TGT: TOTAL NUMBER          -
18. HUM TGT: NAME                   -
19. HUM TGT: DESCRIPTION            "PEASANTS"
20. HUM TGT: TYPE                   CIVILIAN: "PEASANTS"
21. HUM TGT: NUMBER                 3: "PEASANTS"
22. HUM TGT: FOREIGN NATION         -
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "PEASANTS"
24. HUM TGT: TOTAL NUMBER           -
"""


def test_muc_candidates_code_where_their_sentence_holds_a_template_fill():
    fills = _fills(parse_templates(MUC_KEY)["DEV-MUC3-9001"])
    assert fills == {"urban guerrillas": "ATTACK", "fmln": "ATTACK", "peasants": "ATTACK"}
    article = Article(text="Urban guerrillas attacked a bus. The army attacked a hill.")
    labeller = _fills_labeller(fills)
    first = event(article, "attacked", EventType.ARMED_ASSAULT)
    second = event(article, span(article.text, "attacked", after="army"), EventType.ARMED_ASSAULT)
    assert labeller(first, article.text, []).why == "muc4 ATTACK: urban guerrillas"
    assert labeller(second, article.text, []) is None  # its sentence names none of the fills
    statement = event(article, "Urban", EventType.STATEMENT)
    assert labeller(statement, article.text, []) is None  # only attack types are labelled


LGL_XML = """<articles>
<article docid="1"><text>The mayor blamed the rain for the parade's low turnout.</text></article>
<article docid="2"><text>A man was shot dead on Main Street.</text></article>
<article docid="3"><text>The council met.</text></article>
</articles>"""


def write_labels(labels_dir):
    labels_dir.mkdir()
    (labels_dir / "lgl_1.tsv").write_text(
        "corpus\tid\tviolence\tpolitical\treason\n"
        "lgl\t1\tno\t-\tparade and weather\n"
        "lgl\t2\tyes\tno\tstreet shooting\n"
        "lgl\t3\tno\t-\tcouncil meeting\n", encoding="utf-8")
    (labels_dir / "lgl_2.tsv").write_text(
        "corpus\tid\tviolence\tpolitical\treason\n"
        "lgl\t3\tyes\tno\tjudged otherwise\n"
        "lgl\t4\t", encoding="utf-8")  # a row still being written


def test_article_labels_skip_unfinished_rows_and_disagreements(tmp_path):
    write_labels(tmp_path / "labels")
    assert read_article_labels(tmp_path / "labels") == {"1": ("no", "parade and weather"),
                                                        "2": ("yes", "street shooting")}


def test_lgl_candidates_are_negative_without_violence_and_read_by_hand_otherwise(tmp_path):
    write_labels(tmp_path / "labels")
    (tmp_path / "lgl.xml").write_text(LGL_XML, encoding="utf-8")
    quiet, violent = lgl_documents(tmp_path / "lgl.xml", tmp_path / "labels")
    blamed = event(quiet.article, "blamed", EventType.ACCUSATION)
    verdict = quiet.labeller(blamed, quiet.article.text, [blamed])
    assert verdict.label is False and verdict.why == "lgl no: parade and weather"
    shot = event(violent.article, "shot", EventType.ARMED_ASSAULT)
    assert violent.labeller(shot, violent.article.text, [shot]) is None  # only a reading labels it


def example(text, label, corpus="rams", origin="a@000001"):
    return JudgeExample(text=text, label=label, corpus=corpus, origin=origin, why="test")


def test_examples_are_sorted_and_each_text_kept_once_unless_it_has_both_labels():
    result = deduplicate([
        example("b", True, "ucdp", "2@000001"),
        example("a", True, "ucdp", "1@000001"),
        example("a", True, "rams", "9@000001"),
        example("c", True, "rams", "1@000001"),
        example("c", False, "lgl", "1@000001"),
    ])
    assert [(e.corpus, e.origin, e.text) for e in result.examples] == [("rams", "9@000001", "a"),
                                                                         ("ucdp", "2@000001", "b")]
    assert (result.repeated, result.conflicting) == (1, 2)


def test_summary_counts_per_corpus_and_label():
    summary = summarise([example("a", True), example("b", False), example("c", False, "lgl")])
    assert summary == {"corpora": {"lgl": {"code": 0, "skip": 1}, "rams": {"code": 1, "skip": 1}},
                       "code": 1, "skip": 2, "total": 3}


def test_candidates_come_from_the_rules_alone():
    with pytest.raises(ConfigError):
        list(label_documents([], Coder(Config(judge=True, gate=False))))


@pytest.mark.model
def test_build_examples_reads_every_source_through_the_judges_own_input(tmp_path):
    data = tmp_path / "data"
    for folder in ("rams", "muc4/dev", "geoparsing"):
        (data / folder).mkdir(parents=True)
    write_rams(data / "rams")
    (data / "geoparsing" / "lgl.xml").write_text(LGL_XML, encoding="utf-8")
    write_labels(tmp_path / "labels")
    (tmp_path / "labels" / "sentences.tsv").write_text(
        "label\tkind\tsentence\n"
        "no\tmetaphor\tShoppers say the makers have killed the chocolate bar stone dead with the new shape.\n"
        "yes\tshooting\tGunmen shot dead two guards at a bank in Lagos on Monday, police said.\n", encoding="utf-8")

    examples = build_examples(data, Coder(Config(judge=False, gate=False)), tmp_path / "labels")
    by_corpus = {(e.corpus, e.label) for e in examples}
    assert {("rams", True), ("sentences", True), ("sentences", False)} <= by_corpus
    assert not [e for e in examples if e.corpus == "lgl"]  # the violent article's candidate was not read
    assert examples == sorted(examples, key=lambda e: (e.corpus, e.origin))
    shot = next(e for e in examples if e.corpus == "rams" and e.label)
    assert "«shot»" in shot.text and shot.origin == "nw_a@000007"
    # the judge's own input: the candidate's type, who did it to whom, its sentence, trigger marked
    assert shot.text == "armed assault : perpetrator Gunmen ; victim two guards : Gunmen «shot» two guards ."
    metaphor = next(e for e in examples if e.corpus == "sentences" and not e.label)
    assert "«killed»" in metaphor.text and metaphor.why == "own sentence, metaphor"


def test_own_sentences_skip_rows_without_a_yes_or_no(tmp_path):
    path = tmp_path / "sentences.tsv"
    path.write_text("label\tkind\tsentence\nmaybe\tx\tA bomb went off.\nyes\tbombing\tA bomb went off in Kabul.\n",
                    encoding="utf-8")
    [document] = sentence_documents(path)
    assert document.article.text == "A bomb went off in Kabul." and document.corpus == "sentences"
    assert list(sentence_documents(tmp_path / "missing.tsv")) == []


def test_thinning_keeps_whole_documents_up_to_the_limit_and_the_order():
    examples = [JudgeExample(text=f"t{d}{i}", label=True, corpus="muc4-dev", origin=f"doc{d}@{i:06d}", why="")
                for d in range(10) for i in range(3)]
    examples.append(JudgeExample(text="n", label=False, corpus="muc4-dev", origin="docx@000001", why=""))
    kept = thin(examples, most=9)
    positives = [e for e in kept if e.label]
    assert len(positives) == 9 and len({e.origin.split("@")[0] for e in positives}) <= 9
    assert any(not e.label for e in kept)  # the other label is its own group
    assert kept == [e for e in examples if e in kept]
    assert thin(examples, most=9) == kept  # the same choice every time


@pytest.mark.model
def test_a_candidate_read_by_hand_takes_that_label_over_its_sources(tmp_path):
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "candidates_1.tsv").write_text(
        "key\tlabel\treason\n"
        "rams:nw_a@000007\tno\ta drill, not an attack\n"
        "rams:nw_b@000002\tunclear\tcannot tell\n", encoding="utf-8")
    hand = read_candidate_labels(labels)
    assert list(hand) == ["rams:nw_a@000007"] and hand["rams:nw_a@000007"].why == "read: a drill, not an attack"
    documents = list(rams_documents(write_rams(tmp_path)))
    [shot] = [e for e in label_documents(documents, Coder(Config(judge=False, gate=False)), hand) if e.corpus == "rams"
              and "«shot»" in e.text]
    assert shot.label is False and shot.why.startswith("read:")


def test_the_lgl_fold_leaves_out_a_fixed_half_of_the_articles_with_all_their_candidates():
    ids = [str(40_000_000 + 7919 * n) for n in range(400)]
    held_out = [i for i in ids if lgl_held_out(i)]
    assert 150 < len(held_out) < 250  # about half
    assert held_out == [i for i in ids if lgl_held_out(i)]  # the same half every run
    assert held_out != [i for i in ids if lgl_held_out(i, seed="another")]
    out, kept = held_out[0], next(i for i in ids if not lgl_held_out(i))
    examples = [example("a", False, "lgl", f"{out}@000010"), example("b", True, "lgl", f"{out}@000420"),
                example("c", False, "lgl", f"{kept}@000010"), example("d", True, "rams", f"{out}@000010")]
    assert [e.text for e in without_held_out_lgl(examples)] == ["c", "d"]  # other corpora keep the same ids
