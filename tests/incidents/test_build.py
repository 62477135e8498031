"""Incident building from hand-made events: grouping, headline counts and conflicts."""

from datetime import date

from wirecoder.config import Config
from wirecoder.incidents import build_incident, group_events, places_agree
from wirecoder.model import (
    Actor,
    Attribution,
    Count,
    CountKind,
    Event,
    EventType,
    Hedge,
    Place,
    Polarity,
    Precision,
    Role,
    SourceKind,
    Span,
    Weapon,
    WeaponType,
    When,
)

CONFIG = Config()

ROSTOV = Place(name="Rostov-on-Don", kind="city", country_code="RU", admin1="61", lat=47.23, lon=39.72)
ROSTOV_OBLAST = Place(name="Rostov Oblast", kind="admin1", country_code="RU", admin1="61", lat=47.7, lon=41.0)
MOSCOW = Place(name="Moscow", kind="city", country_code="RU", admin1="48", lat=55.75, lon=37.62)
KABUL = Place(name="Kabul", kind="city", country_code="AF", admin1="13", lat=34.53, lon=69.17)


def _event(n, etype, *, sentence=None, place=None, day=None, mention="specific", counts=(), actors=(), polarity=Polarity.ASSERTED, sources=()):
    start = (sentence if sentence is not None else n) * 100
    return Event(
        id=f"e{n}", type=etype, trigger=Span(start=start + 5, end=start + 10, text="xxxxx"),
        evidence=Span(start=start, end=start + 90, text="x" * 90), polarity=polarity, mention=mention,
        place=place, date=When(date=day, precision=Precision.DAY) if day else None,
        counts=list(counts), actors=list(actors), sources=list(sources), article_id="a1",
    )


def _src(name, kind=SourceKind.MEDIA):
    return Attribution(source=name, kind=kind)


def test_nested_places_agree_and_distant_cities_do_not():
    assert places_agree(ROSTOV, ROSTOV_OBLAST, CONFIG.merge_distance_km)
    assert not places_agree(ROSTOV, MOSCOW, CONFIG.merge_distance_km)
    assert not places_agree(MOSCOW, KABUL, CONFIG.merge_distance_km)


def test_two_acts_in_different_cities_are_two_incidents():
    groups = group_events([
        _event(1, EventType.ARMED_ASSAULT, place=MOSCOW, mention="anaphoric"),
        _event(2, EventType.HOSTAGE_TAKING, sentence=1, place=ROSTOV_OBLAST, day=date(2024, 6, 16)),
    ], CONFIG)
    assert [[e.id for e in g] for g in groups] == [["e1"], ["e2"]]


def test_rescue_claim_and_anaphora_join_the_act_they_follow():
    groups = group_events([
        _event(1, EventType.HOSTAGE_TAKING, place=ROSTOV_OBLAST, day=date(2024, 6, 16)),
        _event(2, EventType.SECURITY_OPERATION, day=date(2024, 6, 16)),
        _event(3, EventType.HOSTAGE_TAKING, place=ROSTOV, day=date(2024, 6, 16)),
        _event(4, EventType.ARMED_ASSAULT, place=MOSCOW, day=date(2024, 3, 22)),
        _event(5, EventType.CLAIM),
        _event(6, EventType.ARMED_ASSAULT, mention="anaphoric"),
        _event(7, EventType.ARREST),
    ], CONFIG)
    assert [[e.id for e in g] for g in groups] == [["e1", "e2", "e3"], ["e4", "e5", "e6", "e7"]]


def test_distinct_and_hypothetical_mentions():
    groups = group_events([
        _event(1, EventType.BOMBING, place=KABUL, day=date(2025, 3, 4)),
        _event(2, EventType.BOMBING, place=KABUL, day=date(2025, 3, 4), mention="distinct"),
        _event(3, EventType.ARMED_ASSAULT, polarity=Polarity.HYPOTHETICAL),
    ], CONFIG)
    assert [[e.id for e in g] for g in groups] == [["e1"], ["e2"]]


