"""Words of violence in their other senses ('executed a search warrant', 'a campaign rally',
'stormed to victory'), and accusations and threats that concern no violence, make no event."""

import pytest

from wirecoder.extract.events import find_triggers
from wirecoder.model import EventType

pytestmark = pytest.mark.model


def _types(nlp, sentence):
    doc = nlp(sentence)
    return [t.type for t in find_triggers(doc[:])]


@pytest.mark.parametrize("sentence", [
    "On Thursday morning, police executed two search warrants at a house on Clinton Street.",
    "The crew spent three days shooting footage in the old harbour.",
    "We are still shooting for an opening in early June.",
    "The senator stormed to a landslide victory in the primary.",
    "The committee killed the bill before it reached the floor.",
    "The candidate held a campaign rally in the stadium on Monday.",
    "The new coalition holds a kickoff rally on the Capitol steps on Tuesday.",
    "The family accepted the role of ambassadors for this year's charity walk.",
    "The coach accepted full responsibility for Saturday's defeat.",
    "Hillary Clinton blamed the FBI director for her election loss.",
    "The company threatened to close the plant if the union rejected the deal.",
    "Rescue workers pulled a boy from a well after a day-long rescue operation.",
    "The bullpen killed a late rally as Boston lost 5-3 on Tuesday.",
    "The Yankees stormed back to beat the Red Sox on Friday.",
    "The striker fired a shot into the top corner in the 89th minute.",
    "The bill was shot down by the Senate on Tuesday.",
    "The visitors ran riot in the second half, scoring seven goals.",
])
def test_the_other_sense_makes_no_event(nlp, sentence):
    assert _types(nlp, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Rebels executed two captured soldiers in the town square.", EventType.ARMED_ASSAULT),
    ("Militants stormed a hotel in the capital on Friday.", EventType.ARMED_ASSAULT),
    ("Rebels stormed back into the town on Friday.", EventType.ARMED_ASSAULT),
    ("Gunmen fired shots into the crowd outside the mosque.", EventType.ARMED_ASSAULT),
    ("The government blamed the rebels for the bombing of the pipeline.", EventType.ACCUSATION),
    ("The group threatened to kill the hostages unless its demands were met.", EventType.THREAT),
    ("Thousands rallied against the new law outside parliament on Saturday.", EventType.PROTEST),
    ("Gunmen stormed a bank in Kabul, killing four guards. The Taliban claimed responsibility.", EventType.CLAIM),
])
def test_the_violent_sense_is_still_an_event(nlp, sentence, expected):
    assert expected in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Militants fired rockets at an army base outside the city on Sunday.",
    "The rebels fired mortars at the barracks before dawn.",
    "Gunmen fired into a crowded bus at the checkpoint.",
    "Unknown attackers fired on a police patrol near the border, wounding two officers.",
])
def test_what_is_fired_or_where_it_is_aimed_tells_an_attack(nlp, sentence):
    assert EventType.ARMED_ASSAULT in _types(nlp, sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Warplanes struck rebel positions east of the city overnight.", EventType.BOMBING),
    ("The convoy was struck by a drone near the border.", EventType.BOMBING),
    ("Mortar shells landed on a crowded market on Tuesday, killing four.", EventType.BOMBING),
    ("Insurgents overran an army outpost in the mountains.", EventType.ARMED_ASSAULT),
    ("Two rockets hit a residential building near the airport.", EventType.BOMBING),
    ("An air strike hit a field hospital on Sunday.", EventType.BOMBING),
    ("A man threw a grenade into a crowded bar late on Saturday.", EventType.BOMBING),
    ("Pirates hijacked a cargo ship off the coast on Tuesday.", EventType.HIJACKING),
    ("The hijacking of the airliner ended after ten hours.", EventType.HIJACKING),
])
def test_an_act_told_by_its_weapon_or_its_doers(nlp, sentence, expected):
    assert expected in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Lightning struck the church tower during the storm.",
    "Nurses struck for better pay on Monday.",
    "The plane landed safely after the engine failed.",
    "Construction costs overran the budget by a fifth.",
    "The storm hit the coast on Monday night.",
    "The factory was hit by a strike over pay.",
    "She threw a party for her colleagues.",
])
def test_struck_landed_or_overran_in_their_everyday_sense_are_no_act(nlp, sentence):
    assert _types(nlp, sentence) == []


