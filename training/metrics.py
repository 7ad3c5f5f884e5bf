"""Metrics, decision thresholds and temperature calibration (numpy / scikit-learn)."""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support, roc_auc_score

from emotive.runtime import sigmoid, softmax

THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)
TEMPERATURE_GRID = np.exp(np.linspace(np.log(0.25), np.log(5.0), 121))


def _binary_f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float((pred & (y == 1)).sum())
    denom = float(pred.sum() + (y == 1).sum())
    return 2 * tp / denom if denom else 0.0


def tune_thresholds(probs: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per-label threshold maximising F1 on (dev) data, from a 0.05..0.95 grid."""
    out = np.empty(probs.shape[1], dtype=np.float32)
    for j in range(probs.shape[1]):
        scores = [_binary_f1(y[:, j], probs[:, j] >= t) for t in THRESHOLD_GRID]
        out[j] = THRESHOLD_GRID[int(np.argmax(scores))]
    return out


def fit_temperature_binary(logits: np.ndarray, y: np.ndarray) -> float:
    """One temperature for all emotion logits minimising binary NLL (grid search)."""
    def nll(t: float) -> float:
        p = np.clip(sigmoid(logits / t), 1e-7, 1 - 1e-7)
        return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())
    return float(min(TEMPERATURE_GRID, key=nll))


def fit_temperature_softmax(logits: np.ndarray, y: np.ndarray) -> float:
    keep = y >= 0
    logits, y = logits[keep], y[keep]

    def nll(t: float) -> float:
        p = softmax(logits / t)[np.arange(len(y)), y]
        return float(-np.log(np.clip(p, 1e-7, 1)).mean())
    return float(min(TEMPERATURE_GRID, key=nll))


def ece_binary(probs: np.ndarray, y: np.ndarray, bins: int = 15) -> float:
    """Expected calibration error over all (example, label) probabilities."""
    p, t = probs.ravel(), y.ravel()
    idx = np.minimum((p * bins).astype(int), bins - 1)
    err = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            err += m.mean() * abs(p[m].mean() - t[m].mean())
    return float(err)


def ece_top_label(probs: np.ndarray, y: np.ndarray, bins: int = 15) -> float:
    keep = y >= 0
    probs, y = probs[keep], y[keep]
    conf, pred = probs.max(1), probs.argmax(1)
    idx = np.minimum((conf * bins).astype(int), bins - 1)
    err = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            err += m.mean() * abs(conf[m].mean() - (pred[m] == y[m]).mean())
    return float(err)


def emotion_report(
    probs: np.ndarray, y: np.ndarray, thresholds: np.ndarray, names: list[str] | tuple[str, ...]
) -> dict[str, Any]:
    pred = (probs >= thresholds).astype(int)
    p, r, f, support = precision_recall_fscore_support(y, pred, average=None, zero_division=0)
    aucs = [float(roc_auc_score(y[:, j], probs[:, j])) if 0 < y[:, j].sum() < len(y) else
            float("nan") for j in range(y.shape[1])]
    per_label = {
        n: {"precision": float(p[j]), "recall": float(r[j]), "f1": float(f[j]),
            "auc": aucs[j], "support": int(support[j]), "threshold": float(thresholds[j])}
        for j, n in enumerate(names)
    }
    return {
        "macro_f1": float(np.mean(f)),
        "macro_auc": float(np.nanmean(aucs)),
        "ece": ece_binary(probs, y),
        "per_label": per_label,
    }


def sentiment_report(probs: np.ndarray, y: np.ndarray, names: list[str] | tuple[str, ...]
                     ) -> dict[str, Any]:
    keep = y >= 0
    pred = probs[keep].argmax(1)
    labels = list(range(len(names)))
    f = f1_score(y[keep], pred, labels=labels, average=None, zero_division=0)
    return {
        "macro_f1": float(np.mean(f)),
        "accuracy": float((pred == y[keep]).mean()),
        "ece": ece_top_label(probs, y),
        "per_label_f1": {n: float(f[j]) for j, n in enumerate(names)},
        "n": int(keep.sum()),
    }
