"""The committed release model still scores GoEmotions test as its model card says."""

import json

import pytest

from emotive.artifact import default_model_dir
from training.evaluate import evaluate_artifact

TOLERANCE = 0.005


@pytest.mark.slow
def test_release_model_meets_its_own_metrics(goemotions_dir) -> None:
    model = default_model_dir()
    claimed = json.loads((model / "metrics.json").read_text())
    report = evaluate_artifact(model, "test", goemotions_dir)
    assert report["n"] == 5427
    assert report["emotion"]["macro_f1"] >= claimed["emotion_macro_f1"] - TOLERANCE
    assert report["sentiment"]["macro_f1"] >= claimed["sentiment_macro_f1"] - TOLERANCE
    assert (sum(f.stat().st_size for f in model.iterdir()) / 2**20) <= 25
