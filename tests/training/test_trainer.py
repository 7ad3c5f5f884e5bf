"""Resumable training: an interrupted run continues to the same weights."""

import json

import torch

from emotive.labels import default_schema
from training.config import OptimConfig
from training.data import read_goemotions
from training.model import build_teacher
from training.pipeline import text_encoder
from training.trainer import Encoded, RunSpec, fit


def _setup(baby_config, goemotions_dir):
    schema = default_schema()
    train = read_goemotions("train", schema, goemotions_dir).subset(range(48))
    dev = read_goemotions("dev", schema, goemotions_dir).subset(range(32))
    enc = text_encoder(baby_config)
    spec = RunSpec(epochs=2, batch_size=8, optimizer="sgd", optim=OptimConfig(lr=0.1),
                   label_smoothing=0.1, sentiment_weight=1.0, seed=3, checkpoint_every=2)
    return enc, Encoded.of(train, enc), Encoded.of(dev, enc), spec


def test_interrupted_run_resumes_to_identical_weights(baby_config, goemotions_dir, tmp_path
                                                      ) -> None:
    torch.set_num_threads(1)
    enc, train, dev, spec = _setup(baby_config, goemotions_dir)
    straight = build_teacher("baby", default_schema(), 0.1, seed=3)
    fit(straight, enc, train, dev, spec, tmp_path / "a")

    resumed = build_teacher("baby", default_schema(), 0.1, seed=3)
    assert fit(resumed, enc, train, dev, spec, tmp_path / "b", stop_after=5) is None
    assert (tmp_path / "b" / "checkpoint.pt").exists()
    fresh = build_teacher("baby", default_schema(), 0.1, seed=99)  # a new process
    summary = fit(fresh, enc, train, dev, spec, tmp_path / "b")
    assert summary is not None and summary["steps"] == 12
    for (name, a), b in zip(straight.state_dict().items(), fresh.state_dict().values(),
                            strict=True):
        assert torch.allclose(a, b, atol=1e-6), name
    assert not (tmp_path / "b" / "checkpoint.pt").exists()
    evals = [json.loads(x) for x in (tmp_path / "b" / "log.jsonl").read_text().splitlines()]
    assert evals[-1]["step"] == 12 and 0 <= evals[-1]["emotion_f1"] <= 1


def test_finished_run_is_not_trained_again(baby_config, goemotions_dir, tmp_path) -> None:
    enc, train, dev, spec = _setup(baby_config, goemotions_dir)
    model = build_teacher("baby", default_schema(), 0.1, seed=3)
    first = fit(model, enc, train, dev, spec, tmp_path)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    assert fit(model, enc, train, dev, spec, tmp_path) == first
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
