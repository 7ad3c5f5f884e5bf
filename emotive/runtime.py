"""Scoring text with a model artifact on ONNX Runtime (no torch).

``Scorer`` loads an artifact once and scores many texts in padded, length-sorted batches.
Long texts are scored window by window: an emotion's probability is its maximum over the
windows (present anywhere), sentiment probabilities are the windows' mean.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from emotive.artifact import ArtifactError, ArtifactInfo, default_model_dir
from emotive.encoding import TextEncoder

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
import onnxruntime as ort

log = logging.getLogger("emotive.runtime")


def sigmoid(x: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-x)))


def softmax(x: np.ndarray) -> np.ndarray:
    z = np.exp(x - x.max(-1, keepdims=True))
    return np.asarray(z / z.sum(-1, keepdims=True))


def pool_parts(owner: np.ndarray, n: int, emo: np.ndarray, sent: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray]:
    """Pool scores of the parts (windows, sentences) of ``n`` texts; ``owner[i]`` is the text
    of part i. An emotion is as present as in its strongest part; sentiment is the mean."""
    emo_out = np.zeros((n, emo.shape[1]), np.float32)
    np.maximum.at(emo_out, owner, emo)
    sent_out = np.zeros((n, sent.shape[1]), np.float32)
    np.add.at(sent_out, owner, sent)
    return emo_out, sent_out / np.bincount(owner, minlength=n)[:, None]


@dataclass(frozen=True)
class Score:
    """Scores of one text: calibrated probabilities for every label."""

    text: str
    emotions: dict[str, float]
    labels: list[str]
    sentiment: dict[str, float]
    valence: float

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "emotions": self.emotions, "labels": self.labels,
                "sentiment": self.sentiment, "valence": self.valence}


def session_options(threads: int | None, spin: bool = True) -> ort.SessionOptions:
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if threads:
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
    # ONNX Runtime's workers spin-wait between runs by default. That is fastest for one
    # session alone on its cores (bulk scoring), but steals the cores from whatever runs next:
    # the sentence encoder after the classifier ran at its one-thread speed, and an HTTP
    # server shares the cores with its model. ``spin=False`` makes idle workers sleep.
    if not spin:
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return opts


def pick_providers(device: str = "auto") -> list[str]:
    """CUDA when asked for or available (onnxruntime-gpu), else CPU."""
    available = ort.get_available_providers()
    if device == "cpu":
        return ["CPUExecutionProvider"]
    if "CUDAExecutionProvider" in available:
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    if device == "cuda":
        log.warning("CUDA requested but onnxruntime has no CUDA provider; running on CPU")
    return ["CPUExecutionProvider"]


Runner = Callable[[Sequence[Sequence[int]], int], tuple[np.ndarray, np.ndarray]]


class OnnxModel:
    """An ONNX classifier plus its tokenizer: texts -> raw logits."""

    def __init__(self, onnx_file: str | Path, tokenizer_file: str | Path, max_length: int = 128,
                 threads: int | None = None, device: str = "auto", spin: bool = True) -> None:
        try:
            self.session = ort.InferenceSession(
                str(onnx_file), session_options(threads, spin), providers=pick_providers(device))
        except Exception as e:  # onnxruntime raises its own untyped errors
            raise ArtifactError(f"cannot load ONNX model {onnx_file}: {e}") from e
        if "CUDAExecutionProvider" in ort.get_available_providers() and (
                "CUDAExecutionProvider" not in self.session.get_providers()):
            log.warning("CUDA provider unavailable at run time; falling back to CPU")
        self.encoder = TextEncoder(tokenizer_file, max_length)

    def run(self, ids: Sequence[Sequence[int]], batch_size: int = 32
            ) -> tuple[np.ndarray, np.ndarray]:
        """Logits for token id sequences, batched by length, returned in input order."""
        lengths = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids))
        order = np.argsort(lengths, kind="stable")
        emo: np.ndarray | None = None
        sent: np.ndarray | None = None
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            input_ids, mask = self.encoder.pad([ids[i] for i in idx])
            e, s = self.session.run(None, {"input_ids": input_ids, "attention_mask": mask})
            if emo is None or sent is None:
                emo = np.zeros((len(ids), e.shape[1]), np.float32)
                sent = np.zeros((len(ids), s.shape[1]), np.float32)
            emo[idx], sent[idx] = e, s
        assert emo is not None and sent is not None
        return emo, sent

    def logits(self, texts: Sequence[str], batch_size: int = 32
               ) -> tuple[np.ndarray, np.ndarray]:
        """First-window logits of each text (what training and evaluation see)."""
        return self.run(self.encoder.encode(texts), batch_size)


class Scorer:
    """Loads an artifact once; ``score`` turns texts into calibrated ``Score`` records."""

    def __init__(self, model_dir: str | Path | None = None, threads: int | None = None,
                 device: str = "auto", spin: bool = True, runner: Runner | None = None) -> None:
        """``runner`` replaces the local ONNX session: token id lists -> (emotion logits,
        sentiment logits), e.g. a call to the model service, which batches across requests.
        Tokenization, windows, calibration and pooling stay here either way."""
        self.info = ArtifactInfo.load(model_dir or default_model_dir())
        self.schema = self.info.schema
        self.calibration = self.info.calibration
        tokenizer = self.info.path / "tokenizer.json"
        self.model: OnnxModel | None = None
        self._run: Runner
        if runner is None:
            self.model = OnnxModel(self.info.path / "model.onnx", tokenizer,
                                   self.calibration.max_length, threads, device, spin)
            self.encoder, self._run = self.model.encoder, self.model.run
        else:
            self.encoder, self._run = TextEncoder(tokenizer, self.calibration.max_length), runner
        self._thresholds = np.asarray(self.calibration.thresholds, np.float32)

    def probabilities(self, texts: Sequence[str], batch_size: int = 32
                      ) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated (emotion, sentiment) probabilities, long texts pooled over windows."""
        if not texts:
            n_e, n_s = len(self.schema.emotions), len(self.schema.sentiments)
            return np.zeros((0, n_e), np.float32), np.zeros((0, n_s), np.float32)
        flat, owner = self.sequences(texts)
        return self.calibrate(*self._run(flat, batch_size), owner, len(texts))

    def sequences(self, texts: Sequence[str]) -> tuple[list[list[int]], np.ndarray]:
        """Token id sequences to run (one per window) and the text each belongs to."""
        windows = self.encoder.windows(texts)
        flat = [w for ws in windows for w in ws]
        owner = np.repeat(np.arange(len(texts)), [len(ws) for ws in windows])
        return flat, owner

    def calibrate(self, emo_l: np.ndarray, sent_l: np.ndarray, owner: np.ndarray, n: int
                  ) -> tuple[np.ndarray, np.ndarray]:
        """Logits of ``sequences`` -> calibrated probabilities per text (windows pooled)."""
        cal = self.calibration
        emo_p = sigmoid(emo_l / cal.emotion_temperature)
        sent_p = softmax(sent_l / cal.sentiment_temperature)
        if len(owner) == n:
            return emo_p, sent_p
        return pool_parts(owner, n, emo_p, sent_p)

    def records(self, texts: Sequence[str], emo: np.ndarray, sent: np.ndarray) -> list[Score]:
        s = self.schema
        pos, neg = s.sentiments.index(s.positive), s.sentiments.index(s.negative)
        out = []
        for text, e, p in zip(texts, emo, sent, strict=True):
            out.append(Score(
                text=text,
                emotions={n: round(float(v), 4) for n, v in zip(s.emotions, e, strict=True)},
                labels=[n for n, v, t in zip(s.emotions, e, self._thresholds, strict=True)
                        if v >= t],
                sentiment={n: round(float(v), 4) for n, v in zip(s.sentiments, p, strict=True)},
                valence=round(float(p[pos] - p[neg]), 4),
            ))
        return out

    def score(self, texts: Sequence[str], batch_size: int = 32) -> list[Score]:
        emo, sent = self.probabilities(texts, batch_size)
        return self.records(texts, emo, sent)