def test_lowest_credible_headline_and_conflict_with_hedged_unknown():
    hedge = Hedge(cue="it remains unclear", kind="uncertain", span=Span(start=0, end=18, text="It remains unclear"))
    events = [
        _event(1, EventType.HOSTAGE_TAKING, place=ROSTOV, day=date(2024, 6, 16),
               counts=[Count(kind=CountKind.HOSTAGES, value=2, sources=[_src("prison administration", SourceKind.OFFICIAL)])]),
        _event(2, EventType.SECURITY_OPERATION,
               counts=[Count(kind=CountKind.KILLED, value=6, sources=[_src("Russian media")])]),
        _event(3, EventType.ARMED_ASSAULT, mention="anaphoric",
               counts=[Count(kind=CountKind.KILLED, value=None, qualifier="unknown", hedges=[hedge], sources=[_src("news report", SourceKind.OUTLET)])]),
    ]
    incident = build_incident(events, CONFIG)
    assert incident.type is EventType.HOSTAGE_TAKING
    assert incident.date.date == date(2024, 6, 16)
    killed = next(c for c in incident.counts if c.kind is CountKind.KILLED)
    assert killed.value == 6 and [s.source for s in killed.sources] == ["Russian media"]
    conflict = next(c for c in incident.conflicts if c.field == "counts.killed")
    assert {(v.value, v.hedged) for v in conflict.values} == {(6, False), (None, True)}
    assert incident.hedged


def test_lowest_figure_wins_and_agreeing_sources_are_pooled():
    events = [
        _event(1, EventType.BOMBING, place=KABUL, day=date(2025, 3, 4), counts=[Count(kind=CountKind.KILLED, value=12, sources=[_src("Reuters")])]),
        _event(2, EventType.BOMBING, place=KABUL, counts=[Count(kind=CountKind.KILLED, value=15, sources=[_src("AFP")])]),
        _event(3, EventType.BOMBING, place=KABUL, counts=[Count(kind=CountKind.KILLED, value=12, sources=[_src("TOLOnews")])]),
    ]
    incident = build_incident(events, CONFIG)
    killed = incident.counts[0]
    assert killed.value == 12 and {s.source for s in killed.sources} == {"Reuters", "TOLOnews"}
    assert incident.conflicts[0].field == "counts.killed"


def test_majority_rule():
    events = [
        _event(1, EventType.BOMBING, counts=[Count(kind=CountKind.KILLED, value=15, sources=[_src("Reuters")])]),
        _event(2, EventType.BOMBING, counts=[Count(kind=CountKind.KILLED, value=15, sources=[_src("AP")])]),
        _event(3, EventType.BOMBING, counts=[Count(kind=CountKind.KILLED, value=12, sources=[_src("AFP")])]),
    ]
    assert build_incident(events, Config(headline_rule="majority")).counts[0].value == 15
    assert build_incident(events, CONFIG).counts[0].value == 12  # the default rule: lowest credible


def test_actors_of_one_group_merge_with_the_largest_number():
    actors = [
        Actor(role=Role.PERPETRATOR, text="members of the organization", name="members", group="Islamic State", kind="armed_group"),
        Actor(role=Role.PERPETRATOR, text="six detainees linked to ISIS", name="detainees", group="Islamic State", kind="armed_group", number=6),
        Actor(role=Role.PERPETRATOR, text="the detainees", name="detainees", kind="unknown"),
        Actor(role=Role.RESPONDER, text="Russian special forces", name="Russian special forces", kind="state_force"),
    ]
    incident = build_incident([_event(1, EventType.HOSTAGE_TAKING, actors=actors)], CONFIG)
    perps = [a for a in incident.actors if a.role is Role.PERPETRATOR]
    assert [(a.name, a.group, a.number) for a in perps] == [("detainees", "Islamic State", 6)]


