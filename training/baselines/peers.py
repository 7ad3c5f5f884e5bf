"""Peers a user might pick instead of emotive, mapped to our labels.

- VADER (``vaderSentiment``): sentiment only. compound >= 0.05 positive, <= -0.05 negative,
  else neutral (VADER's own recommended cut-offs). No emotions.
- NRC Emotion Lexicon (``nrclex``; research-use licence: compared against, never shipped):
  per-text affect frequencies; joy -> joy, surprise -> surprise, anger and disgust -> anger
  (their maximum), fear -> fear, sadness -> sadness; thresholds tuned on dev like every
  system. Sentiment from its positive/negative frequencies (equal = neutral). Words are
  lower-cased ``\\w+`` tokens (NRCLex's TextBlob path needs NLTK downloads).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from training.baselines.common import Probs
from training.data import LabelledTexts

WORD = re.compile(r"[a-z']+")
NRC_TO_EMOTIVE = {"joy": ("joy",), "surprise": ("surprise",), "anger": ("anger", "disgust"),
                  "fear": ("fear",), "sadness": ("sadness",)}


def _one_hot_sentiment(sign: np.ndarray) -> np.ndarray:
    """Schema order positive, negative, neutral from a sign in {+1, -1, 0}."""
    out = np.zeros((len(sign), 3), np.float32)
    out[sign > 0, 0] = 1
    out[sign < 0, 1] = 1
    out[sign == 0, 2] = 1
    return out


class Vader:
    name = "VADER (sentiment only)"
    has_emotions = False

    def __init__(self) -> None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self.analyzer: Any = SentimentIntensityAnalyzer()

    def fit(self, train: LabelledTexts, dev: LabelledTexts) -> None:
        pass  # a fixed lexicon: nothing to learn

    def predict(self, texts: Sequence[str]) -> Probs:
        c = np.array([self.analyzer.polarity_scores(t)["compound"] for t in texts])
        sign = np.where(c >= 0.05, 1, np.where(c <= -0.05, -1, 0))
        return np.full((len(texts), 5), np.nan, np.float32), _one_hot_sentiment(sign)

    def n_params(self) -> int:
        return len(self.analyzer.lexicon)


class NrcLexicon:
    name = "NRC emotion lexicon (nrclex)"
    has_emotions = True

    def __init__(self) -> None:
        from nrclex import NRCLex

        self.nrc: Any = NRCLex()

    def fit(self, train: LabelledTexts, dev: LabelledTexts) -> None:
        pass

    def _affect(self, text: str) -> dict[str, float]:
        self.nrc.load_token_list(WORD.findall(text.lower()))
        return dict(self.nrc.affect_frequencies)

    def predict(self, texts: Sequence[str]) -> Probs:
        emo = np.zeros((len(texts), len(NRC_TO_EMOTIVE)), np.float32)
        sign = np.zeros(len(texts), int)
        for i, t in enumerate(texts):
            a = self._affect(t)
            for j, keys in enumerate(NRC_TO_EMOTIVE.values()):
                emo[i, j] = max(a.get(k, 0.0) for k in keys)
            sign[i] = np.sign(a.get("positive", 0.0) - a.get("negative", 0.0))
        return emo, _one_hot_sentiment(sign)

    def n_params(self) -> int:
        return sum(len(v) for v in self.nrc.__lexicon__.values())
