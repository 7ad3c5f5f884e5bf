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

Two kinds of rating made knowing the version, to find what is left to fix and to check a
fix (quoted as not blind in BENCHMARKS.md):

    # a random draw of one version on texts nobody has read: a pool of 1,500 train texts
    # outside the benchmark's seeds 0-39 and every audit, shuffled with Random(2501); 40 of
    # the best suggestions toward neutral on those with an emotion >= 0.5
    python -m bench.audit draw --pool 2501 --draw-seed 2501 --exclude-seeds $(seq 0 39) \
        --target neutral --out /tmp/draw.json
    python -m bench.audit blind /tmp/draw.json --out /tmp/listing.json
    # rate it: the rules name the wrong items (a draw's unnamed items are fine)
    python -m bench.audit rate /tmp/listing.json --ratings /tmp/ratings.json \
        --out bench/audits/suggestions-DAY.json
    # a fix paired on every train/test text with its words: each version's best suggestion
    # (the old one: this file run from the old checkout, `cd /tmp/old && PYTHONPATH=/tmp/old
    # python /path/to/bench/audit.py draw ...`), then only the texts where they differ
    python -m bench.audit draw --match '\bgo (?:crazy|mad)\b' --out /tmp/new.json
    python -m bench.audit blind /tmp/old.json /tmp/new.json --differing --out /tmp/pair.json
    # a phrase rule's texts are better found by what it does than by a guess at its words:
    # every train/test text's phrase edits in each version, and the texts where they differ
    cd /tmp/old && PYTHONPATH=/tmp/old python /path/to/bench/audit.py edits --out /tmp/old.ed
    cd - && python -m bench.audit edits --against /tmp/old.ed --out /tmp/texts.json
    python -m bench.audit draw --texts /tmp/texts.json --out /tmp/new.json   # and so on
    # and rate every item: in a pair, each needs a rule ("fine: ..." for a fine one)
    # what fixes have not reached: the texts audits rated wrong, drawn again, and the
    # suggestions still the same as one rated wrong (and never fine)
    python -m bench.audit wrong --target neutral --out /tmp/wrong.json
    python -m bench.audit draw --texts /tmp/wrong.json --target neutral --out /tmp/again.json
    python -m bench.audit wrong /tmp/again.json

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
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tqdm import tqdm

AUDITS = Path(__file__).with_name("audits")


def version() -> str:
    """The checkout's short commit, marked when the tree has changes."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True,
                              check=False).stdout.strip()
    rev = git("rev-parse", "--short", "HEAD") or "unknown"
    return rev + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def audits() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each audit in ``bench/audits`` in name order: its name ("2026-12-03y") and items."""
    for f in sorted(AUDITS.glob("suggestions-*.json")):
        yield f.stem[len("suggestions-"):], json.loads(f.read_text(encoding="utf-8"))["items"]


def read_audits(since: str | None = None) -> set[str]:
    """The texts of the audits in ``bench/audits`` (read, so never drawn again); with
    ``since`` ("2026-12-03y"), only of those named that day's letter or later."""
    return {i["text"] for name, items in audits() if since is None or name >= since
            for i in items}


def pool(texts: Sequence[str], read: set[str], seed: int, size: int) -> tuple[list[str], int]:
    """The first ``size`` of the texts outside ``read`` (each once), shuffled with
    Random(``seed``), and how many there were to shuffle."""
    left = [t for t in dict.fromkeys(texts) if t not in read]
    random.Random(seed).shuffle(left)
    return left[:size], len(left)


def aimed(scorer: Any, texts: Sequence[str], target: str) -> list[tuple[str, str]]:
    """(text, its strongest emotion) of the texts a draw without gold labels aims at:
    toward positive those of valence < -0.2, toward negative > 0.2, else those with an
    emotion >= 0.5."""
    out = []
    for text, r in zip(texts, scorer.score(list(texts)), strict=True):
        emotion, p = max(r.emotions.items(), key=lambda kv: kv[1])
        if (r.valence < -0.2 if target == "positive" else r.valence > 0.2
                if target == "negative" else p >= 0.5):
            out.append((text, emotion))
    return out