def test_incident_ids_are_stable():
    events = [_event(1, EventType.BOMBING, place=KABUL)]
    assert build_incident(events, CONFIG).id == build_incident(list(events), CONFIG).id


def test_a_claim_for_a_bombing_is_the_bombing():
    # "IS claimed responsibility for the suicide bombing that killed 14 people in Kabul"
    incident = build_incident([
        _event(1, EventType.CLAIM),
        _event(2, EventType.BOMBING, sentence=1, mention="anaphoric", place=KABUL),
    ], CONFIG)
    assert incident.type is EventType.BOMBING
    assert set(incident.types) == {EventType.CLAIM, EventType.BOMBING}


def test_a_later_mention_does_not_retype_a_told_act():
    incident = build_incident([
        _event(1, EventType.BOMBING, place=KABUL),
        _event(2, EventType.ARMED_ASSAULT, sentence=1, mention="anaphoric"),
    ], CONFIG)
    assert incident.type is EventType.BOMBING


def test_whom_the_responders_killed_are_perpetrators_not_victims():
    # "special forces stormed the center and shot dead six hostage-takers"
    taking = _event(1, EventType.HOSTAGE_TAKING, place=ROSTOV, day=date(2024, 6, 16), actors=[
        Actor(role=Role.PERPETRATOR, text="six detainees", name="detainees", group="Islamic State", number=6),
        Actor(role=Role.VICTIM, text="two prison guards", name="prison guards", number=2)])
    storming = _event(2, EventType.SECURITY_OPERATION, place=ROSTOV, day=date(2024, 6, 16), actors=[
        Actor(role=Role.RESPONDER, text="Russian special forces", name="Russian special forces", kind="state_force"),
        Actor(role=Role.VICTIM, text="six hostage-takers", name="hostage-takers", number=6)])
    incident = build_incident([taking, storming], CONFIG)
    roles = {(a.role, a.name) for a in incident.actors}
    assert (Role.VICTIM, "prison guards") in roles
    assert (Role.VICTIM, "hostage-takers") not in roles
    # and, unnamed, they are the one named group's people
    assert [(a.name, a.group, a.number) for a in incident.actors if a.role is Role.PERPETRATOR] == [
        ("detainees", "Islamic State", 6)]
    # without responders, militants killed (by an airstrike, say) stay the victims of that act
    strike = _event(3, EventType.BOMBING, place=KABUL, day=date(2024, 6, 16), actors=[
        Actor(role=Role.VICTIM, text="12 militants", name="militants", number=12)])
    assert [(a.role, a.name) for a in build_incident([strike], CONFIG).actors] == [(Role.VICTIM, "militants")]
    raid = _event(4, EventType.SECURITY_OPERATION, place=KABUL, day=date(2024, 6, 16), actors=[
        Actor(role=Role.RESPONDER, text="the army", name="army", kind="state_force"),
        Actor(role=Role.VICTIM, text="five militants", name="militants", number=5)])
    assert (Role.VICTIM, "militants") in {(a.role, a.name) for a in build_incident([raid], CONFIG).actors}  # a raid alone


def test_unnamed_perpetrators_are_the_people_of_the_one_named_group():
    a = _event(1, EventType.ARMED_ASSAULT, place=KABUL, day=date(2024, 3, 1), actors=[
        Actor(role=Role.PERPETRATOR, text="members of the Taliban", name="Taliban", group="Taliban"),
        Actor(role=Role.PERPETRATOR, text="four gunmen", name="gunmen", number=4),
        Actor(role=Role.PERPETRATOR, text="Afghan police", name="Afghan police", kind="state_force")])
    perps = {(x.name, x.group, x.number) for x in build_incident([a], CONFIG).actors if x.role is Role.PERPETRATOR}
    assert perps == {("Taliban", "Taliban", 4), ("Afghan police", None, None)}
    two_groups = a.model_copy(update={"actors": [*a.actors, Actor(role=Role.PERPETRATOR, text="ISIS", name="Islamic State",
                                                                    group="Islamic State")]})
    assert ("gunmen", None, 4) in {(x.name, x.group, x.number) for x in build_incident([two_groups], CONFIG).actors}


