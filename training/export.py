"""PyTorch -> ONNX (fp32) -> fused graph -> dynamic int8, with parity checks.

The two-headed model is exported with ``torch.onnx.export`` (TorchScript exporter): optimum's
exporters only know Hugging Face heads. Graph fusion uses ONNX Runtime's transformer
optimizer (what optimum's ``ORTOptimizer`` runs underneath), and quantization ONNX Runtime's
``quantize_dynamic`` (int8 weights, including the word embeddings).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic

from emotive.runtime import OnnxModel
from training.metrics import sigmoid, softmax
from training.model import TwoHeadClassifier
from training.trainer import predict_logits

log = logging.getLogger("emotive.training")
INPUTS = ("input_ids", "attention_mask")
OUTPUTS = ("emotion_logits", "sentiment_logits")


def export_onnx(model: TwoHeadClassifier, path: Path, opset: int = 17) -> Path:
    model.eval()
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    axes = {n: {0: "batch", 1: "sequence"} for n in INPUTS}
    axes.update({n: {0: "batch"} for n in OUTPUTS})
    torch.onnx.export(model, (ids, mask), str(path), input_names=list(INPUTS),
                      output_names=list(OUTPUTS), dynamic_axes=axes, opset_version=opset,
                      dynamo=False)
    return path


def optimize(src: Path, dst: Path, num_heads: int, hidden_size: int) -> Path:
    from onnxruntime.transformers.optimizer import optimize_model

    opt = optimize_model(str(src), model_type="bert", num_heads=num_heads,
                         hidden_size=hidden_size, opt_level=0)
    opt.save_model_to_file(str(dst))
    return dst


def quantize(src: Path, dst: Path, per_channel: bool = False) -> Path:
    # Fused ops (com.microsoft domain) defeat ONNX shape inference: tell the quantizer
    # their outputs are float.
    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=per_channel,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    return dst


@dataclass(frozen=True)
class Parity:
    max_abs_diff: float  # largest difference of any probability
    label_agreement: float  # share of (text, emotion) decisions at 0.5 that agree, + argmax

    def to_dict(self) -> dict[str, float]:
        return {"max_abs_diff": self.max_abs_diff, "label_agreement": self.label_agreement}


def _probs(emo: np.ndarray, sent: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return sigmoid(emo), softmax(sent)


def compare(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> Parity:
    ea, sa = _probs(*a)
    eb, sb = _probs(*b)
    diff = max(float(np.abs(ea - eb).max()), float(np.abs(sa - sb).max()))
    agree = np.concatenate([((ea >= 0.5) == (eb >= 0.5)).ravel(),
                            sa.argmax(1) == sb.argmax(1)])
    return Parity(diff, float(agree.mean()))


def torch_vs_onnx(model: TwoHeadClassifier, onnx_model: OnnxModel, texts: list[str]) -> Parity:
    ids = onnx_model.encoder.encode(texts)
    return compare(predict_logits(model, onnx_model.encoder, ids), onnx_model.run(ids))
