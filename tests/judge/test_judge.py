"""The judge stage: what it reads for a candidate, and how scores and the rule decide."""

from datetime import date

import pytest

from wirecoder.errors import ResourceMissingError
from wirecoder.judge import (
    EventJudge,
    ScoredTexts,
    act_scores,
    candidate_text,
    judge_events,
    texts_to_judge,
    vouched_by_the_rules,
)
from wirecoder.model import (
    Actor,
    Count,
    CountKind,
    Event,
    EventType,
    Polarity,
    Precision,
    Role,
    Span,
    Weapon,
    WeaponType,
    When,
)

TEXT = ("Rangers counted about 300 dead fish along the river bank after the heatwave. "
        "Gunmen killed three police officers at a checkpoint on Monday. "
        "The rebels denied any part in it.")


def _event(trigger: str, etype=EventType.ARMED_ASSAULT, polarity=Polarity.ASSERTED, actors=(), when=None):
    start = TEXT.index(trigger)
    sentence_start = TEXT.rfind(". ", 0, start)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    sentence_end = TEXT.index(".", start) + 1
    return Event(id=f"e{start}", type=etype, polarity=polarity, actors=list(actors), date=when,
                 trigger=Span(start=start, end=start + len(trigger), text=trigger),
                 evidence=Span(start=sentence_start, end=sentence_end, text=TEXT[sentence_start:sentence_end]))


class ByWord:
    """A scorer that trusts sentences naming gunmen: enough to test the stage's decisions."""

    def score(self, texts):
        return [0.9 if "Gunmen" in t else 0.1 for t in texts]


def test_candidate_text_names_the_type_and_marks_the_trigger_in_its_sentence():
    text = candidate_text(_event("killed"), TEXT)
    assert text == "armed assault : Gunmen «killed» three police officers at a checkpoint on Monday."
    assert "fish" not in text


def test_candidate_text_says_who_did_it_to_whom():
    gunmen = Actor(role=Role.PERPETRATOR, text="Gunmen", name="gunmen", kind="unknown")
    officers = Actor(role=Role.VICTIM, text="three police officers", name="police officers", kind="state_force")
    event = _event("killed", actors=[gunmen, officers, gunmen])
    assert candidate_text(event, TEXT).startswith(
        "armed assault : perpetrator Gunmen ; victim three police officers : Gunmen «killed»")


def test_a_long_sentence_is_cut_around_the_trigger():
    long_text = "word " * 400 + "Gunmen killed three people. "
    start = long_text.index("killed")
    event = Event(id="e1", type=EventType.ARMED_ASSAULT, trigger=Span(start=start, end=start + 6, text="killed"),
                  evidence=Span(start=0, end=len(long_text) - 1, text=long_text[:-1]))
    text = candidate_text(event, long_text)
    assert "«killed»" in text and len(text) < 700


def test_scores_below_the_threshold_drop_the_candidate_and_say_why():
    birds, gunmen = _event("dead"), _event("killed")
    judged = judge_events([birds, gunmen], TEXT, ByWord(), threshold=0.5, scope="candidate")
    assert [e.trigger.text for e in judged.events] == ["killed"]
    assert judged.events[0].confidence == 0.9
    [dropped] = judged.dropped
    assert dropped.by == "judge" and dropped.score == 0.1 and "below the threshold 0.50" in dropped.reason


def test_the_rule_vetoes_an_event_told_as_not_happening_whatever_its_score():
    plot = _event("killed", polarity=Polarity.HYPOTHETICAL)
    unsaid = _event("counted", etype=EventType.STATEMENT, polarity=Polarity.NEGATED,
                    actors=[Actor(role=Role.SPEAKER, text="Rangers", name="Rangers", kind="government")])
    denial = _event("denied", etype=EventType.CLAIM, polarity=Polarity.NEGATED,
                    actors=[Actor(role=Role.DENIER, text="Rangers", name="Rangers", kind="government")])
    judged = judge_events([plot, unsaid, denial], TEXT, ByWord(), threshold=0.5)
    assert [(d.by, d.event.trigger.text, d.reason) for d in judged.dropped] == [
        ("rule", "killed", "told as hypothetical"), ("rule", "counted", "told as negated")]
    # vetoed events stay mentions, unscored (incident building skips them); a denial by someone
    # named is news, and claims are not the judge's question: it passes unscored
    assert [(e.trigger.text, e.confidence) for e in judged.events] == [("killed", None), ("counted", None), ("denied", None)]


def test_only_the_attack_types_are_scored():
    arrest = _event("killed", etype=EventType.ARREST)
    judged = judge_events([arrest, _event("dead")], TEXT, ByWord(), threshold=0.5, scope="candidate")
    assert [e.type for e in judged.events] == [EventType.ARREST] and judged.events[0].confidence is None
    assert [d.event.trigger.text for d in judged.dropped] == ["dead"]


