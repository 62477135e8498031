"""The country an article is about, decided once by the places stage (``read_places(...).country``,
carried as ``ExtractionResult.country``): the dateline's, unless the text names another at least
twice and more than twice as often; without a dateline, the country the text names most."""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest

import wirecoder
from wirecoder.extract.places import read_places
from wirecoder.extract.places.home import article_country
from wirecoder.nlp import parse
from wirecoder.resources.gazetteer import open_gazetteer
from wirecoder.resources.geonames import build_from_geonames

GEONAMES = Path(__file__).parents[2] / "resources" / "data" / "geonames"


class TestTheRule:
    def test_the_dateline_country_when_the_text_names_it(self):
        assert article_country("PE", Counter({"PE": 2, "CO": 3})) == "PE"

    def test_a_dateline_country_loses_to_one_named_more_than_twice_as_often(self):
        assert article_country("NI", Counter({"NI": 2, "SV": 5})) == "SV"
        assert article_country("NI", Counter({"NI": 1, "SV": 3})) == "SV"
        assert article_country("NI", Counter({"NI": 1, "SV": 2})) == "NI"

    def test_a_dateline_country_never_named_loses_to_one_named_twice(self):
        assert article_country("FR", Counter({"BO": 2})) == "BO"

    def test_one_passing_mention_does_not_outweigh_the_dateline(self):
        assert article_country("BO", Counter({"PE": 1})) == "BO"

    def test_without_a_dateline_the_country_named_most_and_on_a_tie_the_first(self):
        assert article_country(None, Counter({"EC": 1, "CO": 2})) == "CO"
        assert article_country(None, Counter({"EC": 1, "CO": 1})) == "EC"

    def test_no_country_at_all(self):
        assert article_country(None, Counter()) is None


def _country(text: str, gazetteer=None) -> str | None:
    coder = wirecoder.Coder()
    article = coder.make_article(text, published="1990-03-04")
    return read_places(parse(article, truecase_threshold=coder.config.truecase_threshold), gazetteer=gazetteer).country


