"""How far could any rewriting go? An editor's rewrites of texts emotive has none for.

    python -m bench.oracle               # ~20 s

``bench/oracle.json`` holds 40 texts of the suggestion benchmark's first sample that get no
verified suggestion (drawn at random from ``bench.failures``' misses), each with the rewrite
a careful editor would offer to say the same with less of the text's emotion, written
without scoring any draft (or none, where no rewrite keeps what the text says).

Each rewrite is put through emotive's own checks, on the whole text: the target (lower the
text's emotion) must move by the margin (0.1) without the model labelling another emotion
(the suggester's swap guard), and the MiniLM cosine similarity must keep the meaning floor
(0.8; 0.7 for 6 words or fewer). The share that passes bounds what better rules could add
on these misses: if a person's rewrites seldom pass, the limit is the model (it hears
which emotion, not how much of it) or the meaning check, not the rule set. Prints a table,
writes ``bench/results/oracle.json`` and re-renders BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench import machine
from bench.report import RESULTS, save

ORACLE = Path(__file__).with_name("oracle.json")


def judge(analyzer: Any, text: str, emotion: str, rewrite: str, margin: float,
          min_similarity: float, short_relief: float) -> dict[str, Any]:
    """emotive's verification of one whole-text rewrite: shift, similarity, verdict."""
    from emotive.suggest import Edit, Meaning, Target

    sg = analyzer.suggester
    edit = Edit(0, len(text), rewrite, 0.0)
    before, (tried,) = sg._score(text, [edit], Target("less", emotion))
    origin = Meaning(text, (), sg.embed, short_relief=short_relief)
    sim = float(origin.similarities([edit])[0])
    floor = origin.floor(edit, min_similarity)
    if tried.shift == -1.0:
        verdict = "swap"
    elif tried.shift < margin:
        verdict = "no-move"
    elif sim < floor:
        verdict = "meaning"
    else:
        verdict = "passes"
    return {"before": round(before, 3), "after": round(tried.after, 3),
            "shift": round(tried.shift, 3), "similarity": round(sim, 3),
            "floor": round(floor, 2), "verdict": verdict}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--oracle", type=Path, default=ORACLE, help="the rewrites (bench/oracle.json)")
    p.add_argument("--margin", type=float, default=0.1)
    p.add_argument("--min-similarity", type=float, default=0.8)
    p.add_argument("--short-relief", type=float, default=0.1)
    p.add_argument("--out", type=Path, default=RESULTS / "oracle.json")
    p.add_argument("--benchmarks", type=Path, default=Path("BENCHMARKS.md"))
    args = p.parse_args(argv)
    from emotive.analyze import Analyzer

    items = json.loads(args.oracle.read_text(encoding="utf-8"))["items"]
    analyzer = Analyzer(threads=2)
    rows = []
    for it in items:
        row = {"text": it["text"], "emotion": it["emotion"], "emotive": it["emotive"],
               "rewrite": it["rewrite"]}
        if it["rewrite"] is None:
            row["verdict"] = "none"
        else:
            row.update(judge(analyzer, it["text"], it["emotion"], it["rewrite"], args.margin,
                             args.min_similarity, args.short_relief))
        rows.append(row)
    verdicts = Counter(r["verdict"] for r in rows)
    by_reason: dict[str, Counter[str]] = {}
    for r in rows:
        by_reason.setdefault(r["emotive"], Counter())[r["verdict"]] += 1
    print(f"{'why emotive has none':22}{'texts':>7}{'editor passes':>15}")
    for reason, c in sorted(by_reason.items()):
        print(f"{reason:22}{sum(c.values()):>7}{c['passes']:>15}")
    print(f"{'all':22}{len(rows):>7}{verdicts['passes']:>15}")
    print("the editor's rewrites:", dict(verdicts))
    for r in rows:
        if r["verdict"] != "none":
            print(f"  {r['verdict']:8} {r['emotion']:8} {r['before']:.2f} -> {r['after']:.2f}"
                  f"  sim {r['similarity']:.2f}  {r['rewrite'][:80]}")
    ours = args.out.parent / "suggestions.json"  # the first sample's coverage, if measured
    coverage = json.loads(ours.read_text())["emotive"]["coverage"] if ours.exists() else None
    result = {"coverage": coverage, "machine": machine.describe(),
              "date": time.strftime("%Y-%m-%d"), "texts": len(rows),
              "margin": args.margin, "min_similarity": args.min_similarity,
              "short_relief": args.short_relief, "verdicts": dict(verdicts),
              "by_reason": {k: dict(v) for k, v in sorted(by_reason.items())},
              "passes": verdicts["passes"], "items": rows}
    save("oracle", result, args.out.parent, args.benchmarks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
