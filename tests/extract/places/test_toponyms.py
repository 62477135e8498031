"""Toponyms as a local paper writes them (issue 11): a US state abbreviated after its town
('Charleston, W.Va.'), a county named inside a body's name ('the Laurel County Sheriff's Office'),
a possessive or a compass word around a name ("Boone County's", 'north Georgia'), a state gone
('the Soviet Union', 'Soviet'); and, when every toponym is asked for (``modifiers=True``, as
toponym recognition counts them), nationalities and places inside the names of bodies."""

import pytest

from wirecoder.extract.places import find_places

pytestmark = pytest.mark.model


def placed(doc, **kw) -> list[tuple[str, str, str | None]]:
    return [(p.mention, p.kind, p.country_code) for p in find_places(doc, **kw)]


def test_a_state_abbreviated_after_its_town_is_that_state(nlp):
    doc = nlp("CHARLESTON, W.Va. -- A fire destroyed a warehouse on Tuesday, officials said.")
    places = find_places(doc)
    assert [(p.name, p.kind) for p in places][:2] == [("Charleston", "city"), ("West Virginia", "admin1")]
    # the state decides which Charleston: West Virginia's, not South Carolina's
    assert places[0].admin1 == "West Virginia"


def test_an_abbreviated_state_the_parse_leaves_untagged_still_counts(nlp):
    doc = nlp("The two men were arrested in Manassas, Va. on Friday after a chase.")
    places = find_places(doc)
    assert ("Virginia", "admin1") in [(p.name, p.kind) for p in places]


def test_an_abbreviation_needs_its_period(nlp):
    # 'Va' alone is no abbreviation of Virginia
    doc = nlp("The singer Va performed at the fair.")
    assert all(p.name != "Virginia" for p in find_places(doc))


def test_a_county_inside_a_body_s_name_is_the_county(nlp):
    doc = nlp("Deputies of the Laurel County Sheriff's Office arrested a man in London, Ky., on Monday.")
    names = [(p.mention, p.kind) for p in find_places(doc, modifiers=True)]
    assert ("Laurel County", "admin2") in names


def test_a_possessive_is_not_part_of_the_name(nlp):
    doc = nlp("Boone County\u2019s jail in Lebanon, Ind., was full on Monday, the sheriff said.")
    assert ("Boone County", "admin2", "US") in placed(doc, modifiers=True)


def test_a_compass_word_before_a_name_is_not_part_of_it(nlp):
    doc = nlp("Heavy rain fell across north Georgia on Tuesday, the weather service in Atlanta, Ga., said.")
    assert ("Georgia", "admin1", "US") in placed(doc, modifiers=True)


def test_the_soviet_union_is_a_country(nlp):
    doc = nlp("Many of the artists left the Soviet Union for America in the 1920s.")
    assert ("Soviet Union", "country", "RU") in placed(doc, modifiers=True)


def test_soviet_is_a_nationality(nlp):
    # 'the Soviet capital' is Moscow, as 'the Russian capital' is
    doc = nlp("Talks between the two delegations opened in the Soviet capital on Monday.")
    assert [(p.name, p.country_code) for p in find_places(doc)] == [("Moscow", "RU")]


def test_nationalities_are_toponyms_only_when_every_toponym_is_asked_for(nlp):
    doc = nlp("Russian troops shelled the Georgian town of Gori on Friday, officials in Moscow said.")
    every = placed(doc, modifiers=True)
    assert ("Russian", "country", "RU") in every
    assert ("Georgian", "country", "GE") in every
    assert all(mention not in {"Russian", "Georgian"} for mention, _, _ in placed(doc))


def test_a_nationality_of_a_country_the_text_places_nothing_in_is_no_toponym(nlp):
    # a cuisine in a story from elsewhere, not a story about Italy
    doc = nlp("Visitors to the fair in Gainesville, Ga., lined up for Italian food and funnel cakes.")
    assert all(mention != "Italian" for mention, _, _ in placed(doc, modifiers=True))


def test_a_plural_nationality_names_its_country(nlp):
    doc = nlp("Palestinians in Gaza and Israelis in Sderot waited for the truce, Israel's army said.")
    every = placed(doc, modifiers=True)
    assert ("Palestinians", "country", "PS") in every
    assert ("Israelis", "country", "IL") in every


def test_a_state_inside_a_body_s_name_is_a_toponym_of_every_kind(nlp):
    doc = nlp("Agents of the Georgia Bureau of Investigation searched a house in Gainesville, Ga., on Monday.")
    every = [(p.mention, p.kind, p.country_code) for p in find_places(doc, modifiers=True)]
    assert ("Georgia", "admin1", "US") in every
    # no event happened in a bureau's name
    assert all(p.span.text != "Georgia" or p.span.start > 40 for p in find_places(doc))


