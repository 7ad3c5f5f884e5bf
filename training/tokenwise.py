"""Per-token activation quantization: make an int8 model's scores independent of the batch.

``quantize_dynamic`` quantizes each activation tensor with one scale for the whole tensor,
computed at run time from its minimum and maximum. With a batch that tensor holds every
text in it, padding included, so a text's scores depended on the texts scored beside it:
on 2,000 GoEmotions test texts the shipped model's probabilities moved by up to 0.16
between batches of 32 and batches of one, and 37 texts changed labels. Through the
service's adaptive batching that made an answer depend on other users' traffic.

``per_token`` rewrites the graph so that each token's activation vector gets its own scale
and zero point: ``DynamicQuantizeLinear`` becomes ReduceMin/ReduceMax over the last axis
and a ``QuantizeLinear`` with one scale per row of a 2-D view. The integer matrix products
take a per-tensor zero point only, so they run with zero point 0
(``MatMulIntegerToFloat``, which also casts and applies the weights' scale in one pass),
and ``zero point x column sums of the weights`` is subtracted per token afterwards. A
token's products then depend on that token alone, and a text's scores on that text alone.
The integer products are exact; the correction is float32 (it cancels a large part of the
product), so probabilities differ from an all-integer correction by up to 0.008 (99% of
them by under 0.001, GoEmotions test). The all-integer one ran a quarter slower: a cast and
a multiply more per product. Either way a token's result is the same in any batch.

    python -m training.tokenwise models/emotive-student-int8 --stage runs/tokenwise

rewrites an artifact's ``model.onnx``, calibrates it on dev, evaluates it on test and
replaces the artifact only when its metrics improve (``training.release.promote``;
``--force`` for a faster graph with the same scores).
The training pipeline and ``training.embedder`` apply ``per_token`` to what they quantize.

``per_token`` also stores the weights as uint8 around 128 (``unsigned_weights``): on x86
CPUs without VNNI, ONNX Runtime's uint8 x int8 kernel saturates and scores drift (the
shipped student's emotion macro-F1 0.6686 -> 0.6679 on an AVX2 EPYC, the encoder's cosine to
float32 down to 0.88). ``--unsigned`` does only that to an artifact rewritten before:

    python -m training.tokenwise --unsigned models/emotive-student-int8
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
        # QuantizeLinear takes one scale per index of one axis: tokens as the rows of a 2-D
        # view, so that the big tensor is read once (by hand it took five passes)
        mk("Flatten", [x], [p + "rows"], axis=-1),
        mk("Reshape", [scale, c["flat"]], [p + "row_scale"]),
        mk("Reshape", [zero, c["flat"]], [p + "row_zero_float"]),
        mk("Cast", [p + "row_zero_float"], [p + "row_zero"], to=TensorProto.UINT8),
        mk("QuantizeLinear", [p + "rows", p + "row_scale", p + "row_zero"], [p + "q_rows"],
           axis=0),
        mk("Shape", [x], [p + "shape"]),
        mk("Reshape", [p + "q_rows", p + "shape"], [q]),
    ]


def per_token(src: Path, dst: Path) -> Path:
    """Rewrite every ``DynamicQuantizeLinear`` of ``src`` to quantize per token; save to
    ``dst``. Raises ``RewriteError`` on a graph without one, or with a quantized activation
    that feeds anything but what ``quantize_dynamic`` writes: ``MatMulInteger`` with
    constant weights -> ``Cast`` -> ``Mul`` by (activation scale x weight scale)."""
    model = onnx.load(str(src))
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    made_by = {out: n for n in graph.node for out in n.output}
    consumers = _consumers(graph)
    dqls = [n for n in graph.node if n.op_type == "DynamicQuantizeLinear"]
    if not dqls:
        raise RewriteError(f"{src}: no DynamicQuantizeLinear node (not dynamically quantized, "
                           "or rewritten already)")
    new_inits: dict[str, np.ndarray] = {
        "tokenwise/0": np.array(0, np.float32), "tokenwise/255": np.array(255, np.float32),
        "tokenwise/1": np.array(1, np.float32), "tokenwise/tiny": np.array(1e-12, np.float32),
        "tokenwise/zero_u8": np.array(0, np.uint8), "tokenwise/flat": np.array([-1], np.int64),
    }
    c = {k.split("/")[1]: k for k in new_inits}
    mk = helper.make_node
    # nodes are known by their first output: names may be empty
    replaced: dict[str, list[onnx.NodeProto]] = {}  # a node -> the nodes in its place
    dropped: set[str] = set()
    for i, node in enumerate(dqls):
        x, (q, scale, zero) = node.input[0], node.output
        p = f"tokenwise/{i}/"
        replaced[q] = [*_quantize_nodes(x, q, scale, p + "zero", c, p),
                       mk("Mul", [scale, p + "zero"], [p + "scaled_zero"])]
        for j, mm in enumerate(consumers.get(q, [])):
            cast = _only(consumers.get(mm.output[0], []), "Cast")
            mul = _only(consumers.get(cast.output[0], []) if cast else [], "Mul")
            both = made_by.get(mul.input[1]) if mul else None
            if (mm.op_type != "MatMulInteger" or mm.input[1] not in inits or len(mm.input) < 3
                    or mm.input[2] != zero or not mul or not both or both.op_type != "Mul"
                    or both.input[0] != scale or both.input[1] not in inits):
                raise RewriteError(f"{src}: {node.name} feeds {mm.op_type} {mm.name}, not "
                                   "MatMulInteger with constant weights, Cast and Mul")
            assert cast is not None and mul is not None
            w = numpy_helper.to_array(inits[mm.input[1]]).astype(np.int64)
            w_zero = mm.input[3] if len(mm.input) > 3 else ""
            if w_zero:
                w -= numpy_helper.to_array(inits[w_zero]).astype(np.int64)
            w_scale = numpy_helper.to_array(inits[both.input[1]]).astype(np.float64)
            q_, y, t, shift = (f"{p}{j}/{n}" for n in ("colsum", "y", "scaled", "shift"))
            # (a - za) w = a w - za colsum(w): the second term per token, in float
            new_inits[q_] = (w.sum(0) * w_scale).astype(np.float32)
            replaced[mm.output[0]] = [
                # exact integer products, cast and scaled by the weights' scale, in one op
                mk("MatMulIntegerToFloat",
                   [q, mm.input[1], c["1"], both.input[1], c["zero_u8"], w_zero], [y],
                   domain="com.microsoft"),
                mk("Mul", [y, scale], [t]),
                mk("Mul", [p + "scaled_zero", q_], [shift]),
                mk("Sub", [t, shift], [mul.output[0]]),
            ]
            dropped |= {cast.output[0], mul.output[0], both.output[0]}
        for user in consumers.get(zero, []):
            if user.op_type != "MatMulInteger":
                raise RewriteError(f"{src}: the zero point of {node.name} feeds {user.op_type}")
    nodes: list[onnx.NodeProto] = []
    for node in graph.node:
        if node.output[0] not in dropped:
            nodes.extend(replaced.get(node.output[0], [node]))
    del graph.node[:]
    graph.node.extend(nodes)
    graph.initializer.extend(numpy_helper.from_array(v, k) for k, v in new_inits.items())
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    unsigned_weights(model)
    onnx.checker.check_model(model)
    onnx.save(model, str(dst))
    return dst


def unsigned_weights(model: onnx.ModelProto) -> int:
    """Store the int8 weights of every ``MatMulIntegerToFloat`` as uint8 (w + 128, zero point
    128), in place; returns how many. The integer products are the same, but the kernel
    that computes them is not: on x86 CPUs without VNNI (AVX2 or AVX-512 alone) ONNX
    Runtime multiplies uint8 activations by int8 weights with ``vpmaddubsw``, which
    saturates each pair of products at 32,767 (255 x 127 x 2 = 64,770), and a token with
    a wide range lost most of its value (234.1 -> 58.8 in
    ``tests/training/test_tokenwise.py``; the sentence encoder's cosine to float32 fell to
    0.90). uint8 x uint8 takes a kernel that widens to 16 bits first: exact everywhere."""
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    users: dict[str, int] = {}
    for node in graph.node:
        for name in node.input:
            users[name] = users.get(name, 0) + 1
    done, replaced = 0, set()
    for node in graph.node:
        if node.op_type != "MatMulIntegerToFloat" or node.input[1] not in inits:
            continue
        w = inits[node.input[1]]
        if w.data_type != TensorProto.INT8:
            continue
        if users[w.name] != 1:
            raise RewriteError(f"weights {w.name} are shared: not rewritten in place")
        zero_name = node.input[5] if len(node.input) > 5 else ""
        zero = (numpy_helper.to_array(inits[zero_name]).astype(np.int64) if zero_name
                else np.zeros((), np.int64))
        shifted = numpy_helper.to_array(w).astype(np.int64) - zero + 128
        if shifted.min() < 0 or shifted.max() > 255:
            raise RewriteError(f"weights {w.name} do not fit uint8 around 128")
        w.CopyFrom(numpy_helper.from_array(shifted.astype(np.uint8), w.name))
        new_zero = f"{w.name}/zero_u8"
        graph.initializer.append(numpy_helper.from_array(
            np.full(zero.shape, 128, np.uint8), new_zero))
        inputs = list(node.input) + [""] * (6 - len(node.input))
        replaced.add(inputs[5])
        inputs[5] = new_zero
        del node.input[:]
        node.input.extend(inputs)
        done += 1
    used = {name for node in graph.node for name in node.input}
    kept = [i for i in graph.initializer if i.name in used or i.name not in replaced]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    return done


def _only(nodes: list[onnx.NodeProto], op: str) -> onnx.NodeProto | None:
    return nodes[0] if len(nodes) == 1 and nodes[0].op_type == op else None


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


def unsign_artifact(artifact: Path, data_dir: str | None = None, threads: int | None = None
                    ) -> dict[str, Any]:
    """Rewrite an artifact's ``model.onnx`` in place with uint8 weights
    (``unsigned_weights``). The integer products are the same, so nothing is re-trained or
    re-calibrated; an artifact with a metrics.json is evaluated on test with its own
    calibration first, and replaced only if it scores the card's emotion and sentiment
    macro-F1 (on a CPU without VNNI the int8 graph scores less: that is what this fixes)."""
    from emotive.artifact import ArtifactInfo
    from emotive.runtime import OnnxModel
    from training.data import read_goemotions
    from training.evaluate import evaluate
    from training.release import machine

    model = onnx.load(str(artifact / "model.onnx"))
    n = unsigned_weights(model)
    if not n:
        raise RewriteError(f"{artifact}: no int8 weights of MatMulIntegerToFloat to rewrite")
    onnx.checker.check_model(model)
    staged = artifact / "model.unsigned.onnx"
    onnx.save(model, str(staged))
    report: dict[str, Any] = {"rewritten": n}
    metrics_file = artifact / "metrics.json"
    try:
        if metrics_file.exists():
            info = ArtifactInfo.load(artifact)
            metrics = json.loads(metrics_file.read_text())
            test = read_goemotions("test", info.schema, data_dir)
            got = evaluate(OnnxModel(staged, artifact / "tokenizer.json",
                                     info.calibration.max_length, threads).logits(test.texts),
                           test, info.calibration)
            scores = {"emotion_macro_f1": round(got["emotion"]["macro_f1"], 4),
                      "sentiment_macro_f1": round(got["sentiment"]["macro_f1"], 4)}
            card = {k: metrics[k] for k in scores}
            if any(abs(scores[k] - card[k]) > 5e-4 for k in scores):
                raise RewriteError(f"{artifact}: uint8 weights score {scores}, the card says "
                                   f"{card}: not replaced")
            metrics.update(weights="uint8", unsigned={
                "created": dt.date.today().isoformat(), "machine": machine(),
                "command": f"python -m training.tokenwise --unsigned {artifact}",
                "test": scores})
            metrics_file.write_text(json.dumps(metrics, indent=2) + "\n")
            report["test"] = scores
        staged.replace(artifact / "model.onnx")
    finally:
        staged.unlink(missing_ok=True)
    return report


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
    p.add_argument("--unsigned", action="store_true",
                   help="only store the weights of an already rewritten artifact as uint8, "
                        "in place (exact integer products on CPUs without VNNI); checked "
                        "against the card's test scores when it has a metrics.json")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.unsigned:
        print(f"{args.artifact}: {unsign_artifact(args.artifact, args.data_dir, args.threads)}")
        return 0
    m = _rewrite_artifact(args.artifact, args.stage, args.data_dir, args.threads)
    print(f"per-token: emotion macro-F1 {m['emotion_macro_f1']:.4f}, sentiment macro-F1 "
          f"{m['sentiment_macro_f1']:.4f} (was {m['tokenwise']['before']})")
    where = promote(args.stage, args.artifact, args.force)
    print(f"artifact: {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
