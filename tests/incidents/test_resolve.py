"""Cross-article resolution on records built from real sentences: which incidents may merge,
how strongly, which figures later reports supersede, and the claims kept per source."""

from __future__ import annotations

from datetime import date

from factories import attribution, count, event

from wirecoder.config import Config
from wirecoder.incidents import build_incident, places_agree
from wirecoder.incidents.resolve import (
    Members,
    Resolution,
    _victims_alike,
    best_match,
    claims,
    compare,
    mark_superseded,
    merge,
    reference_date,
    resolve_incident,
    score,
)
from wirecoder.incidents.resolve import _place_score as place_score
from wirecoder.model import (
    Actor,
    Article,
    Attribution,
    CountKind,
    Event,
    EventType,
    Incident,
    Place,
    Precision,
    Role,
    SourceKind,
    Weapon,
    WeaponType,
    When,
)

CONFIG = Config()

MOSCOW = Place(name="Moscow", kind="city", country_code="RU", admin1="Moscow", lat=55.75222, lon=37.61556, geonames_id=524901)
KRASNOGORSK = Place(name="Krasnogorsk", kind="city", country_code="RU", admin1="Moscow Oblast", lat=55.82036, lon=37.33017,
                    geonames_id=542374)
ROSTOV = Place(name="Rostov-on-Don", kind="city", country_code="RU", admin1="Rostov", lat=47.23135, lon=39.72328)
RUSSIA = Place(name="Russia", kind="country", country_code="RU", lat=60.0, lon=100.0)
KABUL = Place(name="Kabul", kind="city", country_code="AF", admin1="Kabul", lat=34.52813, lon=69.17233)


def _report(text: str, source: str, published: date, trigger: str, etype: EventType, *, day=None, place=None,
            counts=(), actors=(), said_by=None, mention="specific") -> tuple[Article, Event]:
    """One article of one sentence telling one event: said by ``said_by`` (an official), else by the outlet."""
    article = Article(text=text, source=source, published=published)
    said = attribution(said_by or source, SourceKind.OFFICIAL if said_by else SourceKind.OUTLET)
    built_counts = [count(article, part, kind, value, said) for part, kind, value in counts]
    return article, event(article, trigger, etype, day=day, place=place, counts=built_counts, actors=list(actors),
                          sources=[said], mention=mention)


CROCUS_1 = _report(
    "Gunmen opened fire inside the Crocus City Hall near Moscow on Friday, killing at least 144 people, officials said.",
    "Reuters", date(2024, 3, 23), "opened fire", EventType.ARMED_ASSAULT, day=date(2024, 3, 22), place=MOSCOW,
    counts=[("144", CountKind.KILLED, 144)], said_by="officials",
    actors=[Actor(role=Role.PERPETRATOR, text="Gunmen", name="gunmen")],
)
CROCUS_2 = _report(
    "The death toll from Friday's attack at Crocus City Hall near Moscow rose to 145, officials said on Tuesday.",
    "AP", date(2024, 3, 26), "attack", EventType.ARMED_ASSAULT, day=date(2024, 3, 22), place=MOSCOW,
    counts=[("145", CountKind.KILLED, 145)], said_by="officials", mention="anaphoric",
)
IS_CLAIMANT = Actor(role=Role.CLAIMANT, text="Islamic State", name="Islamic State", group="Islamic State", kind="armed_group")
CROCUS_CLAIM = _report(
    "Islamic State claimed responsibility for the attack on Crocus City Hall in Krasnogorsk, near Moscow.",
    "AFP", date(2024, 3, 23), "claimed responsibility", EventType.CLAIM, place=KRASNOGORSK, actors=[IS_CLAIMANT],
)
CROCUS_CLAIM_DATED = _report(
    "Islamic State claimed responsibility for Friday's attack on Crocus City Hall in Krasnogorsk, near Moscow.",
    "AFP", date(2024, 3, 23), "claimed responsibility", EventType.CLAIM, day=date(2024, 3, 22), place=KRASNOGORSK,
    actors=[IS_CLAIMANT],
)
KABUL_BOMBING = _report(
    "A suicide bomber killed 12 people outside a ministry in Kabul on Friday, police said.",
    "AFP", date(2024, 3, 23), "killed", EventType.BOMBING, day=date(2024, 3, 22), place=KABUL,
    counts=[("12", CountKind.KILLED, 12)], said_by="police",
)


def _incident(*reports) -> tuple:
    events = [e for _, e in reports]
    published = {a.id: a.published for a, _ in reports}
    return build_incident(events, CONFIG), published


def test_same_act_same_day_same_city_scores_high():
    a, _ = _incident(CROCUS_1)
    b, _ = _incident(CROCUS_2)
    total, parts = score(a, b, CONFIG)
    assert {k: parts[k] for k in ("type", "date", "place", "actors")} == {"type": 1.0, "date": 1.0, "place": 1.0, "actors": 0.3}
    assert parts["text"] > 0.5  # "Crocus City Hall near Moscow" in both
    assert total >= 0.8
    match = best_match(b, [a], CONFIG)
    assert match.incident.id == a.id
    assert any(r.startswith("same day") for r in match.reasons) and any("crocus" in r for r in match.reasons)


def test_different_country_or_far_date_cannot_merge():
    a, _ = _incident(CROCUS_1)
    kabul, _ = _incident(KABUL_BOMBING)
    assert score(a, kabul, CONFIG) is None
    # not even a near-duplicate text joins an incident placed in another country
    assert compare(a, kabul, CONFIG, duplicate=True) is None
    later = a.model_copy(update={"id": "x", "date": When(date=date(2024, 5, 10), precision=Precision.DAY)})
    assert score(a, later, CONFIG) is None
    rostov = a.model_copy(update={"id": "y", "place": ROSTOV})
    assert score(a, rostov, CONFIG) is None  # ~960 km apart


