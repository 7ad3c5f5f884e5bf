"""Accuracy benchmark: baselines, peers and the transformer on GoEmotions, one table.

    python -m bench.accuracy            # or: make bench-accuracy  (~15 min on 2 cores)
    python -m bench.accuracy --limit 300 --systems tfidf-lr,vader   # a quick slice

Trains the cheap systems (TF-IDF / SentencePiece + logistic regression / linear SVM,
Punkt sentence pooling, BiLSTM + attention), runs the peers (VADER, NRC lexicon), reads the
transformer's accuracy from the model artifact's metrics.json and measures its speed here.
Writes ``bench/results/accuracy.json``, PNG plots beside it, and BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from bench import machine
from bench.report import write_benchmarks
from emotive.artifact import default_model_dir
from emotive.labels import default_schema
from training.baselines import common
from training.data import LabelledTexts, read_goemotions

RESULTS = Path(__file__).with_name("results")
SYSTEMS = ("tfidf-lr", "tfidf-svm", "spm-lr", "spm-svm", "tfidf-lr-punkt", "bilstm",
           "vader", "nrc")


def make(key: str, fitted: dict[str, Any]) -> Any:
    from training.baselines.linear import LinearBaseline

    if key.startswith(("tfidf-", "spm-")) and not key.endswith("punkt"):
        features, clf = key.split("-")
        return LinearBaseline(features, clf)
    if key == "tfidf-lr-punkt":
        from training.baselines.pooling import SentencePooling

        return SentencePooling(fitted["tfidf-lr"])
    if key == "bilstm":
        from training.baselines.bilstm import BiLSTMBaseline

        return BiLSTMBaseline()
    if key == "vader":
        from training.baselines.peers import Vader

        return Vader()
    if key == "nrc":
        from training.baselines.peers import NrcLexicon

        return NrcLexicon()
    raise ValueError(f"unknown system '{key}'; known: {', '.join(SYSTEMS)}")


def _set_threads(n: int) -> None:
    import torch

    torch.set_num_threads(n)


SPEED = {"runs": 200, "seconds": 3.0}  # latency runs; seconds per throughput measurement


def speed(b: Any, texts: list[str]) -> dict[str, float]:
    out = {}
    for threads in (1, 2):
        _set_threads(threads)
        with threadpool_limits(threads):
            if threads == 1:
                out["latency_ms"] = common.latency_ms(b, texts, int(SPEED["runs"]))
            out[f"throughput_b32_t{threads}"] = common.throughput(
                b, texts, seconds=SPEED["seconds"])
    _set_threads(2)
    return out


def run_system(key: str, splits: dict[str, LabelledTexts], fitted: dict[str, Any]
               ) -> dict[str, Any]:
    b = make(key, fitted)
    start = time.perf_counter()
    b.fit(splits["train"], splits["dev"])
    train_s = time.perf_counter() - start
    if key == "tfidf-lr-punkt":
        train_s = 0.0  # reuses tfidf-lr
    fitted[key] = b
    row: dict[str, Any] = {"key": key, "name": b.name, "kind": "peer" if key in ("vader", "nrc")
                           else "baseline", "train_seconds": round(train_s, 1),
                           "params": b.n_params(), "size_mb": common.size_mb(b)}
    row.update(common.evaluate(b, splits["dev"], splits["test"]))
    row.update(speed(b, splits["test"].texts[:500]))
    if key == "tfidf-lr-punkt":
        row["multi_sentence_share"] = b.multi_sentence_share(splits["test"].texts)
    if key == "bilstm":
        row["associations"] = b.association_table(splits["train"].texts[:20000],
                                                  splits["train"].schema.emotions)
    return row


def transformer_rows(model_dir: Path, texts: list[str]) -> list[dict[str, Any]]:
    """Accuracy from the artifact's metrics.json; the shipped int8 model's speed measured."""
    from emotive.runtime import Scorer

    m = json.loads((model_dir / "metrics.json").read_text())
    names = {"teacher_fp32": "MiniLM-L6 teacher, fp32 (PyTorch)",
             "student_fp32": "emotive student, fp32 (ONNX)",
             "student_int8": "emotive student, int8 (ONNX) — shipped"}
    train_s = {k: v["train_seconds"] for k, v in m["teachers"].items()}
    rows = []
    for key, name in names.items():
        s = m["systems"][key]
        teacher_s = train_s[m["teacher_optimizer"]]
        row = {"key": key, "name": name, "kind": "transformer", "params": s["params"],
               "size_mb": s["size_mb"], "emotion": s["emotion"], "sentiment": s["sentiment"],
               "latency_ms": round(s["latency_ms"], 3),
               "train_seconds": teacher_s + (train_s["student"] if "student" in key else 0)}
        if key == "student_int8":
            class Shipped:
                def __init__(self, threads: int) -> None:
                    self.scorer = Scorer(model_dir, threads=threads)

                def predict(self, batch: list[str]) -> Any:
                    return self.scorer.probabilities(batch)
            row["latency_ms"] = common.latency_ms(
                Shipped(1), texts, int(SPEED["runs"]))  # type: ignore[arg-type]
            for threads in (1, 2):
                row[f"throughput_b32_t{threads}"] = common.throughput(
                    Shipped(threads), texts, seconds=SPEED["seconds"])  # type: ignore[arg-type]
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset")
    p.add_argument("--limit", type=int, default=0, help="use the first N texts of each split")
    p.add_argument("--data-dir", help="GoEmotions folder")
    p.add_argument("--model", type=Path, default=None, help="artifact (default: shipped)")
    p.add_argument("--out", type=Path, default=RESULTS, help="results folder")
    p.add_argument("--benchmarks", type=Path, default=Path("BENCHMARKS.md"))
    p.add_argument("--latency-runs", type=int, default=200, help="single-sentence runs (200)")
    p.add_argument("--speed-seconds", type=float, default=3.0,
                   help="seconds per throughput measurement (3)")
    args = p.parse_args(argv)
    SPEED.update(runs=args.latency_runs, seconds=args.speed_seconds)
    schema = default_schema()
    splits = {s: read_goemotions(s, schema, args.data_dir) for s in ("train", "dev", "test")}
    if args.limit:
        splits = {k: v.subset(range(min(args.limit, len(v)))) for k, v in splits.items()}
    keys = [k for k in args.systems.split(",") if k]
    if "tfidf-lr-punkt" in keys and "tfidf-lr" not in keys:
        keys.insert(0, "tfidf-lr")
    fitted: dict[str, Any] = {}
    rows = []
    started = time.perf_counter()
    for key in keys:
        print(f"== {key}", flush=True)
        rows.append(run_system(key, splits, fitted))
        print(json.dumps({k: v for k, v in rows[-1].items() if k in
                          ("train_seconds", "latency_ms")} | {
            "emotion_f1": (rows[-1]["emotion"] or {}).get("macro_f1"),
            "sentiment_f1": rows[-1]["sentiment"]["macro_f1"]}), flush=True)
    model_dir = args.model or default_model_dir()
    if (model_dir / "metrics.json").exists():
        rows += transformer_rows(model_dir, splits["test"].texts[:500])
    result = {"machine": machine.describe(), "date": time.strftime("%Y-%m-%d"),
              "data": {k: len(v) for k, v in splits.items()}, "limit": args.limit,
              "wall_seconds": round(time.perf_counter() - started), "rows": rows}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "accuracy.json").write_text(json.dumps(result, indent=1, default=_json) + "\n")
    write_benchmarks(args.out, args.benchmarks)
    print(f"wrote {args.out / 'accuracy.json'} and {args.benchmarks}")
    return 0


def _json(x: Any) -> Any:
    if isinstance(x, np.generic):
        return x.item()
    raise TypeError(type(x))


if __name__ == "__main__":
    raise SystemExit(main())
