"""The whole chain on the baby config: data -> teachers -> student -> int8 artifact."""

import json
import shutil

from emotive.artifact import ArtifactInfo
from training.release import promote


def test_baby_chain_writes_a_complete_artifact(baby_artifact) -> None:
    names = {p.name for p in baby_artifact.iterdir()}
    assert {"model.onnx", "tokenizer.json", "labels.json", "calibration.json", "config.json",
            "metrics.json", "MODEL_CARD.md", "evaluation.png"} <= names
    assert sum(p.stat().st_size for p in baby_artifact.iterdir()) < 25 * 2**20
    info = ArtifactInfo.load(baby_artifact)
    m = info.metrics
    assert set(m["systems"]) == {"teacher_fp32", "student_fp32", "student_int8"}
    assert set(m["teachers"]) == {"sgd", "adamw", "student"}
    for s in m["systems"].values():
        assert 0 <= s["emotion"]["macro_f1"] <= 1 and s["latency_ms"] > 0
    assert m["parity"]["torch_vs_onnx_fp32"]["label_agreement"] >= 0.999
    card = (baby_artifact / "MODEL_CARD.md").read_text()
    assert "Mixed" in card and "student, int8" in card


def test_promote_keeps_a_better_model(baby_artifact, tmp_path) -> None:
    target = tmp_path / "models" / "m"
    shutil.copytree(baby_artifact, target)
    worse = tmp_path / "candidate"
    shutil.copytree(baby_artifact, worse)
    m = json.loads((worse / "metrics.json").read_text())
    m["emotion_macro_f1"] -= 0.01
    (worse / "metrics.json").write_text(json.dumps(m))
    assert promote(worse, target) == worse
    assert json.loads((target / "metrics.json").read_text())["emotion_macro_f1"] == \
        m["emotion_macro_f1"] + 0.01
    m["emotion_macro_f1"] += 0.02
    (worse / "metrics.json").write_text(json.dumps(m))
    assert promote(worse, target) == target
    assert json.loads((target / "metrics.json").read_text())["emotion_macro_f1"] == \
        m["emotion_macro_f1"]
