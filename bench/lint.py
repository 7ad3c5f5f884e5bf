"""Speed of emotive-lint, as a user runs it (a fresh process each time).

    python -m bench.lint            # or: make bench-lint  (~1 min)

Builds a ~100 KB Markdown file from GoEmotions test texts: headings, paragraphs of 5
sentences, lists, a code block and a table per section; 95% of the texts are ones the
model finds calm (no emotion over 0.3), 5% are emotional, so findings are as rare as in
documentation. Times, each a fresh ``emotive-lint`` process:
- cold: empty cache (model load, scoring, drivers for up to 40 findings, suggestions for
  up to 10: the defaults);
- cold without suggestions (``--no-suggest``);
- unchanged: the same file again (every paragraph from the cache);
- one paragraph edited: only that paragraph is scored again;
- hook start-up: a small file with a warm cache (what a commit touching one doc costs).
Writes ``bench/results/lint.json`` and re-renders BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import machine
from bench.report import RESULTS, save


def build_document(calm: list[str], loud: list[str], size: int = 100_000, seed: int = 0
                   ) -> tuple[str, int]:
    rng = random.Random(seed)
    parts: list[str] = []
    sentences = 0
    section = 0
    while sum(len(p) for p in parts) < size:
        section += 1
        parts.append(f"## Section {section}\n")
        for _ in range(3):
            picked = [rng.choice(loud) if rng.random() < 0.05 else rng.choice(calm)
                      for _ in range(5)]
            sentences += len(picked)
            parts.append(" ".join(picked) + "\n")
        items = [rng.choice(calm) for _ in range(3)]
        sentences += len(items)
        parts.append("\n".join(f"- {x}" for x in items) + "\n")
        parts.append("```sh\nmake serve  # code is skipped\n```\n")
        parts.append(f"| step | note |\n| --- | --- |\n| {section} | {rng.choice(calm)} |\n")
        sentences += 1
    return "\n".join(parts), sentences


def timed(cmd: list[str], runs: int = 1) -> dict[str, Any]:
    times, code = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        code = subprocess.run(cmd, capture_output=True, text=True).returncode
        times.append(time.perf_counter() - start)
    return {"seconds": round(statistics.median(times), 3), "exit_code": code}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-dir", help="GoEmotions folder")
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--benchmarks", type=Path, default=Path("BENCHMARKS.md"))
    args = p.parse_args(argv)
    from emotive.labels import default_schema
    from emotive.runtime import Scorer
    from training.data import read_goemotions

    texts = [t for t in read_goemotions("test", default_schema(), args.data_dir).texts
             if 20 <= len(t) <= 200 and "[NAME]" not in t]
    emo, _ = Scorer().probabilities(texts)
    calm = [t for t, e in zip(texts, emo, strict=True) if e.max() < 0.3]
    loud = [t for t, e in zip(texts, emo, strict=True) if e.max() >= 0.6]
    doc, sentences = build_document(calm, loud)
    lint = [sys.executable, "-m", "plugins.lint.cli"]
    res: dict[str, Any] = {"machine": machine.describe(), "date": time.strftime("%Y-%m-%d"),
                           "bytes": len(doc.encode()), "sentences_about": sentences}
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        big, small = t / "big.md", t / "small.md"
        big.write_text(doc)
        small.write_text("# Notes\n\nThe export button now remembers your last folder.\n")
        cold_cache, quiet_cache = t / "cache-a", t / "cache-b"
        res["cold"] = timed([*lint, str(big), "--cache-dir", str(cold_cache)])
        res["cold_no_suggest"] = timed([*lint, str(big), "--no-suggest", "--cache-dir",
                                        str(quiet_cache)])
        out = subprocess.run([*lint, str(big), "--cache-dir", str(cold_cache), "--format",
                              "json"], capture_output=True, text=True).stdout
        res["findings"] = len(json.loads(out)["findings"])
        res["unchanged"] = timed([*lint, str(big), "--cache-dir", str(cold_cache)], runs=5)
        edited = re.sub(r"## Section 7\n\n([^\n]+)", r"## Section 7\n\nAn edited line.", doc,
                        count=1)
        big.write_text(edited)
        res["one_paragraph_edited"] = timed([*lint, str(big), "--cache-dir", str(cold_cache)])
        timed([*lint, str(small), "--cache-dir", str(cold_cache)])
        res["hook_start_small_file_warm"] = timed([*lint, str(small), "--cache-dir",
                                                   str(cold_cache)], runs=5)
    save("lint", res, args.out, args.benchmarks)
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