def test_an_undated_claim_joins_only_with_enough_evidence():
    a, _ = _incident(CROCUS_1)
    claim, published = _incident(CROCUS_CLAIM)
    ref = reference_date(claim, published)  # undated: published the day after the attack
    compared = compare(claim, a, CONFIG, ref, None)
    assert {k: compared.parts[k] for k in ("type", "date", "place")} == {"type": 0.7, "date": 0.7, "place": 0.7}
    # no day, another town (Krasnogorsk is ~20 km from Moscow) and under half the key terms shared
    assert not compared.sufficient and best_match(claim, [a], CONFIG, refs={claim.id: ref}) is None
    vague, published = _incident(_report("Islamic State claimed responsibility for an attack in Krasnogorsk, near Moscow.",
                                          "AFP", date(2024, 3, 23), "claimed responsibility", EventType.CLAIM,
                                          place=KRASNOGORSK, actors=[IS_CLAIMANT]))
    # the same places, and nothing else in common: the names of places are no key terms
    assert best_match(vague, [a], CONFIG, refs={vague.id: reference_date(vague, published)}) is None
    dated, _ = _incident(CROCUS_CLAIM_DATED)  # "Friday's attack": the day is told
    assert best_match(dated, [a], CONFIG) is not None


def test_missing_evidence_never_merges():
    """Two attacks told on the same day with nothing particular in common are two incidents."""
    a, _ = _incident(_report("Gunmen shot dead three people at a market on Monday, police said.", "AFP",
                             date(2024, 3, 12), "shot dead", EventType.ARMED_ASSAULT, day=date(2024, 3, 11)))
    b, _ = _incident(_report("Two soldiers were killed when their convoy was ambushed on Monday, the army said.",
                             "Reuters", date(2024, 3, 12), "ambushed", EventType.ARMED_ASSAULT, day=date(2024, 3, 11)))
    compared = compare(a, b, CONFIG)
    assert compared is not None and not compared.sufficient  # nothing contradicts, nothing ties them
    assert best_match(b, [a], CONFIG) is None


def test_a_merged_incident_cannot_drift_day_by_day():
    """An incident keeps every day its reports gave: a report three days after one of them and
    six after another does not join by agreeing with the latest."""
    first = _report("A car bomb exploded in Kabul on Friday, police said.", "AFP", date(2024, 3, 23), "exploded",
                    EventType.BOMBING, day=date(2024, 3, 22), place=KABUL)
    second = _report("A car bomb exploded in Kabul on Monday, police said.", "AP", date(2024, 3, 26), "exploded",
                     EventType.BOMBING, day=date(2024, 3, 25), place=KABUL)
    stored = merge([first[1], second[1]], "kabul", {first[0].id: date(2024, 3, 23), second[0].id: date(2024, 3, 26)}, CONFIG)
    assert any(c.field == "date" for c in stored.conflicts)
    third, _ = _incident(_report("A car bomb exploded in Kabul on Thursday, police said.", "Ariana", date(2024, 3, 29),
                                 "exploded", EventType.BOMBING, day=date(2024, 3, 28), place=KABUL))
    assert compare(third, stored, CONFIG) is None  # 28 March is three days from the 25th but six from the 22nd


def test_key_terms_are_compared_report_by_report_not_with_a_campaigns_union():
    """Reports of several attacks in one city gathered into one incident share, between them,
    most words of any new report from that city; each one alone does not."""
    day = date(2024, 3, 22)
    market = _report("Gunmen attacked a crowded market in Kabul on Friday, wounding shoppers and traders.",
                     "AFP", date(2024, 3, 23), "attacked", EventType.ARMED_ASSAULT, day=day, place=KABUL)
    checkpoint = _report("Insurgents stormed a police checkpoint in Kabul on Friday and seized rifles and ammunition.",
                         "AP", date(2024, 3, 23), "stormed", EventType.ARMED_ASSAULT, day=day, place=KABUL)
    campaign = merge([market[1], checkpoint[1]], "campaign",
                     {market[0].id: date(2024, 3, 23), checkpoint[0].id: date(2024, 3, 23)}, CONFIG)
    later, published = _incident(_report(
        "Traders and shoppers said rifles and ammunition were found.",
        "Tolo", date(2024, 3, 24), "found", EventType.ARMED_ASSAULT))
    ref = reference_date(later, published)
    union = compare(later, campaign.model_copy(update={"events": []}), CONFIG, ref, date(2024, 3, 22))
    by_report = compare(later, campaign, CONFIG, ref, date(2024, 3, 22))
    assert union.sufficient and not by_report.sufficient  # the two reports' words together, not either's


def test_one_word_in_common_is_no_evidence():
    a, _ = _incident(_report("A bomb exploded near the cathedral on Saturday, police said.", "EFE",
                             date(1989, 11, 12), "exploded", EventType.BOMBING, day=date(1989, 11, 11)))
    b, _ = _incident(_report("Rebels burned two buses in Soyapango on Saturday.", "ACAN",
                             date(1989, 11, 12), "burned", EventType.ARMED_ASSAULT, day=date(1989, 11, 11)))
    compared = compare(a, b, CONFIG)
    assert compared.parts["text"] == 0.0 and not compared.sufficient  # "saturday" alone
    c, _ = _incident(_report("Rebels burned two buses outside the cathedral on Saturday.", "ACAN",
                             date(1989, 11, 12), "burned", EventType.ARMED_ASSAULT, day=date(1989, 11, 11)))
    assert compare(a, c, CONFIG).parts["text"] > 0.0  # "cathedral" and "saturday"


def test_named_groups_that_differ_keep_incidents_apart():
    a, _ = _incident(CROCUS_CLAIM)
    other = a.model_copy(update={"id": "z", "actors": [
        Actor(role=Role.CLAIMANT, text="Hamas", name="Hamas", group="Hamas", kind="armed_group")]})
    assert score(a, other, CONFIG) is None


def test_no_place_on_either_side_needs_a_shared_group_or_words():
    a, _ = _incident(CROCUS_1)
    b, _ = _incident(KABUL_BOMBING)
    unplaced_a = a.model_copy(update={"place": None})
    unplaced_b = b.model_copy(update={"place": None, "type": EventType.ARMED_ASSAULT, "types": [EventType.ARMED_ASSAULT]})
    assert best_match(unplaced_b, [unplaced_a], CONFIG) is None  # same day, nothing else in common
    group = [Actor(role=Role.PERPETRATOR, text="IS gunmen", name="gunmen", group="Islamic State", kind="armed_group")]
    assert best_match(unplaced_b.model_copy(update={"actors": group}),
                      [unplaced_a.model_copy(update={"actors": group})], CONFIG) is not None