def spans(seeds: Sequence[int]) -> str:
    """"0-39" for 0, 1, ..., 39; "0, 2-3" for 0, 2, 3."""
    runs: list[list[int]] = []
    for s in seeds:
        if runs and s == runs[-1][-1] + 1:
            runs[-1].append(s)
        else:
            runs.append([s])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def draw(split: str, seed: int | None, exclude_seeds: Sequence[int], n: int,
         take: int | None, draw_seed: int, data_dir: str | None, naive: bool = False,
         target: str = "less", pool_seed: int | None = None, pool_size: int = 1500,
         audits_since: str | None = None, texts: Sequence[str] | None = None,
         texts_from: str = "", with_audited: bool = False) -> dict[str, Any]:
    """``take`` random verified best suggestions ("less:EMOTION", margin 0.1, similarity
    0.8; every one when ``take`` is None) of one of three kinds of sample:

    - ``seed``: the sample ``seed`` of ``split`` without the samples ``exclude_seeds``,
      picked as ``bench.suggestions`` picks (gold emotion). ``target`` "neutral",
      "positive" or "negative" aims there instead of lowering each text's emotion, as
      ``bench.suggestions`` does: toward positive only the sample's texts of valence
      < -0.2, toward negative those > 0.2. With ``naive``, the verified rewrites of the
      benchmark's naive tool instead (its top driver word -> first WordNet synonym).
    - ``pool_seed``: the first ``pool_size`` texts of ``split``, shuffled with
      Random(``pool_seed``), outside the samples ``exclude_seeds`` and the audits' texts
      (``read_audits(audits_since)``): texts nobody has read, as many as wanted. With
      ``with_audited`` the audits' texts stay in, and the draw counts apart those of its
      texts an audit holds (``"audited"``): every audit's text had a verified suggestion
      when it was rated, so the pools of unread texts lose covered texts with each audit
      and their coverage falls below the split's as the audits grow;
    - ``texts`` (described by ``texts_from``): those texts, for a paired audit of a fix on
      the texts with its words.

    For a pool and for texts, each text's emotion is the model's strongest, and only the
    texts ``aimed`` at are tried."""
    from bench.suggestions import found, naive_rewrite, pick, picked_texts
    from emotive.analyze import Analyzer, SuggestOptions
    from emotive.labels import default_schema
    from training.data import read_goemotions

    schema = default_schema()
    analyzer = Analyzer(threads=2)
    names = list(schema.emotions)
    without = f", without seeds {spans(exclude_seeds)}" if exclude_seeds else ""
    toward = "" if target == "less" else f", toward {target}"
    gone: list[str] = []
    if texts is not None:
        sample = aimed(analyzer.scorer, texts, target)
        described = f"{texts_from}: {len(sample):,} of {len(texts):,} texts aimed at{toward}"
    else:
        data = read_goemotions(split, schema, data_dir)
        rows = found(split, data, analyzer.scorer)
        seen = picked_texts(data.texts, data.emotions, rows, names, n, exclude_seeds)
        if pool_seed is not None:
            audited = ("" if with_audited else f" and the audits since {audits_since}"
                       if audits_since else " and every audit")
            chosen, total = pool(data.texts, seen if with_audited else seen | read_audits(
                audits_since), pool_seed, pool_size)
            sample = aimed(analyzer.scorer, chosen, target)
            described = (f"{split} pool {pool_seed}: {len(chosen):,} of the {total:,} texts "
                         f"outside seeds {spans(exclude_seeds) or 'none'}{audited}, "
                         f"shuffled with Random({pool_seed}); {len(sample):,} aimed at{toward}")
        else:
            assert seed is not None
            sample = pick(data.texts, data.emotions, rows, names, n, seed=seed,
                          exclude=frozenset(seen))
            # the earlier seeds may have taken every text of an emotion: said before rating
            gone = [e for e in names if all(x != e for _, x in sample)]
            if target in ("positive", "negative"):
                valence = {r.text: r.valence for r in analyzer.scorer.score(
                    [t for t, _ in sample])}
                sample = [(t, e) for t, e in sample if (
                    valence[t] < -0.2 if target == "positive" else valence[t] > 0.2)]
            described = f"{split} seed {seed}{without}{toward}"
    opts = SuggestOptions(margin=0.1, min_similarity=0.8, top=1)
    mine = f"naive@{version()}" if naive else version()
    wn = None
    if naive:
        from training import wordnet
        wn = wordnet.load()
    passes = []
    for text, emotion in tqdm(sample, desc="suggest", unit="text"):
        goal = f"less:{emotion}" if target == "less" else target
        if wn is not None:
            got = naive_rewrite(analyzer, wn, text, emotion)
            if got and got["shift"] >= opts.margin and got["similarity"] >= opts.min_similarity:
                passes.append({"version": mine, "emotion": emotion, "target": goal,
                               "text": text, **{k: got[k] for k in (
                                   "original", "replacement", "shift", "similarity")}})
            continue
        best = analyzer.suggest(text, 0, len(text), goal, opts)
        if best:
            d = best[0].to_dict()
            passes.append({"version": mine, "emotion": emotion, "target": goal, "text": text,
                           **{k: d[k] for k in ("original", "replacement", "sentence",
                                                "shift", "similarity")}})
    held = read_audits() if with_audited else set()
    # a pool that keeps the texts of the audits before a day holds texts read before
    unread = texts is None and not with_audited and audits_since is None
    return {"version": mine, "sample": described, "unread": unread,
            "texts": len(sample), "with_suggestion": len(passes),
            **({"audited": {"texts": sum(t in held for t, _ in sample), "with_suggestion":
                            sum(i["text"] in held for i in passes)}} if with_audited else {}),
            "per_emotion": dict(Counter(e for _, e in sample)), "gone": gone,
            "items": random.Random(draw_seed).sample(
                passes, len(passes) if take is None else min(take, len(passes)))}


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
    one = len(draws) == 1 and not differing  # one version's draw, rated knowing it
    coverage = "; ".join(f"{d['version']}: {d['with_suggestion']} of {d['texts']} texts with "
                         f"a verified suggestion" for d in draws)
    return {"_comment": f"TO WRITE: who rated, when, what was found. {coverage}.{note}",
            # given texts (a pair on the texts with a fix's words) may have been read
            "sample": samples.pop() + (", not read before" if all(
                d.get("unread", True) for d in draws) else ""), "paired": differing,
            **({"blind": False, "drawn": True} if one else {}), "items": items}


