"""Service settings from the environment, read once at import, with their defaults.

| variable | default | meaning |
| --- | --- | --- |
| EMOTIVE_MODEL | models/emotive-student-int8 | classifier artifact |
| EMOTIVE_EMBEDDER | models/minilm-embedder-int8 | sentence encoder (meaning checks) |
| EMOTIVE_DEVICE | auto | auto / cpu / cuda (onnxruntime-gpu; GPU resource requested) |
| EMOTIVE_THREADS | all cores | ONNX Runtime intra-op threads in the model service |
| EMOTIVE_BATCHING | on | off: the model service runs each call alone (for comparison) |
| EMOTIVE_MAX_BATCH | 64 | most sequences in one model batch |
| EMOTIVE_MAX_LATENCY_MS | 20000 | BentoML's batching cut-off (503 past it): a last resort |
| EMOTIVE_MAX_INFLIGHT | 100 | requests in progress before new ones get 503 + Retry-After |
| EMOTIVE_MAX_BODY_BYTES | 2000000 | request body limit (413) |
| EMOTIVE_MAX_TEXT_CHARS | 100000 | one text (413) |
| EMOTIVE_MAX_TEXTS | 256 | texts in one request (413) |
| EMOTIVE_MAX_TOTAL_CHARS | 1000000 | all texts of one request (413) |
| EMOTIVE_MAX_SUGGEST_CHARS | 20000 | a text with suggestions (413): ~100 ms a sentence |
| EMOTIVE_TIMEOUT_S | 60 | per request, then 504 |
| EMOTIVE_BACKEND | onnx | torch: the fp32 PyTorch model instead (load benchmark only) |
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"emotive service: {name}={raw!r} is not a whole number") from None
    if value < 1:
        raise SystemExit(f"emotive service: {name} must be at least 1, got {value}")
    return value


def _choice(name: str, allowed: tuple[str, ...], default: str) -> str:
    value = os.environ.get(name) or default
    if value not in allowed:
        raise SystemExit(f"emotive service: {name}={value!r}: use one of {', '.join(allowed)}")
    return value


@dataclass(frozen=True)
class Settings:
    model: str | None
    embedder: str | None
    device: str
    threads: int | None
    batching: bool
    max_batch: int
    max_latency_ms: int
    max_inflight: int
    max_body_bytes: int
    max_text_chars: int
    max_texts: int
    max_total_chars: int
    max_suggest_chars: int
    timeout_s: int
    backend: str = "onnx"

    @classmethod
    def from_env(cls) -> Settings:
        device = os.environ.get("EMOTIVE_DEVICE", "auto")
        if device not in ("auto", "cpu", "cuda"):
            raise SystemExit(f"emotive service: EMOTIVE_DEVICE={device!r}: use auto, cpu or cuda")
        batching = os.environ.get("EMOTIVE_BATCHING", "on").lower()
        if batching not in ("on", "off", "1", "0", "true", "false"):
            raise SystemExit(f"emotive service: EMOTIVE_BATCHING={batching!r}: use on or off")
        threads = os.environ.get("EMOTIVE_THREADS")
        return cls(
            model=os.environ.get("EMOTIVE_MODEL") or None,
            embedder=os.environ.get("EMOTIVE_EMBEDDER") or None,
            device=device,
            threads=_int("EMOTIVE_THREADS", 1) if threads else None,
            batching=batching in ("on", "1", "true"),
            max_batch=max(2, _int("EMOTIVE_MAX_BATCH", 64)),
            max_latency_ms=_int("EMOTIVE_MAX_LATENCY_MS", 20_000),
            max_inflight=_int("EMOTIVE_MAX_INFLIGHT", 100),
            max_body_bytes=_int("EMOTIVE_MAX_BODY_BYTES", 2_000_000),
            max_text_chars=_int("EMOTIVE_MAX_TEXT_CHARS", 100_000),
            max_texts=_int("EMOTIVE_MAX_TEXTS", 256),
            max_total_chars=_int("EMOTIVE_MAX_TOTAL_CHARS", 1_000_000),
            max_suggest_chars=_int("EMOTIVE_MAX_SUGGEST_CHARS", 20_000),
            timeout_s=_int("EMOTIVE_TIMEOUT_S", 60),
            backend=_choice("EMOTIVE_BACKEND", ("onnx", "torch"), "onnx"),
        )

    def public(self) -> dict[str, object]:
        """What /metadata shows: limits and batching, not paths."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("model", "embedder")}