def test_political_when_an_armed_group_or_a_force_takes_part_unknown_otherwise():
    group = Actor(role=Role.PERPETRATOR, text="al-Shabaab fighters", name="al-Shabaab", kind="armed_group")
    police = Actor(role=Role.RESPONDER, text="police", name="police", kind="state_force")
    gunmen = Actor(role=Role.PERPETRATOR, text="gunmen", name="gunmen", kind="unknown")
    assert build_incident([_event(1, EventType.ARMED_ASSAULT, actors=[group])], CONFIG).political is True
    assert build_incident([_event(1, EventType.ARMED_ASSAULT, actors=[gunmen, police])], CONFIG).political is True
    assert build_incident([_event(1, EventType.ARMED_ASSAULT, actors=[gunmen])], CONFIG).political is None
    assert build_incident([_event(1, EventType.PROTEST)], CONFIG).political is True


MAZAR = Place(name="Mazar-i-Sharif", kind="city", country_code="AF", admin1="30", lat=36.71, lon=67.11)
KUNDUZ = Place(name="Kunduz", kind="admin1", country_code="AF", admin1="24", lat=36.73, lon=68.86)


def test_a_background_keeps_to_itself_and_later_mentions_go_to_the_news():
    # the consulate bombing; "a 'revenge attack' for US airstrikes in ... Kunduz earlier this
    # month that left up to 32 civilians dead"; "four dead bodies and 120 wounded"
    groups = group_events([
        _event(1, EventType.BOMBING, place=MAZAR, day=date(2016, 11, 10), counts=[Count(kind=CountKind.KILLED, value=2)]),
        _event(2, EventType.ARMED_ASSAULT, sentence=2),
        _event(3, EventType.BOMBING, sentence=2, place=KUNDUZ, mention="background",
               counts=[Count(kind=CountKind.KILLED, value=32, qualifier="up to")]),
        _event(4, EventType.ARMED_ASSAULT, mention="anaphoric",
               counts=[Count(kind=CountKind.KILLED, value=4), Count(kind=CountKind.INJURED, value=120)]),
    ], CONFIG)
    assert [[e.id for e in g] for g in groups] == [["e1", "e2", "e4"], ["e3"]]
    main = build_incident(groups[0], CONFIG)
    assert main.place == MAZAR and 32 not in {c.value for c in main.counts}


def test_a_background_without_date_or_place_makes_no_incident_but_may_be_the_only_news():
    groups = group_events([
        _event(1, EventType.BOMBING, place=KABUL, day=date(2025, 3, 4)),
        _event(2, EventType.ARMED_ASSAULT, mention="background"),
    ], CONFIG)
    assert [[e.id for e in g] for g in groups] == [["e1"]]
    only = group_events([
        _event(1, EventType.BOMBING, place=KABUL, mention="background"),
        _event(2, EventType.BOMBING, mention="anaphoric", counts=[Count(kind=CountKind.KILLED, value=5)]),
    ], CONFIG)
    assert [[e.id for e in g] for g in only] == [["e1", "e2"]]
    # a later mention that fits nothing of the news ("the Kunduz airstrikes") goes to the background
    recalled = group_events([
        _event(1, EventType.BOMBING, place=MAZAR, day=date(2016, 11, 10)),
        _event(2, EventType.BOMBING, place=KUNDUZ, mention="background"),
        _event(3, EventType.BOMBING, place=KUNDUZ, mention="anaphoric"),
        _event(4, EventType.BOMBING, mention="anaphoric"),
    ], CONFIG)
    assert [[e.id for e in g] for g in recalled] == [["e1", "e4"], ["e2", "e3"]]


