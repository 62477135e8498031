"""MUC-4 response templates rendered from hand-built incidents, read back by the key reader."""

from datetime import date

from wirecoder.export import render
from wirecoder.model import (
    Actor,
    Count,
    CountKind,
    Event,
    EventType,
    Incident,
    Place,
    Polarity,
    Role,
    Span,
    Stage,
    Weapon,
    WeaponType,
    When,
)
from wirecoder.muc4.keys import parse_templates
from wirecoder.muc4.relevance import is_relevant, muc_type
from wirecoder.muc4.writer import render_muc4

SENTENCE = "GUERRILLAS OF THE FMLN BLEW UP A POWER SUBSTATION WITH DYNAMITE AND KILLED TWO GUARDS."


def _span(text: str = SENTENCE) -> Span:
    return Span(start=0, end=len(text), text=text)


def _event(type_: EventType, trigger: str, polarity: Polarity = Polarity.ASSERTED) -> Event:
    i = SENTENCE.find(trigger.upper())
    return Event(id="e", type=type_, trigger=Span(start=max(i, 0), end=max(i, 0) + len(trigger), text=trigger),
                 evidence=_span(), polarity=polarity)


def bombing(**update) -> Incident:
    inc = Incident(
        id="i1", type=EventType.BOMBING, types=[EventType.BOMBING],
        date=When(date=date(1990, 1, 12)),
        place=Place(name="San Salvador", kind="city", country="El Salvador", country_code="SV"),
        actors=[
            Actor(role=Role.PERPETRATOR, text="GUERRILLAS OF THE FMLN", name="FMLN", group="FMLN", kind="armed_group"),
            Actor(role=Role.TARGET, text="POWER SUBSTATION", name="power substation"),
            Actor(role=Role.VICTIM, text="GUARDS", name="guards", kind="civilian", number=2),
        ],
        counts=[Count(kind=CountKind.KILLED, value=2, who="guards")],
        evidence=[_span()],
        events=[_event(EventType.BOMBING, "blew up")],
        weapons=[Weapon(type=WeaponType.DYNAMITE, text="DYNAMITE")],
    )
    return inc.model_copy(update=update)


def test_bombing_renders_every_slot_and_reads_back():
    text = render_muc4("TST1-MUC3-0042", [bombing()], published=date(1990, 1, 13))
    assert text.splitlines()[0] == "0.  MESSAGE: ID                     TST1-MUC3-0042"
    t = parse_templates(text)["TST1-MUC3-0042"].templates[0]
    first = {n: [v.text for v in t.slot(n).fillers[0].alternatives][0] for n in t.slots if t.slot(n).fillers}
    assert first[2] == "12 JAN 90"
    assert first[3] == "EL SALVADOR: SAN SALVADOR (CITY)"
    assert first[4] == "BOMBING" and first[5] == "ACCOMPLISHED"
    assert first[6] == "DYNAMITE" and first[7] == "DYNAMITE"
    assert first[8] == "TERRORIST ACT"
    assert first[9] == "GUERRILLAS" and first[10] == "FMLN"  # the group is the organisation slot's
    assert first[11] == "REPORTED AS FACT"
    assert first[12] == "POWER SUBSTATION" and first[13] == "ENERGY"
    assert first[16] == "DESTROYED"  # "blew up"
    assert first[19] == "GUARDS" and first[20] == "SECURITY GUARD" and first[21] == "2"
    assert first[23] == "DEATH"
    assert t.slot(23).fillers[0].alternatives[0].refs == ("GUARDS",)


def test_non_muc_types_give_the_irrelevant_skeleton():
    arrest = bombing(type=EventType.ARREST, types=[EventType.ARREST])
    statement = bombing(type=EventType.STATEMENT, types=[EventType.STATEMENT])
    text = render_muc4("TST1-MUC3-0043", [arrest, statement])
    assert parse_templates(text)["TST1-MUC3-0043"].templates == []
    assert "1.  MESSAGE: TEMPLATE               *" in text


