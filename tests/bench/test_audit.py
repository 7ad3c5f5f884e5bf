"""The audit counter over a small rated file."""

from __future__ import annotations

import json

from bench import audit


def test_audit_counts_wrong_suggestions_per_version(tmp_path, capsys) -> None:
    items = [{"version": "a", "verdict": v} for v in ("fine", "wrong", "wrong", "fine")]
    items += [{"version": "b", "verdict": "fine"}]
    f = tmp_path / "audit.json"
    f.write_text(json.dumps({"items": items}))
    assert audit.main([str(f)]) == 0
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[1:]}
    assert rows == {"a": ["4", "2", "50.0%"], "b": ["1", "0", "0.0%"]}


def test_benchmarks_quote_every_audit_of_the_latest_day(tmp_path) -> None:
    from bench.report import audit_lines

    def write(name: str, verdicts: dict[str, list[str]]) -> None:
        items = [{"version": v, "verdict": x} for v, xs in verdicts.items() for x in xs]
        (tmp_path / name).write_text(json.dumps({"items": items}))

    write("suggestions-2026-11-24.json", {"old": ["wrong"]})
    write("suggestions-2026-12-01.json", {"a": ["wrong", "fine"], "b": ["fine", "fine"]})
    write("suggestions-2026-12-01b.json", {"c": ["fine"]})
    line = audit_lines(tmp_path)[0]
    assert "1 of 2 wrong at a, 0 of 2 wrong at b" in line and "0 of 1 wrong at c" in line
    assert "old" not in line
