import pytest

from wirecoder.extract.events import find_triggers
from wirecoder.model import EventType, Polarity

pytestmark = pytest.mark.model


def _types(nlp, sentence):
    doc = nlp(sentence)
    return [(doc[t.token].text, t.type, t.polarity, t.mention) for t in find_triggers(doc[:])]


def test_hostage_taking_with_as_hostages(nlp):
    found = _types(nlp, "Detainees took two guards as hostages in the prison on Sunday.")
    assert [(w, t) for w, t, _, _ in found] == [("took", EventType.HOSTAGE_TAKING)]


def test_state_forces_storming_is_a_security_operation(nlp):
    found = _types(nlp, "Special forces stormed the facility and freed the hostages.")
    assert {t for _, t, _, _ in found} == {EventType.SECURITY_OPERATION}


def test_gunmen_storming_is_an_attack(nlp):
    found = _types(nlp, "Militants stormed a hotel in the capital on Friday.")
    assert [t for _, t, _, _ in found] == [EventType.ARMED_ASSAULT]


def test_open_fire_and_killing_outcome(nlp):
    found = _types(nlp, "Gunmen opened fire on worshippers, killing 12 people.")
    assert [t for _, t, _, _ in found] == [EventType.ARMED_ASSAULT]  # the killing is the outcome


def test_claim_and_anaphoric_reference(nlp):
    found = _types(nlp, "ISIS claimed responsibility for the attack.")
    assert (found[0][1], found[1][1], found[1][3]) == (EventType.CLAIM, EventType.ARMED_ASSAULT, "anaphoric")


def test_denial_is_negated(nlp):
    found = _types(nlp, "The Taliban denied responsibility for the explosion.")
    assert found[0][1] is EventType.CLAIM


def test_generic_mentions_make_no_event(nlp):
    assert _types(nlp, "It was the highest death toll in an attack on Russian soil since 2004.") == []
    assert _types(nlp, "Negotiations were underway for the release of the hostages.") == []


def test_planned_attack_is_hypothetical(nlp):
    found = _types(nlp, "Police said the men were planning to attack a Christmas market.")
    assert any(t is EventType.ARMED_ASSAULT and p is Polarity.HYPOTHETICAL for _, t, p, _ in found)


def test_description_of_detained_people_is_no_arrest(nlp):
    found = _types(nlp, "Members of the group who were detained in a prison took two guards hostage.")
    assert EventType.ARREST not in {t for _, t, _, _ in found}


def test_sports_report_is_off_topic(nlp):
    from wirecoder.extract.events import is_off_topic

    sports = nlp("City thrashed Everton 5-1 as the striker scored a hat-trick. He led the attack and fired home his third goal in front of 53,000 fans.")
    news = nlp("Gunmen led the attack on the police station, and three police officers were wounded before the match.")
    assert is_off_topic(sports)
    assert not is_off_topic(news)


@pytest.mark.parametrize(
    "sentence,accuses",
    [
        ("This came after Moscow repeatedly attempted to link Ukraine and the West to the terrorist attack.", True),
        ("Officials attributed the bombing to al-Shabaab.", True),
        ("The inmates, who faced terrorism charges, were linked to the Islamic State group, the source said.", False),
        ("Police attributed the delay to bad weather.", False),
    ],
)
def test_linking_accuses_only_when_an_act_is_linked(nlp, sentence, accuses):
    types = {t for _, t, _, _ in _types(nlp, sentence)}
    assert (EventType.ACCUSATION in types) is accuses


@pytest.mark.parametrize("sentence,word", [
    ("Heavy clashes broke out between the army and rebels near Goma on Sunday.", "clashes"),
    ("Clashes between rival militias in Tripoli left 27 dead.", "Clashes"),
    ("Car bomb kills 12 in Kabul", "bomb"),
])
def test_a_bare_subject_of_a_past_or_headline_verb_is_an_occurrence(nlp, sentence, word):
    found = _types(nlp, sentence)
    assert (word, "specific") in {(w, m) for w, _, _, m in found}, found


def test_a_bare_plural_elsewhere_is_generic(nlp):
    assert _types(nlp, "Attacks on pipelines have increased this year.") == []


@pytest.mark.parametrize("sentence,word", [
    ("Government jets carried out airstrikes on two villages near the border on Tuesday.", "airstrikes"),
    ("Insurgents launched raids on three police posts overnight.", "raids"),
])
def test_a_bare_plural_a_past_verb_says_was_carried_out_is_an_occurrence(nlp, sentence, word):
    found = _types(nlp, sentence)
    assert (word, "specific") in {(w, m) for w, _, _, m in found}, found


