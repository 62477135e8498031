import pytest


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, loaded once for the whole test session."""
    from wirecoder.nlp import load_nlp

    return load_nlp()
