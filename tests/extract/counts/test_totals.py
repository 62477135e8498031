"""Totals as GTD and ACLED count them (issue 13): everyone killed, the attackers included, with the
perpetrators apart. The sentences are written for this test in the form of the coder-written
summaries the issue quotes ("In addition to the assailant, at least seven people ... were
killed"); none comes from an evaluation corpus. Each carries the coder's figures."""

from datetime import date

import pytest

from wirecoder.model import Article, CountKind
from wirecoder.pipeline import Coder

pytestmark = pytest.mark.model

TOTALS = [
    # (sentence, killed in all, of them perpetrators)
    ("In addition to the assailant, at least seven people were killed in the attack on a market in Maiduguri, "
     "Borno, Nigeria.", 8, 1),
    ("Seven suicide bombers attacked a police station in Quetta, Balochistan, Pakistan. In addition to the seven "
     "assailants, three police officers were killed in the attack.", 10, 7),
    ("One Niger soldier was killed and 15 assailants were killed when assailants attacked a military post in "
     "Tillaberi, Niger.", 16, 15),
    # nobody besides the victims: the total is the victims' figure
    ("Gunmen killed four villagers in an attack on Dogo Nahawa, Plateau, Nigeria.", 4, None),
    # "two of the assailants": a part of the perpetrators, whom the total adds to the victims
    ("Assailants attacked an army post in Diffa, Niger. Three soldiers were killed in the attack. Troops killed "
     "two of the assailants.", 5, 2),
    # "besides" a plural without a number adds nothing
    ("Besides the attackers, three guards were killed at the gate of a prison in Kandahar, Afghanistan.", 3, None),
    # the attacker's suicide: "turning the gun on himself" is one more death, among the perpetrators
    ("A gunman opened fire on diners at a restaurant in Durban, South Africa, killing three people before "
     "turning the gun on himself.", 4, 1),
    # the attacker is who the clause's subject says, whatever the noun ("a former employee")
    ("A former employee shot and killed two managers at a depot in Leeds, England, then turned his pistol on himself.",
     3, 1),
    # a list of the dead by name, with no figure: each name is one death
    ("Rebels attacked a police post in Tingo Maria, Huanuco, Peru. The following policemen died in the attack: "
     "Sergeant Raul Mendoza Paz, Corporal Jesus Alvarado Quispe and Agent Victor Huaman Rios.", 3, None),
    # a place list inside the object ("the mayor of A, B, C, and two of his bodyguards") keeps the list whole
    ("Gunmen killed the mayor of Coyuca, Guerrero, Mexico, and two of his bodyguards outside the town hall.", 3, None),
]


@pytest.mark.parametrize("sentence,total,perpetrators", TOTALS)
def test_killed_in_all_counts_the_attackers(sentence, total, perpetrators):
    result = Coder().extract_article(Article(text=sentence, published=date(2024, 3, 5)))
    tolls = [t for i in result.incidents for t in i.tolls if t.kind is CountKind.KILLED]
    assert [(t.total, t.perpetrators) for t in tolls] == [(total, perpetrators)]


SHOT_THEN_DIED = [
    # (sentence, injured, killed): the dead are among those hit, the injured are those who lived
    ("Five people were shot and two of them were killed outside a bar in Cali, police said.", 3, 2),
    ("Ten people were wounded in the bombing of a bus in Quetta, two of whom later died in hospital.", 8, 2),
    ("Gunmen shot five people at a wedding in Kaduna, killing two of them.", 3, 2),
    # the hurt figure told inside the phrase the dead are counted of
    ("One of the three villagers shot by gunmen in Maiduguri on Monday has died of his wounds, police said.", 2, 1),
    ("Two of the 12 people wounded in the market blast died overnight.", 10, 2),
    # "one of them fatally", "two fatally": the part died, the rest lived
    ("Three passengers were shot, one of them fatally, when gunmen fired on a minibus in Tumaco.", 2, 1),
    ("A man stabbed four worshippers outside a mosque in Kano, two fatally.", 2, 2),
    # two figures of different people: nothing to subtract
    ("Three soldiers were killed and ten people were wounded when a bomb exploded in Gao.", 10, 3),
]


@pytest.mark.parametrize("sentence,injured,killed", SHOT_THEN_DIED)
def test_the_dead_among_the_hurt_are_not_counted_as_injured(nlp, sentence, injured, killed):
    from wirecoder.extract.counts import find_counts

    counts = find_counts(nlp(sentence)[:])
    assert [c.value for c in counts if c.kind is CountKind.INJURED] == [injured]
    assert [c.value for c in counts if c.kind is CountKind.KILLED] == [killed]
