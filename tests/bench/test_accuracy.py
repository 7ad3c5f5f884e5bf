"""The accuracy benchmark end to end on a tiny slice, into a temporary folder."""

import json

from bench.accuracy import main


def test_accuracy_bench_writes_table_json_and_plots(tmp_path, goemotions_dir, baby_artifact
                                                    ) -> None:
    out, md = tmp_path / "results", tmp_path / "BENCHMARKS.md"
    code = main(["--limit", "150", "--systems", "tfidf-lr-punkt,vader,nrc", "--model",
                 str(baby_artifact), "--out", str(out), "--benchmarks", str(md),
                 "--latency-runs", "10", "--speed-seconds", "0.1",
                 "--data-dir", str(goemotions_dir)])
    assert code == 0
    res = json.loads((out / "accuracy.json").read_text())
    keys = [r["key"] for r in res["rows"]]
    assert keys == ["tfidf-lr", "tfidf-lr-punkt", "vader", "nrc", "teacher_fp32",
                    "student_fp32", "student_int8"]
    text = md.read_text()
    assert "| VADER (sentiment only) |" in text and "results/per_emotion_f1.png" in text
    assert (out / "per_emotion_f1.png").stat().st_size > 0
    assert (out / "accuracy_vs_latency.png").exists()
