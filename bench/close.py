"""Is a new workplace set too close to sentences already written? Check it before its count.

    python -m bench.close new.json                    # against bench/workplace.json
    python -m bench.close new.json --against more.txt # and against other drafts too
    python -m bench.close new.txt --threshold 0.38

A new set for ``bench/workplace.json`` is written before any of its sentences is run, and a
sentence that says nearly what an earlier one says counts the same rule twice. Each new
sentence is compared, by the words it shares (Jaccard of its set of lower-case words), with
every sentence of ``bench/workplace.json``, of each ``--against`` file, and of the new file
before it. Those at or over the threshold (0.38, what sessions 51-60 used) are printed with
the earlier sentence they are close to, closest first; rewrite them before the count.

Files are JSON (``{"set": [sentences]}`` or a list) or text, one sentence a line (``#``
starts a comment). A line with no words (a bracket, a blank) is no sentence and is skipped.
Exits with 1 when a sentence is close, 0 when none is, 2 on a file it cannot read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TextIO

WORKPLACE = Path(__file__).with_name("workplace.json")
THRESHOLD = 0.38
WORD = re.compile(r"[a-z']+")


def words(sentence: str) -> frozenset[str]:
    """The sentence's words, lower case, with their apostrophes ("i'm", "don't")."""
    return frozenset(WORD.findall(sentence.lower().replace("’", "'")))


def sentences(path: Path) -> list[str]:
    """The sentences of a JSON file of sets (or a list) or of a text file, one a line;
    lines with no words are left out."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
        if isinstance(data, dict):
            found = [s for k, v in data.items() if not k.startswith("_") for s in v]
        else:
            found = list(data)
        if not all(isinstance(s, str) for s in found):
            raise ValueError(f"{path}: the sets must hold strings")
    else:
        found = [line.strip() for line in text.splitlines() if not line.lstrip().startswith("#")]
    return [s for s in found if words(s)]


def close(new: list[str], earlier: list[str], threshold: float = THRESHOLD
          ) -> list[tuple[float, str, str]]:
    """(similarity, new sentence, closest earlier one) for each new sentence at or over
    ``threshold``; the new sentences before it count as earlier ones."""
    seen = [(s, words(s)) for s in earlier]
    hits = []
    for sentence in new:
        mine = words(sentence)
        best = max(((len(mine & theirs) / len(mine | theirs), s) for s, theirs in seen),
                   default=(0.0, ""))
        if best[0] >= threshold:
            hits.append((best[0], sentence, best[1]))
        seen.append((sentence, mine))
    return sorted(hits, key=lambda h: -h[0])


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.close", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("new", type=Path, help="the new set: JSON of sets, or one sentence a line")
    p.add_argument("--against", type=Path, action="append", default=[],
                   help="more earlier sentences (drafts not yet in workplace.json); repeatable")
    p.add_argument("--workplace", type=Path, default=WORKPLACE,
                   help="the sets written so far (bench/workplace.json)")
    p.add_argument("--threshold", type=float, default=THRESHOLD,
                   help=f"shared-word similarity that counts as close ({THRESHOLD})")
    args = p.parse_args(argv)
    try:
        new = sentences(args.new)
        earlier = [s for f in [args.workplace, *args.against] for s in sentences(f)]
    except (OSError, ValueError) as err:  # JSONDecodeError is a ValueError
        print(f"error: {err}", file=sys.stderr)
        return 2
    hits = close(new, earlier, args.threshold)
    for score, sentence, other in hits:
        print(f"{score:.2f}  {sentence}\n      {other}", file=out)
    print(f"{len(hits)} of {len(new)} new sentences close to an earlier one "
          f"(threshold {args.threshold}, {len(earlier)} earlier sentences)", file=out)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
