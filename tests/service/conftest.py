"""The in-process service app shared by the tests of this folder (see service/testing.py)."""

from __future__ import annotations

from typing import Any

import pytest

from service.testing import in_process_app


@pytest.fixture(scope="session")
def service_app() -> Any:
    return in_process_app()
