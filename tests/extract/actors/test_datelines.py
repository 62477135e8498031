"""A wire copy's dateline ('PLACE, DATE (SOURCE) -- [TEXT]') names where the copy was filed and
its section tags what follows: neither is an actor, though the parse may make the place the
subject of the lead's verb (issue 9). The sentences are written for these tests."""

import pytest

from wirecoder.extract.actors import body_start, find_actors
from wirecoder.extract.events import find_triggers
from wirecoder.model import Role
from wirecoder.nlp import prepare_text

pytestmark = pytest.mark.model


def _actors(nlp, text):
    doc = nlp(prepare_text(text, 0.6))
    out = []
    for t in find_triggers(doc[:]):
        out.extend(find_actors(doc[t.token], t.type))
    return doc, out


def test_the_body_starts_after_the_dateline_and_its_tags(nlp):
    doc = nlp("Tegucigalpa, 4 Mar 90 (ACAN) -- [Report] [Text] Gunmen shot a judge in Comayagua.")
    assert doc[body_start(doc)].text == "Gunmen"
    assert body_start(nlp("Gunmen shot a judge in Comayagua on Sunday.")) == 0


def test_the_dateline_place_is_no_perpetrator(nlp):
    # the parse makes "Cuzco" the subject of "exploded"
    _, actors = _actors(nlp, "CUZCO, 18 JAN 89 -- [TEXT] A DYNAMITE CHARGE EXPLODED NEAR THE CITY HALL DESTROYING TWO CARS.")
    assert all("cuzco" not in a.name.lower() for a in actors if a.role is Role.PERPETRATOR)


@pytest.mark.parametrize("text", [
    "QUITO, 4 MAR 90 (EFE) -- [TEXT] UNIDENTIFIED MEN, ARMED WITH RIFLES, KIDNAPPED A RANCHER NEAR THE BORDER.",
    "Quito, 4 Mar 90 (EFE) -- [Text] Unidentified men, armed with rifles, kidnapped a rancher near the border.",
])
def test_an_actor_opening_the_body_leaves_the_section_tag_out(nlp, text):
    _, actors = _actors(nlp, text)
    perps = [a for a in actors if a.role is Role.PERPETRATOR]
    assert [a.name for a in perps] == ["Unidentified men"]
    assert perps[0].span.text == "Unidentified men"