def test_a_venue_named_after_a_person_is_no_town(nlp):
    # the Webb Center is no town in Alabama; no place entity of the text names Webb
    doc = nlp("Parents rallied to keep the Webb Center open in Charleston, S.C., on Thursday.")
    assert all(mention != "Webb" for mention, _, _ in placed(doc, modifiers=True))


def test_a_state_is_read_as_the_state_in_a_story_full_of_its_towns(nlp):
    doc = nlp("Georgia lawmakers met in Atlanta. Mayors from Gainesville, Flowery Branch and Oakwood said "
              "Georgia cities need the money, and Hall County agreed.")
    georgia = [p for p in find_places(doc, modifiers=True) if p.mention == "Georgia"]
    assert georgia and all(p.kind == "admin1" and p.country_code == "US" for p in georgia)


def test_an_acronym_known_only_as_another_name_of_a_town_is_no_place(nlp):
    # 'UF' is another name of Ufa in the gazetteer: here a university
    doc = nlp("About 55 residents marched in Gainesville, Fla., on Friday, and UF students joined them.")
    assert all(p.mention != "UF" for p in find_places(doc, modifiers=True))


def test_a_compass_word_alone_is_no_place(nlp):
    doc = nlp("The storm moved North overnight and flooded roads in Fargo, N.D.")
    assert all(p.mention != "North" for p in find_places(doc, modifiers=True))


def test_a_dateline_in_capitals_inside_the_text_is_a_place(nlp):
    # a local paper's headline, then its dateline: the parse takes the town for an organisation
    doc = nlp("Body found in stolen car. HUDSON -- Officials in central Illinois say a body was found "
              "in a car stolen from Bloomington.")
    assert ("HUDSON", "city", "US") in placed(doc, modifiers=True)


def test_a_word_in_capitals_before_a_colon_mid_sentence_is_no_dateline(nlp):
    doc = nlp("The sign read WARNING: the bridge in Springfield, Ill., is closed.")
    assert all(mention != "WARNING" for mention, _, _ in placed(doc, modifiers=True))


def test_a_lawmaker_s_home_after_the_party_is_a_place(nlp):
    doc = nlp("Rep. Charles Rangel, D-N.Y., and Sen. Hugh Leatherman, R-Florence, opposed the bill in Columbia, S.C.")
    mentions = [mention for mention, _, _ in placed(doc, modifiers=True)]
    assert "N.Y." in mentions
    assert "Florence" in mentions


def test_a_lawmaker_s_home_the_parse_joins_to_the_party_is_a_place(nlp):
    # 'DFL-Duluth' is one word to the parse; the DFL is Minnesota's Democratic-Farmer-Labor party
    doc = nlp("The cuts are unfair to rural schools, said House Majority Leader Tom Smith, DFL-Duluth.")
    assert ("Duluth", "city", "US") in placed(doc)


def test_a_town_the_parse_takes_for_a_nationality_is_a_place(nlp):
    doc = nlp("Vandals damaged a dozen cars parked in Oxford overnight, police said.")
    assert [mention for mention, _, _ in placed(doc)] == ["Oxford"]


def test_a_town_before_its_council_is_a_toponym_of_every_kind(nlp):
    doc = nlp("The Springfield City Council voted 9-0 on Tuesday to approve the plan.")
    assert ("Springfield", "city", "US") in placed(doc, modifiers=True)
    assert placed(doc) == []  # no event happened in a council's name


def test_a_court_named_after_a_word_is_no_town(nlp):
    doc = nlp("The Superior Court judge denied the request on Monday.")
    assert placed(doc, modifiers=True) == []


def test_a_nationality_naming_its_state_s_body_is_a_toponym(nlp):
    doc = nlp("Moscow said on Monday that the Russian Foreign Ministry had summoned the ambassador.")
    assert ("Russian", "country", "RU") in placed(doc, modifiers=True)


def test_a_place_told_again_where_the_parse_tags_nothing_is_the_same_place(nlp):
    doc = nlp("WINONA -- The body of a Winona man was found Sunday morning, police said.")
    assert [(p.mention, p.name, p.admin1) for p in find_places(doc, modifiers=True)] == [
        ("WINONA", "Winona", "Minnesota"), ("Winona", "Winona", "Minnesota")]


def test_a_word_of_a_person_s_name_is_not_told_again_as_a_place(nlp):
    doc = nlp("DENTON, Texas (AP) - Officers said Carl Denton fled on foot. Denton was caught two blocks away.")
    mentions = [mention for mention, _, _ in placed(doc, modifiers=True)]
    assert mentions.count("Denton") == 0 and "DENTON" in mentions


