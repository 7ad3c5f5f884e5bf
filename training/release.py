"""Assemble the model artifact: export, quantize, calibrate, evaluate, write the model card.

Compares teacher fp32 (PyTorch), student fp32 (ONNX) and student int8 (ONNX) on the test
split, checks export parity, and promotes the int8 student to ``artifact_dir`` only when
its metrics beat the artifact already there (or none exists, or ``force``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import platform
import shutil
from pathlib import Path
from typing import Any

import torch

from emotive.artifact import ArtifactInfo
from emotive.encoding import TextEncoder
from emotive.runtime import OnnxModel
from training.config import PipelineConfig
from training.data import LabelledTexts
from training.evaluate import Logits, calibrate, evaluate, median_latency_ms, plot_evaluation
from training.export import compare, export_onnx, optimize, quantize, torch_vs_onnx
from training.model import TwoHeadClassifier, from_state, minilm_path
from training.model_card import model_card
from training.tokenwise import per_token
from training.trainer import predict_logits

log = logging.getLogger("emotive.training")
PARITY_TEXTS = 512


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}, " \
           f"Python {platform.python_version()}"


def _load(path: Path) -> TwoHeadClassifier:
    return from_state(torch.load(path, weights_only=False)).eval()


def _torch_logits(model: TwoHeadClassifier, enc: TextEncoder, data: LabelledTexts) -> Logits:
    return predict_logits(model, enc, enc.encode(data.texts))


def _size_mb(path: Path) -> float:
    return round(path.stat().st_size / 2**20, 2)


def _params(model: TwoHeadClassifier) -> int:
    return sum(p.numel() for p in model.parameters())


def _system(logits_dev: Logits, logits_test: Logits, splits: dict[str, LabelledTexts],
            max_length: int) -> tuple[dict[str, Any], Any]:
    cal = calibrate(logits_dev, splits["dev"], max_length)
    return {**evaluate(logits_test, splits["test"], cal), "calibration": cal.to_dict()}, cal


def _torch_latency(model: TwoHeadClassifier, enc: TextEncoder, texts: list[str]) -> float:
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return median_latency_ms(lambda t: predict_logits(model, enc, enc.encode([t])), texts)
    finally:
        torch.set_num_threads(threads)


def evaluate_all(cfg: PipelineConfig, teacher_name: str, splits: dict[str, LabelledTexts],
                 enc: TextEncoder, out: Path) -> dict[str, Any]:
    run = Path(cfg.run_dir)
    student = _load(run / "student" / "best.pt")
    teacher = _load(run / f"teacher-{teacher_name}" / "best.pt")
    heads, hidden = student.encoder.config.num_attention_heads, student.encoder.config.hidden_size
    fp32 = export_onnx(student, out / "model-fp32.onnx", cfg.export.opset)
    opt = optimize(fp32, out / "model-opt.onnx", heads, hidden)
    # per-token activations: a text's scores do not depend on the texts batched with it
    int8 = per_token(quantize(opt, out / "model-int8-tensor.onnx"), out / "model-int8.onnx")
    tok = minilm_path() / "tokenizer.json"
    onnx = {"student_fp32": OnnxModel(fp32, tok, enc.max_length, threads=cfg.threads),
            "student_int8": OnnxModel(int8, tok, enc.max_length, threads=cfg.threads)}
    sample = splits["test"].texts[:300]
    single = {k: OnnxModel(m, tok, enc.max_length, threads=1) for k, m in
              (("student_fp32", fp32), ("student_int8", int8))}
    systems: dict[str, Any] = {}
    cals = {}
    t_dev, t_test = _torch_logits(teacher, enc, splits["dev"]), _torch_logits(
        teacher, enc, splits["test"])
    systems["teacher_fp32"], cals["teacher_fp32"] = _system(t_dev, t_test, splits, enc.max_length)
    systems["teacher_fp32"].update(size_mb=_size_mb(run / f"teacher-{teacher_name}" / "best.pt"),
                                   params=_params(teacher),
                                   latency_ms=_torch_latency(teacher, enc, sample))
    logits_test: dict[str, Logits] = {}
    for name, model in onnx.items():
        dev_l = model.logits(splits["dev"].texts)
        logits_test[name] = model.logits(splits["test"].texts)
        systems[name], cals[name] = _system(dev_l, logits_test[name], splits, enc.max_length)
        path = fp32 if name == "student_fp32" else int8
        systems[name].update(size_mb=_size_mb(path), params=_params(student),
                             latency_ms=median_latency_ms(
                                 lambda t, m=single[name]: m.logits([t]), sample))  # type: ignore[misc]
    parity_texts = splits["dev"].texts[:PARITY_TEXTS]
    parity = {"torch_vs_onnx_fp32": torch_vs_onnx(student, onnx["student_fp32"],
                                                  parity_texts).to_dict(),
              "onnx_fp32_vs_int8": compare(onnx["student_fp32"].logits(parity_texts),
                                           onnx["student_int8"].logits(parity_texts)).to_dict()}
    plot_evaluation(logits_test["student_int8"], splits["test"], cals["student_int8"],
                    out / "evaluation.png", f"{cfg.name} int8 student, GoEmotions test")
    return {"systems": systems, "parity": parity, "calibration": cals["student_int8"],
            "int8": int8, "teachers": _teacher_summaries(cfg)}


def _teacher_summaries(cfg: PipelineConfig) -> dict[str, Any]:
    out = {}
    for name in cfg.teacher.optimizers:
        done = json.loads((Path(cfg.run_dir) / f"teacher-{name}" / "done.json").read_text())
        out[name] = {"dev": done["best_dev"], "train_seconds": round(done["train_seconds"]),
                     "steps": done["steps"], "lr": done["spec"]["optim"]["lr"]}
    student = json.loads((Path(cfg.run_dir) / "student" / "done.json").read_text())
    out["student"] = {"dev": student["best_dev"], "train_seconds":
                      round(student["train_seconds"]), "steps": student["steps"]}
    return out


def check_parity(parity: dict[str, Any], cfg: PipelineConfig) -> None:
    p32, p8 = parity["torch_vs_onnx_fp32"], parity["onnx_fp32_vs_int8"]
    if p32["max_abs_diff"] > cfg.export.parity_atol or p32["label_agreement"] < 0.999:
        raise RuntimeError(f"ONNX fp32 export does not match PyTorch: {p32}")
    if p8["label_agreement"] < 0.97:
        raise RuntimeError(f"int8 model disagrees with fp32 too often: {p8}")


def build_artifact(cfg: PipelineConfig, teacher_name: str, splits: dict[str, LabelledTexts],
                   enc: TextEncoder, force: bool = False) -> Path:
    work = Path(cfg.run_dir) / "export"
    work.mkdir(parents=True, exist_ok=True)
    result = evaluate_all(cfg, teacher_name, splits, enc, work)
    check_parity(result["parity"], cfg)
    stage = Path(cfg.run_dir) / "artifact-candidate"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir()
    shutil.copy(result["int8"], stage / "model.onnx")
    shutil.copy(minilm_path() / "tokenizer.json", stage / "tokenizer.json")
    shutil.copy(work / "evaluation.png", stage / "evaluation.png")
    splits["train"].schema.save(stage / "labels.json")
    (stage / "calibration.json").write_text(json.dumps(result["calibration"].to_dict(),
                                                       indent=2) + "\n")
    (stage / "config.json").write_text(json.dumps(cfg.to_dict(), indent=2) + "\n")
    metrics = _metrics(cfg, teacher_name, splits, result)
    (stage / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    (stage / "MODEL_CARD.md").write_text(model_card(cfg, metrics))
    size = sum(f.stat().st_size for f in stage.iterdir()) / 2**20
    if size > cfg.export.max_size_mb:
        raise RuntimeError(f"artifact is {size:.1f} MB, over {cfg.export.max_size_mb} MB")
    ArtifactInfo.load(stage)  # the runtime can read what we wrote
    return promote(stage, Path(cfg.artifact_dir), force)


def _metrics(cfg: PipelineConfig, teacher_name: str, splits: dict[str, LabelledTexts],
             result: dict[str, Any]) -> dict[str, Any]:
    shipped = result["systems"]["student_int8"]
    return {
        "model": cfg.name, "version": cfg.version,
        "created": dt.date.today().isoformat(), "machine": machine(),
        "data": {"source": cfg.data.source, **{f"{k}_n": len(v) for k, v in splits.items()}},
        "emotion_macro_f1": round(shipped["emotion"]["macro_f1"], 4),
        "emotion_macro_auc": round(shipped["emotion"]["macro_auc"], 4),
        "sentiment_macro_f1": round(shipped["sentiment"]["macro_f1"], 4),
        "shipped": "student_int8", "teacher_optimizer": teacher_name,
        "activations": "per-token",
        "systems": result["systems"], "teachers": result["teachers"],
        "parity": result["parity"],
    }


def _better(new: dict[str, Any], old: dict[str, Any]) -> bool:
    return bool(new["emotion_macro_f1"] > old.get("emotion_macro_f1", -1) and
                new["sentiment_macro_f1"] >= old.get("sentiment_macro_f1", -1) - 0.005)


def promote(stage: Path, target: Path, force: bool = False) -> Path:
    """Replace ``target`` with ``stage`` only if its metrics improve (or ``force``)."""
    new = json.loads((stage / "metrics.json").read_text())
    old_file = target / "metrics.json"
    if target.exists() and old_file.exists() and not force:
        old = json.loads(old_file.read_text())
        if not _better(new, old):
            log.warning("new model (emotion F1 %.4f, sentiment F1 %.4f) does not beat %s "
                        "(%.4f, %.4f); kept at %s", new["emotion_macro_f1"],
                        new["sentiment_macro_f1"], target, old["emotion_macro_f1"],
                        old["sentiment_macro_f1"], stage)
            return stage
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(stage, target)
    log.info("artifact written to %s", target)
    return target


