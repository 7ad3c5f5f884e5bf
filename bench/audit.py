"""Blind hand audits of verified suggestions (``bench/audits/*.json``): draw, shuffle, count.

Coverage counts verified suggestions, not good ones. An audit rates a random draw of them by
hand, without knowing which version made which, on texts no rule was written from:

    # 1. in a checkout of each version (``git worktree add /tmp/old REV`` for an older one),
    #    draw 40 verified best suggestions from a sample (here GoEmotions train, seed 3,
    #    without the texts of seeds 0-2, which earlier audits read):
    python -m bench.audit draw --split train --seed 3 --exclude-seeds 0 1 2 --out /tmp/new.json
    # 2. shuffle the draws together, versions hidden in the listing it prints:
    python -m bench.audit blind /tmp/old.json /tmp/new.json --out bench/audits/suggestions-DAY.json
    #    or, better, draw every suggestion (--take 1000) and list only the texts whose best
    #    suggestions differ (--differing): most are the same in two versions, and two random
    #    draws of 40 differ more by which shared items they catch than by the change
    # 3. set each item's "verdict" to "fine" or "wrong" (a writer would reject it: meaning
    #    changed, ungrammatical, or not milder) and write the "_comment": who rated, which
    #    rules are written from the items afterwards (from then on the sample counts as read)
    # 4. count:
    python -m bench.audit bench/audits/suggestions-DAY.json

Against the naive tool of ``bench.suggestions`` (first WordNet synonym of the top driver):
draw in one checkout twice, once with ``--naive``, and ``blind`` both draws without
``--differing``. The versions are hidden, not the tools' styles: an uninflected WordNet
lemma can give the naive tool away.

The sample is picked as ``bench.suggestions`` picks it (one gold emotion the model also finds:
the model of 2026-12-01, frozen in ``bench/found.json.gz``,
4-40 words, even across emotions); the draw records the version, the sample and how many of
its texts had a verified suggestion. The rating is a person's judgement, kept in the file so
that anyone can read and dispute each verdict. A rating of every suggestion of one version,
made knowing it (to find what is left to fix), carries ``"blind": false`` and is quoted as
such in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tqdm import tqdm


def version() -> str:
    """The checkout's short commit, marked when the tree has changes."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True,
                              check=False).stdout.strip()
    rev = git("rev-parse", "--short", "HEAD") or "unknown"
    return rev + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def draw(split: str, seed: int, exclude_seeds: Sequence[int], n: int, take: int,
         draw_seed: int, data_dir: str | None, naive: bool = False, target: str = "less"
         ) -> dict[str, Any]:
    """``take`` random verified best suggestions ("less:EMOTION", margin 0.1, similarity
    0.8) from the sample ``seed`` of ``split`` without the samples ``exclude_seeds``; with
    ``naive``, the verified rewrites of the benchmark's naive tool instead (its top driver
    word -> first WordNet synonym), to rate beside emotive's. ``target`` "neutral",
    "positive" or "negative" aims there instead of lowering each text's emotion, as
    ``bench.suggestions`` does: toward positive only the sample's texts of valence < -0.2,
    toward negative those > 0.2."""
    from bench.suggestions import found, naive_rewrite, pick
    from emotive.analyze import Analyzer, SuggestOptions
    from emotive.labels import default_schema
    from training.data import read_goemotions

    schema = default_schema()
    data = read_goemotions(split, schema, data_dir)
    analyzer = Analyzer(threads=2)
    rows = found(split, data, analyzer.scorer)
    names = list(schema.emotions)
    seen: set[str] = set()
    for other in exclude_seeds:  # each excluded sample as it was picked: without the earlier
        seen |= {t for t, _ in pick(data.texts, data.emotions, rows, names, n, seed=other,
                                    exclude=frozenset(seen))}
    sample = pick(data.texts, data.emotions, rows, names, n, seed=seed,
                  exclude=frozenset(seen))
    # the earlier seeds may have taken every text of an emotion: said before anyone rates
    gone = [e for e in names if all(x != e for _, x in sample)]
    if target in ("positive", "negative"):
        valence = {r.text: r.valence for r in analyzer.scorer.score([t for t, _ in sample])}
        sample = [(t, e) for t, e in sample
                  if (valence[t] < -0.2 if target == "positive" else valence[t] > 0.2)]
    opts = SuggestOptions(margin=0.1, min_similarity=0.8, top=1)
    mine = f"naive@{version()}" if naive else version()
    wn = None
    if naive:
        from training import wordnet
        wn = wordnet.load()
    passes = []
    for text, emotion in tqdm(sample, desc="suggest", unit="text"):
        if wn is not None:
            got = naive_rewrite(analyzer, wn, text, emotion)
            if got and got["shift"] >= opts.margin and got["similarity"] >= opts.min_similarity:
                passes.append({"version": mine, "emotion": emotion, "text": text,
                               **{k: got[k] for k in ("original", "replacement", "shift",
                                                      "similarity")}})
            continue
        goal = f"less:{emotion}" if target == "less" else target
        best = analyzer.suggest(text, 0, len(text), goal, opts)
        if best:
            d = best[0].to_dict()
            passes.append({"version": mine, "emotion": emotion, "text": text,
                           **{k: d[k] for k in ("original", "replacement", "shift",
                                                "similarity")}})
    without = f", without seeds {', '.join(map(str, exclude_seeds))}" if exclude_seeds else ""
    toward = "" if target == "less" else f", toward {target}"
    return {"version": mine, "sample": f"{split} seed {seed}{without}{toward}",
            "texts": len(sample), "with_suggestion": len(passes),
            "per_emotion": dict(Counter(e for _, e in sample)), "gone": gone,
            "items": random.Random(draw_seed).sample(passes, min(take, len(passes)))}