@pytest.mark.parametrize("sentence", [
    "The company fired its chief executive on Monday.",
    "He was fired on the spot for leaking the memo.",
    "The country fired a ballistic missile into the sea in a test.",
])
def test_a_dismissal_or_a_test_launch_is_no_attack(nlp, sentence):
    assert _types(nlp, sentence) == []


def test_a_rescue_is_a_security_operation_only_where_captives_were_told(nlp):
    assert EventType.SECURITY_OPERATION in _types(nlp, "Gunmen kidnapped three aid workers; troops rescued them on Sunday.")
    assert EventType.SECURITY_OPERATION in _types(nlp, "Gunmen hijacked a bus on Monday; troops freed the passengers.")
    assert EventType.SECURITY_OPERATION not in _types(nlp, "Firefighters rescued three people from the flooded basement.")


@pytest.mark.parametrize("sentence", [
    "Banks in the region are on high alert against malware attacks.",
    "He immediately shot down rumours of a merger.",
    "The striker suffered a heart attack during training.",
])
def test_an_attack_of_another_kind_is_no_event(nlp, sentence):
    assert EventType.ARMED_ASSAULT not in _types(nlp, sentence)


def test_a_race_report_borrowing_the_words_of_attack_is_off_topic():
    import wirecoder

    text = ("Hamilton attacked Verstappen into the first corner but crashed out on lap 12 at Monza on Sunday. "
            "He started from the front row and finished off the podium after a slow stop. Leclerc won the race.")
    assert wirecoder.extract(text, published="2024-09-02").incidents == []


def test_a_raid_by_an_authority_is_a_security_operation(nlp):
    police = _types(nlp, "Two men were arrested in a police raid on a flat in Leeds on Friday.")
    assert EventType.SECURITY_OPERATION in police and EventType.ARMED_ASSAULT not in police
    assert EventType.ARMED_ASSAULT in _types(nlp, "Militants carried out a raid on an army post, killing five soldiers.")


def test_the_raid_told_after_a_raid_by_an_authority_is_that_operation(nlp):
    doc = nlp("Customs officers seized 40 kilos of heroin in an immigration raid at a farm in Kent. "
              "The raid followed a six-month inquiry into forged work permits.")
    assert [t.type for t in find_triggers(doc[:]) if doc[t.token].lower_ == "raid"] == [EventType.SECURITY_OPERATION] * 2
    # a raid told after one by an authority, with its own doers, is read for itself
    doc = nlp("Police made arrests in a drug raid in Leeds last week. Gunmen carried out a raid on a bank in York on Friday.")
    assert [t.type for t in find_triggers(doc[:]) if doc[t.token].lower_ == "raid"] == [
        EventType.SECURITY_OPERATION, EventType.ARMED_ASSAULT]


@pytest.mark.parametrize("sentence", [
    "Scouts must demonstrate leadership skills by holding a position in the troop.",
    "Chefs demonstrated spring recipes in the market kitchen on Saturday.",
    "The filing says the evidence demonstrates that the method carries a risk of pain.",
    "The painter changed course after the war, as demonstrated by his later portraits of dockers.",
    "Officials agreed to host the annual biker rally on the beach again this year.",
    "The March of Dimes works to improve the health of babies.",
    "Police said the traffic crackdown produced hundreds of tickets last month.",
    "Crews worked for an hour to free the driver from underneath the lorry.",
    "Three deaths in the county were blamed on the storm.",
    "A brush fire threatens to close the motorway if the wind picks up.",
])
def test_showing_charity_walks_traffic_patrols_and_weather_make_no_event(nlp, sentence):
    assert _types(nlp, sentence) == []


def test_protesters_demonstrating_still_protest(nlp):
    assert EventType.PROTEST in _types(nlp, "Students demonstrated outside the ministry on Monday against the new law.")


def test_a_march_joined_is_a_protest_not_the_month(nlp):
    # the entity tagger calls the lower-case noun a date
    assert _types(nlp, "Thousands of people joined a march against the new law in Nairobi on Saturday.") == [EventType.PROTEST]
    assert _types(nlp, "The ceasefire was agreed in March.") == []
