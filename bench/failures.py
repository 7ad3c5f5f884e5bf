"""Why a text gets no verified suggestion: the benchmark's misses, sorted by reason.

    python -m bench.failures              # or: make bench-failures  (~1 min)

The same 400 texts and target as ``bench.suggestions`` (lower the text's one gold emotion).
For each text without a verified suggestion, each sentence's candidate edits are re-scored
and the miss is put down to the first stage that stops it:

- ``no-edits``: no candidate rewrite at all (no lexicon entry, no rule applies);
- ``swap``: the only movers make the model label another emotion;
- ``no-move``: no rewrite moves the target by the margin;
- ``meaning``: rewrites move it, but none keeps the similarity threshold.

Prints the counts per reason and emotion, writes them to
``bench/results/suggestion-failures.json`` (re-rendering BENCHMARKS.md) and every miss with
its best tried rewrites and the words that drive its emotion to ``suggestion-misses.json``
beside it, for reading.

The benchmark's samples have been read. To find what is left on texts nobody has read,
``--pool SEED`` diagnoses train texts picked the same way under another shuffle seed,
outside the samples of ``--exclude-seeds`` and every audit's texts (an audit holds only
texts that had a suggestion, so such a pool covers less than the split), and prints the
words that most often drive the emotion of a miss:

    python -m bench.failures --pool 7001 --n 1500 --out /tmp/pool/failures.json  # ~6 min
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bench import machine
from bench.report import RESULTS, write_benchmarks
from bench.suggestions import found, pick, picked_texts

REASONS = ("no-edits", "swap", "no-move", "meaning")


def diagnose(analyzer: Any, text: str, emotion: str, margin: float) -> dict[str, Any]:
    """The stage that stops a text, with the best rewrites tried at that stage."""
    from emotive.analyze import asides
    from emotive.segment import paragraphs, sentences
    from emotive.suggest import Meaning, Target

    sg = analyzer.suggester
    target = Target("less", emotion)
    doc = analyzer.analyze(text, explain=True)
    # each sentence, and each aside in the unit it makes with a neighbour, where only
    # it may change (analyze.asides): (what is rewritten, its offset, the window in it)
    tries: list[tuple[str, int, tuple[int, int] | None, list[Any]]] = [
        (s.text, s.start, None, (s.drivers or {}).get(emotion, [])) for s in doc.sentences]
    tries += [(c.unit.of(text), c.unit.start,
               (c.window[0] - c.unit.start, c.window[1] - c.unit.start), [])
              for p in paragraphs(text) for c in asides(text, sentences(text, p))]
    stage, tried = 0, []
    for said, offset, window, drivers in tries:
        edits = sg.edits(said, target, window, drivers, offset)
        if not edits:
            continue
        _, found = sg._score(said, edits, target)
        movers = [f for f in found if f.shift >= margin]
        swapped = any(f.shift == -1.0 for f in found)
        stage = max(stage, 1 if swapped and not movers else 2)
        if movers:
            sims = Meaning(said, (), sg.embed).similarities([f.edit for f in movers])
            stage = 3
            tried += [{"rewrite": sg.apply(said, f.edit), "shift": round(f.shift, 3),
                       "similarity": round(float(x), 3)} for f, x in zip(movers, sims,
                                                                       strict=True)]
        else:
            best = sorted(found, key=lambda f: -f.shift)[:3]
            tried += [{"rewrite": sg.apply(said, f.edit), "shift": round(f.shift, 3)}
                      for f in best]
    tried.sort(key=lambda x: -x.get("similarity", x["shift"]))
    drivers = sorted((d for s in doc.sentences for d in (s.drivers or {}).get(emotion, [])
                      if d.contribution > 0), key=lambda d: -d.contribution)[:3]
    return {"text": text, "emotion": emotion, "reason": REASONS[stage], "tried": tried[:4],
            "drivers": [[d.text, round(d.contribution, 3)] for d in drivers]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=400, help="test texts (400, as bench.suggestions)")
    p.add_argument("--margin", type=float, default=0.1)
    p.add_argument("--min-similarity", type=float, default=0.8)
    p.add_argument("--data-dir", help="GoEmotions folder")
    p.add_argument("--out", type=Path, default=RESULTS / "suggestion-failures.json")
    p.add_argument("--benchmarks", type=Path, default=Path("BENCHMARKS.md"))
    p.add_argument("--pool", type=int, metavar="SEED",
                   help="train texts nobody has read instead, picked with this shuffle seed "
                   "outside the samples of --exclude-seeds and the audits (--out elsewhere "
                   "than bench/results)")
    p.add_argument("--exclude-seeds", type=int, nargs="*", default=list(range(41)),
                   help="with --pool: the train samples read before (0-40)")
    args = p.parse_args(argv)
    if args.pool is not None and args.out.parent.resolve() == RESULTS.resolve():
        raise SystemExit("--pool writes its own results: give --out a folder other than "
                         f"{RESULTS} (the benchmark's are kept)")
    from emotive.analyze import Analyzer, SuggestOptions
    from emotive.labels import default_schema
    from training.data import read_goemotions

    schema = default_schema()
    analyzer = Analyzer(threads=2)
    names = list(schema.emotions)
    if args.pool is None:
        test = read_goemotions("test", schema, args.data_dir)
        rows = pick(test.texts, test.emotions, found("test", test, analyzer.scorer), names,
                    args.n)
    else:
        from bench.audit import read_audits

        train = read_goemotions("train", schema, args.data_dir)
        ok = found("train", train, analyzer.scorer)
        read = read_audits() | picked_texts(train.texts, train.emotions, ok, names, 400,
                                            args.exclude_seeds)
        rows = pick(train.texts, train.emotions, ok, names, args.n, seed=args.pool,
                    exclude=frozenset(read))
    opts = SuggestOptions(margin=args.margin, min_similarity=args.min_similarity, top=1)
    misses = []
    for text, emotion in tqdm(rows, desc="diagnose", unit="text"):
        if not analyzer.suggest(text, 0, len(text), f"less:{emotion}", opts):
            misses.append(diagnose(analyzer, text, emotion, args.margin))
    counts = Counter((m["reason"], m["emotion"]) for m in misses)
    print(f"{len(misses)} of {len(rows)} texts without a verified suggestion")
    print(f"{'reason':10s}" + "".join(f"{e:>10s}" for e in schema.emotions) + f"{'all':>8s}")
    for r in REASONS:
        print(f"{r:10s}" + "".join(f"{counts[r, e]:>10d}" for e in schema.emotions)
              + f"{sum(counts[r, e] for e in schema.emotions):>8d}")
    if args.pool is not None:  # what drives the misses' emotions most often
        top = Counter((m["emotion"], m["drivers"][0][0].lower()) for m in misses
                      if m["drivers"])
        for e in schema.emotions:
            common = [f"{w} {k}" for (em, w), k in top.most_common() if em == e][:12]
            if common:
                print(f"{e}: " + ", ".join(common))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    res = {"machine": machine.describe(), "date": time.strftime("%Y-%m-%d"),
           **({"pool": args.pool, "exclude_seeds": args.exclude_seeds}
              if args.pool is not None else {}),
           "sentences": len(rows), "margin": args.margin, "min_similarity": args.min_similarity,
           "reasons": {r: {e: counts[r, e] for e in schema.emotions} for r in REASONS}}
    args.out.write_text(json.dumps(res, indent=1) + "\n")
    listed = args.out.with_name("suggestion-misses.json")
    listed.write_text(json.dumps(misses, indent=1, ensure_ascii=False) + "\n")
    if args.out.parent.resolve() == RESULTS.resolve():
        write_benchmarks(RESULTS, args.benchmarks)
    print(f"wrote {args.out} and {listed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
