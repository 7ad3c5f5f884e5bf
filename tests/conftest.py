"""Shared fixtures: the GoEmotions folder and a baby artifact built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def goemotions_dir() -> Path:
    from training.data import goemotions_dir as find

    return find()


@pytest.fixture(scope="session")
def baby_config(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from training.config import load_config

    cfg = load_config(ROOT / "training/configs/baby.toml")
    run = tmp_path_factory.mktemp("baby-run")
    cfg.run_dir = str(run / "run")
    cfg.artifact_dir = str(run / "model")
    return cfg


@pytest.fixture(scope="session")
def baby_artifact(baby_config) -> Path:  # type: ignore[no-untyped-def]
    """The whole training chain on the baby config: tiny BERT, 64 examples per split."""
    from training.pipeline import run

    path = run(baby_config)
    assert path is not None
    return Path(path)
