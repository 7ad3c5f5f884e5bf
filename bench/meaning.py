"""What does the meaning check's cosine say at each sentence length?

    python -m bench.meaning              # or: make bench-meaning  (~2 min)

A suggestion must keep the cosine similarity of MiniLM sentence embeddings (before vs after,
on its sentence) at or above ``min_similarity`` (0.8). This measures how that floor behaves
by sentence length against a rewrite that certainly changes the meaning: one content word
(adjective, noun or verb, picked at random) swapped for a random word of the same
fine-grained tag drawn from the same sentences ("the food was horrible" -> "the food was
hungry"). Beside it, emotive's own candidate word replacements for the same sentences
(``Suggester.edits`` toward lowering the emotion the model finds, before any check).

Sentences: GoEmotions train texts (shuffled, seed 7), split into sentences; the first
``--n`` with a content word. Each share is given at ``min_similarity`` and at the floor the
suggester applies (``short_relief`` lower for 6 words or fewer). Prints the table, writes
``bench/results/meaning.json`` and re-renders BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import collections
import random
import time
from typing import Any

import numpy as np
from tqdm import tqdm

from bench import machine
from bench.report import save

BUCKETS = ((1, 3), (4, 6), (7, 10), (11, 15), (16, 25), (26, 80))
SWAPPED = ("ADJ", "NOUN", "VERB")


def bucket_of(words: int) -> str:
    return next(f"{lo}-{hi}" for lo, hi in BUCKETS if words <= hi)


def summary(cosines: list[float], floor: float, applied: float) -> dict[str, Any]:
    """Quantiles, the share at or above ``floor`` and at or above the floor ``applied`` to
    such sentences (``floor`` less the short-sentence relief, for 6 words or fewer)."""
    c = np.asarray(cosines)
    if not len(c):
        return {"n": 0}
    return {"n": len(c), "p10": round(float(np.percentile(c, 10)), 3),
            "p50": round(float(np.median(c)), 3), "p90": round(float(np.percentile(c, 90)), 3),
            "passing": round(float((c >= floor).mean()), 3), "floor": round(applied, 3),
            "passing_applied": round(float((c >= applied).mean()), 3)}


def measure(analyzer: Any, sentences: list[str], floor: float, relief: float = 0.0,
            seed: int = 1) -> dict[str, Any]:
    from emotive.suggest import SHORT_WORDS, Target

    sg, rng = analyzer.suggester, random.Random(seed)
    toks = [sg.tokens(s) for s in tqdm(sentences, desc="tag", unit="sentence")]
    vocab: dict[str, list[str]] = collections.defaultdict(list)
    for ts in toks:
        for t in ts:
            if t.pos in SWAPPED and t.text.isalpha():
                vocab[t.tag].append(t.text.lower())
    swaps: list[tuple[int, str, str]] = []
    for s, ts in zip(sentences, toks, strict=True):
        content = [t for t in ts if t.pos in SWAPPED and t.text.isalpha()]
        if not content:
            continue
        t = rng.choice(content)
        word = rng.choice(vocab[t.tag])
        if word != t.text.lower():
            swaps.append((len(s.split()), s, s[:t.start] + word + s[t.end:]))
    emo, _ = analyzer.scorer.probabilities(sentences)
    names = list(analyzer.schema.emotions)
    ours: list[tuple[int, str, str]] = []
    for s, ts, p in tqdm(list(zip(sentences, toks, emo, strict=True)), desc="candidates",
                         unit="sentence"):
        if not (p >= analyzer.thresholds).any():
            continue
        target = Target("less", names[int(p.argmax())])
        for e in sg.edits(s, target):
            replaced = [t for t in ts if e.start <= t.start and t.end <= e.end]
            if e.replacement and len(replaced) == 1 and replaced[0].pos in SWAPPED:
                ours.append((len(s.split()), s, sg.apply(s, e)))
    out: dict[str, Any] = {}
    for name, pairs in (("random_swap", swaps), ("emotive_candidates", ours)):
        before = sg.embed([p[1] for p in pairs])
        after = sg.embed([p[2] for p in pairs])
        cos = (before * after).sum(1)
        by: dict[str, list[float]] = collections.defaultdict(list)
        applied = []
        for (words, _, _), c in zip(pairs, cos, strict=True):
            by[bucket_of(words)].append(float(c))
            applied.append(c >= floor - (relief if words <= SHORT_WORDS else 0))
        out[name] = {f"{lo}-{hi}": summary(by[f"{lo}-{hi}"], floor, floor - (
            relief if hi <= SHORT_WORDS else 0)) for lo, hi in BUCKETS}
        out[name]["all"] = {**summary([float(c) for c in cos], floor, floor),
                            "floor": None, "passing_applied": round(float(np.mean(applied)), 3)}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=3000, help="sentences (3000)")
    ap.add_argument("--min-similarity", type=float, default=0.8,
                    help="the floor whose passing share is reported (0.8, as the service)")
    ap.add_argument("--short-relief", type=float, default=0.1,
                    help="how much lower the floor is for 6 words or fewer (0.1, as the "
                         "service)")
    ap.add_argument("--data-dir", help="GoEmotions folder (default: as training.data finds it)")
    args = ap.parse_args(argv)

    from emotive.analyze import Analyzer
    from emotive.labels import default_schema
    from emotive.segment import sentences
    from training.data import read_goemotions

    data = read_goemotions("train", default_schema(), args.data_dir)
    texts = list(data.texts)
    random.Random(7).shuffle(texts)
    picked: list[str] = []
    for t in texts:
        picked += [s.of(t) for s in sentences(t)]
        if len(picked) >= args.n:
            break
    analyzer = Analyzer(threads=2)
    result = {"machine": machine.describe(), "date": time.strftime("%Y-%m-%d"),
              "sentences": len(picked[:args.n]), "min_similarity": args.min_similarity,
              "short_relief": args.short_relief,
              **measure(analyzer, picked[:args.n], args.min_similarity, args.short_relief)}
    print(f"cosine before/after on {result['sentences']} GoEmotions train sentences; "
          f"'passing' = share >= {args.min_similarity}")
    print(f"{'words':>6} | {'random swap: n':>14} {'p10':>6} {'p50':>6} {'p90':>6} {'passing':>8}"
          f" {'at floor':>8} | {'emotive: n':>10} {'p50':>6} {'passing':>8} {'at floor':>8}")
    for key in [f"{lo}-{hi}" for lo, hi in BUCKETS] + ["all"]:
        r, o = result["random_swap"][key], result["emotive_candidates"][key]
        if not r["n"]:
            continue
        print(f"{key:>6} | {r['n']:>14} {r['p10']:>6} {r['p50']:>6} {r['p90']:>6} "
              f"{r['passing']:>8} {r['passing_applied']:>8} | {o['n']:>10} "
              f"{o.get('p50', '-'):>6} {o.get('passing', '-'):>8} "
              f"{o.get('passing_applied', '-'):>8}")
    print("wrote", save("meaning", result))


if __name__ == "__main__":
    main()
