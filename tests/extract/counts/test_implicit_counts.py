"""Implicit counts (issue 13): people told without a numeral are counted as a coder counts them.

The sentences are written for this test in the style of wire reports (none comes from an
evaluation corpus); each carries the figure a coder would enter, None where the text tells of no such casualty
(no count at all), or UNKNOWN where a coder would leave the count blank: a plural without a
number is a count of unknown value, never a guess.
"""

import pytest

from wirecoder.extract.counts import find_counts
from wirecoder.model import CountKind

pytestmark = pytest.mark.model

KILLED, INJURED, KIDNAPPED = CountKind.KILLED, CountKind.INJURED, CountKind.KIDNAPPED
UNKNOWN = "unknown"

CASES = [
    # a named person
    ("Gunmen on a motorcycle shot and killed Maria Santos, a local radio host, outside her home.", KILLED, 1),
    ("Julie Catamin, a village chief, was killed by gunmen.", KILLED, 1),
    # a singular noun phrase
    ("Militants ambushed and killed a border guard near the crossing.", KILLED, 1),
    ("The rebel commander was killed in an airstrike on Friday.", KILLED, 1),
    ("A police officer was shot dead at a checkpoint in the city.", KILLED, 1),
    ("A nurse was wounded when a grenade exploded outside the clinic.", INJURED, 1),
    ("Unknown gunmen shot and wounded a trader in the market.", INJURED, 1),
    ("Gunmen kidnapped an engineer working on the dam.", KIDNAPPED, 1),
    ("At least one soldier was shot and killed during the assault.", KILLED, 1),
    # a coordination counts its people
    ("The village elder and his son were killed in the raid.", KILLED, 2),
    ("A farmer and his wife were shot and killed in their field.", KILLED, 2),
    ("Ahmed Khalil and Omar Haddad were killed when the car exploded.", KILLED, 2),
    ("The driver, a nurse and a doctor were injured in the blast.", INJURED, 3),
    ("A police officer and two civilians were killed.", KILLED, 3),
    # an apposition the parse reads as a second subject still opens the list
    ("Ali Khan, a candidate, and 148 other people were killed at the rally.", KILLED, 149),
    ("The driver, his wife and two passengers were killed.", KILLED, 4),
    # a singular noun, then a comma list under a plural verb: a list, not a renaming
    ("The officer, his wife and their two children were killed.", KILLED, 4),
    ("Two men, a father and his son, were killed in the raid.", KILLED, 2),
    # "one of the ..." counts one
    ("One of the bodyguards was killed in the exchange of fire.", KILLED, 1),
    ("One of the passengers was injured when the bus hit the mine.", INJURED, 1),
    # a verb coordinated with the casualty verb still counts the number it governs
    ("Two soldiers were ambushed and killed on the highway.", KILLED, 2),
    # a plural without a number: a figure of unknown value
    ("Soldiers were killed in the attack on the base.", KILLED, UNKNOWN),
    ("Civilians were wounded in the shelling.", INJURED, UNKNOWN),
    ("Soldiers and policemen were killed in the ambush.", KILLED, UNKNOWN),
    ("Gunmen raided the village and killed farmers in their fields.", KILLED, UNKNOWN),
    # ... but a vague quantity, a number or a zero is read as such
    ("No soldiers were killed in the ambush.", KILLED, 0),
    ("Both guards were wounded in the shooting.", INJURED, 2),
    # a verb with a phrase of its own: "to death" kills, "left ... dead" tells the state
    ("A mob beat two men to death near the market.", KILLED, 2),
    ("Assailants hacked to death Niloy Sen, a blogger, in his apartment.", KILLED, 1),
    ("The explosion left one police officer dead.", KILLED, 1),
    ("The blast left twelve people wounded.", INJURED, 12),
    # "shot and killed" a number: the shared object is killed, not hurt
    ("Assailants shot and killed two police officers on patrol.", KILLED, 2),
    ("Assailants shot and killed two police officers on patrol.", INJURED, None),
    # a possessive names a new person as an article does
    ("Gunmen kidnapped a priest and killed his driver.", KILLED, 1),
    # the attacker's death is no part of the victims' figure
    ("Three soldiers were killed in the attack, and the assailant also died.", KILLED, [3, 1]),
    ("A suicide bomber blew himself up near the police station, killing seven people.", KILLED, [7, 1]),
    ("The assailant detonated his explosives, killing himself and four soldiers.", KILLED, [4, 1]),
    # what befell hostages outranks what they were
    ("Militants executed three hostages in the desert.", KILLED, 3),
    # a casualty noun names its dead by an "of" phrase or a possessive
    ("The attack resulted in the deaths of four soldiers.", KILLED, 4),
    ("The teacher's body was found two days later.", KILLED, 1),
    # one more person: "another", "a third"
    ("One soldier was killed and another was wounded.", INJURED, 1),
    ("Two police officers were killed, while a third was injured.", INJURED, 1),
    # an active verb that hurts its subject
    ("The driver and a passenger suffered burns.", INJURED, 2),
    ("The victim later succumbed to his injuries.", KILLED, 1),
    # a first mention with "the" is a new person; a noun told before may be the same one
    ("Gunmen opened fire on a taxi, killing the driver.", KILLED, 1),
    ("A soldier was wounded in the ambush. Later the militants killed the soldier.", KILLED, None),
    # nouns of "man", "woman", "person" name one person
    ("Assailants killed the village headman and his three sons.", KILLED, 4),
    # a killing verb without a victim: no figure
    ("Residents said the attack killed without warning.", KILLED, None),
    ("It was not clear whom the attack killed.", KILLED, None),
    # a personal pronoun is one person, unless such casualties were told before (he may be one of them)
    ("He was seriously injured when the grenade exploded.", INJURED, 1),
    ("Militants shot her at the gate of the school.", INJURED, 1),
    ("Eight people were wounded in the blast. He was seriously injured.", INJURED, 8),
    # a relative clause counts whom it is about
    ("Her husband, an army captain who was killed in a car bombing, was buried on Friday.", KILLED, 1),
    ("The guards who were wounded in the raid were flown to the capital.", INJURED, UNKNOWN),
    ("The boy, who was wounded in the attack, died on Tuesday.", INJURED, None),
    # the parse may hang the clause on the last noun of a description: the person described is meant
    ("Rebels claimed the attack on Judge Ana Maria Rios, second judge of public order, who was murdered on Friday.", KILLED, 1),
    ("The bomb went off outside the house of a member of the city council, who was wounded.", INJURED, 1),
    # a casualty word before a person noun, or standing for its people
    ("One of the slain officers was identified by his brother.", KILLED, 1),
    ("The wounded soldiers were evacuated by helicopter.", INJURED, UNKNOWN),
    ("The slain reporter had covered the city council for a decade.", KILLED, 1),
    ("Guards found a reporter who had been shot dead. The slain reporter had covered the council.", KILLED, [1]),
    ("The wounded were taken to hospital in the capital.", INJURED, UNKNOWN),
    ("Two of the wounded later died in hospital.", INJURED, None),
    # a quantity without a figure of its own sizes nothing
    ("Many civilians were killed in the shelling.", KILLED, UNKNOWN),
    # a fatal wound or act is a death
    ("The fatal stabbing of a student outside a bar shocked the town.", KILLED, 1),
    ("A sentry suffered fatal wounds in the ambush.", KILLED, 1),
    ("A sentry suffered fatal wounds in the ambush.", INJURED, None),
    # a list the dead include, or that stands among them, tells of dead whose toll it leaves unknown:
    # its figure is a part, which would undercut the toll's
    ("The dead included six children.", KILLED, UNKNOWN),
    ("Those killed included three nurses.", KILLED, UNKNOWN),
    ("Among the dead were four police officers.", KILLED, UNKNOWN),
    ("Two soldiers are among the wounded.", INJURED, UNKNOWN),
    ("The guests included six children.", KILLED, None),
    # what might befall him counts no one
    ("He feared he might be sent to his death.", KILLED, None),
    # animals are not casualties
    ("A stray dog was killed in the blast.", KILLED, None),
    ("Gunmen shot and killed a cow belonging to the chief.", KILLED, None),
]


