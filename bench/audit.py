"""Count a hand-rated audit of suggestions (``bench/audits/*.json``) per version.

    python -m bench.audit bench/audits/suggestions-2026-11-24.json

Each item carries the version that produced it and a verdict ("fine" or "wrong"); the
table is the share of wrong suggestions per version. The rating itself is a person's
judgement, kept in the file so that anyone can read and dispute each verdict.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", type=Path, help="an audit file from bench/audits")
    args = p.parse_args(argv)
    items = json.loads(args.file.read_text(encoding="utf-8"))["items"]
    counts = Counter((i["version"], i["verdict"]) for i in items)
    print(f"{'version':32s} {'rated':>6s} {'wrong':>6s} {'share':>7s}")
    for version in dict.fromkeys(i["version"] for i in items):
        n = counts[version, "fine"] + counts[version, "wrong"]
        print(f"{version:32s} {n:6d} {counts[version, 'wrong']:6d} "
              f"{counts[version, 'wrong'] / n:7.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
