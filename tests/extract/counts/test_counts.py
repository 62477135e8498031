import pytest

from wirecoder.extract.counts import find_counts, parse_number
from wirecoder.model import CountKind


@pytest.mark.parametrize("text,value", [("144", 144), ("1,200", 1200), ("six", 6), ("twenty-one", 21), ("dozens", None)])
def test_parse_number(text, value):
    assert parse_number(text) == value


def _counts(nlp, sentence):
    return {(c.kind, c.value, c.qualifier) for c in find_counts(nlp(sentence)[:])}


pytestmark = pytest.mark.model


def test_qualifier_is_kept(nlp):
    counts = _counts(nlp, "Gunmen opened fire inside the hall, resulting in at least 144 deaths and 360 injuries.")
    assert (CountKind.KILLED, 144, "at least") in counts
    assert (CountKind.INJURED, 360, None) in counts


def test_number_words_and_passive_subjects(nlp):
    counts = _counts(nlp, "Five soldiers were killed and seven wounded in the ambush.")
    assert (CountKind.KILLED, 5, None) in counts
    assert (CountKind.INJURED, 7, None) in counts


def test_object_of_a_killing_verb(nlp):
    counts = find_counts(nlp("Special forces shot dead six detainees linked to ISIS.")[:])
    killed = [c for c in counts if c.kind is CountKind.KILLED]
    assert [c.value for c in killed] == [6]
    assert killed[0].who == "detainees linked to ISIS"


@pytest.mark.parametrize("sentence", [
    "A military court condemned five soldiers to death for the massacre.",
    "The rebels said their tribunal had sentenced the mayor and two judges to death.",
])
def test_a_sentence_to_death_is_no_death(nlp, sentence):
    assert not [c for c in find_counts(nlp(sentence)[:]) if c.kind is CountKind.KILLED]
    assert (CountKind.KILLED, 2, None) in _counts(nlp, "Rebels hacked two farmers to death near the river.")


def test_hostages_and_arrests(nlp):
    assert (CountKind.HOSTAGES, 2, None) in _counts(nlp, "The detainees took two guards as hostages.")
    assert (CountKind.ARRESTED, 20, None) in _counts(nlp, "Since then, 20 individuals have been arrested.")


def test_vague_quantity_keeps_its_word(nlp):
    counts = _counts(nlp, "A suicide bomber killed 12 people and wounded dozens of others at a market.")
    assert (CountKind.KILLED, 12, None) in counts
    assert (CountKind.INJURED, 24, "dozens") in counts


def test_unknown_number_is_none_not_the_partitive_set(nlp):
    counts = find_counts(nlp("It remains unclear how many of the six hostage-takers were killed.")[:])
    killed = [c for c in counts if c.kind is CountKind.KILLED]
    assert [c.value for c in killed] == [None]
    assert any(c.kind is CountKind.PERPETRATORS and c.value == 6 for c in counts)


def test_toll_update_and_zero(nlp):
    assert (CountKind.KILLED, 145, None) in _counts(nlp, "The death toll from the blast rose to 145 on Tuesday.")
    assert (CountKind.INJURED, 0, "none") in _counts(nlp, "No one was injured in the explosion.")


def test_numbers_that_count_nothing(nlp):
    assert _counts(nlp, "They held the guards in cell number 1 of detention center 4 for 3 hours.") == set()


def test_one_named_victim_counts_one(nlp):
    assert (CountKind.KILLED, 1, None) in _counts(nlp, "A teacher was shot dead during the raid.")
    assert (CountKind.KILLED, 1, None) in _counts(nlp, "Gunmen killed a soldier near the border.")
    assert _counts(nlp, "The soldier said he saw the attack.") == set()


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("It remains unclear how many of the hostage-takers were killed.", CountKind.KILLED),
        ("It was not clear how many civilians died in the attack.", CountKind.KILLED),
        ("An unknown number of people were wounded in the blast.", CountKind.INJURED),
        ("Police did not say how many suspects were arrested.", CountKind.ARRESTED),
    ],
)
def test_a_count_nobody_knows_has_no_value(nlp, sentence, kind):
    assert (kind, None, "unknown") in _counts(nlp, sentence)


def test_how_many_without_a_casualty_is_no_count(nlp):
    assert _counts(nlp, "He asked how many people were in the building.") == set()


@pytest.mark.parametrize("sentence,value", [
    ("A policeman and two civilians were killed in a bomb blast in Quetta.", 3),
    ("Gunmen killed three farmers and a teacher in Zamfara on Sunday.", 4),
    ("Twelve Kurdish rebels, two soldiers killed in southeast Turkey", 14),
])
def test_coordinated_victims_are_one_total(nlp, sentence, value):
    killed = [c.value for c in find_counts(nlp(sentence)[:]) if c.kind is CountKind.KILLED]
    assert killed == [value]


def test_headline_grammar_and_reporting_verbs(nlp):
    assert _counts(nlp, "Four dead, 15 wounded in Algeria violence.") >= {(CountKind.KILLED, 4, None), (CountKind.INJURED, 15, None)}
    assert (CountKind.KILLED, 7, None) in _counts(nlp, "Seven said killed by rebel rocketing on Kabul.")


def test_an_elided_clause_keeps_its_own_participle(nlp):
    counts = _counts(nlp, "Two soldiers and three militants were killed and four civilians wounded in clashes.")
    assert (CountKind.INJURED, 4, None) in counts and (CountKind.KILLED, 5, None) in counts
    assert (CountKind.KILLED, 4, None) not in counts


