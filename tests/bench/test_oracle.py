"""The editor's-rewrites benchmark: the same checks as the suggester, on whole texts."""

from __future__ import annotations

import json

import pytest

from bench.oracle import ORACLE, judge, main
from bench.report import oracle_section


@pytest.fixture(scope="module")
def analyzer():  # type: ignore[no-untyped-def]
    from emotive.analyze import Analyzer

    return Analyzer(threads=2)


def test_the_rewrites_are_of_misses_toward_the_texts_own_emotion() -> None:
    items = json.loads(ORACLE.read_text(encoding="utf-8"))["items"]
    assert len(items) == 40 and len({i["text"] for i in items}) == 40
    assert {i["emotion"] for i in items} <= {"joy", "surprise", "anger", "fear", "sadness"}
    assert all(i["rewrite"] is None or (i["rewrite"].strip() and i["rewrite"] != i["text"])
               for i in items)


def test_judge_applies_the_suggesters_checks(analyzer) -> None:
    text = "I am so angry that the build failed again!"
    assert judge(analyzer, text, "anger", text, 0.1, 0.8, 0.1)["verdict"] == "no-move"
    calm = judge(analyzer, text, "anger", "The build failed again.", 0.1, 0.8, 0.1)
    assert calm["shift"] >= 0.1 and calm["verdict"] in ("passes", "meaning")
    # a rewrite that says something else is held by the meaning floor
    other = judge(analyzer, text, "anger", "We had lunch by the river.", 0.1, 0.8, 0.1)
    assert other["similarity"] < 0.8 and other["verdict"] in ("meaning", "no-move", "swap")


def test_oracle_writes_results_and_its_section(tmp_path, capsys) -> None:
    oracle = tmp_path / "oracle.json"
    items = json.loads(ORACLE.read_text(encoding="utf-8"))["items"][:3]
    items.append({**items[0], "rewrite": None})
    oracle.write_text(json.dumps({"items": items}))
    out = tmp_path / "results" / "oracle.json"
    assert main(["--oracle", str(oracle), "--out", str(out),
                 "--benchmarks", str(tmp_path / "B.md")]) == 0
    res = json.loads(out.read_text())
    assert res["texts"] == 4 and res["verdicts"].get("none") == 1
    assert sum(res["verdicts"].values()) == 4
    assert res["passes"] == sum(1 for r in res["items"] if r["verdict"] == "passes")
    table = "\n".join(oracle_section(res))
    assert f"| all | 4 | {res['passes']} (" in table
    assert "What a person's rewrites" in (tmp_path / "B.md").read_text()