@pytest.mark.parametrize("sentence", [
    "The cell planned attacks on several embassies in the capital.",  # planned: not done
    "The rebels have carried out attacks on pipelines for years.",  # a perfect over years: a history
])
def test_a_bare_plural_planned_or_summed_up_is_still_generic(nlp, sentence):
    assert _types(nlp, sentence) == []


def test_weapons_a_past_verb_says_were_thrown_stay_instruments(nlp):
    # the bombs are the means of the act the next words tell; they are no occurrence of their own
    found = _types(nlp, "Youths hurled bombs at the council offices on Monday.")
    assert ("bombs", "specific") not in {(w, m) for w, _, _, m in found}, found


@pytest.mark.parametrize("sentence", ["A state of siege might be imposed at any moment.", "Both sides agreed to a ceasefire on Monday."])
def test_idioms_are_no_events(nlp, sentence):
    assert _types(nlp, sentence) == []


@pytest.mark.parametrize("sentence", [
    "More than 13,000 people have died in Peru since 1980, when the Shining Path started its war.",
    "They have killed many people and they want to impose a new government.",
])
def test_a_tally_of_past_violence_is_no_event(nlp, sentence):
    assert [t for _, t, _, _ in _types(nlp, sentence) if t is EventType.ARMED_ASSAULT] == []


@pytest.mark.parametrize("sentence", [
    "Since then, 20 individuals have been arrested, including the four attackers.",
    "Gunmen have killed dozens of villagers in an attack on Sunday.",
    "Many civilians have been wounded and many houses have been destroyed.",
])
def test_a_perfect_tense_report_of_what_happened_stays(nlp, sentence):
    assert _types(nlp, sentence) != []


def test_a_report_called_unfounded_is_negated(nlp):
    found = _types(nlp, "The report that the ambassador's daughter was seriously wounded by gunfire is absolutely unfounded.")
    assert found and all(p is Polarity.NEGATED for _, _, p, _ in found)


def test_a_weapon_beside_its_act_is_its_instrument(nlp):
    found = _types(nlp, "A roadside IED detonated under a convoy of Russian soldiers near Deir ez-Zor.")
    assert [w for w, _, _, _ in found] == ["detonated"]
    alone = _types(nlp, "Roadside IED kills Russian major general in Syria")
    assert [(w, t) for w, t, _, _ in alone] == [("IED", EventType.BOMBING)]


def test_a_bomb_going_off_is_a_bombing_an_alarm_is_not(nlp):
    assert [(w, t) for w, t, _, _ in _types(nlp, "Some 21 bombs had gone off in Belfast by the evening.")] == [
        ("gone", EventType.BOMBING)]
    assert _types(nlp, "The fire alarm went off at noon.") == []


def test_a_superlative_on_the_act_itself_picks_one_out(nlp):
    found = _types(nlp, "The worst explosion was at the busy Oxford Street bus station, where six people were killed.")
    assert [(w, t) for w, t, _, _ in found][:1] == [("explosion", EventType.BOMBING)]


@pytest.mark.parametrize("sentence,word,etype", [
    ("A mob lynched two men accused of cattle theft in the village on Tuesday.", "lynched", EventType.ARMED_ASSAULT),
    ("Heavy artillery bombardment of the town's eastern districts continued overnight.", "bombardment", EventType.BOMBING),
    ("The group released a video showing the beheading of a captured soldier.", "beheading", EventType.ARMED_ASSAULT),
])
def test_less_common_words_of_violence(nlp, sentence, word, etype):
    assert (word, etype) in [(w, t) for w, t, _, _ in _types(nlp, sentence)]


@pytest.mark.parametrize("sentence, distinct", [
    ("In another terrorist action, several men in a vehicle opened fire on the offices of the newspaper.", True),
    ("In a second incident, gunmen shot dead a police officer outside his home.", True),
    ("In the capital, gunmen shot dead a police officer outside his home.", False),
])
def test_a_sentence_opening_on_another_occurrence_tells_a_new_one(nlp, sentence, distinct):
    (first, *_) = find_triggers(next(nlp(sentence).sents))
    assert (first.mention == "distinct") is distinct


@pytest.mark.parametrize("headline", ["Taliban attack police checkpoint in Helmand, 7 dead.", "Rebels attack army base near Gao"])
def test_a_headlines_verb_read_as_a_noun_is_the_act(nlp, headline):
    assert [(w, t) for w, t, _, _ in _types(nlp, headline)] == [("attack", EventType.ARMED_ASSAULT)]


@pytest.mark.parametrize("sentence", ["New attack helicopter unveiled at air show", "The army showed its attack helicopters on Monday."])
def test_an_attack_helicopter_is_no_act(nlp, sentence):
    assert _types(nlp, sentence) == []
