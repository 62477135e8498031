"""PERP: ORGANIZATION ID and its confidence (issue 9): a band told as a whole of no group the extractor
knows is an organisation ("drug trafficking gangs", "the so-called death squads"), a state's force
with the nationality before it is one ("the Salvadoran air force"), and a known group is written by
the alias the reports give it ("ELN") rather than the canonical name. A band brought in as a
description ("a leftist group") or standing for one told before ("the group") stays an individual.
PERP: INDIVIDUAL ID is written as the keys write it: without a qualified figure, without a hedge the
confidence slot carries, and without the group the organisation slot names, except for the words
for a group's members, which the keys write with it. The incidents are built by hand; the sentences
are written for these tests."""

from datetime import date

from wirecoder.model import Actor, Event, EventType, Incident, Place, Role, Span, When
from wirecoder.muc4.writer import incident_template


def _template(text: str, actors: list[Actor]):
    start = max(text.find("attacked"), 0)
    event = Event(id="e", type=EventType.ARMED_ASSAULT, trigger=Span(start=start, end=start + 8, text="attacked"),
                  evidence=Span(start=0, end=len(text), text=text), actors=actors)
    inc = Incident(id="i1", type=EventType.ARMED_ASSAULT, types=[EventType.ARMED_ASSAULT], date=When(date=date(1990, 5, 4)),
                   place=Place(name="Cali", kind="city", country="Colombia", country_code="CO"),
                   actors=actors, evidence=[Span(start=0, end=len(text), text=text)], events=[event])
    t = incident_template(inc, date(1990, 5, 5))
    assert t is not None
    return t


def _actor(role: Role, text: str, kind: str = "unknown", group: str | None = None) -> Actor:
    return Actor(role=role, text=text, name=text, kind=kind, group=group)  # type: ignore[arg-type]


def test_a_band_told_as_a_whole_is_an_organisation():
    text = "Drug trafficking gangs attacked the judge's car; the so-called death squads attacked his clerk."
    t = _template(text, [_actor(Role.PERPETRATOR, "drug trafficking gangs"),
                         _actor(Role.PERPETRATOR, "the so-called death squads"),
                         _actor(Role.VICTIM, "the judge's car")])
    assert [(n.upper(), c) for n, c in t.organisations] == [("DRUG TRAFFICKING GANGS", "REPORTED AS FACT"),
                                                            ("THE DEATH SQUADS", "REPORTED AS FACT")]
    assert t.individuals == []


def test_a_band_that_claims_the_act_claimed_it():
    text = "The Red Dawn command attacked the station and claimed the attack in a call to a radio station."
    t = _template(text, [_actor(Role.CLAIMANT, "The Red Dawn command"), _actor(Role.VICTIM, "the station")])
    assert [(n.upper(), c) for n, c in t.organisations] == [("THE RED DAWN COMMAND", "CLAIMED OR ADMITTED")]


def test_a_band_described_or_told_before_is_no_organisation():
    text = "A leftist group attacked the station; the group and a group of armed men attacked a bus, and the same group attacked a bank."
    t = _template(text, [_actor(Role.PERPETRATOR, "a leftist group"), _actor(Role.PERPETRATOR, "the group"),
                         _actor(Role.PERPETRATOR, "a group of armed men"), _actor(Role.PERPETRATOR, "the same group"),
                         _actor(Role.VICTIM, "the station")])
    assert t.organisations == []
    assert [x.upper() for x in t.individuals] == ["A LEFTIST GROUP", "THE GROUP", "A GROUP OF ARMED MEN", "THE SAME GROUP"]


def test_a_states_force_with_its_nationality_is_an_organisation():
    text = "The Salvadoran air force attacked the village at dawn."
    t = _template(text, [_actor(Role.PERPETRATOR, "The Salvadoran air force"), _actor(Role.VICTIM, "the village")])
    assert [n.upper() for n, _ in t.organisations] == ["THE SALVADORAN AIR FORCE"]
    assert t.individuals == []


def test_a_known_group_is_written_by_the_alias_the_reports_give_it():
    text = "Police blamed the ELN for the raid. The guerrillas attacked the oil pipeline at night."
    t = _template(text, [_actor(Role.PERPETRATOR, "The guerrillas", "armed_group", "National Liberation Army (Colombia)"),
                         _actor(Role.VICTIM, "the oil pipeline")])
    assert [n for n, _ in t.organisations] == ["ELN"]


