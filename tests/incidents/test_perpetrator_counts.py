"""Which counts are of the perpetrators (issue 13): a perpetrator's name counts them when it is
whom the count names, not when it only qualifies the people counted ("a police officer" is no
count of the police who killed the assailant)."""

from wirecoder.incidents import counts_perpetrators
from wirecoder.model import Count, CountKind


def _count(who: str) -> Count:
    return Count(kind=CountKind.KILLED, value=1, who=who)


def test_a_word_of_a_perpetrator_name_only_qualifying_the_counted_is_no_perpetrator_count():
    assert not counts_perpetrators(_count("police officer"), {"police"})


def test_perpetrators_named_by_the_count():
    names = {"police", "fmln"}
    assert counts_perpetrators(_count("assailant"), names)  # a perpetrator noun of the lexicon
    assert counts_perpetrators(_count("two suspected gunmen"), names)
    assert counts_perpetrators(_count("police"), names)
    assert counts_perpetrators(_count("members of the FMLN"), names)
    assert counts_perpetrators(_count("FMLN members"), names)
    assert counts_perpetrators(_count("detainees linked to ISIS"), {"detainees"})