def test_an_incident_never_joins_one_holding_its_own_article():
    a, _ = _incident(CROCUS_1)
    twin = a.model_copy(update={"id": "other"})
    assert best_match(a, [twin], CONFIG) is None


def test_best_of_several_candidates_and_ties_go_to_the_older():
    a, _ = _incident(CROCUS_1)
    b, _ = _incident(CROCUS_2)
    near = a.model_copy(update={"id": "near", "place": KRASNOGORSK, "articles": ["n"]})
    same = a.model_copy(update={"id": "same", "articles": ["s"]})
    same_again = a.model_copy(update={"id": "same2", "articles": ["s2"]})
    assert best_match(b, [near, same, same_again], CONFIG).incident.id == "same"


def test_a_later_higher_toll_supersedes_and_wins_the_headline():
    merged = merge([CROCUS_1[1], CROCUS_2[1]], "crocus", {CROCUS_1[0].id: date(2024, 3, 23), CROCUS_2[0].id: date(2024, 3, 26)}, CONFIG)
    killed = next(c for c in merged.counts if c.kind is CountKind.KILLED)
    assert killed.value == 145
    conflict = next(c for c in merged.conflicts if c.field == "counts.killed")
    assert {v.value: v.hedged for v in conflict.values} == {144: True, 145: False}
    assert merged.id == "crocus" and len(merged.articles) == 2


def test_same_day_disagreement_is_left_to_the_headline_rule():
    published = {CROCUS_1[0].id: date(2024, 3, 23), CROCUS_2[0].id: date(2024, 3, 23)}
    events = mark_superseded([CROCUS_1[1], CROCUS_2[1]], published)
    assert all(not c.hedges for e in events for c in e.counts)
    merged = merge([CROCUS_1[1], CROCUS_2[1]], "crocus", published, CONFIG)
    assert next(c for c in merged.counts if c.kind is CountKind.KILLED).value == 144  # lowest credible


def test_a_source_revising_its_own_figure_down_supersedes_it():
    first = _report("Police said 20 people were killed in the blast in Kabul.", "AFP", date(2024, 3, 22), "blast",
                    EventType.BOMBING, place=KABUL, counts=[("20", CountKind.KILLED, 20)], said_by="police")
    revised = _report("Police revised the toll from the Kabul blast to 17 dead.", "AFP", date(2024, 3, 24), "blast",
                      EventType.BOMBING, place=KABUL, counts=[("17", CountKind.KILLED, 17)], said_by="police")
    other = _report("A hospital official put the toll from the Kabul blast at 25.", "Ariana", date(2024, 3, 24), "blast",
                    EventType.BOMBING, place=KABUL, counts=[("25", CountKind.KILLED, 25)], said_by="hospital official")
    published = {first[0].id: first[0].published, revised[0].id: revised[0].published, other[0].id: other[0].published}
    marked = mark_superseded([first[1], revised[1], other[1]], published)
    hedged = {e.counts[0].value: [h.kind for h in e.counts[0].hedges] for e in marked}
    # 20 is replaced twice over (police's own 17, a higher toll later); 17 and 25 are one day's disagreement
    assert hedged == {20: ["superseded"], 17: [], 25: []}
    assert "17" in marked[0].counts[0].hedges[0].cue and "2024-03-24" in marked[0].counts[0].hedges[0].cue


def test_claims_keep_every_source_and_the_history():
    published = {CROCUS_1[0].id: date(2024, 3, 23), CROCUS_2[0].id: date(2024, 3, 26), CROCUS_CLAIM[0].id: date(2024, 3, 23)}
    merged = merge([CROCUS_1[1], CROCUS_2[1], CROCUS_CLAIM[1]], "crocus", published, CONFIG)
    got = claims(merged, published, {CROCUS_1[0].id: "Reuters", CROCUS_2[0].id: "AP", CROCUS_CLAIM[0].id: "AFP"})
    killed = sorted((c for c in got if c.field == "counts.killed"), key=lambda c: c.published)
    assert [(c.value, c.source, c.superseded, c.evidence.text) for c in killed] == [
        (144, "officials", True, "144"), (145, "officials", False, "145")]
    assert {(c.field, c.value, c.source) for c in got if c.field in ("type", "place", "actors.claimant")} == {
        ("type", "armed_assault", "officials"), ("type", "claim_of_responsibility", "AFP"),
        ("place", "Moscow", "officials"), ("actors.claimant", "Islamic State", "AFP"),
    }
    # a claim's place is the aftermath's, not the act's: it is no claim about where the attack was
    assert not any(c.field == "place" and c.value == "Krasnogorsk" for c in got)
    assert {c.incident_id for c in got} == {"crocus"}


def test_reference_date_falls_back_to_the_earliest_publication():
    claim, published = _incident(CROCUS_CLAIM)
    assert claim.date is None and reference_date(claim, published) == date(2024, 3, 23)
    dated, published = _incident(CROCUS_1)
    assert reference_date(dated, published) == date(2024, 3, 22)


def test_a_relayed_source_names_its_relay():
    article, event = _report("Six hostage-takers were killed, a law enforcement source told TASS.", "Black Sea Monitor",
                             date(2024, 6, 16), "killed", EventType.ARMED_ASSAULT, counts=[("Six", CountKind.KILLED, 6)])
    relayed = Attribution(source="law enforcement source", kind=SourceKind.SECURITY_SOURCE, via="TASS")
    event = event.model_copy(update={"counts": [event.counts[0].model_copy(update={"sources": [relayed]})]})
    got = claims(build_incident([event], CONFIG), {article.id: article.published})
    assert [c.source for c in got if c.field == "counts.killed"] == ["law enforcement source (via TASS)"]