def rate(listing: dict[str, Any], ratings: dict[str, Any]) -> dict[str, Any]:
    """The listing with each item's verdict from ``ratings["rules"]`` ([text prefix,
    version or "*", why]: the first that matches an item rates it; a why that starts with
    "fine" is fine, the rest of it kept as the reason) and the rater's ``comment``. In a
    drawn listing an item no rule matches is fine (the rules name the wrong ones); in any
    other, every item needs a rule. Rated knowing the versions, so not blind."""
    if not str(ratings.get("comment", "")).strip():
        raise SystemExit("ratings need a comment: who rated, when, what was found")
    rules = ratings.get("rules", [])
    if not all(isinstance(x, list) and len(x) == 3 and all(isinstance(y, str) for y in x)
               for x in rules):
        raise SystemExit('each rule is [text prefix, version or "*", why]')
    items = []
    for item in listing["items"]:
        why = next((w for pre, v, w in rules if item["text"].startswith(pre)
                    and v in ("*", item["version"])), None)
        if why is None:
            if not listing.get("drawn"):
                raise SystemExit(f"no rule rates {item['version']}: {item['text'][:70]!r}")
            why = "fine"
        fine = why.startswith("fine")
        reason = why[4:].lstrip(": ") if fine else why
        items.append({**item, "verdict": "fine" if fine else "wrong",
                      **({"why": reason} if reason else {})})
    return {**listing, "_comment": ratings["comment"], "blind": False, "items": items}


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