def blind(draws: Sequence[dict[str, Any]], seed: int, differing: bool = False
          ) -> dict[str, Any]:
    """The draws' items shuffled together, each with an empty verdict to fill in. With
    ``differing`` (draws of every suggestion: ``draw --take`` at least as many as there
    are), only the texts whose best suggestions differ between the versions: the paired
    comparison, far less noisy than two random draws that share most of their items."""
    samples = {d["sample"] for d in draws}
    if len(samples) != 1:
        raise SystemExit(f"the draws come from different samples: {sorted(samples)}")
    items = [{**i, "verdict": ""} for d in draws for i in d["items"]]
    note = ""
    if differing:
        if any(len(d["items"]) < d["with_suggestion"] for d in draws):
            raise SystemExit("--differing compares every suggestion: draw with --take at "
                             "least the number of texts")
        per_text: dict[str, set[tuple[str, str, str]]] = {}
        for i in items:
            per_text.setdefault(i["text"], set()).add(
                (i["version"], i["original"], i["replacement"]))
        same = {t for t, got in per_text.items() if len(got) == len(draws) and len(
            {(o, r) for _, o, r in got}) == 1}
        items = [i for i in items if i["text"] not in same]
        note = (f" Paired: {len(same)} texts had the same best suggestion from every "
                f"version; only the {len({i['text'] for i in items})} others are listed.")
    random.Random(seed).shuffle(items)
    coverage = "; ".join(f"{d['version']}: {d['with_suggestion']} of {d['texts']} texts with "
                         f"a verified suggestion" for d in draws)
    return {"_comment": f"TO WRITE: who rated, when, what was found. {coverage}.{note}",
            "sample": samples.pop() + ", not read before", "paired": differing,
            "items": items}