class IncidentsInMemory:
    """What the store keeps for resolution, as plain records: incidents (oldest first), their
    member events and their articles' publication days and outlets. Every incident is a candidate."""

    def __init__(self):
        self.incidents: dict[str, Incident] = {}
        self.members: dict[str, list[Event]] = {}
        self.published: dict[str, date | None] = {}
        self.outlets: dict[str, str | None] = {}
        self.blocked_on: list[date | None] = []

    def candidates_of(self, draft, ref):
        self.blocked_on.append(ref)
        stored = list(self.incidents.values())
        return stored, {i.id: reference_date(i, self.published) for i in stored}

    def members_of(self, incident_id: str) -> Members:
        events = self.members[incident_id]
        articles = {e.article_id for e in events}
        return Members(events, {a: self.published[a] for a in articles}, {a: self.outlets[a] for a in articles})

    def add(self, report, incident_id: str) -> Resolution:
        article, event = report
        resolution = resolve_incident([event], incident_id, {article.id: article.published},
                                      {article.id: article.source}, CONFIG,
                                      candidates_of=self.candidates_of, members_of=self.members_of)
        self.incidents[resolution.incident.id] = resolution.incident
        self.members.setdefault(resolution.incident.id, []).append(event)
        for absorbed in resolution.absorbed:  # folded into the incident it joined, as the store does
            del self.incidents[absorbed]
            self.members[resolution.incident.id].extend(self.members.pop(absorbed))
        self.published[article.id], self.outlets[article.id] = article.published, article.source
        return resolution


def test_resolving_incoming_incidents_on_records_creates_or_joins():
    stored = IncidentsInMemory()
    first = stored.add(CROCUS_1, "crocus")
    assert first.created and first.incident.id == "crocus"

    toll = stored.add(CROCUS_2, "toll")
    assert not toll.created and toll.match.incident.id == "crocus"
    assert toll.incident.id == "crocus" and set(toll.incident.articles) == {CROCUS_1[0].id, CROCUS_2[0].id}
    assert next(c for c in toll.incident.counts if c.kind is CountKind.KILLED).value == 145  # the later toll
    assert toll.published == {CROCUS_1[0].id: date(2024, 3, 23), CROCUS_2[0].id: date(2024, 3, 26)}
    assert set(toll.outlets.values()) == {"Reuters", "AP"}

    kabul = stored.add(KABUL_BOMBING, "kabul")
    assert kabul.created and kabul.incident.id == "kabul"

    dated = stored.add(CROCUS_CLAIM_DATED, "dated claim")
    assert dated.match.incident.id == "crocus" and len(dated.incident.articles) == 3
    # undated: blocked on its publication day; it now meets the claim of the same group for the same hall
    claim = stored.add(CROCUS_CLAIM, "claim")
    assert stored.blocked_on[-1] == date(2024, 3, 23)
    assert claim.match.incident.id == "crocus" and "named actors in common: islamic state" in claim.match.reasons
    assert list(stored.incidents) == ["crocus", "kabul"]


def test_an_unplaced_report_stays_in_the_country_its_article_tells_of():
    """A report placing its attack nowhere, from an article whose other incidents all lie in
    Afghanistan, never joins an incident placed in Russia, whatever else they share."""
    group = [Actor(role=Role.PERPETRATOR, text="IS gunmen", name="gunmen", group="Islamic State", kind="armed_group")]
    a = _incident(CROCUS_1)[0].model_copy(update={"actors": group})
    unplaced = _incident(CROCUS_2)[0].model_copy(update={"place": None, "actors": group})
    assert compare(unplaced, a, CONFIG).sufficient  # the same day and the same named group
    assert compare(unplaced, a, CONFIG, country_a="RU").sufficient
    assert compare(unplaced, a, CONFIG, country_a="AF") is None
    assert best_match(unplaced, [a], CONFIG, country="AF") is None


MEDELLIN = Place(name="Medellín", kind="city", country_code="CO", admin1="Antioquia", lat=6.25184, lon=-75.56359,
                 geonames_id=3674962)


def test_the_same_day_and_city_need_words_in_common():
    """A big city sees several attacks a day: the day and the town alone do not make two reports one."""
    day = date(2024, 3, 22)
    market = _incident(_report("Gunmen attacked a crowded market in Kabul on Friday, wounding shoppers and traders.",
                               "AFP", date(2024, 3, 23), "attacked", EventType.ARMED_ASSAULT, day=day, place=KABUL))[0]
    convoy = _incident(_report("A roadside bomb hit a police convoy in the Afghan capital, officials said.",
                               "AP", date(2024, 3, 23), "hit", EventType.BOMBING, day=day, place=KABUL))[0]
    compared = compare(convoy, market, CONFIG)
    assert compared.parts["place"] == 1.0 and compared.parts["text"] == 0.0
    assert not compared.sufficient
    again = _incident(_report("Shoppers and traders were wounded when gunmen attacked a Kabul market on Friday.",
                              "Tolo", date(2024, 3, 23), "attacked", EventType.ARMED_ASSAULT, day=day, place=KABUL))[0]
    assert compare(again, market, CONFIG).sufficient


def test_a_wire_header_is_no_key_term():
    """'BOGOTA, 7 SEP 89 (DPA) -- [TEXT]' opens every report the agency files from the city that month."""
    day = date(1989, 9, 6)
    bombing = _incident(_report("BOGOTA, 7 SEP 89 (DPA) -- [TEXT] Two devices exploded on the campus of the National "
                                "University yesterday.", "DPA", date(1989, 9, 7), "exploded", EventType.BOMBING, day=day))[0]
    murder = _incident(_report("BOGOTA, 7 SEP 89 (DPA) -- [TEXT] A lawyer was shot dead outside a fruit stand "
                               "yesterday.", "DPA", date(1989, 9, 7), "shot dead", EventType.ARMED_ASSAULT, day=day))[0]
    compared = compare(murder, bombing, CONFIG)
    assert compared.parts["text"] == 0.0 and not compared.sufficient


def _murder(text: str, source: str, published: date, victims: list[Actor]) -> Incident:
    return _incident(_report(text, source, published, "killed", EventType.ARMED_ASSAULT, day=date(1989, 10, 10),
                             place=MEDELLIN, actors=victims))[0]


