"""Per-token activation quantization: make an int8 model's scores independent of the batch.

``quantize_dynamic`` quantizes each activation tensor with one scale for the whole tensor,
computed at run time from its minimum and maximum. With a batch that tensor holds every
text in it, padding included, so a text's scores depended on the texts scored beside it:
on 2,000 GoEmotions test texts the shipped model's probabilities moved by up to 0.16
between batches of 32 and batches of one, and 37 texts changed labels. Through the
service's adaptive batching that made an answer depend on other users' traffic.

``per_token`` rewrites the graph so that each token's activation vector gets its own scale
and zero point (``DynamicQuantizeLinear`` becomes ReduceMin/ReduceMax over the last axis and
a QuantizeLinear by hand). ``MatMulInteger`` takes only a per-tensor zero point for its
first input here, so the rewritten graph multiplies with zero point 0 and subtracts
``zero_point x column sums of the weights`` in int32, which is exact. A token's integer
products then depend on that token alone, and a text's scores on that text alone.

    python -m training.tokenwise models/emotive-student-int8 --stage runs/tokenwise

rewrites an artifact's ``model.onnx``, calibrates it on dev, evaluates it on test and
replaces the artifact only when its metrics improve (``training.release.promote``).
The training pipeline and ``training.embedder`` apply ``per_token`` to what they quantize.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

log = logging.getLogger("emotive.training")


class RewriteError(ValueError):
    """The graph is not one ``quantize_dynamic`` wrote (or was rewritten already)."""


def _consumers(graph: onnx.GraphProto) -> dict[str, list[onnx.NodeProto]]:
    out: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            out.setdefault(name, []).append(node)
    return out


def _quantize_nodes(x: str, q: str, scale: str, zero: str, c: dict[str, str], p: str
                    ) -> list[onnx.NodeProto]:
    """uint8 asymmetric quantization of ``x`` with one scale per vector of its last axis,
    the same arithmetic as ``DynamicQuantizeLinear`` (range stretched to hold 0, round half
    to even, saturate to 0..255). Outputs: ``q`` (uint8), ``scale`` (float), ``zero``
    (float, a whole number)."""
    mk = helper.make_node
    return [
        mk("ReduceMin", [x], [p + "min"], axes=[-1], keepdims=1),
        mk("ReduceMax", [x], [p + "max"], axes=[-1], keepdims=1),
        mk("Min", [p + "min", c["0"]], [p + "lo"]),
        mk("Max", [p + "max", c["0"]], [p + "hi"]),
        mk("Sub", [p + "hi", p + "lo"], [p + "range"]),
        mk("Div", [p + "range", c["255"]], [p + "step"]),
        # an all-zero vector has range 0: any scale quantizes it to the zero point
        mk("Max", [p + "step", c["tiny"]], [scale]),
        mk("Div", [p + "lo", scale], [p + "lo_steps"]),
        mk("Neg", [p + "lo_steps"], [p + "neg_lo"]),
        mk("Round", [p + "neg_lo"], [p + "zero_raw"]),
        mk("Clip", [p + "zero_raw", c["0"], c["255"]], [zero]),
        mk("Div", [x, scale], [p + "steps"]),
        mk("Round", [p + "steps"], [p + "rounded"]),
        mk("Add", [p + "rounded", zero], [p + "shifted"]),
        mk("Clip", [p + "shifted", c["0"], c["255"]], [p + "clipped"]),
        mk("Cast", [p + "clipped"], [q], to=TensorProto.UINT8),
    ]


def per_token(src: Path, dst: Path) -> Path:
    """Rewrite every ``DynamicQuantizeLinear`` of ``src`` to quantize per token; save to
    ``dst``. Raises ``RewriteError`` on a graph without one, or with a quantized activation
    that feeds anything but ``MatMulInteger`` with constant weights."""
    model = onnx.load(str(src))
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    consumers = _consumers(graph)
    dqls = [n for n in graph.node if n.op_type == "DynamicQuantizeLinear"]
    if not dqls:
        raise RewriteError(f"{src}: no DynamicQuantizeLinear node (not dynamically quantized, "
                           "or rewritten already)")
    new_inits: dict[str, np.ndarray] = {
        "tokenwise/0": np.array(0, np.float32), "tokenwise/255": np.array(255, np.float32),
        "tokenwise/tiny": np.array(1e-12, np.float32), "tokenwise/zero_u8": np.array(0, np.uint8),
    }
    c = {k.split("/")[1]: k for k in new_inits}
    # nodes are known by their first output: names may be empty
    before: dict[str, list[onnx.NodeProto]] = {}  # nodes replacing a node
    after: dict[str, list[onnx.NodeProto]] = {}  # nodes to put after a node
    for i, node in enumerate(dqls):
        x, (q, scale, zero) = node.input[0], node.output
        p = f"tokenwise/{i}/"
        zero_f, zero_i = p + "zero_float", p + "zero_int"
        before[q] = [*_quantize_nodes(x, q, scale, zero_f, c, p),
                             helper.make_node("Cast", [zero_f], [zero_i], to=TensorProto.INT32)]
        for j, mm in enumerate(consumers.get(q, [])):
            if mm.op_type != "MatMulInteger" or mm.input[1] not in inits or (
                    len(mm.input) < 3 or mm.input[2] != zero):
                raise RewriteError(f"{src}: {node.name} feeds {mm.op_type} {mm.name}, "
                                   "not MatMulInteger with constant weights")
            w = numpy_helper.to_array(inits[mm.input[1]]).astype(np.int64)
            if len(mm.input) > 3 and mm.input[3]:
                w -= numpy_helper.to_array(inits[mm.input[3]]).astype(np.int64)
            colsum, shift, fixed = (f"{p}{j}/{n}" for n in ("colsum", "shift", "out"))
            new_inits[colsum] = w.sum(0).astype(np.int32)
            mm.input[2] = c["zero_u8"]
            raw = mm.output[0]
            for user in consumers.get(raw, []):
                user.input[:] = [fixed if n == raw else n for n in user.input]
            after[raw] = [helper.make_node("Mul", [zero_i, colsum], [shift]),
                              helper.make_node("Sub", [raw, shift], [fixed])]
        for user in consumers.get(zero, []):
            if user.op_type != "MatMulInteger":
                raise RewriteError(f"{src}: the zero point of {node.name} feeds {user.op_type}")
    nodes: list[onnx.NodeProto] = []
    for node in graph.node:
        nodes.extend(before.get(node.output[0], [node]))
        nodes.extend(after.get(node.output[0], []))
    del graph.node[:]
    graph.node.extend(nodes)
    graph.initializer.extend(numpy_helper.from_array(v, k) for k, v in new_inits.items())
    onnx.checker.check_model(model)
    onnx.save(model, str(dst))
    return dst


def _rewrite_artifact(artifact: Path, stage: Path, data_dir: str | None, threads: int | None
                      ) -> dict[str, Any]:
    """Stage ``artifact`` with its graph rewritten, calibrated on dev and evaluated on test;
    returns the staged metrics."""
    from emotive.artifact import ArtifactInfo
    from emotive.runtime import OnnxModel
    from training.config import config_from_dict
    from training.data import read_goemotions
    from training.evaluate import calibrate, evaluate, median_latency_ms, plot_evaluation
    from training.model_card import model_card
    from training.release import machine

    info = ArtifactInfo.load(artifact)
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(artifact, stage)
    per_token(artifact / "model.onnx", stage / "model.onnx")
    max_length = info.calibration.max_length
    model = OnnxModel(stage / "model.onnx", stage / "tokenizer.json", max_length, threads)
    dev, test = (read_goemotions(s, info.schema, data_dir) for s in ("dev", "test"))
    log.info("scoring dev (%d) and test (%d)", len(dev), len(test))
    dev_logits, test_logits = model.logits(dev.texts), model.logits(test.texts)
    cal = calibrate(dev_logits, dev, max_length)
    result = {**evaluate(test_logits, test, cal), "calibration": cal.to_dict()}
    one = OnnxModel(stage / "model.onnx", stage / "tokenizer.json", max_length, threads=1)
    result["latency_ms"] = median_latency_ms(lambda t: one.logits([t]), test.texts[:300])
    metrics = json.loads((artifact / "metrics.json").read_text())
    before = {k: metrics[k] for k in ("emotion_macro_f1", "sentiment_macro_f1")}
    old = metrics["systems"]["student_int8"]
    size_mb = round((stage / "model.onnx").stat().st_size / 2**20, 2)
    metrics["systems"]["student_int8"] = {**old, **result, "size_mb": size_mb}
    metrics.update(
        emotion_macro_f1=round(result["emotion"]["macro_f1"], 4),
        emotion_macro_auc=round(result["emotion"]["macro_auc"], 4),
        sentiment_macro_f1=round(result["sentiment"]["macro_f1"], 4),
        activations="per-token",
        tokenwise={"created": dt.date.today().isoformat(), "machine": machine(),
                   "command": f"python -m training.tokenwise {artifact}", "before": before},
    )
    (stage / "calibration.json").write_text(json.dumps(cal.to_dict(), indent=2) + "\n")
    (stage / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    cfg = config_from_dict(json.loads((artifact / "config.json").read_text()))
    plot_evaluation(test_logits, test, cal, stage / "evaluation.png",
                    f"{cfg.name} int8 student (per-token activations), GoEmotions test")
    (stage / "MODEL_CARD.md").write_text(model_card(cfg, metrics))
    ArtifactInfo.load(stage)
    return metrics


def main(argv: list[str] | None = None) -> int:
    from training.release import promote

    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("artifact", type=Path, help="artifact folder (model.onnx, metrics.json, ...)")
    p.add_argument("--stage", type=Path, default=Path("runs/tokenwise"),
                   help="where the rewritten artifact is assembled (default runs/tokenwise)")
    p.add_argument("--data-dir", help="GoEmotions folder (default: EMOTIVE_GOEMOTIONS_DIR, "
                                      "../shared/data/goemotions, else the Hugging Face hub)")
    p.add_argument("--threads", type=int, default=None, help="ONNX Runtime threads")
    p.add_argument("--force", action="store_true",
                   help="replace the artifact even if its metrics do not improve")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    m = _rewrite_artifact(args.artifact, args.stage, args.data_dir, args.threads)
    print(f"per-token: emotion macro-F1 {m['emotion_macro_f1']:.4f}, sentiment macro-F1 "
          f"{m['sentiment_macro_f1']:.4f} (was {m['tokenwise']['before']})")
    where = promote(args.stage, args.artifact, args.force)
    print(f"artifact: {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
