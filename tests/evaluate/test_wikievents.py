"""The WikiEvents mapping from wirecoder's records to KAIROS mention classes."""

import pytest

import wirecoder
from wirecoder.evaluate.wikievents import Doc, predicted_mentions

pytestmark = pytest.mark.model


def _classes(text: str) -> set[tuple[str, str]]:
    result = wirecoder.extract(text, published="2017-10-03")
    doc = Doc(doc_id="t", text=text, sent_spans=[(0, len(text))], gold=[])
    return {(m.cls, m.text) for m in predicted_mentions(doc, result.events)}


def test_a_death_word_is_a_death_not_an_attack():
    got = _classes("Twenty insurgents were killed in Kandahar province.")
    assert not any(cls == "attack" for cls, _ in got), got
    assert any(cls == "die" and "killed" in text for cls, text in got), got


def test_an_attack_word_stays_an_attack():
    got = _classes("Gunmen attacked a police checkpoint in Kandahar on Monday, killing two officers.")
    assert ("attack", "attacked") in got, got
    assert any(cls == "die" for cls, _ in got), got


def test_whom_a_death_count_counts_is_the_victim_of_the_death():
    text = "Gunmen attacked a police checkpoint in Kandahar on Monday, killing two officers."
    result = wirecoder.extract(text, published="2017-10-03")
    doc = Doc(doc_id="t", text=text, sent_spans=[(0, len(text))], gold=[])
    deaths = [m for m in predicted_mentions(doc, result.events) if m.cls == "die"]
    assert deaths and any("officers" in victim for m in deaths for _, _, victim in m.args.get("Victim", []))


def test_an_injury_figure_beside_a_killing_holds_its_own_casualty_word():
    # the event's trigger is the killing; the injured figure's mention must reach "wounded"
    got = _classes("A roadside bomb killed the driver of the bus and wounded two passengers near Herat on Monday.")
    injuries = [text for cls, text in got if cls == "injure"]
    assert injuries and all("wounded" in text for text in injuries), got


def test_a_death_told_by_a_fatal_modifier_holds_it():
    # KAIROS marks "fatal" as the death's trigger: the count's mention must reach it
    got = _classes("Police arrested a man on Sunday over the fatal shooting of a shopkeeper in Hartford.")
    deaths = [text for cls, text in got if cls == "die"]
    assert deaths and all("fatal" in text for text in deaths), got
