"""The judge and the gate that ship with the package: they load as shipped and read text as
trained. The sentences are written for this test, not taken from any training or evaluation set."""

import pytest

from wirecoder.judge import candidate_text, judge_events, shipped_judge
from wirecoder.judge.gate import gate_text, shipped_gate
from wirecoder.model import Article, Event, EventType, Span

pytestmark = pytest.mark.model


def _candidate(text: str, trigger: str, etype=EventType.ARMED_ASSAULT) -> tuple[Event, str]:
    start = text.index(trigger)
    event = Event(id=f"e{start}", type=etype, trigger=Span(start=start, end=start + len(trigger), text=trigger),
                  evidence=Span(start=0, end=len(text), text=text))
    return event, text


def test_the_judge_loads_with_the_parsers_vocabulary_and_tells_an_attack_from_a_culled_flock():
    judge = shipped_judge()
    from wirecoder.nlp import load_nlp

    assert judge.nlp.vocab is load_nlp().vocab  # the word vectors it was trained with
    attack = _candidate("Gunmen stormed a police station in Kandahar on Friday and killed four officers, "
                        "a provincial spokesman said.", "killed")
    culled = _candidate("Inspectors said about 9,000 turkeys were killed at a farm in Norfolk after the "
                        "virus was found in the flock.", "killed")
    high, low = judge.score([candidate_text(*attack), candidate_text(*culled)])
    assert 0.0 <= low < high <= 1.0 and high >= 0.5
    judged = judge_events([attack[0]], attack[1], judge, threshold=0.0)
    assert judged.events[0].confidence == pytest.approx(high, abs=1e-4)


def test_the_gate_reads_the_lower_cased_head_of_an_article():
    article = Article(title="BOMB KILLS SIX IN MARKET", text="A car bomb exploded in a busy market. " * 300)
    text = gate_text(article)
    assert text.startswith("bomb kills six in market a car bomb exploded") and len(text) < 4200
    [score] = shipped_gate().score([article])
    assert 0.0 <= score <= 1.0
