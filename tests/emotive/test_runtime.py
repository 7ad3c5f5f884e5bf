import json

import numpy as np
import pytest

from emotive.artifact import ArtifactError
from emotive.runtime import Scorer


@pytest.fixture(scope="module")
def scorer(baby_artifact) -> Scorer:
    return Scorer(baby_artifact, threads=1)


def test_scores_are_probabilities_in_schema_order(scorer) -> None:
    (s,) = scorer.score(["What a wonderful surprise!"])
    assert list(s.emotions) == list(scorer.schema.emotions)
    assert all(0.0 <= v <= 1.0 for v in s.emotions.values())
    assert sum(s.sentiment.values()) == pytest.approx(1.0, abs=1e-3)
    assert s.valence == pytest.approx(s.sentiment["positive"] - s.sentiment["negative"],
                                      abs=1e-3)
    thresholds = dict(zip(scorer.schema.emotions, scorer.calibration.thresholds, strict=True))
    assert s.labels == [n for n, v in s.emotions.items() if v >= thresholds[n]]
    json.dumps(s.to_dict())


def test_batch_order_does_not_change_scores(scorer) -> None:
    texts = ["short", "a somewhat longer sentence about the weather today", "mid length text"]
    a = scorer.probabilities(texts)[0]
    b = scorer.probabilities(texts[::-1])[0][::-1]
    np.testing.assert_allclose(a, b, atol=1e-5)


def test_long_text_pools_windows(scorer) -> None:
    long = " ".join(["I am furious about this."] * 60)  # far beyond 48 tokens
    assert scorer.model is not None
    windows = scorer.model.encoder.windows([long])[0]
    assert len(windows) > 1
    emo, sent = scorer.probabilities([long])
    per_window_emo, _ = scorer.model.run(windows)
    t = scorer.calibration.emotion_temperature
    expected = (1 / (1 + np.exp(-per_window_emo / t))).max(0)
    np.testing.assert_allclose(emo[0], expected, atol=1e-5)
    assert sent[0].sum() == pytest.approx(1.0, abs=1e-5)


def test_empty_input_list(scorer) -> None:
    emo, sent = scorer.probabilities([])
    assert emo.shape == (0, 5) and sent.shape == (0, 3)


def test_missing_and_corrupt_artifacts_are_clear_errors(tmp_path, baby_artifact) -> None:
    with pytest.raises(ArtifactError, match="not found"):
        Scorer(tmp_path / "nope")
    broken = tmp_path / "broken"
    broken.mkdir()
    for f in ("tokenizer.json", "labels.json", "calibration.json"):
        (broken / f).write_bytes((baby_artifact / f).read_bytes())
    with pytest.raises(ArtifactError, match=r"missing model\.onnx"):
        Scorer(broken)
    (broken / "model.onnx").write_bytes(b"not an onnx graph")
    with pytest.raises(ArtifactError, match="cannot load ONNX"):
        Scorer(broken)
