"""schemathesis against the service's own OpenAPI schema, in-process through the ASGI app:
whatever hypothesis generates from the schema (and beyond it: wrong types, missing fields,
other content types), the service never answers 5xx."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from service.testing import in_process_app

LIMITS = {"BENTOML_DO_NOT_TRACK": "True", "ORT_DISABLE_TELEMETRY": "1",
          "EMOTIVE_MAX_TEXTS": "4", "EMOTIVE_MAX_TEXT_CHARS": "2000",
          "EMOTIVE_MAX_TOTAL_CHARS": "3000", "EMOTIVE_MAX_BODY_BYTES": "20000",
          "EMOTIVE_MAX_SUGGEST_CHARS": "500"}  # the same as conftest.py: one app per process

schema = schemathesis.openapi.from_asgi("/docs.json", in_process_app(LIMITS))


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_5xx_from_any_generated_request(case: Any) -> None:
    case.call_and_validate(checks=[not_a_server_error])
