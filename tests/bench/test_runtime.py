import json

from bench.runtime import main


def test_runtime_bench_writes_results(tmp_path, baby_artifact, goemotions_dir) -> None:
    md = tmp_path / "BENCHMARKS.md"
    assert main(["--model", str(baby_artifact), "--runs", "20", "--out", str(tmp_path),
                 "--benchmarks", str(md), "--data-dir", str(goemotions_dir)]) == 0
    r = json.loads((tmp_path / "runtime.json").read_text())
    assert r["score_1_sentence_t1"]["p50_ms"] > 0 and r["bulk_sentences_per_s_t2"] > 0
    assert r["rss_loaded_mb"] >= r["rss_start_mb"] > 0
    assert 0 <= r["batch_consistency"]["decision_flips"] <= 1
    assert "## Runtime" in md.read_text()
