"""Per-token activation quantization (``training.tokenwise``): the arithmetic, and scores that
no longer depend on the batch."""

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from emotive.labels import default_schema
from emotive.runtime import OnnxModel
from training.export import export_onnx, optimize, quantize
from training.model import build_teacher, minilm_path, shrink
from training.tokenwise import RewriteError, per_token

SHORT = ["I love this so much!", "ok", "This is terrible and I hate it."]
LONG = "When is the meeting? I'm not sure anyone told me about the new time at all, " * 3


def _matmul_model(path, w: np.ndarray) -> None:
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["b", "s", w.shape[0]])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["b", "s", w.shape[1]])
    graph = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "mm", [x], [y],
                              [numpy_helper.from_array(w, "w")])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)


def _reference(x: np.ndarray, w: np.ndarray, per_channel: bool) -> np.ndarray:
    """Each token's vector quantized to uint8 with its own range (which holds 0), times the
    int8 weights as quantize_dynamic stores them."""
    lo = np.minimum(x.min(-1, keepdims=True), 0)
    hi = np.maximum(x.max(-1, keepdims=True), 0)
    scale = np.maximum((hi - lo) / 255, 1e-12).astype(np.float32)
    zero = np.clip(np.round(-lo / scale), 0, 255)
    q = np.clip(np.round(x / scale) + zero, 0, 255)
    w_scale = np.abs(w).max(0 if per_channel else None) / 127
    wq = np.clip(np.round(w / w_scale), -127, 127)
    return np.asarray(((q - zero) @ wq) * scale * w_scale, np.float32)


@pytest.mark.parametrize("per_channel", [False, True])
def test_rewritten_matmul_is_per_token_uint8_arithmetic(tmp_path, per_channel) -> None:
    rng = np.random.default_rng(0)
    w = rng.normal(size=(16, 8)).astype(np.float32)
    _matmul_model(tmp_path / "f.onnx", w)
    quantize(tmp_path / "f.onnx", tmp_path / "q.onnx", per_channel=per_channel)
    per_token(tmp_path / "q.onnx", tmp_path / "t.onnx")
    # rows of very different ranges: one large token would coarsen every other token's steps
    # under one scale per tensor
    x = rng.normal(size=(2, 5, 16)).astype(np.float32)
    x[0, 0] *= 50
    x[1, 2] = 0  # an all-zero vector (range 0)
    x[1, 3] = np.abs(x[1, 3])  # all positive: the range is stretched to hold 0
    run = ort.InferenceSession(str(tmp_path / "t.onnx")).run
    (got,) = run(None, {"x": x})
    np.testing.assert_allclose(got, _reference(x, w, per_channel), rtol=1e-5, atol=1e-5)
    (alone,) = run(None, {"x": x[1:, 2:4]})
    np.testing.assert_array_equal(alone, got[1:, 2:4])
    (per_tensor,) = ort.InferenceSession(str(tmp_path / "q.onnx")).run(None, {"x": x})
    (per_tensor_alone,) = ort.InferenceSession(str(tmp_path / "q.onnx")).run(
        None, {"x": x[1:, 2:4]})
    assert np.abs(per_tensor_alone - per_tensor[1:, 2:4]).max() > 1e-3  # the problem it solves


def test_a_graph_without_dynamic_quantization_is_refused(tmp_path) -> None:
    w = np.ones((4, 4), np.float32)
    _matmul_model(tmp_path / "f.onnx", w)
    with pytest.raises(RewriteError, match="not dynamically quantized"):
        per_token(tmp_path / "f.onnx", tmp_path / "t.onnx")
    quantize(tmp_path / "f.onnx", tmp_path / "q.onnx")
    per_token(tmp_path / "q.onnx", tmp_path / "t.onnx")
    with pytest.raises(RewriteError, match="rewritten already"):
        per_token(tmp_path / "t.onnx", tmp_path / "t2.onnx")
    assert not (tmp_path / "t2.onnx").exists()


@pytest.mark.slow
def test_a_transformer_scores_each_text_the_same_in_any_batch(tmp_path) -> None:
    model = shrink(build_teacher("baby", default_schema(), 0.1, seed=0), [1]).eval()
    tok = minilm_path() / "tokenizer.json"
    opt = optimize(export_onnx(model, tmp_path / "m.onnx"), tmp_path / "opt.onnx", 2, 32)
    tensor = quantize(opt, tmp_path / "int8.onnx")
    token = per_token(tensor, tmp_path / "token.onnx")
    texts = [*SHORT, LONG]
    for path, same in ((token, True), (tensor, False)):
        m = OnnxModel(path, tok, 64)
        together = m.logits(texts, batch_size=len(texts))[0]
        alone = np.concatenate([m.logits([t])[0] for t in texts])
        assert bool(np.abs(together - alone).max() < 1e-4) is same, path.name


@pytest.mark.parametrize("artifact", ["emotive-student-int8", "minilm-embedder-int8"])
def test_the_shipped_graphs_multiply_uint8_by_uint8(artifact) -> None:
    """uint8 x int8 saturates in ONNX Runtime on x86 without VNNI (the student's test
    macro-F1 0.6686 -> 0.6679 on an AVX2 EPYC); the shipped graphs hold uint8 weights."""
    from pathlib import Path

    from training.tokenwise import unsigned_weights

    model = onnx.load(str(Path(__file__).parents[2] / "models" / artifact / "model.onnx"))
    inits = {i.name: i for i in model.graph.initializer}
    products = [n for n in model.graph.node if n.op_type == "MatMulIntegerToFloat"]
    assert products and all(inits[n.input[1]].data_type == TensorProto.UINT8
                            and (numpy_helper.to_array(inits[n.input[5]]) == 128).all()
                            for n in products)
    assert unsigned_weights(model) == 0


def test_uint8_weights_give_the_int8_products(tmp_path) -> None:
    from training.tokenwise import unsigned_weights

    rng = np.random.default_rng(1)
    w = rng.normal(size=(16, 8)).astype(np.float32)
    _matmul_model(tmp_path / "f.onnx", w)
    quantize(tmp_path / "f.onnx", tmp_path / "q.onnx")
    per_token(tmp_path / "q.onnx", tmp_path / "t.onnx")
    model = onnx.load(str(tmp_path / "t.onnx"))
    assert unsigned_weights(model) == 0  # per_token stores them so already
    x = rng.normal(size=(1, 3, 16)).astype(np.float32)
    x[0, 1] *= 40  # a wide token: its pairs of products pass 32,767
    (got,) = ort.InferenceSession(str(tmp_path / "t.onnx")).run(None, {"x": x})
    np.testing.assert_allclose(got, _reference(x, w, False), rtol=1e-5, atol=1e-5)
