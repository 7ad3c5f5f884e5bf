"""Document analysis: per-sentence and per-paragraph scores, an emotion arc, explanations.

``Analyzer`` loads an artifact once. ``analyze_many`` scores the sentences of all texts in
one padded, length-sorted batch run; document and paragraph scores are the length-weighted
means of their sentences' probabilities. Results serialise to JSON with a versioned schema.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from emotive.explain import MAX_WORDS, WORD, Driver, explain_batch
from emotive.runtime import Scorer
from emotive.segment import Span, paragraphs, sentences

RESULT_SCHEMA_VERSION = "1.0"
MAX_CHARS = 1_000_000  # one text; longer input is refused, not truncated


@dataclass(frozen=True)
class Scores:
    emotions: dict[str, float]
    labels: list[str]
    dominant: str | None
    sentiment: dict[str, float]
    valence: float

    def to_dict(self) -> dict[str, Any]:
        return {"emotions": self.emotions, "labels": self.labels, "dominant": self.dominant,
                "sentiment": self.sentiment, "valence": self.valence}


@dataclass(frozen=True)
class SentenceResult:
    start: int
    end: int
    text: str
    scores: Scores
    drivers: dict[str, list[Driver]] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                             **self.scores.to_dict()}
        if self.drivers is not None:
            d["drivers"] = {k: [x.to_dict() for x in v] for k, v in self.drivers.items()}
        return d


@dataclass(frozen=True)
class ParagraphResult:
    start: int
    end: int
    scores: Scores

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, **self.scores.to_dict()}


@dataclass(frozen=True)
class DocumentResult:
    scores: Scores
    sentences: list[SentenceResult]
    paragraphs: list[ParagraphResult]
    model: str
    schema_version: str = RESULT_SCHEMA_VERSION
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": self.schema_version, "model": self.model,
                **self.scores.to_dict(),
                "sentences": [s.to_dict() for s in self.sentences],
                "arc": [p.to_dict() for p in self.paragraphs],
                "warnings": self.warnings}


class Analyzer:
    def __init__(self, model_dir: str | Path | None = None, threads: int | None = None,
                 device: str = "auto", batch_size: int = 32) -> None:
        self.scorer = Scorer(model_dir, threads=threads, device=device)
        self.schema = self.scorer.schema
        self.batch_size = batch_size
        self.thresholds = np.asarray(self.scorer.calibration.thresholds)
        self.model_name = str(self.scorer.info.metrics.get("model", self.scorer.info.path.name))

    def _scores(self, emo: np.ndarray, sent: np.ndarray) -> Scores:
        s = self.schema
        labels = [n for n, v, t in zip(s.emotions, emo, self.thresholds, strict=True) if v >= t]
        over = (emo - self.thresholds) / (1 - self.thresholds)  # how far past its threshold
        dominant = s.emotions[int(np.argmax(over))] if labels else None
        pos, neg = s.sentiments.index(s.positive), s.sentiments.index(s.negative)
        return Scores({n: round(float(v), 4) for n, v in zip(s.emotions, emo, strict=True)},
                      labels, dominant,
                      {n: round(float(v), 4) for n, v in zip(s.sentiments, sent, strict=True)},
                      round(float(sent[pos] - sent[neg]), 4))

    def _pool(self, spans: Sequence[Span], emo: np.ndarray, sent: np.ndarray) -> Scores:
        w = np.array([s.end - s.start for s in spans], dtype=np.float64)
        w /= w.sum()
        return self._scores(w @ emo, w @ sent)

    def analyze(self, text: str, explain: bool = False) -> DocumentResult:
        return self.analyze_many([text], explain)[0]

    def analyze_many(self, texts: Sequence[str], explain: bool = False
                     ) -> list[DocumentResult]:
        for i, t in enumerate(texts):
            if not isinstance(t, str):
                raise TypeError(f"text {i} is {type(t).__name__}, not str")
            if not t.strip():
                raise ValueError(f"text {i} is empty or whitespace only: nothing to analyse")
            if len(t) > MAX_CHARS:
                raise ValueError(f"text {i} has {len(t)} characters; the limit is {MAX_CHARS}")
        paras = [paragraphs(t) for t in texts]
        # sentences per paragraph, so the arc needs no search over a long document
        per_para = [[sentences(t, p) for p in ps] for t, ps in zip(texts, paras, strict=True)]
        sents = [[s for group in groups for s in group] for groups in per_para]
        flat = [s.of(t) for t, ss in zip(texts, sents, strict=True) for s in ss]
        emo, sent = self.scorer.probabilities(flat, self.batch_size)
        drivers: list[dict[str, list[Driver]] | None] = [None] * len(flat)
        if explain and flat:
            pairs = [(s.of(t), s.start) for t, ss in zip(texts, sents, strict=True) for s in ss]
            drivers = list(explain_batch(
                pairs, emo, lambda v: self.scorer.probabilities(v, self.batch_size)[0],
                self.schema.emotions))
        results, k = [], 0
        for text, ps, ss, groups in zip(texts, paras, sents, per_para, strict=True):
            n = len(ss)
            e, s = emo[k:k + n], sent[k:k + n]
            sentence_results = [SentenceResult(sp.start, sp.end, sp.of(text),
                                               self._scores(e[i], s[i]), drivers[k + i])
                                for i, sp in enumerate(ss)]
            arc = []
            first = 0
            for p, group in zip(ps, groups, strict=True):
                idx = np.arange(first, first + len(group))
                first += len(group)
                if len(group):
                    arc.append(ParagraphResult(p.start, p.end, self._pool(group, e[idx], s[idx])))
            doc = self._pool(ss, e, s)
            warnings = [f"sentence at {sp.start} has over {MAX_WORDS} words: drivers cover the "
                        f"first {MAX_WORDS}" for sp in ss if explain and
                        len(WORD.findall(sp.of(text))) > MAX_WORDS]
            results.append(DocumentResult(doc, sentence_results, arc, self.model_name,
                                          warnings=warnings))
            k += n
        return results