@pytest.mark.parametrize("sentence", [
    "Major General Vyacheslav Gladkikh died after a roadside IED detonated under a convoy.",
    "A policeman died of his wounds in hospital on Monday.",
])
def test_one_who_died_of_violence_counts_one(nlp, sentence):
    assert (CountKind.KILLED, 1, None) in _counts(nlp, sentence)


def test_a_natural_death_is_no_casualty(nlp):
    assert _counts(nlp, "His father died of cancer last year.") == set()


def test_a_rank_is_one_person(nlp):
    assert (CountKind.KILLED, 1, None) in _counts(nlp, "The ministry confirmed that a major general was killed in Syria.")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("19 insurgents killed, 55 detained", {(CountKind.KILLED, 19, None), (CountKind.ARRESTED, 55, None)}),
    ("2 militants killed, 3 U.S. coalition troops wounded in southern Afghan clash",
     {(CountKind.KILLED, 2, None), (CountKind.INJURED, 3, None)}),
])
def test_each_noun_of_a_headline_list_keeps_its_own_participle(nlp, sentence, expected):
    assert _counts(nlp, sentence) == expected


def test_a_hyphenated_number_word_is_one_number(nlp):
    assert _counts(nlp, "Twenty-one people were killed on Monday.") == {(CountKind.KILLED, 21, None)}


@pytest.mark.parametrize(("sentence", "total"), [
    ("Philippine clash leaves 18 soldiers, 5 militants dead", 23),
    ("Six policemen, two children killed in Sri Lankan rebel strike.", 8),
])
def test_a_comma_list_of_victims_adds_up(nlp, sentence, total):
    assert _counts(nlp, sentence) == {(CountKind.KILLED, total, None)}


def test_an_apposition_that_names_the_counted_is_no_second_figure(nlp):
    assert _counts(nlp, "Two men, a father and his son, were killed.") == {(CountKind.KILLED, 2, None)}


def test_a_zero_keeps_whom_it_is_about(nlp):
    from wirecoder.extract.counts import about_a_subgroup

    (staff,) = find_counts(nlp("The German foreign ministry said no German Consulate personnel had been hurt.")[:])
    assert (staff.kind, staff.value, staff.who) == (CountKind.INJURED, 0, "German Consulate personnel")
    assert about_a_subgroup(staff)
    (everyone,) = find_counts(nlp("No one was hurt in the blast.")[:])
    assert (everyone.kind, everyone.value, everyone.who) == (CountKind.INJURED, 0, None)
    assert not about_a_subgroup(everyone)


def test_a_vague_quantity_is_known_as_vague(nlp):
    from wirecoder.extract.counts import is_vague

    counts = find_counts(nlp("The blast killed two people and wounded scores of other people.")[:])
    assert [(c.value, is_vague(c)) for c in counts] == [(2, False), (40, True)]


def test_a_toll_whose_number_the_parse_hangs_on_the_day(nlp):
    counts = _counts(nlp, "The death toll from the attack rose to at least six Friday.")
    assert counts == {(CountKind.KILLED, 6, "at least")}


def test_a_negated_casualty_verb_is_a_zero_about_its_subject(nlp):
    counts = find_counts(nlp("The consul and his wife were not hurt when the bomb went off.")[:])
    assert [(c.kind, c.value, c.who) for c in counts] == [(CountKind.INJURED, 0, "The consul and his wife")]
    # "was not kidnapped" counts no one; the plain passive still counts its person
    assert _counts(nlp, "The mayor was not kidnapped.") == set()
    assert (CountKind.INJURED, 1, None) in _counts(nlp, "The consul was hurt when the bomb went off.")


def test_unhurt_says_neither_dead_nor_hurt(nlp):
    for sentence in ("Colonel Ramon Ortiz escaped unhurt from the ambush.",
                     "The rebels ambushed Colonel Ramon Ortiz, who escaped unharmed."):
        counts = find_counts(nlp(sentence)[:])
        assert {(c.kind, c.value) for c in counts} == {(CountKind.KILLED, 0), (CountKind.INJURED, 0)}
        assert all(c.who and c.who.endswith("Ramon Ortiz") for c in counts)


@pytest.mark.model
def test_a_figure_keeps_the_word_its_kind_was_read_from(nlp):
    doc = nlp("The driver was killed and two passengers were wounded in the blast.")
    wounded = next(c for c in find_counts(doc[:]) if c.kind is CountKind.INJURED)
    assert wounded.word is not None and wounded.word.text == "wounded"
    assert doc.text[wounded.word.start:wounded.word.end] == "wounded"


def test_a_relative_clause_that_does_the_act_counts_no_casualties(nlp):
    # the gunmen shot the judge; they were not shot
    counts = find_counts(nlp("The judge was killed on Friday by four gunmen who shot him outside the court.")[:])
    assert not any(c.who == "gunmen" and c.kind in {CountKind.KILLED, CountKind.INJURED} for c in counts)
    assert any(c.kind is CountKind.KILLED and c.who == "judge" for c in counts)
    # a relative clause that tells what befell its noun still counts it
    assert (CountKind.INJURED, 2, None) in _counts(nlp, "Two watchmen who suffered burns were taken to a clinic.")
    assert (CountKind.KILLED, 3, None) in _counts(nlp, "Three farmers who died in the raid were buried on Sunday.")


def test_a_vague_phrase_is_read_at_its_last_word_and_no_other(nlp):
    from wirecoder.extract.counts import _vague_value

    doc = nlp("Rebels held a handful of villagers and several soldiers for a week.")
    read = {t.text: _vague_value(t) for t in doc if _vague_value(t) is not None}
    assert read == {"handful": (3, "a handful"), "several": (3, "several")}
