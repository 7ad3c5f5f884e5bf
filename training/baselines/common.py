"""What every baseline shares: the interface, evaluation, size, latency and throughput."""

from __future__ import annotations

import pickle
import time
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from training.data import LabelledTexts
from training.evaluate import median_latency_ms
from training.metrics import emotion_report, sentiment_report, tune_thresholds

Probs = tuple[np.ndarray, np.ndarray]


class Baseline(Protocol):
    name: str

    def fit(self, train: LabelledTexts, dev: LabelledTexts) -> None: ...

    def predict(self, texts: Sequence[str]) -> Probs: ...

    def n_params(self) -> int: ...


def size_mb(obj: Any) -> float:
    """Size of the fitted model as a pickle (what one would ship)."""
    return round(len(pickle.dumps(obj, protocol=5)) / 2**20, 2)


def evaluate(b: Baseline, dev: LabelledTexts, test: LabelledTexts,
             dev_probs: Probs | None = None) -> dict[str, Any]:
    """Thresholds tuned on dev, then emotion / sentiment metrics on test."""
    d_emo, _ = dev_probs or b.predict(dev.texts)
    t_emo, t_sent = b.predict(test.texts)
    s = test.schema
    emotion = None  # a sentiment-only peer
    if not np.isnan(d_emo).all():
        thresholds = tune_thresholds(d_emo, dev.emotions)
        emotion = emotion_report(t_emo, test.emotions, thresholds, s.emotions)
    return {"emotion": emotion, "sentiment": sentiment_report(t_sent, test.sentiment,
                                                               s.sentiments)}


def latency_ms(b: Baseline, texts: Sequence[str], runs: int = 200) -> float:
    """Median time to score one sentence (after 10 warm-up calls)."""
    return round(median_latency_ms(lambda t: b.predict([t]), texts, runs), 3)


def throughput(b: Baseline, texts: Sequence[str], batch: int = 32, seconds: float = 3.0
               ) -> float:
    """Sentences per second scoring batches of ``batch`` for about ``seconds``."""
    b.predict(list(texts[:batch]))
    done, start, i = 0, time.perf_counter(), 0
    while time.perf_counter() - start < seconds:
        chunk = [texts[(i + k) % len(texts)] for k in range(batch)]
        b.predict(chunk)
        done += batch
        i += batch
    return round(done / (time.perf_counter() - start), 1)
