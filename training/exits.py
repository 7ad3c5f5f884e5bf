"""Propose milder words for the suggester's scales, found by the model itself.

    python -m training.exits --emotion fear --out /tmp/exits-fear.tsv

For each word that drives an emotion in GoEmotions train (seen in texts labelled with it,
association >= --min-association), it tries the same-part-of-speech training words that
carry little of that emotion, nearest in MiniLM word embedding first, inside real training
sentences of that emotion (inflected as the original), and reports how often the rewrite
passes the suggester's checks: the emotion falls by the margin, meaning similarity stays at
or above the threshold, no other emotion rises past its threshold. It proposes, a person
decides: the table is full of antonyms and other senses ("scared" -> "brave" passes every
check), so only words that say the same thing more mildly go on `emotive/data/scales.json`
as a milder tier, by hand. Prints the table best first and writes it as TSV.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from tqdm import tqdm

from training.data import read_goemotions


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m training.exits", description=__doc__.split(
        "\n\n")[0], epilog="The table only proposes: read it before you put a word on a scale.")
    p.add_argument("--emotion", required=True, help="joy, surprise, anger, fear or sadness")
    p.add_argument("--data", help="GoEmotions folder (default: $EMOTIVE_GOEMOTIONS_DIR or "
                                  "../shared/data/goemotions)")
    p.add_argument("--min-association", type=float, default=0.1,
                   help="a driver's association with the emotion (default 0.1)")
    p.add_argument("--min-count", type=int, default=6,
                   help="a driver must be seen this often in the emotion's texts (default 6)")
    p.add_argument("--neighbours", type=int, default=25,
                   help="candidate words tried per driver (default 25)")
    p.add_argument("--sentences", type=int, default=8,
                   help="training sentences tried per driver (default 8)")
    p.add_argument("--margin", type=float, default=0.1)
    p.add_argument("--min-similarity", type=float, default=0.8)
    p.add_argument("--out", type=Path, help="TSV of every pair tried")
    args = p.parse_args(argv)

    from emotive.analyze import Analyzer
    from emotive.suggest import CONTENT
    from emotive.wording import match_case

    an = Analyzer(threads=2)
    sug, names = an.suggester, list(an.schema.emotions)
    if args.emotion not in names:
        p.error(f"unknown emotion {args.emotion!r}; expected one of {', '.join(names)}")
    e = names.index(args.emotion)
    thresholds = an.thresholds
    data = read_goemotions("train", an.schema, args.data)

    def association(word: str) -> np.ndarray:
        return sug.lexicon.association([word])[0]

    # every training text tagged once; the emotion's own texts (one gold emotion, found by
    # the model) give the sentences to rewrite
    docs = list(tqdm(sug.nlp.pipe(data.texts, batch_size=256), total=len(data.texts),
                     desc="tagging", unit="text"))
    freq: Counter[tuple[str, str]] = Counter()
    seen: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    mine = [i for i in range(len(data.texts)) if data.emotions[i].sum() == 1
            and data.emotions[i, e] == 1 and 4 <= len(data.texts[i].split()) <= 40]
    emo_all, _ = an.scorer.probabilities([data.texts[i] for i in mine])
    mine = [i for i, pr in zip(mine, emo_all, strict=True) if pr[e] >= 0.5]
    own = set(mine)
    for i, doc in enumerate(docs):
        for k, t in enumerate(doc):
            pos = CONTENT.get(t.pos_)
            if pos and t.is_alpha:
                freq[(t.lemma_.lower(), pos)] += 1
                if i in own:
                    seen[(t.lemma_.lower(), pos)].append((i, k))
    drivers = [key for key, occ in seen.items() if len(occ) >= args.min_count
               and association(key[0])[e] >= args.min_association]
    vocab = [key for key, n in freq.items() if n >= 15 and association(key[0])[e] < 0.02
             and association(key[0])[:-1].max() < 0.1 and len(key[0]) > 2]
    print(f"{len(mine)} {args.emotion} texts, {len(drivers)} drivers, {len(vocab)} words "
          "to try", file=sys.stderr)
    words = sorted({w for w, _ in drivers} | {w for w, _ in vocab})
    vec = dict(zip(words, sug.embed(words), strict=True))
    rng = random.Random(0)
    rows = []
    for lemma, pos in tqdm(drivers, desc="drivers", unit="word"):
        pool = [w for w, q in vocab if q == pos and w != lemma]
        if not pool:
            continue
        cos = np.array([vec[w] @ vec[lemma] for w in pool])
        near = [pool[j] for j in np.argsort(-cos)[:args.neighbours]]
        occ = seen[(lemma, pos)]
        occ = rng.sample(occ, min(len(occ), args.sentences))
        texts, before, who = [], [], []
        for i, k in occ:
            tok, text = docs[i][k], data.texts[i]
            for w in near:
                new = match_case(sug._inflect(w, tok.tag_), tok.text)
                texts.append(text[:tok.idx] + new + text[tok.idx + len(tok.text):])
                before.append(text)
                who.append(w)
        emo, _ = an.scorer.probabilities(before + texts)
        old, new_p = emo[:len(texts)], emo[len(texts):]
        a, b = sug.embed(before), sug.embed(texts)
        sim = (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
        shift = old[:, e] - new_p[:, e]
        others = np.delete(np.arange(len(names)), e)
        swap = np.asarray(((new_p[:, others] > thresholds[others] + 0.2)
                           & (old[:, others] <= thresholds[others] + 0.2)).any(1))
        ok = np.asarray((shift >= args.margin) & (sim >= args.min_similarity) & ~swap)
        for w in near:
            sel = np.array([x == w for x in who], dtype=bool)
            rows.append((lemma, pos, w, int(sel.sum()), float(ok[sel].mean()),
                         float(shift[sel].mean()), float(sim[sel].mean()),
                         float(swap[sel].mean()), float(cos[pool.index(w)])))
    rows.sort(key=lambda r: (-r[4], -r[5]))
    if args.out:
        with args.out.open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f, delimiter="\t")
            out.writerow(["driver", "pos", "word", "tried", "pass", "shift", "similarity",
                          "swap", "word_cosine"])
            out.writerows(rows)
    print(f"{'driver':14} pos {'word':14} tried  pass  shift   sim  swap")
    for r in rows:
        if r[4] >= 0.5:
            print(f"{r[0]:14} {r[1]:3} {r[2]:14} {r[3]:5} {r[4]:5.2f} {r[5]:6.2f} {r[6]:5.2f} "
                  f"{r[7]:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