def test_types_map_to_muc_types():
    assert muc_type(bombing()) == "BOMBING"
    assert muc_type(bombing(type=EventType.HOSTAGE_TAKING, types=[EventType.HOSTAGE_TAKING])) == "KIDNAPPING"
    arson = bombing(type=EventType.FACILITY_ATTACK, types=[EventType.FACILITY_ATTACK], events=[_event(EventType.FACILITY_ATTACK, "burned")])
    assert muc_type(arson) == "ARSON"
    assert muc_type(bombing(type=EventType.CLAIM, types=[EventType.CLAIM])) is None


def test_claim_sets_confidence_and_kidnapping_blanks_physical_slots():
    claimed = bombing(types=[EventType.BOMBING, EventType.CLAIM])
    assert 'CLAIMED OR ADMITTED: "FMLN"' in render_muc4("TST1-MUC3-0044", [claimed])
    kidnap = bombing(type=EventType.KIDNAPPING, types=[EventType.KIDNAPPING])
    t = parse_templates(render_muc4("TST1-MUC3-0045", [kidnap]))["TST1-MUC3-0045"].templates[0]
    assert t.slot(12).state == "inapplicable" and t.slot(6).state == "inapplicable"


def test_dates_without_a_day_are_on_or_before_the_dateline():
    undated = bombing(date=None)
    assert "INCIDENT: DATE                  - 13 JAN 90" in render_muc4("TST1-MUC3-0046", [undated], published=date(1990, 1, 13))
    weekday = bombing(date=When(date=date(1990, 1, 10), text="last Wednesday"))
    assert "- 13 JAN 90" in render_muc4("TST1-MUC3-0047", [weekday], published=date(1990, 1, 13))


def test_denied_incident_gives_no_template():
    denied = bombing(events=[_event(EventType.BOMBING, "blew up", Polarity.NEGATED)])
    assert parse_templates(render_muc4("TST1-MUC3-0048", [denied]))["TST1-MUC3-0048"].templates == []


def test_relevance_follows_the_task_definition():
    assert is_relevant(bombing(), date(1990, 1, 13))
    # older than two months before the dateline
    assert not is_relevant(bombing(), date(1990, 6, 1))
    # guerrillas against soldiers only: an act of war, not a terrorist incident
    soldiers = [Actor(role=Role.PERPETRATOR, text="FMLN UNITS", name="FMLN", group="FMLN", kind="armed_group"),
                Actor(role=Role.TARGET, text="AN INFANTRY BATTALION", name="infantry battalion")]
    assert not is_relevant(bombing(actors=soldiers), date(1990, 1, 13))
    # "the bombings and the crimes": no place, date, figure or target
    assert not is_relevant(bombing(place=None, date=None, counts=[], actors=[]), date(1990, 1, 13))


def _slot_texts(text: str, message_id: str, n: int) -> list[str]:
    t = parse_templates(text)[message_id].templates[0]
    return [f.alternatives[0].text for f in t.slot(n).fillers]


def test_a_casualty_figure_names_the_human_target_the_parse_missed():
    # "at least seven presidential guards travelling aboard a military bus were killed in an
    # attack": the attack's parse has no victim, the count says whom it counts
    inc = bombing(
        actors=[],
        counts=[Count(kind=CountKind.KILLED, value=7, qualifier="at least",
                      who="presidential guards travelling aboard a military bus"),
                Count(kind=CountKind.INJURED, value=12, who="soldiers"),
                Count(kind=CountKind.KILLED, value=3, who="guerrillas")],
    )
    text = render_muc4("TST2-MUC4-0049", [inc], published=date(1989, 6, 3))
    assert _slot_texts(text, "TST2-MUC4-0049", 19) == ["PRESIDENTIAL GUARDS", "SOLDIERS"]  # no fallen guerrillas
    assert _slot_texts(text, "TST2-MUC4-0049", 21) == ["7-", "12"]  # TASKDOC 7.22: "at least 7" is 7-
    effects = parse_templates(text)["TST2-MUC4-0049"].templates[0].slot(23).fillers
    assert [(f.alternatives[0].text, f.alternatives[0].refs) for f in effects] == [
        ("DEATH", ("PRESIDENTIAL GUARDS",)), ("INJURY", ("SOLDIERS",))]


