import sys
from pathlib import Path

import pytest

# the tests' shared modules (``factories``) import as top-level modules from every test folder
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, loaded once for the whole test session."""
    from wirecoder.nlp import load_nlp

    return load_nlp()