def test_without_a_judge_nothing_is_scored():
    judged = judge_events([_event("dead"), _event("killed")], TEXT, None, threshold=0.5)
    assert [e.confidence for e in judged.events] == [None, None] and judged.dropped == []


def test_an_act_dated_more_than_recent_days_before_the_article_is_history():
    old = _event("killed", when=When(date=date(2012, 9, 11), precision=Precision.DAY))
    judged = judge_events([old, _event("counted", etype=EventType.STATEMENT)], TEXT, None, threshold=0.5,
                          published=date(2016, 10, 1), recent_days=365)
    assert [e.trigger.text for e in judged.events] == ["counted"]
    [dropped] = judged.dropped
    assert dropped.by == "rule" and dropped.reason.startswith("history: dated 2012-09-11")
    # unset, or within the window, it is coded
    assert len(judge_events([old], TEXT, None, 0.5, published=date(2016, 10, 1), recent_days=None).events) == 1
    assert len(judge_events([old], TEXT, None, 0.5, published=date(2012, 10, 1), recent_days=365).events) == 1


def test_a_date_of_a_year_reaches_its_last_day():
    # 'in 2015' in an article of 2016-10-01 may be December 2015: within a year, not history
    in_2015 = _event("killed", when=When(date=date(2015, 1, 1), precision=Precision.YEAR))
    assert in_2015.date.last_day() == date(2015, 12, 31)
    assert len(judge_events([in_2015], TEXT, None, 0.5, published=date(2016, 10, 1), recent_days=365).events) == 1


def test_without_a_publication_date_the_articles_latest_date_is_the_reference():
    old = _event("dead", when=When(date=date(1941, 12, 7)))
    new = _event("killed", when=When(date=date(2016, 9, 30)))
    judged = judge_events([old, new], TEXT, None, threshold=0.5, recent_days=365)
    assert [e.trigger.text for e in judged.events] == ["killed"]
    assert "before 2016-09-30" in judged.dropped[0].reason


class Counting(ByWord):
    """ByWord that keeps every batch of texts it is asked to score."""

    def __init__(self):
        self.asked: list[list[str]] = []

    def score(self, texts):
        self.asked.append(list(texts))
        return super().score(texts)


def test_the_texts_to_judge_are_those_the_judge_is_given():
    old = _event("dead", when=When(date=date(2012, 9, 11), precision=Precision.DAY))
    plot = _event("killed", polarity=Polarity.HYPOTHETICAL)
    arrest = _event("counted", etype=EventType.ARREST)
    events = [old, plot, arrest, _event("killed")]
    judge = Counting()
    judge_events(events, TEXT, judge, 0.5, published=date(2016, 10, 1), recent_days=365)
    # history, a veto and a type the judge has no say on are not read: the attack alone
    assert judge.asked == [texts_to_judge(events, TEXT, published=date(2016, 10, 1), recent_days=365)]
    assert judge.asked[0] == [candidate_text(_event("killed"), TEXT)]


def test_a_batch_of_texts_is_scored_in_one_call_and_judged_the_same():
    events = [_event("dead"), _event("killed")]
    judge = Counting()
    batch = ScoredTexts(judge, [*texts_to_judge(events, TEXT), *texts_to_judge(events, TEXT), "gunmen : Gunmen «shot» a guard."])
    assert len(judge.asked) == 1 and len(judge.asked[0]) == 3  # each distinct text once
    alone = judge_events(events, TEXT, ByWord(), 0.5, scope="candidate")
    assert judge_events(events, TEXT, batch, 0.5, scope="candidate") == alone
    assert len(judge.asked) == 1  # answered from the batch's scores
    # a text outside the batch goes to the judge
    assert batch.score(["armed assault : Gunmen «fired»"]) == [0.9] and len(judge.asked) == 2


def test_missing_weights_are_a_clear_error(tmp_path):
    with pytest.raises(ResourceMissingError, match="make train"):
        EventJudge(tmp_path)


REPORT = ("Gunmen attacked a bus station in Mardan on Monday and shot two guards. "
          "The blast wounded four passengers, police said. "
          "Elsewhere in the province, floods killed 12 people.")


def _mention(trigger: str, etype=EventType.ARMED_ASSAULT, mention="specific", text=REPORT):
    start = text.index(trigger)
    sentence_start = text.rfind(". ", 0, start)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    sentence_end = text.index(".", start) + 1
    return Event(id=f"e{start}", type=etype, mention=mention,
                 trigger=Span(start=start, end=start + len(trigger), text=trigger),
                 evidence=Span(start=sentence_start, end=sentence_end, text=text[sentence_start:sentence_end]))


class ByTrigger:
    """Scores by the marked trigger: believes the lead attack, doubts its other words."""

    def __init__(self, scores):
        self.scores = scores

    def score(self, texts):
        return [next((s for word, s in self.scores.items() if f"«{word}»" in t), 0.05) for t in texts]