def test_a_named_victim_loses_every_title_word_before_the_name():
    inc = bombing(actors=[Actor(role=Role.VICTIM, text="ANTIOQUIA GOVERNOR ANTONIO ROLDAN", name="Antonio Roldan",
                                kind="person")], counts=[])
    text = render_muc4("TST1-MUC3-0006", [inc], published=date(1989, 2, 4))
    assert _slot_texts(text, "TST1-MUC3-0006", 18) == ["ANTONIO ROLDAN"]
    assert _slot_texts(text, "TST1-MUC3-0006", 19) == ["ANTIOQUIA GOVERNOR"]


def test_plural_buildings_are_physical_targets():
    inc = bombing(actors=[Actor(role=Role.TARGET, text="PRIVATE BANK BRANCHES", name="private bank branches")], counts=[])
    text = render_muc4("TST1-MUC3-0100", [inc], published=date(1989, 2, 4))
    assert _slot_texts(text, "TST1-MUC3-0100", 12) == ["PRIVATE BANK BRANCHES"]
    assert _slot_texts(text, "TST1-MUC3-0100", 13) == ["FINANCIAL"]
    assert _slot_texts(text, "TST1-MUC3-0100", 19) in ([], ["-"])  # no human target


def test_locations_are_ascii_and_unplaced_incidents_take_the_message_country():
    bogota = bombing(place=Place(name="Bogotá", kind="city", country="Colombia", country_code="CO"))
    unplaced = bombing(id="i2", place=None, actors=[Actor(role=Role.VICTIM, text="JUDGE", name="judge", kind="person")])
    text = render_muc4("TST2-MUC4-0010", [bogota, unplaced], published=date(1990, 1, 13))
    templates = parse_templates(text)["TST2-MUC4-0010"].templates
    assert [t.slot(3).fillers[0].alternatives[0].text for t in templates] == ["COLOMBIA: BOGOTA (CITY)", "COLOMBIA"]


def test_a_group_accused_apart_from_the_act_is_its_suspected_perpetrator():
    killing = bombing(actors=[Actor(role=Role.VICTIM, text="ATTORNEY GENERAL", name="attorney general", kind="person")])
    accusation = Incident(
        id="i3", type=EventType.ACCUSATION, types=[EventType.ACCUSATION],
        actors=[Actor(role=Role.ACCUSER, text="CRISTIANI", name="Cristiani", kind="person"),
                Actor(role=Role.ACCUSED, text="FARABUNDO MARTI NATIONAL LIBERATION FRONT", name="FMLN",
                      group="Farabundo Marti National Liberation Front", kind="armed_group")],
        events=[_event(EventType.ACCUSATION, "accused")], evidence=[_span()],
    )
    text = render_muc4("TST2-MUC4-0048", [killing, accusation], published=date(1989, 4, 19))
    assert _slot_texts(text, "TST2-MUC4-0048", 10) == ["FARABUNDO MARTI NATIONAL LIBERATION FRONT"]
    assert _slot_texts(text, "TST2-MUC4-0048", 11) == ["SUSPECTED OR ACCUSED"]


def test_troops_are_individuals_of_the_force_they_belong_to():
    inc = bombing(actors=[Actor(role=Role.PERPETRATOR, text="GUATEMALAN ARMY TROOPS", name="Guatemalan army troops",
                                kind="state_force")])
    text = render_muc4("TST2-MUC4-0068", [inc], published=date(1989, 8, 19))
    assert _slot_texts(text, "TST2-MUC4-0068", 9) == ["GUATEMALAN ARMY TROOPS"]
    assert _slot_texts(text, "TST2-MUC4-0068", 10) == ["GUATEMALAN ARMY"]
    assert _slot_texts(text, "TST2-MUC4-0068", 8) == ["STATE-SPONSORED VIOLENCE"]


def test_an_attack_against_a_nation_names_no_specific_target():
    rhetoric = bombing(place=None, date=None, counts=[],
                       actors=[Actor(role=Role.TARGET, text="CUBA", name="Cuba"),
                               Actor(role=Role.TARGET, text="THE CHILEAN NATION", name="Chilean nation")])
    assert not is_relevant(rhetoric)
    assert is_relevant(rhetoric.model_copy(update={"actors": [Actor(role=Role.TARGET, text="THE EMBASSY", name="embassy")]}))


