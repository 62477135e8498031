import pytest

from wirecoder.extract.attribution import find_attributions, known_outlet
from wirecoder.model import SourceKind

K = SourceKind


def test_known_outlets_are_normalised():
    assert known_outlet("the official TASS agency") == ("TASS", K.NEWS_AGENCY)
    assert known_outlet("the Interfax news agency") == ("Interfax", K.NEWS_AGENCY)
    assert known_outlet("Agence France-Presse") == ("AFP", K.NEWS_AGENCY)
    # short acronyms only in capitals: "ap" or "ria" as ordinary letters are no outlet
    assert known_outlet("a map of the area") is None


def _attrs(nlp, text, index=0):
    sent = list(nlp(text).sents)[index]
    return [(a.source, a.kind, a.cue, a.via) for a in find_attributions(sent)]




@pytest.mark.model
@pytest.mark.parametrize(
    "sentence,expected",
    [
        # seed sentences
        ("Members of the organization took two guards as hostages, as announced by the prison administration on Sunday.",
         [("prison administration", K.OFFICIAL, "announced", None)]),
        ("Later, the Interfax news agency reported that the Russian prison service stated that the two hostages were freed.",
         [("Interfax", K.NEWS_AGENCY, "reported", None), ("Russian prison service", K.OFFICIAL, "stated", "Interfax")]),
        (("The Russian prison service later announced that the hostages were freed unharmed, and the hostage-takers "
          "were killed when the special forces stormed the center, according to Interfax news agency."),
         [("Interfax", K.NEWS_AGENCY, "according to", None), ("Russian prison service", K.OFFICIAL, "announced", "Interfax")]),
        (("A security source had earlier stated in response to questions from the official TASS agency that among "
          "those holding the guards were elements of ISIS."),
         [("security source", K.SECURITY_SOURCE, "stated", "TASS")]),
        ("Russian media reported that Russian special forces rescued the prison guards.",
         [("Russian media", K.MEDIA, "reported", None)]),
        # other outlets, countries and constructions
        ("At least 12 people were killed outside a ministry in Kabul on Tuesday, officials said.",
         [("officials", K.OFFICIAL, "said", None)]),
        ("Police said they had arrested two suspects in connection with the blast in Quetta.",
         [("police", K.OFFICIAL, "said", None)]),
        ("A spokesman for the interior ministry said the bomber had been identified.",
         [("spokesman for the interior ministry", K.OFFICIAL, "said", None)]),
        ("One teacher was shot dead during the raid in Kaduna, a local resident told Reuters.",
         [("local resident", K.WITNESS, "told", "Reuters")]),
        ("A roadside bomb struck a bus near Gao, a local official told AFP.",
         [("local official", K.OFFICIAL, "told", "AFP")]),
        ("Seven soldiers were killed in the ambush, according to a statement from the defence ministry.",
         [("defence ministry", K.OFFICIAL, "according to", None)]),
        ("Interfax quoted a police spokesman as saying that three people had been detained in Makhachkala.",
         [("Interfax", K.NEWS_AGENCY, "quoted", None), ("police spokesman", K.OFFICIAL, "quoted", "Interfax")]),
        ("Two officers were wounded in Dagestan, Interfax reported, citing a security source.",
         [("Interfax", K.NEWS_AGENCY, "reported", None), ("security source", K.SECURITY_SOURCE, "citing", "Interfax")]),
        ("Colombian police said the bomb had been left in a parked car in Cali, the EFE news agency reported.",
         [("EFE", K.NEWS_AGENCY, "reported", None), ("Colombian police", K.OFFICIAL, "said", "EFE")]),
        ("The attack was carried out by two men, the official news agency IRNA reported.",
         [("IRNA", K.NEWS_AGENCY, "reported", None)]),
        ("The Pakistani Taliban denied any involvement in the explosion in a message to journalists.",
         [("Tehrik-i-Taliban Pakistan", K.ARMED_GROUP, "denied", None)]),
        ("Al-Shabaab said in a statement on its Radio Andalus that its fighters had carried out the attack.",
         [("al-Shabaab", K.ARMED_GROUP, "said", "Radio Andalus")]),
        ("According to the Syrian Observatory for Human Rights, at least 15 fighters were killed near Deir ez-Zor.",
         [("Syrian Observatory for Human Rights", K.ORGANISATION, "according to", None)]),
        ("The attackers fled on motorcycles, witnesses told the BBC.",
         [("witnesses", K.WITNESS, "told", "BBC")]),
    ],
)
def test_sources_kinds_and_relays(nlp, sentence, expected):
    assert _attrs(nlp, sentence) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "ISIS claimed responsibility for the attack.",  # the event itself, not a report of it
        "It was reported that the convoy had been ambushed near Kunduz.",  # no one named
        "Residents had been warned to stay indoors after dark.",
        "Gunmen opened fire inside the Crocus City Hall near Moscow, killing at least 144 people.",
    ],
)
def test_no_attribution(nlp, sentence):
    assert _attrs(nlp, sentence) == []


@pytest.mark.model
def test_span_is_the_attribution_phrase(nlp):
    doc = nlp("Gunmen ambushed the mayor's vehicle outside Chilpancingo, according to the state security spokesman.")
    (a,) = find_attributions(next(iter(doc.sents)))
    assert a.span.text == "according to the state security spokesman" == doc.text[a.span.start:a.span.end]
    assert a.source == "state security spokesman" and a.kind is K.OFFICIAL


@pytest.mark.model
def test_person_with_title_in_apposition_and_a_later_surname(nlp):
    doc = nlp(
        "Alexander Bortnikov, the head of the Russian Federal Security Service, stated, \"Investigations revealed "
        "that the attack was coordinated online by members of the Khorasan group,\" according to the RIA Novosti "
        "news agency. In Bishkek, Bortnikov pointed fingers at NATO, alleging that NATO countries are aiding "
        "mercenaries in Ukraine."
    )
    first, second = list(doc.sents)
    # the verb inside the quotation ("revealed") is what he said, not a source
    assert [(a.source, a.kind, a.via) for a in find_attributions(first)] == [
        ("RIA Novosti", K.NEWS_AGENCY, None), ("Alexander Bortnikov", K.OFFICIAL, "RIA Novosti"),
    ]
    assert [(a.source, a.cue) for a in find_attributions(second)] == [("Alexander Bortnikov", "alleging")]


@pytest.mark.model
def test_pronoun_speaker_refers_back(nlp):
    text = "The governor of Belgorod said on Telegram that the fire had been put out. He added that 12 people were taken to hospital."
    assert _attrs(nlp, text, 1) == [("governor of Belgorod", K.OFFICIAL, "added", None)]


@pytest.mark.model
def test_quotation_continues_into_the_next_sentence(nlp):
    text = "\"We heard three explosions,\" said Amina Yusuf, a resident of the town. \"Then the shooting started.\""
    assert _attrs(nlp, text, 1) == [("Amina Yusuf", K.WITNESS, "said", None)]
    # without following quotations the second sentence has no source of its own
    second = list(nlp(text).sents)[1]
    assert find_attributions(second, follow_quotes=False) == []


@pytest.mark.model
def test_unquoted_next_sentence_does_not_inherit(nlp):
    text = "Police said two people were killed in Nairobi. Thousands protested against the tax increase."
    assert _attrs(nlp, text, 1) == []