def test_a_town_before_its_people_or_its_police_is_a_toponym(nlp):
    # the parse takes such towns for a person or an organisation
    doc = nlp("A Bemidji man was hurt Sunday when his car hit a tree on Highway 2 in Minnesota. Bemidji police "
              "said the driver lost control.")
    towns = [(p.mention, p.kind, p.admin1) for p in find_places(doc, modifiers=True) if p.mention == "Bemidji"]
    assert towns == [("Bemidji", "city", "Minnesota")] * 2


def test_a_town_after_a_person_and_his_age_is_a_toponym(nlp):
    # the parse takes 'Gaffney' for a person and 'Dillon' for an organisation
    for town in ("Gaffney", "Dillon"):
        doc = nlp(f"Deputies arrested Marcus Hill, 34, of {town}, on drug charges in South Carolina on Friday.")
        assert (town, "city", "US") in placed(doc, modifiers=True)


def test_a_surname_a_family_or_an_outfit_before_a_noun_of_people_is_no_town(nlp):
    doc = nlp("The Smith family lost a pickup truck in the fire in Dayton, Ohio. Ann Lyman said the Lyman "
              "neighbors helped.")
    assert {p.mention for p in find_places(doc, modifiers=True)} <= {"Dayton", "Ohio"}
    # 'Clemson students' are the students of Clemson University, not of the town of Clemson
    doc = nlp("Forty Clemson students spent the spring break building homes in Memphis, Tennessee, "
              "Clemson University said.")
    assert "Clemson" not in {p.mention for p in find_places(doc, modifiers=True)}
    doc = nlp("A Clemson man was hurt in a crash in Greenville, South Carolina, on Sunday.")
    assert ("Clemson", "city", "US") in placed(doc, modifiers=True)


def test_a_town_opening_a_body_s_or_a_venue_s_name_in_the_province_the_text_is_about_is_a_toponym(nlp):
    doc = nlp("LONDON, Ky. -- A Laurel County man was taken to Middlesboro Appalachian Regional Hospital after the "
              "crash, state police said.")
    assert ("Middlesboro", "city", "US") in placed(doc, modifiers=True)
    doc = nlp("The Manchester Board of Education will meet on Thursday. Teachers in Laurel County and Clay County, "
              "Ky., face layoffs.")
    towns = [(p.mention, p.admin1) for p in find_places(doc, modifiers=True) if p.mention == "Manchester"]
    assert towns == [("Manchester", "Kentucky")]
    # never an event's place
    assert all(p.mention != "Manchester" for p in find_places(doc))


def test_a_body_named_after_a_town_of_another_province_a_person_or_a_street_names_no_town(nlp):
    # White House is a town of Tennessee, not of the Kentucky the story is about
    doc = nlp("LONDON, Ky. -- The senator spoke at a White House dinner before he flew home to Kentucky on Friday.")
    assert all(mention not in {"White House", "White"} for mention, _, _ in placed(doc, modifiers=True))
    # Somerset, Ky., gives its name to a street of London
    doc = nlp("LONDON, Ky. -- A fire on Somerset Street destroyed two homes in Laurel County on Sunday.")
    assert all(mention != "Somerset" for mention, _, _ in placed(doc, modifiers=True))
    doc = nlp("OKLAHOMA CITY -- Students at the University of Oklahoma held a vigil in Norman, Okla., on Friday.")
    assert all(mention != "University" for mention, _, _ in placed(doc, modifiers=True))


def test_a_country_s_name_before_a_noun_of_people_or_of_a_town_s_body_is_a_town(nlp):
    doc = nlp("A Lebanon woman was hurt Friday when her car hit a tree on State Road 32, deputies said. She was "
              "taken to Witham Hospital in Boone County, and Lebanon police closed the road for two hours.")
    lebanon = [(p.kind, p.country_code) for p in find_places(doc, modifiers=True) if p.mention == "Lebanon"]
    assert lebanon == [("city", "US"), ("city", "US")]
    doc = nlp("Jordan residents will vote Tuesday on a new fire hall. The hall would serve Jordan and Sand Creek "
              "Township in Scott County, the auditor said.")
    assert placed(doc, modifiers=True)[0] == ("Jordan", "city", "US")
    # the country, where nothing makes it a town
    doc = nlp("Jordan and Israel signed a water deal on Monday, officials in Amman said.")
    assert ("Jordan", "country", "JO") in placed(doc)


def test_a_state_s_name_the_parse_splits_over_an_organisation_is_the_state(nlp):
    # the parse tags 'The West' an organisation and 'Virginia' a place
    doc = nlp("The West Virginia Division of Highways paid for the new bridge, the mayor of Charleston said on Monday.")
    places = find_places(doc, modifiers=True)
    assert [(p.name, p.kind) for p in places][0] == ("West Virginia", "admin1")
    assert all(p.country_code == "US" for p in places)
