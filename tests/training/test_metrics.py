import numpy as np

from training.metrics import (
    ece_binary,
    emotion_report,
    fit_temperature_binary,
    sigmoid,
    tune_thresholds,
)


def test_tuned_thresholds_beat_a_fixed_half() -> None:
    rng = np.random.default_rng(0)
    y = (rng.random((2000, 2)) < 0.1).astype(int)
    probs = np.clip(0.15 * y + rng.random((2000, 2)) * 0.3, 0, 1)  # all under 0.5
    t = tune_thresholds(probs, y)
    tuned = emotion_report(probs, y, t, ["a", "b"])["macro_f1"]
    half = emotion_report(probs, y, np.array([0.5, 0.5]), ["a", "b"])["macro_f1"]
    assert tuned > half + 0.3


def test_temperature_recovers_overconfidence() -> None:
    rng = np.random.default_rng(1)
    true_logits = rng.normal(0, 2, size=(20000, 1))
    y = (rng.random((20000, 1)) < sigmoid(true_logits)).astype(float)
    t = fit_temperature_binary(true_logits * 3, y)  # a model 3x too confident
    assert 2.6 < t < 3.4
    assert ece_binary(sigmoid(true_logits * 3 / t), y) < ece_binary(sigmoid(true_logits * 3), y)
