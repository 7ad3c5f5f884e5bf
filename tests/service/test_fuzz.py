"""schemathesis against the service's own OpenAPI schema, in-process through the ASGI app:
whatever hypothesis generates from the schema (and beyond it: wrong types, missing fields),
the service never answers 5xx."""

from __future__ import annotations

import os

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error


def _app():  # type: ignore[no-untyped-def]
    import tempfile

    os.environ.setdefault("BENTOML_DO_NOT_TRACK", "True")
    # what `bentoml serve` sets up for /metrics (multiprocess Prometheus)
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="prom-"))
    from service.service import Emotive

    return Emotive.to_asgi()


schema = schemathesis.openapi.from_asgi("/docs.json", _app())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_5xx_from_any_generated_request(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(checks=[not_a_server_error])