@pytest.mark.parametrize("sentence,kind,expected", CASES)
def test_implicit_count(nlp, sentence, kind, expected):
    figures = [UNKNOWN if c.value is None and c.qualifier == UNKNOWN else c.value
               for sent in nlp(sentence).sents for c in find_counts(sent) if c.kind is kind]
    assert figures == ([] if expected is None else expected if isinstance(expected, list) else [expected])


@pytest.mark.parametrize("sentence,word", [
    ("The fatal stabbing of a student outside a bar shocked the town.", "fatal stabbing"),
    ("A sentry suffered fatal wounds in the ambush.", "suffered fatal wounds"),
    ("A sentry was killed in the ambush.", "killed"),
])
def test_the_word_of_a_death_holds_its_fatal_modifier(nlp, sentence, word):
    # the death is told by "fatal" as much as by the act or the wound it qualifies
    (count,) = [c for sent in nlp(sentence).sents for c in find_counts(sent) if c.kind is KILLED]
    assert count.word is not None and count.word.text == word


def test_coordination_keeps_who_and_span(nlp):
    sentence = "The village elder and his son were killed in the raid."
    (count,) = [c for c in find_counts(nlp(sentence)[:]) if c.kind is KILLED]
    assert count.who == "The village elder and his son"
    assert sentence[count.span.start : count.span.end] == "The village elder and his son"


