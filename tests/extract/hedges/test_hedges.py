import pytest

from wirecoder.extract.hedges import find_hedges

pytestmark = pytest.mark.model


def _hedges(nlp, sentence):
    return [(h.cue, h.kind) for h in find_hedges(nlp(sentence)[:])]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("It remains unclear how many of the six hostage-takers were killed.", [("it remains unclear", "uncertain")]),
        ("It was not immediately clear who was behind the blast in Peshawar.", [("it was not immediately clear", "uncertain")]),
        ("The gunmen reportedly fled towards the border with Niger.", [("reportedly", "reported")]),
        ("The man allegedly planted the device outside a synagogue in Djerba.", [("allegedly", "alleged")]),
        ("Suspected jihadists attacked an army post in central Mali.", [("suspected", "alleged")]),
        ("Unconfirmed reports said at least 40 villagers had been killed.", [("unconfirmed reports", "unconfirmed")]),
        ("The footage could not be independently verified.", [("could not be independently verified", "unconfirmed")]),
        ("Reuters could not independently verify the toll.", [("could not independently verify", "unconfirmed")]),
        ("The claim has not been independently confirmed.", [("has not been independently confirmed", "unconfirmed")]),
        ("Up to 20 militants are believed to have been killed in the strike.", [("are believed to", "uncertain")]),
        ("The attackers may have crossed from Afghanistan.", [("may have", "uncertain")]),
        ("The Pakistani Taliban denied any involvement in the explosion.", [("denied", "denied")]),
        ("The group denies responsibility for the bombing in Mogadishu.", [("denies", "denied")]),
        ("Two men were arrested in Hamburg on suspicion of planning an attack.", [("on suspicion of", "alleged")]),
    ],
)
def test_cues_and_kinds(nlp, sentence, expected):
    assert _hedges(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 24, Russia admitted its responsibility for the attack.",  # "May" is a month here
        "The suspect was denied bail by a court in Nairobi.",  # a refusal, not a denial
        "Police said six people were killed in the attack on Sunday.",
        "ISIS claimed responsibility for the attack.",
    ],
)
def test_no_hedge(nlp, sentence):
    assert _hedges(nlp, sentence) == []


def test_span_points_into_the_document(nlp):
    doc = nlp("Police said nothing. It remains unclear how many of the six hostage-takers were killed.")
    sent = list(doc.sents)[1]
    (hedge,) = find_hedges(sent)
    assert hedge.span.text == "It remains unclear" == doc.text[hedge.span.start:hedge.span.end]
    assert hedge.cue == "it remains unclear"


def test_several_hedges_in_text_order(nlp):
    hedges = _hedges(nlp, "The suspected bomber reportedly detonated his vest, though this could not be verified.")
    assert hedges == [("suspected", "alleged"), ("reportedly", "reported"), ("could not be verified", "unconfirmed")]


def test_a_hedge_binds_to_the_clause_it_modifies(nlp):
    from wirecoder.extract.hedges import bound_hedges

    doc = nlp("A gunman wounded five people in downtown Seattle on Wednesday night, but police said the shooting "
              "did not appear to be related to the protests.")
    hedges = find_hedges(doc[:])
    assert [h.cue for h in hedges] == ["appear to"]
    wounded = next(t for t in doc if t.lower_ == "wounded")
    shooting = next(t for t in doc if t.lower_ == "shooting")
    related = next(t for t in doc if t.lower_ == "related")
    assert bound_hedges(hedges, wounded) == []  # the five wounded are not in doubt
    assert bound_hedges(hedges, shooting, of_event=True) == []  # nor that the shooting happened
    assert bound_hedges(hedges, related) == hedges  # its motive is
    doc = nlp("Up to 20 militants are believed to have been killed in the strike.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert [h.cue for h in bound_hedges(find_hedges(doc[:]), killed)] == ["are believed to"]


def test_a_hedge_on_a_noun_doubts_who_they_are_not_the_toll(nlp):
    from wirecoder.extract.hedges import bound_hedges

    doc = nlp("Rodriguez Porth, 65, was killed by alleged urban guerrillas, who machinegunned his residence.")
    hedges = find_hedges(doc[:])
    killed = next(t for t in doc if t.lower_ == "killed")
    guerrillas = next(t for t in doc if t.lower_ == "guerrillas")
    assert bound_hedges(hedges, killed) == [] and bound_hedges(hedges, guerrillas) == hedges