def test_an_acts_mentions_follow_its_best_scored_mention():
    attacked, shot = _mention("attacked"), _mention("shot")
    blast = _mention("blast", etype=EventType.BOMBING, mention="anaphoric")
    floods = _mention("killed")
    scores = {id(attacked): 0.9, id(shot): 0.3, id(blast): 0.2, id(floods): 0.1}
    acts = act_scores([floods, blast, shot, attacked], scores)
    # 'shot' tells the same act in the same sentence; 'the blast' names an act told before it; the
    # floods are another occurrence, however well the attack before them scored
    assert (acts[id(shot)], acts[id(blast)], acts[id(floods)]) == (0.9, 0.9, 0.1)
    # the text's order decides, not the list's; a mention naming an act before any is told follows nothing
    assert act_scores([blast, attacked], {id(blast): 0.2, id(attacked): 0.9})[id(blast)] == 0.9
    first_blast = _mention("Gunmen attacked", mention="anaphoric")
    assert act_scores([first_blast, floods], {id(first_blast): 0.2, id(floods): 0.7})[id(first_blast)] == 0.2


def test_scope_act_keeps_the_doubted_mentions_of_a_believed_act_and_says_why_it_drops():
    events = [_mention("attacked"), _mention("shot"), _mention("blast", etype=EventType.BOMBING, mention="anaphoric"),
              _mention("killed")]
    judge = ByTrigger({"attacked": 0.9, "shot": 0.3, "blast": 0.2})
    by_candidate = judge_events(events, REPORT, judge, 0.5, scope="candidate")
    assert [e.trigger.text for e in by_candidate.events] == ["attacked"]
    by_act = judge_events(events, REPORT, judge, 0.5, scope="act")
    assert [(e.trigger.text, e.confidence) for e in by_act.events] == [("attacked", 0.9), ("shot", 0.3), ("blast", 0.2)]
    [floods] = by_act.dropped
    assert floods.event.trigger.text == "killed" and "below the threshold 0.50" in floods.reason
    doubted = judge_events(events, REPORT, ByTrigger({"attacked": 0.4}), 0.5, scope="act")
    assert "its act's score 0.40 (its own 0.05)" in doubted.dropped[1].reason


def test_scope_article_drops_every_candidate_of_an_article_without_a_believed_act():
    events = [_mention("attacked"), _mention("blast", etype=EventType.BOMBING, mention="anaphoric"), _mention("killed")]
    believed = judge_events(events, REPORT, ByTrigger({"attacked": 0.9, "killed": 0.3}), 0.8, scope="article",
                            mention_threshold=0.25)
    # the act's mentions stay; another occurrence stays when it reaches the mention threshold
    assert [e.trigger.text for e in believed.events] == ["attacked", "blast", "killed"]
    low = judge_events(events, REPORT, ByTrigger({"attacked": 0.9, "killed": 0.2}), 0.8, scope="article",
                       mention_threshold=0.25)
    assert [e.trigger.text for e in low.events] == ["attacked", "blast"]
    assert "below the mention threshold 0.25" in low.dropped[0].reason
    doubted = judge_events(events, REPORT, ByTrigger({"attacked": 0.7}), 0.8)  # the default scope
    assert doubted.events == [] and len(doubted.dropped) == 3
    assert "no candidate of the article scores the threshold 0.80 (best 0.70)" in doubted.dropped[0].reason


HEADLINE = "Car bomb kills six people in Mogadishu, police say"


def _headline_event(**fields) -> Event:
    start = HEADLINE.index("bomb")
    return Event(id="h", type=EventType.BOMBING, trigger=Span(start=start, end=start + 4, text="bomb"),
                 evidence=Span(start=0, end=len(HEADLINE), text=HEADLINE), **fields)


def test_an_act_told_with_its_dead_and_its_means_stands_whatever_the_judge_scores():
    six = Count(kind=CountKind.KILLED, value=6, who="people")
    bomb = Weapon(type=WeaponType.VEHICLE_BOMB, text="Car bomb")
    vouched = _headline_event(counts=[six], weapons=[bomb])
    assert vouched_by_the_rules(vouched)
    kept = judge_events([vouched], HEADLINE, ByWord(), 0.5)  # ByWord doubts it: no "Gunmen"
    assert [e.confidence for e in kept.events] == [1.0] and kept.dropped == []
    # a weapon only the act implies ("shot": a gun), or dead without means or doers, is the judge's to weigh
    implied = _headline_event(counts=[six], weapons=[Weapon(type=WeaponType.GUN)])
    assert not vouched_by_the_rules(implied) and not vouched_by_the_rules(_headline_event(counts=[six]))
    assert judge_events([implied], HEADLINE, ByWord(), 0.5).events == []
    # armed doers vouch as a named weapon does; a count of no one does not
    gunmen = Actor(role=Role.PERPETRATOR, text="Gunmen", name="gunmen")
    assert vouched_by_the_rules(_headline_event(counts=[six], actors=[gunmen]))
    none = Count(kind=CountKind.KILLED, value=0, who="people")
    assert not vouched_by_the_rules(_headline_event(counts=[none], weapons=[bomb], actors=[gunmen]))
