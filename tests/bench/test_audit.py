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