def test_reports_naming_other_victims_tell_other_murders():
    """Two journalists shot dead in one city on one day: each report names its victim, and they differ."""
    lopez = _murder("Marta Luz Lopez, a newspaper manager, was killed by motorcycle-riding gunmen in Medellin on Tuesday.",
                    "Inravision", date(1989, 10, 10),
                    [Actor(role=Role.VICTIM, text="Marta Luz Lopez", name="Marta Luz Lopez", kind="person")])
    sarasty = _murder("On Tuesday, several gunmen killed Roberto Sarasty, a radio reporter, in Medellin.",
                      "DPA", date(1989, 10, 14),
                      [Actor(role=Role.VICTIM, text="Roberto Sarasty", name="Roberto Sarasty", kind="person")])
    compared = compare(sarasty, lopez, CONFIG)
    assert compared.parts["text"] > 0.0  # "gunmen", "medellin"
    assert not compared.sufficient and "the people it happened to differ" in compared.reasons
    # one report names one of two kidnapped engineers, the next the other: the same kidnapping
    two = Actor(role=Role.VICTIM, text="two engineers", name="engineers", kind="civilian", number=2)
    first = _murder("Gunmen killed two engineers, among them Juan Rivas, in Medellin on Tuesday.", "EFE",
                    date(1989, 10, 10), [two, Actor(role=Role.VICTIM, text="Juan Rivas", name="Juan Rivas", kind="person")])
    second = _murder("Pedro Mora was one of the two engineers gunmen killed in Medellin on Tuesday.", "AFP",
                     date(1989, 10, 11), [Actor(role=Role.VICTIM, text="Pedro Mora", name="Pedro Mora", kind="person")])
    assert compare(second, first, CONFIG).sufficient


def test_a_capitalised_description_is_no_named_actor():
    """'the Jesuit priests' or 'the Salvadoran Army' could be any of their kind; a person's name or a group is named."""
    priests = Actor(role=Role.VICTIM, text="the Jesuit priests", name="Jesuit priests", kind="civilian")
    murder = _incident(_report("Soldiers murdered the Jesuit priests at the university on Thursday.", "EFE",
                               date(1989, 11, 17), "murdered", EventType.ARMED_ASSAULT, day=date(1989, 11, 16),
                               actors=[priests]))[0]
    mass = _incident(_report("Mourners gathered for the Jesuit priests on Thursday as bombs fell on the north.",
                             "AFP", date(1989, 11, 17), "fell", EventType.BOMBING, day=date(1989, 11, 16),
                             actors=[priests]))[0]
    assert compare(mass, murder, CONFIG).parts["actors"] < 0.7
    ellacuria = Actor(role=Role.VICTIM, text="Ignacio Ellacuria", name="Ignacio Ellacuria", kind="person")
    named = [a.model_copy(update={"actors": [*a.actors, ellacuria]}) for a in (murder, mass)]
    assert compare(named[1], named[0], CONFIG).parts["actors"] >= 0.7


def test_a_follow_up_naming_the_same_person_joins_without_the_day():
    """An undated report published the day after, placed nowhere, that names the person the dated
    report names and shares some of its particulars: the name ties it as a town would."""
    rivas = Actor(role=Role.VICTIM, text="Juan Rivas", name="Juan Rivas", kind="person")
    killed = _murder("Soldiers killed trade unionist Juan Rivas and two cooperative members near Sonsonate on "
                     "Tuesday, the army said.", "EFE", date(1989, 10, 10), [rivas])
    follow_up = _incident(_report("Union leaders called the death of Juan Rivas a murder and asked the attorney general "
                                  "to question the officers of the local garrison.", "AFP", date(1989, 10, 11), "death", EventType.ARMED_ASSAULT,
                                  actors=[rivas]))[0]
    ref = date(1989, 10, 11)
    compared = compare(follow_up, killed, CONFIG, ref, None)
    assert compared.parts["date"] < 1.0 and compared.parts["place"] < 0.9
    assert 0.2 <= compared.parts["text"] < 0.6 and compared.sufficient
    # the same words without the name: nothing says it is this killing rather than another that week
    anonymous = follow_up.model_copy(update={"actors": []})
    assert not compare(anonymous, killed, CONFIG, ref, None).sufficient


SAN_SALVADOR = Place(name="San Salvador", kind="city", country_code="SV", admin1="San Salvador", lat=13.68935,
                     lon=-89.18718, geonames_id=3583361, precision=1)


def _village(name: str) -> Place:
    """A village the gazetteer lacks, placed at the coordinates of its country."""
    return Place(name=name, kind="city", country_code="SV", lat=13.8, lon=-88.9, precision=3)


def test_villages_placed_at_their_country_are_not_near_each_other():
    """Two villages the gazetteer lacks, both at El Salvador's coordinates: no distance says they
    are one place; the same village named twice is."""
    assert place_score(_village("San Ramon"), _village("Chilanga"), CONFIG.merge_distance_km) == 0.6
    assert place_score(_village("San Ramon"), _village("San Ramon"), CONFIG.merge_distance_km) == 1.0
    assert place_score(_village("San Ramon"), SAN_SALVADOR, CONFIG.merge_distance_km) == 0.6  # not "within 5 km" of the capital
    far = SAN_SALVADOR.model_copy(update={"name": "Santa Rosa de Lima", "lat": 13.62, "lon": -87.89, "admin1": "La Union"})
    assert places_agree(_village("San Ramon"), far, CONFIG.merge_distance_km)  # 100 km from the centroid: unknown


def _placed(text: str, trigger: str, source: str, published: date, etype: EventType, *, day=None, place=SAN_SALVADOR,
            actors=()) -> Incident:
    return _incident(_report(text, source, published, trigger, etype, day=day, place=place, actors=list(actors)))[0]


NUNS = Actor(role=Role.VICTIM, text="three nuns", name="nuns", kind="civilian", number=3)


