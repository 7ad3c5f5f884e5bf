"""schemathesis against the service's own OpenAPI schema, in-process through the ASGI app:
whatever hypothesis generates from the schema (and beyond it: wrong types, missing fields,
other content types), the service never answers 5xx."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from service.testing import in_process_app

schema = schemathesis.openapi.from_asgi("/docs.json", in_process_app())  # the same app


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_5xx_from_any_generated_request(case: Any) -> None:
    case.call_and_validate(checks=[not_a_server_error])