def rated_edits(target: str) -> dict[str, dict[tuple[str, str], dict[str, list[str]]]]:
    """Every audit's verdicts toward ``target`` ("less", "neutral", ...): text ->
    (original, replacement) -> verdict -> the audits that gave it."""
    got: dict[str, dict[tuple[str, str], dict[str, list[str]]]] = {}
    for name, items in audits():
        for i in items:
            if (i.get("target") or "less").split(":")[0] == target and i.get("original"):
                edit = (i["original"], i["replacement"])
                got.setdefault(i["text"], {}).setdefault(edit, {}).setdefault(
                    i["verdict"], []).append(name)
    return got


def still_wrong(drawn: dict[str, Any]) -> list[tuple[dict[str, Any], list[str]]]:
    """The items of a draw that an audit rated wrong (the same text, target and edit) and
    none rated fine, with the audits that did: what a fix has not reached yet."""
    seen: dict[str, Any] = {}
    found = []
    for i in drawn["items"]:
        target = i["target"].split(":")[0]
        if target not in seen:
            seen[target] = rated_edits(target)
        verdicts = seen[target].get(i["text"], {}).get((i["original"], i["replacement"]), {})
        if "wrong" in verdicts and "fine" not in verdicts:
            found.append((i, verdicts["wrong"]))
    return found


def unwritten(path: Path) -> None:
    """Stop before ``path`` is written over: an audit is never overwritten."""
    if path.exists():
        raise SystemExit(f"{path} exists: an audit is never overwritten")


def listed(path: Path | None, match: str | None, data_dir: str | None
           ) -> tuple[list[str], str]:
    """The texts of ``--texts`` or ``--match`` (each once), and what they are."""
    if path is not None:
        try:
            texts = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise SystemExit(f"--texts {path}: {e}") from None
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise SystemExit(f"--texts {path}: expected a JSON list of strings")
        return list(dict.fromkeys(texts)), f"the texts of {path.name}"
    assert match is not None
    from emotive.labels import default_schema
    from training.data import read_goemotions

    try:
        found = re.compile(match, re.IGNORECASE).search
    except re.error as e:
        raise SystemExit(f"--match: {e}") from None
    texts = [t for split in ("train", "test")
             for t in read_goemotions(split, default_schema(), data_dir).texts if found(t)]
    return list(dict.fromkeys(texts)), f"the train/test texts matching /{match}/i"


def phrase_rewrites(data_dir: str | None) -> dict[str, list[str]]:
    """Every GoEmotions train and test text (never dev) with what its phrase edits
    (``emotive.wording.phrase_edits``, lowering) make of it at this checkout: of the whole
    text, and of each of its sentences, as the suggester edits them ("And whoops, my bad."
    inside a longer text), each written back into the text."""
    from emotive.labels import default_schema
    from emotive.segment import sentences
    from emotive.wording import apply, phrase_edits
    from training.data import read_goemotions

    def rewrites(text: str) -> list[str]:
        out = {apply(text, e) for e in phrase_edits(text, "less")}
        spans = sentences(text)
        for span in spans if len(spans) > 1 else ():
            said = text[span.start:span.end]
            out |= {text[:span.start] + apply(said, e) + text[span.end:]
                    for e in phrase_edits(said, "less")}
        return sorted(out)

    texts = dict.fromkeys(t for split in ("train", "test")
                          for t in read_goemotions(split, default_schema(), data_dir).texts)
    return {t: rewrites(t) for t in tqdm(texts, desc="phrase edits", unit="text")}