def test_a_zero_about_a_subgroup_is_no_figure_of_the_incident():
    none_hurt = Count(kind=CountKind.INJURED, value=0, qualifier="none", who="German Consulate personnel",
                      sources=[_src("German foreign ministry", SourceKind.OFFICIAL)])
    events = [
        _event(1, EventType.BOMBING, place=MAZAR, counts=[Count(kind=CountKind.INJURED, value=90, qualifier="at least")]),
        _event(2, EventType.BOMBING, mention="anaphoric", counts=[none_hurt]),
    ]
    incident = build_incident(events, CONFIG)
    assert [(c.kind, c.value) for c in incident.counts] == [(CountKind.INJURED, 90)]
    assert not incident.conflicts
    assert incident.events[1].counts == [none_hurt]  # kept, on its event
    everyone = Count(kind=CountKind.INJURED, value=0, qualifier="none", span=Span(start=0, end=6, text="no one"))
    assert build_incident([_event(1, EventType.BOMBING, counts=[everyone])], CONFIG).counts[0].value == 0


def test_a_vague_quantity_never_beats_a_number_a_source_gives():
    scores = Count(kind=CountKind.INJURED, value=40, qualifier="scores", who="other people",
                   span=Span(start=0, end=22, text="scores of other people"))
    doctor = Count(kind=CountKind.INJURED, value=120, sources=[_src("doctor", SourceKind.PERSON)])
    events = [_event(1, EventType.BOMBING, counts=[scores]), _event(2, EventType.BOMBING, mention="anaphoric", counts=[doctor])]
    injured = build_incident(events, CONFIG).counts[0]
    assert injured.value == 120
    assert build_incident(events[:1], CONFIG).counts[0].value == 40  # alone, the vague figure is the figure
    dozens = Count(kind=CountKind.INJURED, value=24, qualifier="at least", span=Span(start=0, end=25, text="at least dozens of people"))
    assert build_incident([_event(1, EventType.BOMBING, counts=[dozens, doctor])], CONFIG).counts[0].value == 120


def test_tolls_total_victims_and_perpetrators_as_the_codebooks_do():
    """'One Niger soldier was killed and 15 assailants were killed': GTD's nkill is 16, nkillter 15;
    the headline still names the victims' figure, and an unknown figure adds nothing."""
    assailants = Actor(role=Role.PERPETRATOR, text="assailants", name="assailants")
    soldier = Count(kind=CountKind.KILLED, value=1, who="Niger soldier")
    attackers = Count(kind=CountKind.KILLED, value=15, who="assailants")
    wounded = Count(kind=CountKind.INJURED, value=None, qualifier="unknown", who="people")
    incident = build_incident([_event(1, EventType.ARMED_ASSAULT, counts=[soldier, attackers, wounded],
                                      actors=[assailants])], CONFIG)
    killed = next(t for t in incident.tolls if t.kind is CountKind.KILLED)
    assert (killed.total, killed.victims, killed.perpetrators) == (16, 1, 15)
    assert next(c for c in incident.counts if c.kind is CountKind.KILLED).value == 1
    injured = next(t for t in incident.tolls if t.kind is CountKind.INJURED)
    assert (injured.total, injured.victims, injured.perpetrators) == (None, None, None)
    only_attackers = build_incident([_event(2, EventType.ARMED_ASSAULT, counts=[attackers], actors=[assailants])], CONFIG)
    assert [(t.total, t.victims, t.perpetrators) for t in only_attackers.tolls] == [(15, None, 15)]


