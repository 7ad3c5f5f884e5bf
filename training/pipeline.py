"""The whole chain: data -> teachers (SGD and AdamW) -> distilled student -> calibrated,
exported, int8-quantized ONNX artifact with metrics and a model card.

Run with ``emotive train --config training/configs/release.toml`` (or ``make model``).
Every stage writes into ``run_dir`` and is skipped when its output exists, so an
interrupted run continues where it stopped. ``--stage teacher --optimizer sgd`` trains one
teacher only (two such processes can share the machine).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np
import torch

from emotive.encoding import TextEncoder
from emotive.labels import LabelSchema, default_schema
from training.config import PipelineConfig
from training.data import LabelledTexts, load_goemotions_hub, read_goemotions, read_table
from training.model import build_teacher, from_state, minilm_path, shrink
from training.trainer import Encoded, RunSpec, fit, predict_logits

log = logging.getLogger("emotive.training")
SPLITS = ("train", "dev", "test")


def load_splits(cfg: PipelineConfig, schema: LabelSchema) -> dict[str, LabelledTexts]:
    d = cfg.data
    out: dict[str, LabelledTexts] = {}
    for split in SPLITS:
        if d.source == "goemotions":
            data = read_goemotions(split, schema, d.data_dir or None)
        elif d.source == "hub":
            data = load_goemotions_hub(split, schema)
        else:
            path = {"train": d.train_file, "dev": d.dev_file, "test": d.test_file}[split]
            if not path:
                continue
            data = read_table(path, schema, d.text_column, d.emotions_column,
                              d.sentiment_column or None)
        out[split] = data.subset(range(min(len(data), d.limit))) if d.limit else data
    return out


def text_encoder(cfg: PipelineConfig) -> TextEncoder:
    return TextEncoder(minilm_path() / "tokenizer.json", cfg.teacher.max_length)


def teacher_dir(cfg: PipelineConfig, optimizer: str) -> Path:
    return Path(cfg.run_dir) / f"teacher-{optimizer}"


def train_teacher(cfg: PipelineConfig, optimizer: str, splits: dict[str, LabelledTexts],
                  encoder: TextEncoder) -> dict[str, Any]:
    t = cfg.teacher
    done = teacher_dir(cfg, optimizer) / "done.json"
    if done.exists():  # skip loading the base model and encoding the data again
        return dict(json.loads(done.read_text()))
    model = build_teacher(t.base, splits["train"].schema, t.dropout, cfg.seed)
    spec = RunSpec(epochs=t.epochs, batch_size=t.batch_size, optimizer=optimizer,
                   optim=t.optim[optimizer], label_smoothing=t.label_smoothing,
                   sentiment_weight=t.sentiment_weight, seed=cfg.seed,
                   eval_every=t.eval_every, checkpoint_every=t.checkpoint_every)
    train, dev = Encoded.of(splits["train"], encoder), Encoded.of(splits["dev"], encoder)
    summary = fit(model, encoder, train, dev, spec, teacher_dir(cfg, optimizer),
                  desc=f"teacher/{optimizer}")
    assert summary is not None
    return summary


def best_teacher(cfg: PipelineConfig) -> str:
    """The optimizer whose teacher scored best on dev (mean of emotion and sentiment F1)."""
    scores = {}
    for name in cfg.teacher.optimizers:
        done = teacher_dir(cfg, name) / "done.json"
        scores[name] = json.loads(done.read_text())["best_dev"]["score"]
    return max(scores, key=lambda k: scores[k])


def load_model(path: Path) -> Any:
    return from_state(torch.load(path, weights_only=False))


def teacher_logits(cfg: PipelineConfig, name: str, encoder: TextEncoder, train: Encoded
                   ) -> dict[str, np.ndarray]:
    """The teacher's logits on the training set (cached beside the teacher)."""
    path = teacher_dir(cfg, name) / "train_logits.npz"
    if not path.exists():
        teacher = load_model(teacher_dir(cfg, name) / "best.pt")
        emo, sent = predict_logits(teacher, encoder, train.ids, progress=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, emo=emo, sent=sent)
        tmp.replace(path)
    with np.load(path) as f:
        return {"emo": f["emo"], "sent": f["sent"]}


def distill_student(cfg: PipelineConfig, teacher_name: str, splits: dict[str, LabelledTexts],
                    encoder: TextEncoder) -> dict[str, Any]:
    s = cfg.student
    out = Path(cfg.run_dir) / "student"
    out.mkdir(parents=True, exist_ok=True)
    teacher = load_model(teacher_dir(cfg, teacher_name) / "best.pt")
    train, dev = Encoded.of(splits["train"], encoder), Encoded.of(splits["dev"], encoder)
    names = cfg.teacher.optimizers if s.teacher == "ensemble" else [teacher_name]
    logits = [teacher_logits(cfg, name, encoder, train) for name in names]
    soft = {k: np.mean([x[k] for x in logits], axis=0) for k in ("emo", "sent")}
    student = shrink(teacher, s.layers)
    spec = RunSpec(epochs=s.epochs, batch_size=s.batch_size, optimizer=s.optimizer,
                   optim=s.optim, label_smoothing=cfg.teacher.label_smoothing,
                   sentiment_weight=cfg.teacher.sentiment_weight, seed=cfg.seed,
                   eval_every=s.eval_every, checkpoint_every=s.checkpoint_every,
                   temperature=s.temperature, alpha=s.alpha)
    summary = fit(student, encoder, train, dev, spec, out, soft=(soft["emo"], soft["sent"]),
                  desc="student")
    assert summary is not None
    return {**summary, "teacher": teacher_name, "soft_targets": names}


def run(cfg: PipelineConfig, stage: str = "all", optimizer: str | None = None,
        force: bool = False) -> Path | None:
    torch.set_num_threads(cfg.threads)
    schema = default_schema()
    splits = load_splits(cfg, schema)
    encoder = text_encoder(cfg)
    optimizers = [optimizer] if optimizer else cfg.teacher.optimizers
    for name in optimizers:
        summary = train_teacher(cfg, name, splits, encoder)
        log.info("teacher %s: dev %s", name, summary["best_dev"])
    if stage == "teacher":
        return None
    chosen = best_teacher(cfg)
    distill_student(cfg, chosen, splits, encoder)
    if stage == "student":
        return None
    from training.release import build_artifact

    return build_artifact(cfg, chosen, splits, encoder, force=force)
