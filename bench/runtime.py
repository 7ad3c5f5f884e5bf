"""Runtime speed and memory of the shipped model (no torch in this process).

    python -m bench.runtime          # or: make bench-runtime  (~1 min)

Measures, on GoEmotions test sentences: single-sentence scoring latency (1 and 2 threads),
bulk throughput (``Scorer.score`` over 2,000 sentences, batch 32, 2 threads), the latency of
analysing a 20-word sentence with explanations, then with explanations and verified
suggestions (target less:anger), and resident memory after loading and after the runs.
Writes ``bench/results/runtime.json`` and re-renders BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import machine
from bench.report import RESULTS, save

SAMPLE_20_WORDS = ("I honestly thought the release would go smoothly, but the migration "
                   "failed twice and now everyone is angry about it.")


def rss_mb() -> float:
    """Current resident set size (Linux /proc), else the peak from getrusage."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def timed(fn: Callable[[int], object], runs: int) -> dict[str, float]:
    for i in range(10):
        fn(i)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 3),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 3), "runs": runs}


def batch_consistency(scorer: Any, texts: list[str]) -> dict[str, float]:
    """How much a sentence's emotion probabilities depend on the batch it is scored in
    (none, with per-token activations; per-tensor dynamic int8 scaled them per batch):
    batch 32 vs one at a time."""
    import numpy as np

    batched = scorer.probabilities(texts, 32)[0]
    single = np.concatenate([scorer.probabilities([t])[0] for t in texts])
    diff = np.abs(batched - single)
    th = np.asarray(scorer.calibration.thresholds)
    return {"sentences": len(texts), "max_abs_diff": round(float(diff.max()), 4),
            "p99_abs_diff": round(float(np.percentile(diff, 99)), 4),
            "decision_flips": round(float(((batched >= th) != (single >= th)).mean()), 4)}


ONE_ANALYZER = """
import sys
sys.modules["torch"] = None  # as in a serving install
from bench.runtime import SAMPLE_20_WORDS, rss_mb
from emotive.analyze import Analyzer
a = Analyzer({model!r}, threads=2)
for _ in range(30):
    a.analyze(SAMPLE_20_WORDS, explain=True, target="less:anger")
print(rss_mb())
"""


def rss_one_analyzer(model: Path | None) -> float:
    """Resident memory of a fresh process holding what one user-facing process holds: one
    analyzer with the classifier, the sentence encoder, the lexicon and spaCy, after 30
    analyses with explanations and suggestions."""
    import subprocess

    code = ONE_ANALYZER.format(model=str(model) if model else None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    return float(out.stdout.strip().splitlines()[-1])


def measure(model: Path | None, texts: list[str], runs: int) -> dict[str, Any]:
    from emotive.analyze import Analyzer
    from emotive.runtime import Scorer

    before = rss_mb()
    one = Scorer(model, threads=1)
    loaded = rss_mb()
    out: dict[str, Any] = {"rss_start_mb": before, "rss_loaded_mb": loaded}
    out["score_1_sentence_t1"] = timed(lambda i: one.score([texts[i % len(texts)]]), runs)
    two = Scorer(model, threads=2)
    out["score_1_sentence_t2"] = timed(lambda i: two.score([texts[i % len(texts)]]), runs)
    bulk = texts[:2000]
    start = time.perf_counter()
    two.score(bulk, batch_size=32)
    out["bulk_sentences_per_s_t2"] = round(len(bulk) / (time.perf_counter() - start), 1)
    out["batch_consistency"] = batch_consistency(two, texts[:300])
    analyzer = Analyzer(model, threads=2)
    words = len(SAMPLE_20_WORDS.split())
    out["analyze_explain_20_words"] = {
        **timed(lambda i: analyzer.analyze(SAMPLE_20_WORDS, explain=True), max(30, runs // 5)),
        "words": words}
    analyzer.analyze(SAMPLE_20_WORDS, target="less:anger")  # load encoder, lexicon, spaCy
    out["analyze_explain_suggest_20_words"] = {
        **timed(lambda i: analyzer.analyze(SAMPLE_20_WORDS, explain=True, target="less:anger"),
                max(30, runs // 5)),
        "words": words, "target": "less:anger"}
    out["rss_end_mb"] = rss_mb()
    out["rss_one_analyzer_mb"] = rss_one_analyzer(model)
    out["torch_imported"] = sys.modules.get("torch") is not None
    return out


def main(argv: list[str] | None = None) -> int:
    # The serving install has no torch; in a dev install spaCy (thinc) would import it and
    # add ~250 MB and a second of start-up that users never pay. Measure what they run.
    sys.modules.setdefault("torch", None)  # type: ignore[arg-type]
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", type=Path, help="artifact (default: the shipped model)")
    p.add_argument("--data-dir", help="GoEmotions folder (test split texts are the input)")
    p.add_argument("--runs", type=int, default=300, help="timed single-sentence runs (300)")
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--benchmarks", type=Path, default=Path("BENCHMARKS.md"))
    args = p.parse_args(argv)
    from emotive.labels import default_schema
    from training.data import read_goemotions

    texts = read_goemotions("test", default_schema(), args.data_dir).texts
    res = {"machine": machine.describe(), "date": time.strftime("%Y-%m-%d"),
           "model": str(args.model or "shipped"), **measure(args.model, texts, args.runs)}
    save("runtime", res, args.out, args.benchmarks)
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