def test_political_by_the_words_for_fighters_and_soldiers_and_by_military_means():
    insurgents = Actor(role=Role.VICTIM, text="14 insurgents", name="insurgents", kind="unknown")
    soldiers = Actor(role=Role.VICTIM, text="two soldiers", name="soldiers", kind="unknown")
    officers = Actor(role=Role.VICTIM, text="two officers", name="officers", kind="unknown")  # of a company, or of police
    assert build_incident([_event(1, EventType.ARMED_ASSAULT, actors=[insurgents])], CONFIG).political is True
    assert build_incident([_event(1, EventType.ARMED_ASSAULT, actors=[soldiers])], CONFIG).political is True
    assert build_incident([_event(1, EventType.ARMED_ASSAULT, actors=[officers])], CONFIG).political is None
    car_bomb = _event(1, EventType.BOMBING).model_copy(update={"weapons": [Weapon(type=WeaponType.VEHICLE_BOMB, text="car bomb")]})
    assert build_incident([car_bomb], CONFIG).political is True
    knife = _event(1, EventType.ARMED_ASSAULT).model_copy(update={"weapons": [Weapon(type=WeaponType.CUTTING_DEVICE, text="knife")]})
    assert build_incident([knife], CONFIG).political is None


SAN_MIGUEL = Place(name="San Miguel", kind="city", country_code="SV", admin1="San Miguel", mention="San Miguel",
                   lat=13.48, lon=-88.18)
CHALATENANGO_DEPT = Place(name="Chalatenango Department", kind="admin1", country_code="SV", admin1="Chalatenango",
                          mention="Chalatenango department", lat=14.1, lon=-89.0)
CHALATENANGO_BARE = CHALATENANGO_DEPT.model_copy(update={"mention": "Chalatenango"})
ARCATAO = Place(name="Arcatao", kind="city", country_code="SV", admin1="Chalatenango", mention="Arcatao", lat=14.08, lon=-88.75)


def test_a_province_the_text_names_as_one_outranks_a_town_of_another():
    # "attacked an army post in Chalatenango department", and San Miguel elsewhere in the story
    events = [_event(1, EventType.ARMED_ASSAULT, place=CHALATENANGO_DEPT, day=date(1990, 1, 4)),
              _event(2, EventType.ARMED_ASSAULT, sentence=1, place=SAN_MIGUEL, mention="anaphoric")]
    assert build_incident(events, CONFIG).place.name == "Chalatenango Department"


def test_a_town_within_the_province_or_a_bare_name_keeps_the_finer_place():
    inside = [_event(1, EventType.ARMED_ASSAULT, place=CHALATENANGO_DEPT, day=date(1990, 1, 4)),
              _event(2, EventType.ARMED_ASSAULT, sentence=1, place=ARCATAO, mention="anaphoric")]
    assert build_incident(inside, CONFIG).place.name == "Arcatao"
    bare = [_event(1, EventType.ARMED_ASSAULT, place=CHALATENANGO_BARE, day=date(1990, 1, 4)),
            _event(2, EventType.ARMED_ASSAULT, sentence=1, place=SAN_MIGUEL, mention="anaphoric")]
    assert build_incident(bare, CONFIG).place.name == "San Miguel"


MIDDLE_EAST = Place(name="Middle East", kind="region", lat=29.0, lon=42.0)
DARFUR = Place(name="Darfur", kind="region", country_code="SD", lat=13.5, lon=24.5)
SUDAN = Place(name="Sudan", kind="country", country_code="SD", lat=15.0, lon=30.0)
NYALA = Place(name="Nyala", kind="city", country_code="SD", admin1="South Darfur", lat=12.05, lon=24.88)


def test_a_region_holds_the_places_in_it_as_a_country_does():
    # 'fighting in Darfur' and 'an attack in Nyala' may be one act; so may the Middle East and Kabul
    assert places_agree(DARFUR, NYALA, CONFIG.merge_distance_km)
    assert places_agree(MIDDLE_EAST, KABUL, CONFIG.merge_distance_km)
    assert not places_agree(DARFUR, KABUL, CONFIG.merge_distance_km)


