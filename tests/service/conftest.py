"""The in-process service app shared by the tests of this folder (see service/testing.py)."""

from __future__ import annotations

from typing import Any

import pytest

from service.testing import in_process_app

# small limits, applied only while the service reads its settings: later tests start their
# own servers and must not inherit them
LIMITS = {"BENTOML_DO_NOT_TRACK": "True", "ORT_DISABLE_TELEMETRY": "1",
          "EMOTIVE_MAX_TEXTS": "4", "EMOTIVE_MAX_TEXT_CHARS": "2000",
          "EMOTIVE_MAX_TOTAL_CHARS": "3000", "EMOTIVE_MAX_BODY_BYTES": "20000",
          "EMOTIVE_MAX_SUGGEST_CHARS": "500"}


@pytest.fixture(scope="session")
def service_app() -> Any:
    return in_process_app(LIMITS)