def test_a_known_group_no_report_writes_keeps_its_canonical_name():
    text = "The guerrillas attacked the oil pipeline at night."
    t = _template(text, [_actor(Role.PERPETRATOR, "The guerrillas", "armed_group", "National Liberation Army (Colombia)"),
                         _actor(Role.VICTIM, "the oil pipeline")])
    assert [n for n, _ in t.organisations] == ["National Liberation Army (Colombia)"]


def test_a_self_styled_band_is_named_though_brought_in_by_an_article():
    text = "A self-styled Red Dawn group attacked the station."
    t = _template(text, [_actor(Role.PERPETRATOR, "a self-styled Red Dawn group"), _actor(Role.VICTIM, "the station")])
    assert [n.upper() for n, _ in t.organisations] == ["RED DAWN GROUP"]


def test_members_of_a_states_force_give_the_force_and_the_members():
    text = "The union accused members of the armed forces; soldiers of the Atlacatl battalion attacked the union's office."
    t = _template(text, [_actor(Role.ACCUSED, "members of the armed forces"),
                         _actor(Role.PERPETRATOR, "soldiers of the Atlacatl battalion"),
                         _actor(Role.VICTIM, "the union's office")])
    assert [(n.upper(), c) for n, c in t.organisations] == [("THE ARMED FORCES", "SUSPECTED OR ACCUSED"),
                                                            ("THE ATLACATL BATTALION", "REPORTED AS FACT")]
    assert [x.upper() for x in t.individuals] == ["MEMBERS OF THE ARMED FORCES", "SOLDIERS OF THE ATLACATL BATTALION"]


def test_a_place_put_beside_a_known_group_gives_way_to_the_groups_name():
    # the parse may make the place of a second dateline the claimant the group stands beside
    text = "Vina del Mar -- In calls to the media, the Manuel Rodriguez Patriotic Front has claimed the attack."
    t = _template(text, [_actor(Role.CLAIMANT, "Vina del Mar", "armed_group", "Manuel Rodriguez Patriotic Front")])
    assert [n for n, _ in t.organisations] == ["Manuel Rodriguez Patriotic Front"]


def _individuals(text: str, *perpetrators: tuple[str, str | None]) -> list[str]:
    actors = [_actor(Role.PERPETRATOR, t, kind="armed_group", group=g) for t, g in perpetrators]
    return [x.upper() for x in _template(text, [*actors, _actor(Role.VICTIM, "the mayor", kind="government")]).individuals]


def test_a_qualified_figure_is_the_number_slots_not_the_individuals():
    assert _individuals("At least 40 gunmen attacked the mayor's convoy near Cali.",
                        ("at least 40 gunmen", None)) == ["GUNMEN"]
    # a bare number stays, as the keys keep it, and so does a range
    assert _individuals("Two men attacked the mayor near Cali.", ("Two men", None)) == ["TWO MEN"]
    assert _individuals("At least two or three men attacked the mayor.", ("At least two or three men", None)) == [
        "AT LEAST TWO OR THREE MEN"]


def test_a_hedge_is_the_confidence_slots():
    assert _individuals("Alleged urban commandos attacked the mayor near Cali.",
                        ("Alleged urban commandos", None)) == ["URBAN COMMANDOS"]


def test_fighters_of_a_group_leave_it_to_the_organisation_slot():
    assert _individuals("Guerrillas of the National Liberation Army attacked the mayor near Cali.",
                        ("Guerrillas of the National Liberation Army", "National Liberation Army")) == ["GUERRILLAS"]
    assert _individuals("ELN urban commandos attacked the mayor near Cali.",
                        ("ELN urban commandos", "National Liberation Army")) == ["URBAN COMMANDOS"]


def test_a_groups_members_keep_their_group():
    assert _individuals("Members of the ELN attacked the mayor near Cali.",
                        ("Members of the ELN", "National Liberation Army")) == ["MEMBERS OF THE ELN"]
    assert _individuals("ELN members attacked the mayor near Cali.", ("ELN members", "National Liberation Army")) == [
        "ELN MEMBERS"]