def test_stage_and_instruments_are_the_records_fields():
    attempted = bombing(stage=Stage.ATTEMPTED, weapons=[Weapon(type=WeaponType.VEHICLE_BOMB, text="car-bomb"),
                                                        Weapon(type=WeaponType.GRENADE, text="GRENADES")])
    text = render_muc4("TST1-MUC3-0050", [attempted], published=date(1990, 1, 13))
    assert _slot_texts(text, "TST1-MUC3-0050", 5) == ["ATTEMPTED"]
    assert _slot_texts(text, "TST1-MUC3-0050", 6) == ["CAR-BOMB", "GRENADES"]
    assert _slot_texts(text, "TST1-MUC3-0050", 7) == ["VEHICLE BOMB", "GRENADE"]
    # a gun only "shot" implies: its type with the dummy filler "-"
    shot = bombing(type=EventType.ARMED_ASSAULT, types=[EventType.ARMED_ASSAULT], weapons=[Weapon(type=WeaponType.GUN)])
    text = render_muc4("TST1-MUC3-0051", [shot], published=date(1990, 1, 13))
    assert "INCIDENT: INSTRUMENT ID         -" in text and 'INCIDENT: INSTRUMENT TYPE       GUN: "-"' in text
    threat = bombing(type=EventType.THREAT, types=[EventType.THREAT], stage=Stage.THREATENED, weapons=[])
    assert _slot_texts(render_muc4("TST1-MUC3-0052", [threat], published=date(1990, 1, 13)), "TST1-MUC3-0052", 5) == ["THREATENED"]


def test_the_muc4_export_format_writes_one_message_per_article():
    text = render([bombing(articles=["a1"]), bombing(id="i2", articles=["a2"])], "muc4").data
    ids = [line.split()[-1] for line in text.splitlines() if line.startswith("0.  MESSAGE: ID")]
    assert ids == ["a1", "a2"]


def test_a_region_is_named_bare_with_its_unit_in_parentheses():
    """The gazetteer's 'Chalatenango Department' is the keys' 'CHALATENANGO (DEPARTMENT)'."""
    region = Place(name="Chalatenango Department", kind="admin1", country="El Salvador", country_code="SV",
                   admin1="Chalatenango Department")
    text = render_muc4("TST1-MUC3-0043", [bombing(place=region)], published=date(1990, 1, 13))
    t = parse_templates(text)["TST1-MUC3-0043"].templates[0]
    assert t.slot(3).fillers[0].alternatives[0].text == "EL SALVADOR: CHALATENANGO (DEPARTMENT)"


def test_no_casualties_is_one_effect_for_the_dead_and_the_hurt():
    # "there were no casualties": nobody died and nobody was hurt, which MUC-4 fills as one effect
    inc = bombing(counts=[Count(kind=CountKind.KILLED, value=0, qualifier="none"),
                          Count(kind=CountKind.INJURED, value=0, qualifier="none")])
    text = render_muc4("TST2-MUC4-0050", [inc], published=date(1990, 1, 13))
    effects = parse_templates(text)["TST2-MUC4-0050"].templates[0].slot(23).fillers
    assert [f.alternatives[0].text for f in effects] == ["NO INJURY OR DEATH"]


def test_a_victim_is_described_without_the_figure_that_counts_them():
    # "about 50 peasants were killed": the NUMBER slot holds ~50 (TASKDOC 7.22), the description only whom
    inc = bombing(actors=[Actor(role=Role.VICTIM, text="about 50 peasants", name="peasants", kind="civilian", number=50)],
                  counts=[Count(kind=CountKind.KILLED, value=50, qualifier="about", who="peasants")])
    text = render_muc4("TST2-MUC4-0051", [inc], published=date(1990, 1, 13))
    assert _slot_texts(text, "TST2-MUC4-0051", 19) == ["PEASANTS"]
    assert _slot_texts(text, "TST2-MUC4-0051", 21) == ["~50"]