def changed_texts(old: dict[str, list[str]], new: dict[str, list[str]]) -> list[str]:
    """The texts whose phrase rewrites differ between two runs of ``phrase_rewrites``."""
    if old.keys() != new.keys():
        raise SystemExit(f"the runs hold different texts ({len(old)} and {len(new)}): "
                         "run both on the same GoEmotions folder")
    return [t for t in new if sorted(old[t]) != new[t]]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] not in ("draw", "blind", "rate", "wrong", "edits", "-h", "--help"):
        argv = ["count", *argv]  # `python -m bench.audit FILE`, as before
    p = argparse.ArgumentParser(prog="python -m bench.audit", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("count", help="share of wrong suggestions per version (the default)")
    c.add_argument("file", type=Path, help="an audit file from bench/audits")
    d = sub.add_parser("draw", help="draw verified best suggestions of this checkout")
    d.add_argument("--split", choices=("train", "dev", "test"), default="train")
    source = d.add_mutually_exclusive_group(required=True)
    source.add_argument("--seed", type=int, help="a sample as bench.suggestions picks it: "
                        "its shuffle seed")
    source.add_argument("--pool", type=int, metavar="SEED",
                        help="a pool of texts nobody has read: the split's texts outside "
                        "--exclude-seeds and the audits, shuffled with Random(SEED)")
    source.add_argument("--texts", type=Path, metavar="FILE",
                        help="the texts of FILE (a JSON list of strings): every suggestion, "
                        "for a paired audit of a fix on the texts with its words")
    source.add_argument("--match", metavar="REGEX",
                        help="the GoEmotions train and test texts (never dev) REGEX finds "
                        "(Python re, case-insensitive), as --texts")
    d.add_argument("--exclude-seeds", type=int, nargs="*", default=[],
                   help="samples read before (their texts are left out)")
    d.add_argument("--n", type=int, default=400, help="texts in each seed's sample (400)")
    d.add_argument("--pool-size", type=int, default=1500, help="texts of the pool (1500)")
    d.add_argument("--audits-since", metavar="DAY",
                   help="a pool leaves out the texts of the audits named DAY (2026-12-03y) "
                        "or later, not of every audit (how the pools of 2026-12-03 were made)")
    d.add_argument("--with-audited", action="store_true",
                   help="a pool keeps the audits' texts and counts them apart: an audit holds "
                        "only texts that had a suggestion, so a pool without them covers less "
                        "than the split (measure that with --take 100000); read, never rate")
    d.add_argument("--take", type=int,
                   help="suggestions drawn (40; every one with --texts or --match)")
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
    r = sub.add_parser("rate", help="fill in a listing's verdicts from a ratings file")
    r.add_argument("listing", type=Path, help="what `blind` wrote")
    r.add_argument("--ratings", type=Path, required=True,
                   help='JSON: {"comment": who rated, when, what was found; "rules": '
                        '[[text prefix, version or "*", why]]}; a why that starts with '
                        '"fine" is fine, any other is wrong; the first rule that matches wins')
    r.add_argument("--out", type=Path, required=True, help="the audit (never overwritten)")
    w = sub.add_parser("wrong", help="the texts audits rated wrong, to draw again; or, given "
                       "such draws, the suggestions still the same as a wrong one")
    w.add_argument("draws", type=Path, nargs="*",
                   help="draws made with `draw --texts` of what --out wrote")
    w.add_argument("--target", choices=("less", "neutral", "positive", "negative"),
                   default="less")
    w.add_argument("--out", type=Path, help="write the texts rated wrong toward --target "
                   "(a JSON list for `draw --texts FILE --target …`)")
    e = sub.add_parser("edits", help="every train/test text's phrase rewrites at this "
                       "checkout; with --against, the texts whose rewrites differ from a run "
                       "of another checkout's (to pair a phrase rule: `draw --texts`)")
    e.add_argument("--against", type=Path, metavar="EDITS",
                   help="what `edits --out` wrote in the other checkout: write the texts "
                   "whose rewrites differ (a JSON list), not the rewrites")
    e.add_argument("--data-dir", help="GoEmotions folder")
    e.add_argument("--out", type=Path, required=True)
    args = p.parse_args(argv)
    if args.command == "count":
        count(args.file)
    elif args.command == "wrong":
        if args.out is not None:
            texts = sorted(t for t, edits in rated_edits(args.target).items()
                           if any("wrong" in v for v in edits.values()))
            args.out.write_text(json.dumps(texts, indent=0, ensure_ascii=False),
                                encoding="utf-8")
            print(f"{len(texts)} texts rated wrong toward {args.target} -> {args.out}")
        for f in args.draws:
            drawn = json.loads(f.read_text(encoding="utf-8"))
            found = still_wrong(drawn)
            for i, where in found:
                print(f"[{i['target']}] {', '.join(where)}: {i['original']!r} -> "
                      f"{i['replacement']!r} | {i['sentence']}")
            print(f"{f}: {len(found)} of {len(drawn['items'])} suggestions at "
                  f"{drawn['version']} are ones an audit rated wrong")
        if args.out is None and not args.draws:
            raise SystemExit("wrong: --out FILE (the texts to draw again) or draws to check")
    elif args.command == "edits":
        old = None
        if args.against is not None:
            try:
                old = json.loads(args.against.read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                raise SystemExit(f"--against {args.against}: {err}") from None
            if not isinstance(old, dict):
                raise SystemExit(f"--against {args.against}: expected what `edits --out` "
                                 "writes, a JSON object of texts and their rewrites")
        rewrites = phrase_rewrites(args.data_dir)
        if old is None:
            args.out.write_text(json.dumps(rewrites, ensure_ascii=False), encoding="utf-8")
            print(f"{version()}: {sum(map(bool, rewrites.values()))} of {len(rewrites)} "
                  f"texts have phrase rewrites -> {args.out}")
        else:
            texts = changed_texts(old, rewrites)
            args.out.write_text(json.dumps(texts, indent=0, ensure_ascii=False),
                                encoding="utf-8")
            print(f"{version()}: {len(texts)} of {len(rewrites)} texts have other phrase "
                  f"rewrites than {args.against} -> {args.out}")
    elif args.command == "rate":
        unwritten(args.out)
        try:
            listing = json.loads(args.listing.read_text(encoding="utf-8"))
            ratings = json.loads(args.ratings.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise SystemExit(f"cannot read: {e}") from None
        audit = rate(listing, ratings)
        args.out.write_text(json.dumps(audit, indent=1, ensure_ascii=True), encoding="utf-8")
        count(args.out)
    elif args.command == "draw":
        exclude = list(args.exclude_seeds)
        if args.split == "dev":  # bench.suggestions only counts its dev sample (seed 0)
            if args.seed == 0:
                raise SystemExit("dev seed 0 is bench.suggestions' unread sample: it is "
                                 "counted, never read; draw another seed or split")
            exclude = [0, *(s for s in exclude if s != 0)]
        if args.naive and args.target != "less":
            raise SystemExit("the naive tool only lowers each text's emotion: no --target")
        if args.with_audited and args.pool is None:
            raise SystemExit("--with-audited keeps the audits' texts in a pool: --pool")
        if args.naive and args.seed is None:
            raise SystemExit("the naive tool is drawn on a seed's sample: --seed")
        texts, texts_from, take = None, "", args.take
        if args.texts is not None or args.match is not None:
            texts, texts_from = listed(args.texts, args.match, args.data_dir)
            if not texts:
                raise SystemExit(f"no texts in {texts_from}")
        elif take is None:
            take = 40
        got = draw(args.split, args.seed, exclude, args.n, take, args.draw_seed,
                   args.data_dir, args.naive, args.target, args.pool, args.pool_size,
                   args.audits_since, texts, texts_from, args.with_audited)
        args.out.write_text(json.dumps(got, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{got['version']}: {got['with_suggestion']} of {got['texts']} texts with a "
              f"verified suggestion; {len(got['items'])} drawn to {args.out}")
        print("sample: " + ", ".join(f"{e} {k}" for e, k in got["per_emotion"].items()))
        if "audited" in got:
            held = got["audited"]
            print(f"texts an audit holds: {held['with_suggestion']} of {held['texts']} with a "
                  f"verified suggestion; the others: "
                  f"{got['with_suggestion'] - held['with_suggestion']} of "
                  f"{got['texts'] - held['texts']}")
        if got["gone"]:
            print(f"note: no {', '.join(got['gone'])} texts are left for this seed after the "
                  "excluded ones")
    else:
        unwritten(args.out)
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
