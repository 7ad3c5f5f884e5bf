"""The service as one in-process ASGI app, for tests and fuzzing: built once per process
(BentoML registers its Prometheus metrics globally: a second app fails with "Duplicated
timeseries"), with the environment given applied only while the settings are read."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from typing import Any

_APP: dict[str, Any] = {}
# small limits for tests, applied only while the service reads its settings: later tests
# start their own servers and must not inherit them
TEST_LIMITS = {"BENTOML_DO_NOT_TRACK": "True", "ORT_DISABLE_TELEMETRY": "1",
               "EMOTIVE_MAX_TEXTS": "4", "EMOTIVE_MAX_TEXT_CHARS": "2000",
               "EMOTIVE_MAX_TOTAL_CHARS": "3000", "EMOTIVE_MAX_BODY_BYTES": "20000",
               "EMOTIVE_MAX_SUGGEST_CHARS": "500"}


def in_process_app(env: dict[str, str] = TEST_LIMITS) -> Any:
    if "app" in _APP:
        return _APP["app"]
    saved = {k: os.environ.get(k) for k in [*env, "BENTOML_HOME"]}
    os.environ.update(env)
    os.environ.setdefault("BENTOML_HOME", tempfile.mkdtemp(prefix="bentoml-"))
    # what `bentoml serve` sets up for /metrics (multiprocess Prometheus)
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="prom-"))
    try:
        sys.modules.pop("service.service", None)
        sys.modules.pop("service.settings", None)
        _APP["app"] = importlib.import_module("service.service").Emotive.to_asgi()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return _APP["app"]
