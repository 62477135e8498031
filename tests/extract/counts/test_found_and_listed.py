"""Deaths and injuries told by the state a victim is found or left in, by a verb with its particle,
by a title before a name the entity recogniser may miss, and by a list of the dead without a
number (issue 13). The sentences are written for these tests."""

import pytest

from wirecoder.extract.counts import find_counts
from wirecoder.model import CountKind

pytestmark = pytest.mark.model


def _counts(nlp, sentence):
    return {(c.kind, c.value, c.who) for c in find_counts(nlp(sentence)[:])}


def test_found_dead_is_killed(nlp):
    assert (CountKind.KILLED, 1, "mayor") in _counts(nlp, "The mayor was found dead in his car on Tuesday.")
    assert (CountKind.KILLED, 2, "policemen") in _counts(nlp, "Two policemen were found dead beside the road.")


def test_left_wounded_is_injured(nlp):
    assert (CountKind.INJURED, 1, "driver") in _counts(nlp, "The gunmen left the driver seriously wounded.")


def test_found_shot_dead_counts_the_one_found_not_the_finders(nlp):
    counts = _counts(nlp, "Guards found a reporter shot dead near the prison.")
    assert (CountKind.KILLED, 1, "reporter") in counts
    assert all(who != "Guards" for _, _, who in counts)
    assert (CountKind.KILLED, 2, "farmers") in _counts(nlp, "Villagers found two farmers shot dead in a field.")
    # a clause with its own object is an act of its subject
    assert not any(k is CountKind.KILLED for k, _, _ in _counts(nlp, "Witnesses said a sniper shot the guard."))


def test_gunned_down_is_killed_shot_down_hurts_no_one(nlp):
    assert (CountKind.KILLED, 1, "priest") in _counts(nlp, "A priest was gunned down outside his church on Sunday.")
    assert _counts(nlp, "The rebels shot down an army helicopter.") == set()


def test_a_title_makes_a_name_one_person(nlp):
    assert (CountKind.INJURED, 1, "Senator Gomez") in _counts(nlp, "Senator Gomez was wounded in the attack.")


def test_one_person_among_the_dead_is_named_the_toll_unknown(nlp):
    counts = find_counts(nlp("Among the dead was a local imam.")[:])
    assert [(c.kind, c.value, c.qualifier, c.who) for c in counts] == [(CountKind.KILLED, None, "unknown", "imam")]
    counts = _counts(nlp, "The dead included a nurse and a doctor.")
    assert (CountKind.KILLED, None, "a nurse and a doctor") in counts
    # a numbered list keeps its own reading, as before
    assert (CountKind.KILLED, None, "police officers") in _counts(nlp, "Among the dead were four police officers.")
