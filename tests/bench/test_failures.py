import json

from bench.failures import REASONS, main


def test_failures_puts_every_miss_down_to_one_stage(tmp_path, goemotions_dir, capsys) -> None:
    out = tmp_path / "failures.json"
    assert main(["--n", "25", "--out", str(out), "--data-dir", str(goemotions_dir)]) == 0
    misses = json.loads(out.read_text())
    assert all(m["reason"] in REASONS and m["emotion"] and m["text"] for m in misses)
    printed = capsys.readouterr().out
    assert f"{len(misses)} of 25 texts without a verified suggestion" in printed
    # the table's last column adds up to the misses
    assert sum(int(line.split()[-1]) for line in printed.splitlines()
               if line.split()[:1] and line.split()[0] in REASONS) == len(misses)