def test_an_undated_follow_up_weeks_later_joins_the_act_its_victims_tell():
    """An investigation's report three weeks on gives no day of its own: the same town, the same
    rarely-described victims ('nuns') and particulars in common tie it to the act."""
    murder = _placed("Gunmen in uniform killed three nuns and their driver at the convent of Santa Tecla "
                     "in San Salvador on Thursday.", "killed", "EFE", date(1990, 3, 9), EventType.ARMED_ASSAULT,
                     day=date(1990, 3, 8), actors=[NUNS])
    inquiry = _placed("The judge investigating the murder of the nuns at the Santa Tecla convent in San Salvador "
                      "questioned two officers.", "murder", "AFP", date(1990, 3, 30), EventType.ARMED_ASSAULT,
                      actors=[Actor(role=Role.VICTIM, text="the nuns", name="nuns", kind="civilian")])
    compared = compare(inquiry, murder, CONFIG, date(1990, 3, 30), date(1990, 3, 8))
    assert compared.parts["date"] == 0.3  # weeks later: the dates do not fit
    assert compared.sufficient and "the people it happened to described alike" in compared.reasons
    # victims of a common kind ('civilians') say nothing of which act a report weeks later refers to
    civilians = [Actor(role=Role.VICTIM, text="civilians", name="civilians", kind="civilian")]
    assert not compare(inquiry.model_copy(update={"actors": civilians}), murder.model_copy(update={"actors": civilians}),
                       CONFIG, date(1990, 3, 30), date(1990, 3, 8)).sufficient
    # published before the day it tells of, it is no follow-up of it
    assert not compare(inquiry, murder, CONFIG, date(1990, 3, 1), date(1990, 3, 8)).sufficient


def test_the_towns_own_words_are_no_particulars():
    """Two reports from San Salvador two days apart that share only the city's name ('san',
    'salvador') and a named group's do not tell one act."""
    fmln = Actor(role=Role.PERPETRATOR, text="the FMLN", name="FMLN", group="FMLN", kind="armed_group")
    arson = _placed("Rebels of the FMLN set fire to a lorry and two buses in San Salvador.", "set fire", "EFE",
                    date(1990, 2, 6), EventType.FACILITY_ATTACK, actors=[fmln])
    raid = _placed("The FMLN said in San Salvador that its commandos had raided an army post.", "raided", "AFP",
                   date(1990, 2, 8), EventType.ARMED_ASSAULT, actors=[fmln])
    compared = compare(raid, arson, CONFIG, date(1990, 2, 8), date(1990, 2, 6))
    assert compared.parts["place"] == 1.0 and compared.parts["text"] >= 0.2
    assert not compared.sufficient
    # the same town with particulars beyond its name: the same act
    again = _placed("Rebels burned a lorry and two buses at a San Salvador depot, the FMLN said.", "burned", "ACAN",
                    date(1990, 2, 7), EventType.FACILITY_ATTACK, actors=[fmln])
    assert compare(again, arson, CONFIG, date(1990, 2, 7), date(1990, 2, 6)).sufficient


def test_the_same_day_and_victims_described_alike_join_a_report_placed_nowhere():
    """A radio commentary placed nowhere and a dated report from the capital, on the day six
    Jesuits were killed: the rare word for who it happened to and particulars in common tie them,
    as a town would; victims of a common kind ('civilians') do not."""
    jesuits = Actor(role=Role.VICTIM, text="six Jesuits", name="Jesuits", kind="civilian", number=6)
    priests = Actor(role=Role.VICTIM, text="the Jesuit priests", name="Jesuit priests", kind="civilian")
    report = _placed("Uniformed men killed six Jesuits, among them Father Esteban Olmedo, at the university in "
                     "San Salvador on Thursday.", "killed", "EFE", date(1989, 11, 17), EventType.ARMED_ASSAULT,
                     day=date(1989, 11, 16), actors=[jesuits])
    commentary = _placed("The murder of Father Esteban Olmedo and the other Jesuit priests early on Thursday was "
                         "ordered by the high command, the rebel radio said.", "murder", "Radio Venceremos",
                         date(1989, 11, 17), EventType.ARMED_ASSAULT, day=date(1989, 11, 16), place=None,
                         actors=[priests])
    compared = compare(commentary, report, CONFIG)
    assert compared.parts["place"] < 0.9 and compared.parts["actors"] < 0.7 and 0.2 <= compared.parts["text"] < 0.6
    assert compared.sufficient and "the people it happened to described alike" in compared.reasons
    civilians = [Actor(role=Role.VICTIM, text="civilians", name="civilians", kind="civilian")]
    assert not compare(commentary.model_copy(update={"actors": civilians}),
                       report.model_copy(update={"actors": civilians}), CONFIG).sufficient


def test_a_nationality_or_a_word_for_fighters_does_not_describe_victims_alike():
    """'Salvadoran' and 'guerrillas' are rare in general English, but they describe the victims of
    most attacks in a war alike; a word not in the plural is weighed as written."""
    def alike(first: str, second: str) -> bool:
        a, b = (_placed(f"Gunmen killed {who} in San Salvador on Sunday.", "killed", "EFE", date(1989, 11, 13),
                        EventType.ARMED_ASSAULT, day=date(1989, 11, 12),
                        actors=[Actor(role=Role.VICTIM, text=who, name=who, kind="civilian")]) for who in (first, second))
        return _victims_alike(a, b)

    assert alike("three Jesuits", "the Jesuit priests")
    assert not alike("two Salvadoran drivers", "Salvadoran teachers")
    assert not alike("wounded guerrillas", "guerrilla fighters")
    assert not alike("a military patrol", "the military garrison")  # "military", not a rare "militarys"
    # whose the place was says nothing of who was hurt
    assert not alike("President Ordonez's residence", "the guards at President Ordonez's farm")


def test_a_name_the_other_report_gives_is_no_other_victim():
    """One report names the man killed by his surname only (not read as a person's name) and his
    wounded companion in full; the next names him in full: the same people, not other ones."""
    munguia = Actor(role=Role.VICTIM, text="Munguia", name="Munguia", kind="unknown")
    cruz = Actor(role=Role.VICTIM, text="Elena Cruz", name="Elena Cruz", kind="person")
    full = Actor(role=Role.VICTIM, text="Rafael Munguia", name="Rafael Munguia", kind="person")
    taken = _murder("Armed men killed Munguia and wounded Elena Cruz outside their hotel in Medellin on Tuesday.", "EFE",
                    date(1989, 10, 10), [munguia, cruz])
    named = _murder("Rafael Munguia, the opposition leader, was killed by armed men outside a hotel in Medellin on Tuesday.", "AFP",
                    date(1989, 10, 11), [full])
    assert "the people it happened to differ" not in compare(named, taken, CONFIG).reasons
    # a report that names only other people tells of another act
    other = _murder("Gunmen killed Tomas Varela, a judge, in Medellin on Tuesday.", "AFP", date(1989, 10, 11),
                    [Actor(role=Role.VICTIM, text="Tomas Varela", name="Tomas Varela", kind="person")])
    assert "the people it happened to differ" in compare(other, taken, CONFIG).reasons


