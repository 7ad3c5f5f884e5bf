"""The model artifact: a self-contained folder the runtime loads.

    model.onnx          int8 ONNX graph: (input_ids, attention_mask) -> emotion_logits,
                        sentiment_logits
    tokenizer.json      WordPiece tokenizer (``tokenizers`` format)
    labels.json         label schema
    calibration.json    temperatures (emotion, sentiment), per-emotion thresholds, max_length
    config.json         the training configuration that produced it
    metrics.json        test-set metrics (read by ``GET /metadata`` and the CI floor test)
    MODEL_CARD.md       provenance, intended use, limitations
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from emotive.labels import LabelSchema

MODEL_ENV = "EMOTIVE_MODEL"
RELEASE_NAME = "emotive-student-int8"
REQUIRED_FILES = ("model.onnx", "tokenizer.json", "labels.json", "calibration.json")


@dataclass(frozen=True)
class Calibration:
    """Turns logits into calibrated probabilities and emotion labels."""

    emotion_temperature: float
    sentiment_temperature: float
    thresholds: tuple[float, ...]
    max_length: int = 128

    def __post_init__(self) -> None:
        if self.emotion_temperature <= 0 or self.sentiment_temperature <= 0:
            raise ValueError("calibration: temperatures must be > 0")
        if not all(0 < t < 1 for t in self.thresholds):
            raise ValueError("calibration: thresholds must lie in (0, 1)")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["thresholds"] = list(self.thresholds)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Calibration:
        return cls(float(d["emotion_temperature"]), float(d["sentiment_temperature"]),
                   tuple(float(t) for t in d["thresholds"]), int(d.get("max_length", 128)))


def shipped(name: str) -> Path:
    """A folder under ``models/``: beside the package in a checkout (or editable install),
    else where a wheel puts its data files (``<prefix>/share/emotive/models``)."""
    beside = Path(__file__).resolve().parents[1] / "models" / name
    if beside.exists():
        return beside
    installed = Path(sys.prefix) / "share" / "emotive" / "models" / name
    return installed if installed.exists() else beside


def fingerprint(folder: str | Path) -> str:
    """Changes whenever a file of ``folder`` is replaced, added or removed (name, size and
    modification time of each; nothing is read, so it costs no time). Caches of results key
    on it: a model rewritten in place keeps its name, version and date."""
    h = hashlib.sha256()
    for f in sorted(Path(folder).iterdir()) if Path(folder).is_dir() else []:
        if f.is_file():
            st = f.stat()
            h.update(f"{f.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


# the engine: emotive's code and its rewrite data (scales, phrases, lexicon)
ENGINE_DIRS = (Path(__file__).parent, Path(__file__).parent / "data")


def engine_fingerprint() -> str:
    """``fingerprint`` of the engine that turns scores into results: a rule changed with
    the version number unchanged (a checkout, an upgrade in place) changes it too."""
    joined = "".join(fingerprint(d) for d in ENGINE_DIRS)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def results_fingerprint(model: str | Path, embedder: str | Path) -> str:
    """What results depend on: the model's files, the sentence encoder's and the engine's.
    ``/metadata`` reports it and emotive-lint's cache keys on it."""
    return "-".join([fingerprint(model), fingerprint(embedder), engine_fingerprint()])


def default_model_dir() -> Path:
    """``$EMOTIVE_MODEL`` if set, else the release model shipped under ``models/``."""
    if os.environ.get(MODEL_ENV):
        return Path(os.environ[MODEL_ENV])
    return shipped(RELEASE_NAME)


class ArtifactError(RuntimeError):
    """The artifact folder is missing, incomplete or inconsistent."""


@dataclass(frozen=True)
class ArtifactInfo:
    path: Path
    schema: LabelSchema
    calibration: Calibration
    metrics: dict[str, Any]

    @classmethod
    def load(cls, path: str | Path) -> ArtifactInfo:
        p = Path(path)
        if not p.is_dir():
            raise ArtifactError(f"model artifact not found: {p} is not a folder (pass --model "
                                f"DIR or set ${MODEL_ENV})")
        missing = [f for f in REQUIRED_FILES if not (p / f).is_file()]
        if missing:
            raise ArtifactError(f"model artifact {p} is incomplete: missing {', '.join(missing)}")
        try:
            schema = LabelSchema.load(p / "labels.json")
            cal = Calibration.from_dict(json.loads((p / "calibration.json").read_text()))
            metrics_file = p / "metrics.json"
            metrics = json.loads(metrics_file.read_text()) if metrics_file.exists() else {}
        except (ValueError, KeyError, TypeError) as e:
            raise ArtifactError(f"model artifact {p} is corrupt: {e}") from e
        if len(cal.thresholds) != len(schema.emotions):
            raise ArtifactError(f"model artifact {p}: {len(cal.thresholds)} thresholds for "
                                f"{len(schema.emotions)} emotions")
        return cls(p, schema, cal, metrics)