@pytest.mark.model
class TestReadFromTheText:
    def test_a_dateline_report(self):
        assert _country("QUITO, 4 MAR 90 (AFP) -- [TEXT] UNKNOWN GUNMEN SHOT DEAD A JUDGE AS HE LEFT HIS HOME TODAY.") == "EC"

    def test_a_dateline_the_parse_tags_no_place_in(self):
        # a small town as the first word of a wire report is often left untagged
        assert _country("Chillan, 2 Mar 90 -- [Text] A bomb went off outside a bank branch early this morning.") == "CL"

    def test_a_country_in_brackets_after_the_city(self):
        assert _country("SAN JOSE (COSTA RICA), 2 MAR 90 (EFE) -- [TEXT] A BOMB WENT OFF AT A RADIO STATION.") == "CR"

    def test_a_report_filed_abroad_about_another_country(self):
        text = ("Paris, 9 Apr 90 (AFP) -- Human rights groups said today that Bolivian soldiers shot three "
                "miners last week. The Bolivian government denied it, and Bolivia's ambassador called the report false.")
        assert _country(text) == "BO"

    def test_a_report_filed_abroad_that_names_its_own_country_too(self):
        text = ("MANAGUA, 9 APR 90 (EFE) -- [TEXT] NICARAGUAN OFFICIALS CONDEMNED THE KILLING OF THREE SALVADORAN "
                "UNION LEADERS, WHOM SALVADORAN SOLDIERS SHOT IN A VILLAGE OF EL SALVADOR ON SUNDAY.")
        assert _country(text) == "SV"

    def test_a_country_named_once_in_passing_does_not_outweigh_the_dateline(self):
        assert _country("La Paz, 9 Apr 90 -- Police shot two smugglers near the border with Peru.") == "BO"

    def test_the_towns_of_a_country_the_text_names_count_for_it(self):
        text = ("Panama City (PANAMA), 19 Mar 90 (ACAN) -- Salvadoran unions said troops raided their offices in "
                "San Salvador on Sunday. Soldiers also searched a church in San Salvador.")
        assert _country(text) == "SV"

    def test_a_venue_abroad_does_not_move_the_story(self):
        text = ("Lima, 4 Mar 90 -- Rebels blew up a power pylon on Sunday, a day before peace talks were to open "
                "in Caracas. The talks in Caracas were put off.")
        assert _country(text) == "PE"

    def test_no_dateline_the_country_named_most(self):
        text = "Ecuadorean police said gunmen killed a mayor on Sunday. Ecuador has seen three such attacks this year."
        assert _country(text) == "EC"

    def test_an_office_of_another_country_is_no_story_of_it(self):
        # 'the U.S. embassy' twice names who spoke, not where the story is
        text = ("The U.S. embassy said gunmen killed a Salvadoran union leader on Friday. The U.S. embassy "
                "asked the Salvadoran police to find the killers.")
        assert _country(text) == "SV"

    def test_no_country_at_all(self):
        assert _country("Gunmen killed a shopkeeper on Monday.") is None

    def test_where_the_victims_come_from_does_not_move_the_story(self):
        text = ("QUITO, 4 MAR 90 (EFE) -- [TEXT] POLICE SAID TODAY THAT A BRAZILIAN AND A CHILEAN, KIDNAPPED IN "
                "TULCAN ON FRIDAY, HAVE BEEN FREED. BRAZILIAN ENGINEER PAULO SOUZA AND CHILEAN TOURIST ANA VERA "
                "WERE HELD FOR TWO DAYS.")
        assert _country(text) == "EC"

    def test_where_a_weapon_comes_from_does_not_place_an_undated_report(self):
        text = ("CLANDESTINE, 4 MAR 90 (RADIO VENCEREMOS) -- [TEXT] OUR UNITS SEIZED TWO RIFLES AND AN ISRAELI "
                "PISTOL IN CLASHES IN SAN MIGUEL. THE ENEMY FLED FROM SAN MIGUEL.")
        assert _country(text) == "SV"

    def test_where_someone_comes_from_counts_for_a_country_told_otherwise(self):
        # the Salvadoran peasants count once the text names El Salvador, outweighing the dateline
        text = ("MEXICO CITY (MEXICO), 4 MAR 90 (AFP) -- [TEXT] SALVADORAN PEASANTS SAID TROOPS BURNED THEIR "
                "HUTS IN EL SALVADOR. THE ARMY DENIED IT, AND SALVADORAN PEASANTS MARCHED IN PROTEST.")
        assert _country(text) == "SV"

    def test_without_a_dateline_country_or_a_country_named_the_towns_tell(self):
        text = ("CLANDESTINE, 4 MAR 90 (RADIO VENCEREMOS) -- [TEXT] OUR FORCES ATTACKED AN ARMY POST IN "
                "ZACATECOLUCA TODAY. FIGHTING ALSO BROKE OUT IN SAN MIGUEL.")
        assert _country(text) == "SV"

    def test_the_result_carries_it(self):
        result = wirecoder.extract("LIMA, 4 MAR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED IN THE CAPITAL TODAY, KILLING THREE PEOPLE.",
                                   published="1990-03-04")
        assert result.country == "PE"


@pytest.mark.model
def test_the_configured_gazetteer_decides(tmp_path):
    """A gazetteer of Afghanistan alone (every country, towns of one) knows Charikar and not Lima."""
    zipped = tmp_path / "AF.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(GEONAMES / "AF.txt", "AF.txt")
    out = tmp_path / "full.sqlite"
    build_from_geonames([zipped, GEONAMES / "admin1CodesASCII.txt", GEONAMES / "admin2Codes.txt",
                         GEONAMES / "alternateNamesV2.txt"], out)
    afghan = open_gazetteer(out)
    assert _country("Charikar, 3 May 90 -- Gunmen killed two guards at a checkpoint on Friday.", afghan) == "AF"
    lima = "Lima, 4 Mar 90 -- A car bomb exploded outside a bank, killing three people."
    assert _country(lima) == "PE"
    assert _country(lima, afghan) is None