def test_a_region_never_outranks_a_town_and_one_of_several_countries_not_a_country():
    # "rebels attacked a market in Nyala ... the worst attack in Darfur this year"
    town = [_event(1, EventType.ARMED_ASSAULT, place=DARFUR, day=date(2009, 3, 4)),
            _event(2, EventType.ARMED_ASSAULT, sentence=1, place=NYALA, mention="anaphoric")]
    assert build_incident(town, CONFIG).place.name == "Nyala"
    within = [_event(1, EventType.ARMED_ASSAULT, place=SUDAN, day=date(2009, 3, 4)),
              _event(2, EventType.ARMED_ASSAULT, sentence=1, place=DARFUR, mention="anaphoric")]
    assert build_incident(within, CONFIG).place.name == "Darfur"
    # "a bombing in Sudan, the deadliest in the Middle East this year"
    wider = [_event(1, EventType.ARMED_ASSAULT, place=MIDDLE_EAST, day=date(2009, 3, 4)),
             _event(2, EventType.ARMED_ASSAULT, sentence=1, place=SUDAN, mention="anaphoric")]
    assert build_incident(wider, CONFIG).place.name == "Sudan"


def _told(n, etype, text, trigger, *, offset=0, mention="specific", day=None, place=None, place_words=None, actors=(), counts=()):
    """An event told in a sentence of one's own, starting at ``offset``: the trigger and the place
    found in the text as written."""
    at = text.index(trigger)
    where = None
    if place is not None:
        p = text.index(place_words)
        where = place.model_copy(update={"span": Span(start=offset + p, end=offset + p + len(place_words), text=place_words)})
    return Event(
        id=f"e{n}", type=etype, trigger=Span(start=offset + at, end=offset + at + len(trigger), text=trigger),
        evidence=Span(start=offset, end=offset + len(text), text=text), mention=mention, place=where,
        date=When(date=day, precision=Precision.DAY) if day else None, actors=list(actors), counts=list(counts), article_id="a1",
    )


def test_an_act_told_on_a_day_of_its_own_is_another_occurrence():
    killing = _told(1, EventType.ARMED_ASSAULT, "Gunmen killed three priests at their residence early on Thursday.", "killed",
                    day=date(2024, 5, 16), actors=[Actor(role=Role.VICTIM, text="three priests", name="priests", kind="civilian", number=3)],
                    counts=[Count(kind=CountKind.KILLED, value=3)])
    raid = _told(2, EventType.ARMED_ASSAULT, "On Monday soldiers had raided the priests' residence looking for weapons.", "raided",
                 offset=100, day=date(2024, 5, 13), actors=[Actor(role=Role.VICTIM, text="the priests' residence", name="residence")])
    groups = group_events([killing, raid], CONFIG)
    assert [[e.id for e in g] for g in groups] == [["e1"], ["e2"]]
    # an act on another day that hurt someone may hurt whom the killing hurt, told again: it stays
    shot = _told(3, EventType.ARMED_ASSAULT, "The cook was shot on Monday as she left the residence.", "shot", offset=100,
                 day=date(2024, 5, 13), actors=[Actor(role=Role.VICTIM, text="The cook", name="cook", kind="civilian")])
    assert [[e.id for e in g] for g in group_events([killing, shot], CONFIG)] == [["e1", "e3"]]


def test_an_act_named_by_its_place_lends_no_place_to_acts_told_without_one():
    santa_rita = Place(name="Santa Rita", kind="city", country_code="HN", admin1="16", lat=15.2, lon=-87.88)
    murder = _told(1, EventType.ARMED_ASSAULT, "Six aid workers were murdered in their office.", "murdered",
                   actors=[Actor(role=Role.VICTIM, text="Six aid workers", name="aid workers", kind="civilian", number=6)])
    recalled = _told(2, EventType.ARMED_ASSAULT, "Their colleagues recalled the massacre of Santa Rita, which was never solved.",
                     "massacre", offset=100, mention="anaphoric", place=santa_rita, place_words="Santa Rita")
    groups = group_events([murder, recalled], CONFIG)
    assert [[e.id for e in g] for g in groups] == [["e1"], ["e2"]]
    assert build_incident(groups[0], CONFIG).place is None
    # "the attack in Santa Rita" tells where the act told before happened
    where = _told(3, EventType.ARMED_ASSAULT, "The attack in Santa Rita was condemned by the government.", "attack", offset=100,
                  mention="anaphoric", place=santa_rita, place_words="Santa Rita")
    assert [[e.id for e in g] for g in group_events([murder, where], CONFIG)] == [["e1", "e3"]]