def tally(items: Sequence[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """version -> (items rated, items wrong), versions in the order they first appear."""
    counts = Counter((i["version"], i["verdict"]) for i in items)
    return {v: (counts[v, "fine"] + counts[v, "wrong"], counts[v, "wrong"])
            for v in dict.fromkeys(i["version"] for i in items)}


def count(path: Path) -> None:
    items = json.loads(path.read_text(encoding="utf-8"))["items"]
    unrated = sum(i["verdict"] not in ("fine", "wrong") for i in items)
    if unrated:
        raise SystemExit(f"{path}: {unrated} items without a verdict ('fine' or 'wrong')")
    print(f"{'version':32s} {'rated':>6s} {'wrong':>6s} {'share':>7s}")
    for mine, (n, wrong) in tally(items).items():
        print(f"{mine:32s} {n:6d} {wrong:6d} {wrong / n:7.1%}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] not in ("draw", "blind", "-h", "--help"):
        argv = ["count", *argv]  # `python -m bench.audit FILE`, as before
    p = argparse.ArgumentParser(prog="python -m bench.audit", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("count", help="share of wrong suggestions per version (the default)")
    c.add_argument("file", type=Path, help="an audit file from bench/audits")
    d = sub.add_parser("draw", help="draw verified best suggestions of this checkout")
    d.add_argument("--split", choices=("train", "dev", "test"), default="train")
    d.add_argument("--seed", type=int, required=True, help="the sample's shuffle seed")
    d.add_argument("--exclude-seeds", type=int, nargs="*", default=[],
                   help="samples read before (their texts are left out)")
    d.add_argument("--n", type=int, default=400, help="texts in the sample (400)")
    d.add_argument("--take", type=int, default=40, help="suggestions drawn (40)")
    d.add_argument("--draw-seed", type=int, default=31)
    d.add_argument("--data-dir", help="GoEmotions folder")
    d.add_argument("--naive", action="store_true",
                   help="the naive tool's verified rewrites (first WordNet synonym), to rate "
                        "blind beside this checkout's: `blind` both draws without --differing")
    d.add_argument("--target", choices=("less", "neutral", "positive", "negative"),
                   default="less", help="less: lower each text's emotion (the default); or "
                   "toward neutral, positive (texts of valence < -0.2), negative (> 0.2)")
    d.add_argument("--out", type=Path, required=True)
    b = sub.add_parser("blind", help="shuffle draws together and list them without versions")
    b.add_argument("draws", type=Path, nargs="+")
    b.add_argument("--shuffle-seed", type=int, default=7)
    b.add_argument("--differing", action="store_true",
                   help="only texts whose best suggestions differ (paired comparison)")
    b.add_argument("--out", type=Path, required=True)
    args = p.parse_args(argv)
    if args.command == "count":
        count(args.file)
    elif args.command == "draw":
        exclude = list(args.exclude_seeds)
        if args.split == "dev":  # bench.suggestions only counts its dev sample (seed 0)
            if args.seed == 0:
                raise SystemExit("dev seed 0 is bench.suggestions' unread sample: it is "
                                 "counted, never read; draw another seed or split")
            exclude = [0, *(s for s in exclude if s != 0)]
        if args.naive and args.target != "less":
            raise SystemExit("the naive tool only lowers each text's emotion: no --target")
        got = draw(args.split, args.seed, exclude, args.n, args.take,
                   args.draw_seed, args.data_dir, args.naive, args.target)
        args.out.write_text(json.dumps(got, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{got['version']}: {got['with_suggestion']} of {got['texts']} texts with a "
              f"verified suggestion; {len(got['items'])} drawn to {args.out}")
        print("sample: " + ", ".join(f"{e} {k}" for e, k in got["per_emotion"].items()))
        if got["gone"]:
            print(f"note: no {', '.join(got['gone'])} texts are left for this seed after the "
                  "excluded ones")
    else:
        if args.out.exists():
            raise SystemExit(f"{args.out} exists: an audit is never overwritten")
        missing = [str(f) for f in args.draws if not f.is_file()]
        if missing:
            raise SystemExit(f"no such draw: {', '.join(missing)} (python -m bench.audit draw "
                             "writes one)")
        audit = blind([json.loads(f.read_text(encoding="utf-8")) for f in args.draws],
                      args.shuffle_seed, args.differing)
        args.out.write_text(json.dumps(audit, indent=1, ensure_ascii=False), encoding="utf-8")
        for k, i in enumerate(audit["items"]):
            print(f"{k} {i['emotion'].upper()} | {i['text']}\n"
                  f"      {i['original']!r} -> {i['replacement']!r}")
        print(f"{len(audit['items'])} items written to {args.out}: fill in each verdict")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
