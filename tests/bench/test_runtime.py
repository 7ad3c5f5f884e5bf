import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_runtime_bench_writes_results(tmp_path, baby_artifact, goemotions_dir) -> None:
    """In a process of its own, as `make bench-runtime` runs it: inside the test process,
    whose resident memory is already 1.4 GB, freeing pages can make the loaded model's
    resident set smaller than the start's (1444.5 < 1445.5 MB in one run of session 68)."""
    md = tmp_path / "BENCHMARKS.md"
    subprocess.run([sys.executable, "-m", "bench.runtime", "--model", str(baby_artifact),
                    "--runs", "20", "--out", str(tmp_path), "--benchmarks", str(md),
                    "--data-dir", str(goemotions_dir)], cwd=ROOT, check=True,
                   capture_output=True, timeout=600)
    r = json.loads((tmp_path / "runtime.json").read_text())
    assert r["score_1_sentence_t1"]["p50_ms"] > 0 and r["bulk_sentences_per_s_t2"] > 0
    assert r["rss_loaded_mb"] >= r["rss_start_mb"] > 0
    assert 0 <= r["batch_consistency"]["decision_flips"] <= 1
    assert "## Runtime" in md.read_text()
