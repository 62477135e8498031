"""Issue 9: a report whose news is a court's proceeding tells the act the court tries as an
earlier occurrence; an act asked about ('whether he killed') is not told done. An act told as the
news of a report that only names a court, a trial or a jury beside it stays an incident."""

import pytest

import wirecoder
from wirecoder.extract.events import find_triggers, reports_a_proceeding
from wirecoder.incidents import attack_types
from wirecoder.model import Polarity

pytestmark = pytest.mark.model

PUBLISHED = "2024-06-18"


def _violent(text):
    return [i for i in wirecoder.extract(text, published=PUBLISHED).incidents if i.type in attack_types()]


@pytest.mark.parametrize("text", [
    # the plea is the news; the stabbing, told again without a day, is what the plea is about
    ("Dayton man pleads guilty in stabbing of roommate. A Dayton man pleaded guilty Monday in Montgomery "
     "County court. He stabbed his roommate in the neck during an argument, prosecutors said."),
    # a competency hearing for the man accused of the act, then the act retold
    ("Lawyer says client unfit for trial. The lawyer for a woman accused of shooting a store clerk wants a "
     "new hearing on whether she is competent to stand trial. Police say she shot the clerk twice."),
    # a verdict as the lead's subject
    ("Verdict in Akron killing. The verdict is in and the jury has spoken. Marcus Hill shot his cousin "
     "outside a bar, witnesses testified."),
])
def test_the_act_a_proceeding_report_retells_without_a_day_is_no_incident(text):
    assert _violent(text) == []


def test_the_act_a_proceeding_report_dates_keeps_its_own_date_not_the_courts():
    text = ("Akron man pleads guilty in shooting. An Akron man admitted in Summit County court on Monday that "
            "he shot his brother-in-law outside a gas station in September 2023.")
    coder = wirecoder.Coder(wirecoder.Config(court_news_days=None))
    (incident,) = [i for i in coder.extract(text, published=PUBLISHED).incidents if i.type in attack_types()]
    assert (incident.date.date.year, incident.date.date.month) == (2023, 9)


@pytest.mark.parametrize("text", [
    # the plea nine months after the shooting retells it
    ("Akron man pleads guilty in shooting. An Akron man admitted in Summit County court on Monday that "
     "he shot his brother-in-law outside a gas station in September 2023."),
    # and the toll told after it is the toll of that shooting, not news of its own
    ("Akron man pleads guilty in shooting. An Akron man admitted in Summit County court on Monday that "
     "he shot his brother-in-law outside a gas station in September 2023. The victim died two days later "
     "in hospital."),
])
def test_an_act_a_proceeding_report_dates_months_before_is_history(text):
    assert _violent(text) == []


def test_an_act_a_proceeding_report_dates_days_before_is_news():
    text = ("Toledo man pleads not guilty in shooting. A Toledo man pleaded not guilty in Lucas County court on "
            "Monday to shooting a store clerk on June 8.")
    (incident,) = _violent(text)
    assert (incident.date.date.month, incident.date.date.day) == (6, 8)


@pytest.mark.parametrize("text", [
    "A suicide bomber killed 12 people at a court in Peshawar on Sunday where a trial was under way.",
    "Officials said a suicide bomber killed 12 people at a court in Peshawar on Sunday where a trial was under way.",
    "Two jurors were shot outside the courthouse in Tulsa on Friday. A gunman opened fire as the trial recessed.",
    # a recent act of its own day in a plea report is still news
    ("Man pleads not guilty in store shooting. A Toledo man pleaded not guilty Monday to attempted murder. "
     "Police said he shot a store clerk on Saturday night outside the store."),
])
def test_an_act_told_as_the_news_beside_a_court_stays_an_incident(text):
    assert len(_violent(text)) == 1


@pytest.mark.parametrize("text,proceeding", [
    ("Taco stand robber pleads guilty. A man robbed a taco stand.", True),
    ("Woman declared incompetent to stand trial. She is held at a state hospital.", True),
    ("A coroner's inquest ruled today that the police shooting was justified.", True),
    # a grand jury's indictment is the news of the act it charges, not a trial of it
    ("Grand jury indicts man in Flint slaying. A grand jury indicted a Flint man on Monday.", False),
    ("A gunman shot two jurors outside the courthouse where a trial was under way.", False),
    ("Police say a man shot his neighbour. He appeared in court on Monday.", False),
])
def test_a_proceeding_report_tells_the_proceeding_in_its_leads_main_clause(nlp, text, proceeding):
    assert reports_a_proceeding(nlp(text)) is proceeding


@pytest.mark.parametrize("sentence,trigger", [
    ("A jury will decide whether he killed his landlord.", "killed"),
    ("Detectives are trying to establish whether the victim was shot.", "shot"),
])
def test_an_act_asked_about_is_not_told_done(nlp, sentence, trigger):
    doc = nlp(sentence)
    (found,) = [t for t in find_triggers(doc[:]) if doc[t.token].text == trigger]
    assert found.polarity is Polarity.HYPOTHETICAL


def test_an_act_told_beside_a_question_is_still_told(nlp):
    doc = nlp("Gunmen shot two guards at a checkpoint on Monday, and police are asking whether anyone saw the car.")
    (found,) = [t for t in find_triggers(doc[:]) if doc[t.token].text == "shot"]
    assert found.polarity is Polarity.ASSERTED