def test_an_act_told_on_another_day_than_one_of_the_group_is_another_occurrence():
    # a reference dated three days off and a figure of other dead tell another act, not this one again
    burned = _told(1, EventType.FACILITY_ATTACK, "Rebels burned a bus on the coast road early on Friday.", "burned",
                   day=date(2024, 5, 17))
    recalled = _told(2, EventType.BOMBING, "The explosion that wrecked a truck there on Tuesday was theirs too, police said.",
                     "explosion", offset=100, mention="anaphoric", day=date(2024, 5, 14))
    assert [[e.id for e in g] for g in group_events([burned, recalled], CONFIG)] == [["e1"], ["e2"]]
    killing = _told(3, EventType.ARMED_ASSAULT, "The guerrillas shot 16 farmers in the village on Friday.", "shot",
                    day=date(2024, 5, 17), counts=[Count(kind=CountKind.KILLED, value=16)])
    bodies = _told(4, EventType.ARMED_ASSAULT, "Travellers said 28 bodies were found near another hamlet on Wednesday.", "bodies",
                   offset=100, mention="anaphoric", day=date(2024, 5, 15), counts=[Count(kind=CountKind.KILLED, value=28)])
    assert [[e.id for e in g] for g in group_events([killing, bodies], CONFIG)] == [["e3"], ["e4"]]
    # the same figure told with the day of its telling is the same dead
    told_again = _told(5, EventType.ARMED_ASSAULT, "The killing of the 16 farmers was reported on Sunday.", "killing", offset=100,
                       mention="anaphoric", day=date(2024, 5, 19), counts=[Count(kind=CountKind.KILLED, value=16)])
    assert [[e.id for e in g] for g in group_events([killing, told_again], CONFIG)] == [["e3", "e5"]]


def test_an_act_told_of_the_places_of_a_list_is_one_incident_per_place():
    usulutan = Place(name="Usulután", kind="city", country_code="SV", admin1="11", lat=13.35, lon=-88.44)
    san_miguel = Place(name="San Miguel", kind="city", country_code="SV", admin1="10", lat=13.48, lon=-88.18)
    text = "Rebels blew up power pylons in Usulutan and San Miguel on Monday."
    pylons = _told(1, EventType.BOMBING, text, "blew", place=usulutan, place_words="Usulutan", day=date(2024, 5, 13))
    pylons = pylons.model_copy(update={"also_at": [san_miguel], "counts": [Count(kind=CountKind.KILLED, value=4)]})
    groups = group_events([pylons], CONFIG)
    assert [[e.id for e in g] for g in groups] == [["e1"], ["e1.1"]]
    incidents = [build_incident(g, CONFIG) for g in groups]
    assert [i.place.name for i in incidents] == ["Usulután", "San Miguel"]
    # four dead told of the list are its figure, not four in each town
    assert all(not i.counts for i in incidents)
    # told of one place, the act and a later word of it stay one incident
    alone = _told(2, EventType.BOMBING, "Rebels blew up power pylons in Usulutan on Monday.", "blew", place=usulutan,
                  place_words="Usulutan", day=date(2024, 5, 13))
    blasts = _told(3, EventType.BOMBING, "The blasts cut power to the town.", "blasts", offset=100, mention="anaphoric")
    assert [[e.id for e in g] for g in group_events([alone, blasts], CONFIG)] == [["e2", "e3"]]