def test_qualifier_kept_on_an_implicit_one(nlp):
    (count,) = [c for c in find_counts(nlp("At least one soldier was shot and killed.")[:]) if c.kind is KILLED]
    assert (count.value, count.qualifier) == (1, "at least")


def test_a_who_clause_on_a_description_counts_the_person_described(nlp):
    sentence = "Rebels claimed the attack on Judge Ana Maria Rios, second judge of public order, who was murdered on Friday."
    killed = [c for c in find_counts(nlp(sentence)[:]) if c.kind is KILLED]
    assert [(c.value, c.who) for c in killed] == [(1, "Judge Ana Maria Rios")]


def test_a_part_of_a_set_counts_the_set_s_people(nlp):
    # "two of the assailants" are assailants (whom the incident totals as perpetrators)
    counts = find_counts(nlp("Troops killed two of the assailants after the ambush.")[:])
    assert [(c.value, c.who) for c in counts if c.kind is KILLED] == [(2, "assailants")]


def test_one_of_a_set_describing_a_named_man_is_him_not_the_set(nlp):
    sentence = "Ramon Perez, the president of the bank and one of the country's richest men, was shot dead at his home."
    counts = find_counts(nlp(sentence)[:])
    assert [c.value for c in counts if c.kind is KILLED] == [1]
    assert all(c.who != "men" for c in counts)


def test_a_plural_listed_by_name_counts_each_name(nlp):
    sentence = "The following policemen died in the attack: Sergeant Raul Mendoza Paz, Corporal Jesus Alvarado Quispe and Agent Victor Huaman Rios."
    killed = [c for c in find_counts(nlp(sentence)[:]) if c.kind is KILLED]
    who = "Sergeant Raul Mendoza Paz, Corporal Jesus Alvarado Quispe and Agent Victor Huaman Rios"
    assert [(c.value, c.who) for c in killed] == [(3, who)]
    assert sentence[killed[0].span.start : killed[0].span.end] == who


def test_a_list_of_names_after_a_figure_keeps_the_figure(nlp):
    # the number counts them; the names are the same people, not more
    sentence = "Two policemen died in the attack: Sergeant Raul Mendoza Paz and Corporal Jesus Alvarado Quispe."
    assert [c.value for c in find_counts(nlp(sentence)[:]) if c.kind is KILLED] == [2]


def test_the_object_listed_by_name_counts_each_name(nlp):
    sentence = "Gunmen killed the following teachers: Musa Ibrahim, Aisha Bello and Yakubu Danjuma."
    assert [c.value for c in find_counts(nlp(sentence)[:]) if c.kind is KILLED] == [3]


def test_dying_in_combat_is_a_violent_death(nlp):
    assert [c.value for c in find_counts(nlp("A police officer died in combat with the rebels on Sunday.")[:])
            if c.kind is KILLED] == [1]


@pytest.mark.parametrize("sentence,expected", [
    ("A gunman killed three people at a bus station before turning the gun on himself.", [3, 1]),
    ("The shooter wounded two guards and then turned his rifle on himself.", [1]),
    # a gun turned on others is no suicide
    ("A gunman turned the gun on the guards and fled.", []),
])
def test_a_weapon_turned_on_oneself_is_the_attacker_s_death(nlp, sentence, expected):
    assert [c.value for c in find_counts(nlp(sentence)[:]) if c.kind is KILLED] == expected


@pytest.mark.parametrize("sentence,additional", [
    ("Three civilians were also killed in the crossfire.", [True]),
    ("Two soldiers were killed and three civilians were also killed.", [False, True]),
    # "also" adds the deaths to the damage, not to people counted before
    ("The bomb destroyed a bus and also killed five people.", [False]),
    ("Three civilians were killed in the crossfire.", [False]),
])
def test_also_tells_people_besides_those_counted_before(nlp, sentence, additional):
    assert [c.additional for c in find_counts(nlp(sentence)[:]) if c.kind is KILLED] == additional
