import json

from bench.failures import REASONS, main
from bench.report import failures_section


def test_failures_puts_every_miss_down_to_one_stage(tmp_path, goemotions_dir, capsys) -> None:
    out = tmp_path / "failures.json"
    assert main(["--n", "25", "--out", str(out), "--data-dir", str(goemotions_dir)]) == 0
    res = json.loads(out.read_text())
    misses = json.loads((tmp_path / "suggestion-misses.json").read_text())
    assert all(m["reason"] in REASONS and m["emotion"] and m["text"] for m in misses)
    assert sum(n for row in res["reasons"].values() for n in row.values()) == len(misses)
    printed = capsys.readouterr().out
    assert f"{len(misses)} of 25 texts without a verified suggestion" in printed
    # the table's last column adds up to the misses
    assert sum(int(line.split()[-1]) for line in printed.splitlines()
               if line.split()[:1] and line.split()[0] in REASONS) == len(misses)
    # BENCHMARKS.md's table says the same
    table = "\n".join(failures_section(res))
    assert f"{len(misses)} of the 25 texts" in table
    assert all(f"| {r} |" in table for r in REASONS)


def test_a_pool_reads_the_misses_of_texts_nobody_has_read(tmp_path, goemotions_dir,
                                                          capsys) -> None:
    import pytest

    from bench.audit import read_audits
    from bench.failures import RESULTS

    out = tmp_path / "pool" / "failures.json"
    assert main(["--pool", "7001", "--n", "12", "--exclude-seeds", "0", "--out", str(out),
                 "--data-dir", str(goemotions_dir)]) == 0
    res = json.loads(out.read_text())
    assert res["pool"] == 7001 and res["exclude_seeds"] == [0] and res["sentences"] == 12
    misses = json.loads((out.parent / "suggestion-misses.json").read_text())
    assert misses and not {m["text"] for m in misses} & read_audits()
    # each miss says what drives its emotion, and the words most often first are printed
    assert all(m["drivers"] and m["drivers"][0][1] > 0 for m in misses if m["drivers"])
    first = {m["emotion"] for m in misses if m["drivers"]}
    printed = capsys.readouterr().out
    assert all(f"{e}: " in printed for e in first)
    # the benchmark's own results are never written over by a pool
    with pytest.raises(SystemExit, match="--pool writes its own results"):
        main(["--pool", "7001", "--out", str(RESULTS / "x.json")])


def test_a_courtesy_that_may_go_whole_is_diagnosed_where_it_is_tried() -> None:
    """Session 44: a thank-you beside another sentence is tried in one unit with it
    (``analyze.asides``); the diagnosis tries it there too, so its miss is the model
    not moving, not "no candidate edit"."""
    from bench.failures import diagnose
    from emotive.analyze import Analyzer

    text = "That sounds like an appropriate response. Thank you for saving me the time."
    got = diagnose(Analyzer(threads=2), text, "joy", 0.1)
    assert got["reason"] == "no-move"
    assert "That sounds like an appropriate response." in [t["rewrite"] for t in got["tried"]]
