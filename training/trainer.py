"""The training loop shared by the teacher and the distilled student.

One run writes into its own folder: ``checkpoint.pt`` (resumable: model, optimizer,
schedule, step, RNG), ``best.pt`` (best dev score so far), ``log.jsonl`` (one line per dev
evaluation) and ``done.json`` when it has finished. Starting a run whose folder holds a
checkpoint resumes it; a finished run is not trained again.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from tqdm import tqdm

from emotive.encoding import TextEncoder
from training.batching import bucketed_batches, sorted_batches
from training.config import OptimConfig
from training.data import LabelledTexts
from training.losses import distill_loss, hard_loss
from training.metrics import emotion_report, sentiment_report, sigmoid, softmax, tune_thresholds
from training.model import TwoHeadClassifier


@dataclass
class RunSpec:
    """How to train one model; saved in its checkpoints."""

    epochs: float
    batch_size: int
    optimizer: str
    optim: OptimConfig
    label_smoothing: float
    sentiment_weight: float
    seed: int
    eval_every: int = 0
    checkpoint_every: int = 200
    temperature: float = 1.0  # distillation only
    alpha: float = 0.0  # weight of the distillation loss (0 = plain supervised training)


@dataclass
class Encoded:
    """A labelled split as token ids, ready for batching."""

    ids: list[list[int]]
    emotions: np.ndarray
    sentiment: np.ndarray

    @property
    def lengths(self) -> np.ndarray:
        return np.fromiter((len(x) for x in self.ids), dtype=np.int64, count=len(self.ids))

    @classmethod
    def of(cls, data: LabelledTexts, encoder: TextEncoder) -> Encoded:
        return cls(encoder.encode(data.texts), data.emotions, data.sentiment)


def _tensors(encoder: TextEncoder, batch: Sequence[Sequence[int]]) -> tuple[torch.Tensor, ...]:
    ids, mask = encoder.pad(batch)
    return torch.from_numpy(ids), torch.from_numpy(mask)


@torch.no_grad()
def predict_logits(
    model: TwoHeadClassifier, encoder: TextEncoder, ids: list[list[int]], batch_size: int = 128,
    progress: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    """Emotion and sentiment logits for every sequence, in input order."""
    model.eval()
    emo = np.zeros((len(ids), len(model.schema.emotions)), dtype=np.float32)
    sent = np.zeros((len(ids), len(model.schema.sentiments)), dtype=np.float32)
    lengths = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids))
    for idx in tqdm(sorted_batches(lengths, batch_size), desc="predict", disable=not progress,
                    leave=False):
        e, s = model(*_tensors(encoder, [ids[i] for i in idx]))
        emo[idx], sent[idx] = e.numpy(), s.numpy()
    return emo, sent


def dev_scores(model: TwoHeadClassifier, encoder: TextEncoder, dev: Encoded) -> dict[str, float]:
    """Emotion macro-F1 with thresholds tuned on dev, sentiment macro-F1, and their mean."""
    emo, sent = predict_logits(model, encoder, dev.ids)
    probs = sigmoid(emo)
    names = model.schema.emotions
    e = emotion_report(probs, dev.emotions, tune_thresholds(probs, dev.emotions), names)
    s = sentiment_report(softmax(sent), dev.sentiment, model.schema.sentiments)
    return {"emotion_f1": e["macro_f1"], "emotion_auc": e["macro_auc"],
            "sentiment_f1": s["macro_f1"], "score": (e["macro_f1"] + s["macro_f1"]) / 2}


def _optimizer(model: TwoHeadClassifier, name: str, o: OptimConfig) -> torch.optim.Optimizer:
    decay, no_decay, heads = [], [], []
    for pname, p in model.named_parameters():
        if pname.startswith(("emotion_head", "sentiment_head")):
            heads.append(p)
        elif p.ndim < 2:
            no_decay.append(p)  # biases and LayerNorm weights
        else:
            decay.append(p)
    groups = [
        {"params": decay, "weight_decay": o.weight_decay, "lr": o.lr},
        {"params": no_decay, "weight_decay": 0.0, "lr": o.lr},
        {"params": heads, "weight_decay": o.weight_decay, "lr": o.lr * o.head_lr_mult},
    ]
    if name == "sgd":
        return torch.optim.SGD(groups, lr=o.lr, momentum=o.momentum, nesterov=True)
    if name == "adamw":
        return torch.optim.AdamW(groups, lr=o.lr)
    raise ValueError(f"unknown optimizer '{name}'")


def _one_cycle(opt: torch.optim.Optimizer, total: int, o: OptimConfig
               ) -> torch.optim.lr_scheduler.OneCycleLR:
    return torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=[g["lr"] for g in opt.param_groups], total_steps=total,
        pct_start=o.pct_start, anneal_strategy="cos", cycle_momentum=True,
        base_momentum=0.85, max_momentum=0.95, div_factor=25.0, final_div_factor=1e3,
    )


def _save(path: Path, obj: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(obj, tmp)
    tmp.replace(path)  # never leave a half-written checkpoint behind


def fit(
    model: TwoHeadClassifier, encoder: TextEncoder, train: Encoded, dev: Encoded, spec: RunSpec,
    out_dir: Path, soft: tuple[np.ndarray, np.ndarray] | None = None, desc: str = "train",
    stop_after: int | None = None,
) -> dict[str, Any] | None:
    """Train (or resume, or skip when done); returns the summary written to done.json.

    ``stop_after`` ends this call after that many steps with a checkpoint (returns None);
    the next call resumes.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    done = out_dir / "done.json"
    if done.exists():
        return dict(json.loads(done.read_text()))
    torch.manual_seed(spec.seed)
    lengths = train.lengths
    per_epoch = len(bucketed_batches(lengths, spec.batch_size, spec.seed, 0))
    total = max(1, math.ceil(spec.epochs * per_epoch))
    eval_every = spec.eval_every or per_epoch
    opt = _optimizer(model, spec.optimizer, spec.optim)
    sched = _one_cycle(opt, total, spec.optim)
    step, best, elapsed = 0, -1.0, 0.0
    ckpt = out_dir / "checkpoint.pt"
    if ckpt.exists():
        state = torch.load(ckpt, weights_only=False)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["optimizer"])
        sched.load_state_dict(state["scheduler"])
        step, best, elapsed = state["step"], state["best"], state["elapsed"]
        torch.set_rng_state(state["torch_rng"])
    log = (out_dir / "log.jsonl").open("a")
    bar = tqdm(total=total, initial=step, desc=desc, dynamic_ncols=True, mininterval=5)
    running, last_dev, started = None, float("nan"), time.perf_counter() - elapsed
    epoch_batches: dict[int, list[np.ndarray]] = {}
    model.train()
    stop_at = total if stop_after is None else min(total, step + stop_after)
    while step < stop_at:
        epoch, k = divmod(step, per_epoch)
        if epoch not in epoch_batches:
            epoch_batches = {epoch: bucketed_batches(lengths, spec.batch_size, spec.seed, epoch)}
        idx = epoch_batches[epoch][k]
        loss = _step_loss(model, encoder, train, idx, spec, soft)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        step += 1
        running = loss.item() if running is None else 0.98 * running + 0.02 * loss.item()
        bar.update(1)
        bar.set_postfix(loss=f"{running:.4f}", lr=f"{sched.get_last_lr()[0]:.2e}",
                        dev=f"{last_dev:.3f}", refresh=False)
        if step % eval_every == 0 or step == total:
            scores = dev_scores(model, encoder, dev)
            model.train()
            last_dev = scores["emotion_f1"]
            log.write(json.dumps({"step": step, "epoch": step / per_epoch, "loss": running,
                                  **scores}) + "\n")
            log.flush()
            if scores["score"] > best:
                best = scores["score"]
                _save(out_dir / "best.pt", {**model.state(), "dev": scores, "step": step})
        if step % spec.checkpoint_every == 0 or step % eval_every == 0 or step == stop_at:
            _save(ckpt, {"model": model.state_dict(), "optimizer": opt.state_dict(),
                         "scheduler": sched.state_dict(), "step": step, "best": best,
                         "elapsed": time.perf_counter() - started,
                         "torch_rng": torch.get_rng_state(), "spec": asdict(spec)})
    bar.close()
    log.close()
    if step < total:
        return None
    best_state = torch.load(out_dir / "best.pt", weights_only=False)
    summary = {"steps": total, "epochs": spec.epochs, "train_seconds": time.perf_counter() -
               started, "best_dev": best_state["dev"], "best_step": best_state["step"],
               "spec": asdict(spec)}
    done.write_text(json.dumps(summary, indent=2) + "\n")
    ckpt.unlink()  # the optimizer state is large and no longer needed
    return summary


def _step_loss(
    model: TwoHeadClassifier, encoder: TextEncoder, data: Encoded, idx: np.ndarray,
    spec: RunSpec, soft: tuple[np.ndarray, np.ndarray] | None,
) -> torch.Tensor:
    ids, mask = _tensors(encoder, [data.ids[i] for i in idx])
    emo, sent = model(ids, mask)
    hard = hard_loss(emo, sent, torch.from_numpy(data.emotions[idx]),
                     torch.from_numpy(data.sentiment[idx]), spec.label_smoothing,
                     spec.sentiment_weight)
    if soft is None or spec.alpha == 0:
        return hard
    t_emo, t_sent = torch.from_numpy(soft[0][idx]), torch.from_numpy(soft[1][idx])
    kd = distill_loss(emo, sent, t_emo, t_sent, spec.temperature)
    return spec.alpha * kd + (1 - spec.alpha) * hard
