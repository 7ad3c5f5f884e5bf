from __future__ import annotations

import pytest

from emotive.labels import default_schema
from emotive.suggest import Suggester


@pytest.fixture(scope="session")
def sg() -> Suggester:
    """A suggester for its spaCy pipeline only: no model, no encoder."""
    return Suggester(lambda v: (None, None), lambda v: None,  # type: ignore[arg-type]
                     default_schema())
