"""Does a change alter what the suggester does? Snapshots of it on the read samples, compared.

    python -m bench.snapshot write /tmp/before.json      # ~1 min on 2 cores
    # ... change the code ...
    python -m bench.snapshot write /tmp/after.json
    python -m bench.snapshot compare /tmp/before.json /tmp/after.json

A snapshot holds, for each text of the suggestion benchmark's two read samples (GoEmotions
test, seeds 0 and 1, picked as ``bench.suggestions`` picks them):

- the candidate edits the suggester would try for four targets (``less:joy``,
  ``less:anger``, ``less:surprise``, ``neutral``): what the rules propose, before any
  scoring;
- the best verified suggestion for lowering the text's emotion (margin 0.1, similarity 0.8);

and how many texts of the dev sample get a suggestion: a count only, since the dev sample is
never read (no dev text is written).

``compare`` prints how many texts differ, each differing best suggestion, and the dev counts,
and exits with 1 when anything differs: a commit that says "no behaviour change" compares
equal. Scores are not compared (they move in the fourth decimal with the batch an input is
scored in), the rewrites are.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tqdm import tqdm

TARGETS = ("less:joy", "less:anger", "less:surprise", "neutral")


def write(data_dir: str | None, n: int) -> dict[str, Any]:
    from bench.audit import version
    from bench.suggestions import found, pick, read_samples
    from emotive.analyze import Analyzer, SuggestOptions
    from emotive.labels import default_schema
    from emotive.suggest import Target
    from training.data import read_goemotions

    schema = default_schema()
    names = list(schema.emotions)
    analyzer = Analyzer(threads=2)
    sg = analyzer.suggester
    test = read_goemotions("test", schema, data_dir)
    first, second = read_samples(test.texts, test.emotions,
                                 found("test", test, analyzer.scorer), names, n)
    read = first + second
    opts = SuggestOptions(margin=0.1, min_similarity=0.8, top=1)
    targets = [Target.parse(t, schema) for t in TARGETS]
    texts: dict[str, Any] = {}
    for text, emotion in tqdm(read, desc="read samples", unit="text"):
        best = analyzer.suggest(text, 0, len(text), f"less:{emotion}", opts)
        texts[text] = {
            "emotion": emotion,
            "best": [best[0].sentence, best[0].original, best[0].replacement] if best else None,
            "edits": {str(t): [[e.start, e.end, e.replacement] for e in sg.edits(text, t)]
                      for t in targets}}
    dev = read_goemotions("dev", schema, data_dir)
    dev_found = found("dev", dev, analyzer.scorer)
    counted = sum(bool(analyzer.suggest(text, 0, len(text), f"less:{emotion}", opts))
                  for text, emotion in tqdm(pick(dev.texts, dev.emotions, dev_found, names, n),
                                            desc="dev sample (counted)", unit="text"))
    return {"version": version(), "targets": list(TARGETS), "dev_with_suggestion": counted,
            "texts": texts}


def compare(old: dict[str, Any], new: dict[str, Any], out: Any = sys.stdout) -> bool:
    """Print what differs between two snapshots; True when nothing does."""
    if old["texts"].keys() != new["texts"].keys():
        print("the snapshots hold different texts: not comparable", file=out)
        return False
    edits = [t for t in old["texts"] if old["texts"][t]["edits"] != new["texts"][t]["edits"]]
    best = [t for t in old["texts"] if old["texts"][t]["best"] != new["texts"][t]["best"]]
    print(f"{old['version']} -> {new['version']}: {len(old['texts'])} texts; candidate "
          f"edits differ for {len(edits)}, best suggestion for {len(best)}; dev sample "
          f"{old['dev_with_suggestion']} -> {new['dev_with_suggestion']} with a suggestion",
          file=out)

    def shown(b: list[str] | None) -> str:
        return f"{b[1]!r} -> {b[2]!r}" if b else "none"
    for t in best:
        print(f"- {t}\n    {shown(old['texts'][t]['best'])}\n    "
              f"{shown(new['texts'][t]['best'])}", file=out)
    return not edits and not best and (
        old["dev_with_suggestion"] == new["dev_with_suggestion"])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.snapshot", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="snapshot this checkout's suggester")
    w.add_argument("out", type=Path)
    w.add_argument("--n", type=int, default=400, help="texts per sample (400)")
    w.add_argument("--data-dir", help="GoEmotions folder")
    c = sub.add_parser("compare", help="what differs between two snapshots (exit 1 if any)")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = p.parse_args(argv)
    if args.command == "write":
        got = write(args.data_dir, args.n)
        args.out.write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
        print(f"{got['version']}: {len(got['texts'])} texts, "
              f"{got['dev_with_suggestion']} dev texts with a suggestion -> {args.out}")
        return 0
    old, new = (json.loads(f.read_text(encoding="utf-8")) for f in (args.old, args.new))
    return 0 if compare(old, new) else 1


if __name__ == "__main__":
    raise SystemExit(main())
