"""Snapshots of the suggester: a review commit's "no behaviour change" is checked by them."""

from __future__ import annotations

import copy
import io
import json
from typing import Any

from bench import snapshot


def snap(version: str) -> dict[str, Any]:
    edits = {t: [[0, 5, "Upset"]] for t in snapshot.TARGETS}
    return {"version": version, "targets": list(snapshot.TARGETS), "dev_with_suggestion": 3,
            "texts": {"Angry at you.": {"emotion": "anger", "edits": edits,
                                        "best": ["Upset at you.", "Angry", "Upset"]},
                      "Thanks!": {"emotion": "joy", "edits": edits, "best": None}}}


def test_equal_snapshots_compare_equal(tmp_path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(snap("old")))
    b.write_text(json.dumps(snap("new")))
    assert snapshot.main(["compare", str(a), str(b)]) == 0


def test_any_difference_is_shown_and_fails() -> None:
    old = snap("old")
    best = copy.deepcopy(old)
    best["texts"]["Thanks!"]["best"] = ["Thanks.", "!", "."]
    out = io.StringIO()
    assert not snapshot.compare(old, best, out)
    assert "best suggestion for 1" in out.getvalue()
    assert "- Thanks!\n    none\n    '!' -> '.'" in out.getvalue()
    # a candidate the rules stop proposing is a change even if the best stays the same
    edits = copy.deepcopy(old)
    edits["texts"]["Angry at you."]["edits"]["neutral"] = []
    assert not snapshot.compare(old, edits, io.StringIO())
    # so is a dev count that moves (its texts are never written)
    dev = copy.deepcopy(old)
    dev["dev_with_suggestion"] = 2
    assert not snapshot.compare(old, dev, io.StringIO())
    other = copy.deepcopy(old)
    del other["texts"]["Thanks!"]
    out = io.StringIO()
    assert not snapshot.compare(old, other, out) and "not comparable" in out.getvalue()