BOGOTA = Place(name="Bogotá", kind="city", country_code="CO", admin1="Bogota D.C.", lat=4.60971, lon=-74.08175,
               geonames_id=3688689, precision=1)


def test_the_words_that_told_the_act_are_no_particulars():
    """Two undated reports from Bogota a day apart share the city, 'dynamite' and 'attack', the words
    of their kind of act, and one other word: not enough to say they tell one attack."""
    def bombing(text: str, published: date) -> Incident:
        article = Article(text=text, source="EFE", published=published)
        dynamite = Weapon(type=WeaponType.DYNAMITE, text="dynamite")
        return build_incident([event(article, "attack", EventType.BOMBING, place=BOGOTA, weapons=[dynamite])], CONFIG)

    bank = bombing("A dynamite attack damaged a bank branch and a newspaper kiosk in northern Bogota, frightening "
                   "shoppers at a nearby bakery.", date(1989, 9, 21))
    offices = bombing("Police said a dynamite attack on the Liberal campaign offices in Bogota also shattered the "
                      "windows of a newspaper and a pharmacy.", date(1989, 9, 22))
    compared = compare(offices, bank, CONFIG, date(1989, 9, 22), date(1989, 9, 21))
    assert compared.parts["place"] == 1.0 and compared.parts["text"] >= 0.2
    assert not compared.sufficient
    kiosk = bombing("The dynamite attack on a bank branch in northern Bogota also destroyed a newspaper kiosk and "
                    "the awning of a bakery, police said.", date(1989, 9, 22))
    assert compare(kiosk, bank, CONFIG, date(1989, 9, 22), date(1989, 9, 21)).sufficient


def test_two_less_rare_words_describe_victims_alike():
    """'Baptist' and 'missionaries' are each less rare than 'Jesuits', but the two together say who
    was hurt as well; one of them alone does not."""
    def alike(first: str, second: str) -> bool:
        a, b = (_placed(f"Gunmen shot {who} outside a chapel in San Salvador on Sunday.", "shot", "EFE",
                        date(1989, 6, 5), EventType.ARMED_ASSAULT, day=date(1989, 6, 4),
                        actors=[Actor(role=Role.VICTIM, text=who, name=who, kind="civilian")]) for who in (first, second))
        return _victims_alike(a, b)

    assert alike("two Baptist missionaries", "the Baptist missionaries")
    assert not alike("two Baptist missionaries", "the missionaries")


CHALATENANGO = Place(name="Chalatenango", kind="city", country_code="SV", admin1="Chalatenango", lat=14.04138,
                     lon=-88.93951, precision=1)


def test_a_report_that_does_not_say_where_cannot_tie_two_towns():
    """On an election day of attacks everywhere, bombings in the capital merged with a radio report
    of guerrillas attacking 'San Ramon, a town near the capital' (a village the gazetteer lacks):
    an attack the same day in Chalatenango, 47 km away, shares most of its words with that radio
    report alone, and does not join; had the radio report said where (the capital), it would."""
    day = date(1989, 3, 18)
    bombs = _report("Two bombs exploded near a polling station in San Salvador on Saturday, wounding a woman.", "EFE",
                    date(1989, 3, 19), "exploded", EventType.BOMBING, day=day, place=SAN_SALVADOR)
    radio = _report("Local radio reported that guerrillas attacked military posts in San Ramon, a town near the "
                    "capital, on Saturday.", "Radio Cadena", date(1989, 3, 19), "attacked", EventType.ARMED_ASSAULT,
                    day=day, place=_village("San Ramon"))
    blasts = _report("Police said the blasts in San Salvador on Saturday damaged a bus.", "AFP", date(1989, 3, 19),
                     "blasts", EventType.BOMBING, day=day, place=SAN_SALVADOR, mention="anaphoric")
    published = {a.id: date(1989, 3, 19) for a, _ in (bombs, radio, blasts)}
    chain = merge([bombs[1], radio[1], blasts[1]], "chain", published, CONFIG)
    north = _placed("The army reported that guerrillas attacked military posts in Chalatenango on Saturday.", "attacked",
                    "ACAN", date(1989, 3, 19), EventType.ARMED_ASSAULT, day=day, place=CHALATENANGO)
    compared = compare(north, chain, CONFIG)
    assert compared.parts["place"] == 0.7 and compared.parts["text"] >= 0.3  # two towns; most words of the radio report
    assert not compared.sufficient
    said_where = radio[1].model_copy(update={"place": SAN_SALVADOR})
    assert compare(north, merge([bombs[1], said_where, blasts[1]], "chain", published, CONFIG), CONFIG).sufficient


def test_buildings_hit_beside_a_named_victim_are_no_unnamed_people():
    """Two attacks in one city on one day, each naming its victim: the party offices one also hit
    are buildings, not people some of whom the other report might name."""
    offices = Actor(role=Role.TARGET, text="three party offices", name="party offices", number=3)
    first = _murder("Gunmen killed Tomas Varela, a judge, and bombed three party offices in Medellin on Tuesday.", "EFE",
                    date(1989, 10, 10), [Actor(role=Role.VICTIM, text="Tomas Varela", name="Tomas Varela", kind="person"), offices])
    other = _murder("Gunmen killed Ana Mora, a teacher, in Medellin on Tuesday.", "AFP", date(1989, 10, 11),
                    [Actor(role=Role.VICTIM, text="Ana Mora", name="Ana Mora", kind="person")])
    assert "the people it happened to differ" in compare(other, first, CONFIG).reasons


