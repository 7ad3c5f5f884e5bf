"""Calibrate and evaluate a model from its logits; latency and plots.

Calibration is fitted on dev (one temperature per head, then per-emotion thresholds on the
calibrated probabilities) and applied unchanged to test.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from emotive.artifact import Calibration
from emotive.labels import LabelSchema
from training.data import LabelledTexts
from training.metrics import (
    emotion_report,
    fit_temperature_binary,
    fit_temperature_softmax,
    sentiment_report,
    sigmoid,
    softmax,
    tune_thresholds,
)

Logits = tuple[np.ndarray, np.ndarray]


def calibrate(dev_logits: Logits, dev: LabelledTexts, max_length: int) -> Calibration:
    emo, sent = dev_logits
    t_e = fit_temperature_binary(emo, dev.emotions)
    t_s = fit_temperature_softmax(sent, dev.sentiment)
    thresholds = tune_thresholds(sigmoid(emo / t_e), dev.emotions)
    return Calibration(t_e, t_s, tuple(float(t) for t in thresholds), max_length)


def calibrated(logits: Logits, cal: Calibration) -> Logits:
    return (sigmoid(logits[0] / cal.emotion_temperature),
            softmax(logits[1] / cal.sentiment_temperature))


def evaluate(test_logits: Logits, test: LabelledTexts, cal: Calibration) -> dict[str, Any]:
    emo_p, sent_p = calibrated(test_logits, cal)
    s = test.schema
    return {
        "emotion": emotion_report(emo_p, test.emotions, np.asarray(cal.thresholds), s.emotions),
        "sentiment": sentiment_report(sent_p, test.sentiment, s.sentiments),
        "n_test": len(test),
    }


def median_latency_ms(fn: Callable[[str], object], texts: Sequence[str], runs: int = 200
                      ) -> float:
    """Median wall time of scoring one sentence at a time (after 10 warm-up calls)."""
    for t in texts[:10]:
        fn(t)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(texts[i % len(texts)])
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def plot_evaluation(logits: Logits, test: LabelledTexts, cal: Calibration, path: Path,
                    title: str) -> Path:
    """Sentiment confusion matrix, per-emotion confusion counts and a reliability diagram."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    emo_p, sent_p = calibrated(logits, cal)
    s: LabelSchema = test.schema
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.6))
    keep = test.sentiment >= 0
    cm = np.zeros((len(s.sentiments),) * 2, int)
    np.add.at(cm, (test.sentiment[keep], sent_p[keep].argmax(1)), 1)
    _heatmap(axes[0], cm / cm.sum(1, keepdims=True), cm, s.sentiments, s.sentiments,
             "sentiment: true (rows) vs predicted")
    pred = emo_p >= np.asarray(cal.thresholds)
    y = test.emotions.astype(bool)
    counts = np.stack([(pred & y).sum(0), (~pred & y).sum(0), (pred & ~y).sum(0)], 1)
    rates = counts / np.maximum(y.sum(0)[:, None], 1)
    _heatmap(axes[1], rates, counts, s.emotions, ["TP", "FN", "FP"],
             "emotions: counts (colour = share of positives)")
    bins = np.linspace(0, 1, 11)
    for j, name in enumerate(s.emotions):
        idx = np.clip(np.digitize(emo_p[:, j], bins) - 1, 0, 9)
        xs = [emo_p[idx == b, j].mean() for b in range(10) if (idx == b).sum() >= 10]
        ys = [test.emotions[idx == b, j].mean() for b in range(10) if (idx == b).sum() >= 10]
        axes[2].plot(xs, ys, marker="o", label=name)
    axes[2].plot([0, 1], [0, 1], "k--", lw=1)
    axes[2].set(xlabel="predicted probability", ylabel="observed frequency",
                title="emotion calibration (test)")
    axes[2].legend(fontsize=8)
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)
    return path


def _heatmap(ax: Any, colour: np.ndarray, numbers: np.ndarray, rows: Sequence[str],
             cols: Sequence[str], title: str) -> None:
    ax.imshow(colour, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(cols)), cols)
    ax.set_yticks(range(len(rows)), rows)
    for i in range(numbers.shape[0]):
        for j in range(numbers.shape[1]):
            ax.text(j, i, str(numbers[i, j]), ha="center", va="center",
                    color="white" if colour[i, j] > 0.6 else "black")
    ax.set_title(title, fontsize=10)


def evaluate_artifact(model_dir: str | Path | None, split: str = "test",
                      data_dir: str | Path | None = None, threads: int | None = None
                      ) -> dict[str, Any]:
    """Metrics of a shipped artifact exactly as users get its scores (``Scorer``)."""
    from emotive.runtime import Scorer
    from training.data import read_goemotions

    scorer = Scorer(model_dir, threads=threads)
    data = read_goemotions(split, scorer.schema, data_dir)
    emo, sent = scorer.probabilities(data.texts, batch_size=64)
    s = scorer.schema
    e = emotion_report(emo, data.emotions, np.asarray(scorer.calibration.thresholds), s.emotions)
    return {"model": str(scorer.info.path), "split": split, "n": len(data),
            "emotion": e, "sentiment": sentiment_report(sent, data.sentiment, s.sentiments)}