MEDELLIN = Place(name="Medellín", kind="city", country_code="CO", admin1="Antioquia", lat=6.25184, lon=-75.56359)
MEDELLIN_BOMBS_TUESDAY = _report(
    "Two bombs exploded outside bank branches in Medellin early on Tuesday, causing heavy damage, police said.",
    "EFE", date(1989, 8, 22), "exploded", EventType.BOMBING, day=date(1989, 8, 22), place=MEDELLIN, said_by="police",
)
MEDELLIN_BOMBS_FRIDAY = _report(
    "Three bombs exploded outside bank branches in Medellin early on Friday, causing heavy damage, police said.",
    "AFP", date(1989, 8, 25), "exploded", EventType.BOMBING, day=date(1989, 8, 25), place=MEDELLIN, said_by="police",
)


def test_two_reports_that_each_name_a_day_days_apart_tell_two_acts():
    # a wave of bombings in one city: each report names its own day, three days apart
    tuesday, _ = _incident(MEDELLIN_BOMBS_TUESDAY)
    friday, _ = _incident(MEDELLIN_BOMBS_FRIDAY)
    assert not compare(friday, tuesday, CONFIG, date(1989, 8, 25), date(1989, 8, 22)).sufficient
    # the same report dated a day later (late at night, early the next morning) is still one act
    next_day = MEDELLIN_BOMBS_FRIDAY[1].model_copy(update={"date": When(date=date(1989, 8, 23), precision=Precision.DAY)})
    wednesday, _ = _incident((MEDELLIN_BOMBS_FRIDAY[0], next_day))
    assert compare(wednesday, tuesday, CONFIG, date(1989, 8, 25), date(1989, 8, 22)).sufficient


def test_a_report_sufficient_for_two_incidents_of_one_occurrence_ties_them():
    """One agency's report told the Medellin car bomb in two sentences that the extractor kept as
    two incidents (an incident never joins one holding its own article). A later report is
    sufficient evidence for both: it joins one, and the other, the same day in the same city and
    sufficiently like it, is absorbed, so that the store keeps one incident of the bombing."""
    day = date(1989, 12, 6)
    article = Article(text="A car bomb exploded outside the security police headquarters in Medellin on Wednesday. "
                           "The blast destroyed the headquarters' facade and wounded 40 people, police said.",
                      source="AFP", published=date(1989, 12, 6))
    stored = IncidentsInMemory()
    stored.add((article, event(article, "car bomb exploded", EventType.BOMBING, day=day, place=MEDELLIN)), "bomb")
    blast = stored.add((article, event(article, "blast", EventType.BOMBING, day=day, place=MEDELLIN)), "blast")
    assert blast.created  # its own article's incident is no candidate
    later = _report("The car bomb at the security police headquarters in Medellin on Wednesday wounded 40 people "
                    "and destroyed its facade, the mayor said.", "EFE", date(1989, 12, 7), "car bomb",
                    EventType.BOMBING, day=day, place=MEDELLIN)
    tied = stored.add(later, "later")
    assert not tied.created and len(tied.absorbed) == 1
    assert list(stored.incidents) == [tied.incident.id]
    assert set(tied.incident.articles) == {article.id, later[0].id}
    assert len(tied.incident.events) == 3


def test_only_incidents_told_on_the_very_same_day_are_tied():
    """Two car bombs at one headquarters on consecutive nights are two attacks, even though a report
    of the second is close enough in day ('last night') to be sufficient for both."""
    def bomb(source: str, published: date, day: date, weekday: str) -> Incident:
        return _placed(f"A car bomb exploded outside the security police headquarters in Medellin on {weekday}, "
                       "wounding 40 people.", "car bomb", source, published, EventType.BOMBING, day=day, place=MEDELLIN)
    tuesday = bomb("Caracol", date(1989, 12, 5), date(1989, 12, 5), "Tuesday")
    wednesday = bomb("AFP", date(1989, 12, 6), date(1989, 12, 6), "Wednesday")
    incoming = bomb("EFE", date(1989, 12, 7), date(1989, 12, 6), "Wednesday")
    assert compare(incoming, tuesday, CONFIG).sufficient and compare(incoming, wednesday, CONFIG).sufficient
    match = best_match(incoming, [tuesday, wednesday], CONFIG)
    assert match.incident.id == wednesday.id and match.absorbed == ()
    again = bomb("Caracol", date(1989, 12, 6), date(1989, 12, 6), "Wednesday")
    assert [i.id for i in best_match(incoming, [again, wednesday], CONFIG).absorbed] == [wednesday.id]


def test_the_same_town_does_not_tie_attacks_of_other_kinds():
    """A kidnapping and a bombing in one city on one day share the city's news words ("police
    sources", "the southern part"): the town is no evidence that they are one act. A shooting and
    an assassination are one kind of attack (ACLED's "Attack"), and the town still counts."""
    day = date(1989, 9, 10)

    def told(text: str, source: str, trigger: str, etype: EventType, victim: str) -> Incident:
        return _incident(_report(text, source, date(1989, 9, 11), trigger, etype, day=day, place=BOGOTA,
                                 actors=[Actor(role=Role.VICTIM, text=victim, name=victim)]))[0]

    kidnapping = told("Armed men kidnapped two students near the university campus in the southern part of the capital "
                      "on Sunday, police sources said.", "AFP", "kidnapped", EventType.KIDNAPPING, "students")
    bombing = told("A bomb destroyed a bank branch in the southern part of the capital on Sunday night, firemen "
                   "reported.", "EFE", "destroyed", EventType.BOMBING, "bank branch")
    compared = compare(bombing, kidnapping, CONFIG)
    assert compared.parts["place"] == 1.0 and 0.0 < compared.parts["text"] < 0.3
    assert not compared.sufficient and not any(r.startswith("same place") for r in compared.reasons)
    shooting = told("Police sources reported that armed men shot a judge near the courthouse in the southern part of "
                    "the capital on Sunday.", "AFP", "shot", EventType.ARMED_ASSAULT, "judge")
    assassination = told("A judge was assassinated outside a bakery in the southern part of the capital on Sunday, "
                         "police sources reported.", "EFE", "assassinated", EventType.ASSASSINATION, "judge")
    assert compare(assassination, shooting, CONFIG).sufficient
