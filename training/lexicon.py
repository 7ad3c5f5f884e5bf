"""Build the rewrite lexicon the suggestion engine ships with (``emotive/data/rewrites.json.gz``).

Four tables, all derived offline so the runtime needs neither WordNet nor the training data:

- **candidates**: for each (part of speech, lemma) seen in the training texts, replacement
  lemmas from WordNet 3.0 — the synonyms of its first senses, never an antonym; kept only
  when common enough in the training texts to read naturally (an archaic synonym is no use
  to a writer), each with its word-level cosine similarity by MiniLM embedding. WordNet's
  similar adjectives and hypernyms, and nearest words by embedding, are not candidates:
  beside near-synonyms they are other things, opposites and siblings ("dirty" -> "oily",
  "hope" -> "plan", "kill" for "die", "actual" for "fake"); the milder general and graded
  emotion words they once supplied ("love" -> "like", "furious" -> "frustrated") come from
  ``data/scales.json``;
- **complements**: the prepositions each word is seen with in the training texts ("worried
  about", "afraid of"), so that a replacement keeps a preposition it can take;
- **fixed**: WordNet's two- and three-word nouns and adverbials ("good luck", "great
  grandmother", "panic attack", "so far", "very much") made of training words, at least one
  of which the suggester may change: inside one, a word is not replaced or dropped ("good
  luck" -> "okay luck", "so far" -> "far");
- **associations**: each frequent word's emotion and valence association learned from the
  labelled training data: the smoothed P(emotion | word) minus P(emotion), and the same for
  positive minus negative sentiment. They rank candidates before the model verifies them.

Run ``python -m training.lexicon --help``. WordNet comes from Debian (see
``training/wordnet.py``); the output is deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from emotive.labels import default_schema
from emotive.wording import FRAMES, INTENSIFIERS, SCALED, SELECTED
from training.data import NO_SENTIMENT, LabelledTexts, read_goemotions

OUT = Path(__file__).resolve().parent.parent / "emotive" / "data" / "rewrites.json.gz"
TOKEN = re.compile(r"[a-z][a-z'-]*")
POS = ("n", "v", "a", "r")
# 9: complements count "to", "for", "that"; 8: fixed expressions; 7: synonyms only; 6: no
# embedding neighbours; 5: the prepositions words take; 4: multi-word candidates are phrases
LEXICON_VERSION = 9
# never proposed: profanity and the sexual senses WordNet lists beside everyday verbs
BLOCKED = frozenset({"fuck", "fucking", "shit", "screw", "damn", "bitch", "ass", "cunt", "dick",
                     "piss", "bed", "jazz", "laid", "sex", "intimate", "make love", "make out",
                     "sleep with", "sleep together", "lie with", "do it", "be", "hell", "crap",
                     "bastard", "whore", "slut", "retard", "retarded", "nigger", "fag", "pissed",
                     "shitty", "crappy", "damned", "goddamn", "fucked", "bang", "horny",
                     "sexy", "suck", "sucks", "dumbass", "asshole", "mate", "couple", "pair",
                     "penis", "prick", "cock", "pussy", "vagina", "slave", "prostitute",
                     # apostrophe-less contractions: "ill" is "I'll" in the training texts
                     # (joy +0.26), so "fine" -> "ill" looked like a toning-down
                     "ill", "wont", "shell", "wed"})


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def associations(data: LabelledTexts, min_count: int = 3, smoothing: float = 10.0
                 ) -> dict[str, list[float]]:
    """word -> [assoc per emotion..., valence assoc], smoothed towards the prior."""
    n_e = len(data.schema.emotions)
    count: Counter[str] = Counter()
    emo = {}
    pol = {}
    pos_i = data.schema.sentiments.index(data.schema.positive)
    neg_i = data.schema.sentiments.index(data.schema.negative)
    for text, e, s in zip(data.texts, data.emotions, data.sentiment, strict=True):
        v = 0.0 if s == NO_SENTIMENT else (1.0 if s == pos_i else -1.0 if s == neg_i else 0.0)
        for w in set(tokens(text)):
            count[w] += 1
            if w not in emo:
                emo[w] = np.zeros(n_e)
                pol[w] = 0.0
            emo[w] += e
            pol[w] += v
    prior = data.emotions.mean(0)
    valence = np.array([0.0 if s == NO_SENTIMENT else 1.0 if s == pos_i else
                        -1.0 if s == neg_i else 0.0 for s in data.sentiment])
    v_prior = float(valence.mean())
    out = {}
    for w, n in sorted(count.items()):
        if n < min_count:
            continue
        p = (emo[w] + smoothing * prior) / (n + smoothing) - prior
        v = (pol[w] + smoothing * v_prior) / (n + smoothing) - v_prior
        out[w] = [round(float(x), 3) for x in p] + [round(v, 3)]
    return out


def _names(synset: Any) -> list[str]:
    return [lemma.name().replace("_", " ").lower() for lemma in synset.lemmas()]


def related(wn: Any, lemma: str, pos: str, senses: int = 4) -> dict[str, str]:
    """Replacement lemmas for ``lemma`` as ``pos``: the synonyms of its first senses, in
    sense-frequency order, each marked "s". WordNet's looser relations are left out: its
    similar adjectives and hypernyms were mostly other things when a rewrite used them
    ("dirty" -> "oily", "strong" -> "powerful", "hope" -> "plan", "hurt" -> "damage");
    the milder general words a tone needs ("love" -> "like", "rage" -> "anger") are on
    the graded scales (``emotive/data/scales.json``)."""
    out: dict[str, str] = {}
    for syn in wn.synsets(lemma, pos=pos)[:senses]:
        for c in _names(syn):
            out.setdefault(c, "s")
    out.pop(lemma, None)
    return out


NEGATING = frozenset({"not", "no", "non", "never", "nothing"})
# words for behaviour or character, never a calmer word for a feeling ("I am so angry" ->
# "I am so violent" lowers the model's anger and says something else entirely)
CONDUCT = frozenset({"violent", "hostile", "aggressive", "savage", "fierce", "wild", "brutal",
                     "vicious", "insane", "crazy", "evil", "cruel", "abusive", "dangerous",
                     "psycho", "psychotic", "hysterical", "sadistic"})


def antonyms(wn: Any, lemma: str, pos: str) -> set[str]:
    """Direct and indirect antonyms: those of the lemma's senses and of the head adjectives
    they are similar to, with the antonyms' own similar adjectives ("rude" is similar to
    "impolite", whose antonym "polite" is similar to "courteous"): a satellite adjective
    may be similar to two opposed heads, and no rewrite may swap in an opposite."""
    out: set[str] = set()
    for syn in wn.synsets(lemma, pos=pos):
        for head in [syn, *syn.similar_tos()]:
            for lem in head.lemmas():
                for ant in lem.antonyms():
                    other = ant.synset()
                    out.update(_names(other))
                    for sat in other.similar_tos():
                        out.update(_names(sat))
    return out


def flips(a: list[float] | None, b: list[float] | None, floor: float = 0.15) -> bool:
    """Opposite valence by the training data ("useless" -0.28, "helpful" +0.56): an
    antonym WordNet does not record."""
    return bool(a and b and abs(a[-1]) >= floor and abs(b[-1]) >= floor
                and (a[-1] > 0) != (b[-1] > 0))


UPOS = {"n": "NOUN", "v": "VERB", "a": "ADJ", "r": "ADV"}


def inflected(word: str, pos: str) -> bool:
    """Is ``word`` an inflected form of another lemma of that part of speech ("worst" of
    "bad", "felt" of "feel")? WordNet lists some of them as lemmas of their own."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word).get(UPOS[pos])
    return bool(lemmas) and word not in lemmas


def candidates(wn: Any, vocab: Counter[str], embed: Callable[[list[str]], np.ndarray],
               assoc: dict[str, list[float]], min_count: int = 3, top: int = 16
               ) -> dict[str, list[list[Any]]]:
    """"pos:lemma" -> [[candidate, word cosine, relation], ...] for the lemmas of ``vocab``:
    their common WordNet synonyms (relation "s"), never an antonym or a blocked word."""
    def common(c: str) -> bool:
        parts = c.split()
        # a multi-word candidate must occur as a phrase: "give up" does, "golf stroke",
        # "fancy woman" and "go forth" (WordNet's rarer senses) do not
        return (len(parts) <= 2 and all(vocab[p] >= min_count for p in parts)
                and (len(parts) == 1 or vocab[c] >= min_count)
                and not BLOCKED.intersection(parts) and c not in BLOCKED
                and not NEGATING.intersection(parts)  # "good" -> "not bad" is no synonym
                and c not in CONDUCT)

    lemmas = sorted({(pos, lem) for word, n in vocab.items() if n >= min_count and " " not in word
                     for pos in POS if (lem := wn.morphy(word, pos)) is not None})
    words = sorted({lem for _, lem in lemmas} | {c for pos, lem in lemmas
                                                 for c in related(wn, lem, pos) if common(c)})
    vec = embed(words)
    where = {w: i for i, w in enumerate(words)}
    out: dict[str, list[list[Any]]] = {}
    for pos, lemma in tqdm(lemmas, desc="lexicon", unit="lemma"):
        if lemma in BLOCKED:  # slang read in its literal sense: "pissed" -> "peed", "this
            continue          # shit coin" -> "rot", "it sucks" -> "draws"; phrase rules do these
        anti = antonyms(wn, lemma, pos)
        found = {c: kind for c, kind in related(wn, lemma, pos).items() if common(c)}
        kept: list[list[Any]] = []
        for c, kind in found.items():
            if c in anti or c == lemma or flips(assoc.get(lemma), assoc.get(c)):
                continue
            if inflected(c, pos):
                continue  # "worst" (of "bad"), "felt" (of "feel"): the runtime inflects
            cos = float(vec[where[lemma]] @ vec[where[c]]) if c in where else 0.0
            kept.append([c, round(cos, 3), kind])
        kept.sort(key=lambda x: (-x[1], x[0]))  # ties by word: the same file every run
        if kept:
            out[f"{pos}:{lemma}"] = kept[:top]
    return out


def build(data: LabelledTexts, wn: Any, embed: Callable[[list[str]], np.ndarray],
          min_count: int = 3) -> dict[str, Any]:
    vocab: Counter[str] = Counter()
    for t in data.texts:  # words and two-word phrases, counted once per text
        words = tokens(t)
        vocab.update(set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)})
    assoc = associations(data, min_count)
    found = candidates(wn, vocab, embed, assoc, min_count)
    return {
        "version": LEXICON_VERSION,
        "source": "WordNet 3.0 (Princeton University, WordNet licence), GoEmotions train "
                  "(CC BY 4.0) and all-MiniLM-L6-v2 word embeddings; built by "
                  "training/lexicon.py",
        "labels": [*data.schema.emotions, "valence"],
        "associations": assoc,
        "candidates": found,
        "complements": complements(vocab),
        "fixed": fixed(wn, vocab, {key.partition(":")[2] for key in found}),
    }


def fixed(wn: Any, vocab: Counter[str], changeable: set[str]) -> list[str]:
    """WordNet's two- and three-word nouns and adverbials ("good luck", "so far") whose
    words all occur in the training texts and one of which the suggester may change (a word
    with candidates, on a scale, or an intensifier): a fixed expression, not a free "good"
    or "so"."""
    changeable = changeable | set(INTENSIFIERS) | {
        key.partition(":")[2] for key in SCALED.places}
    out = set()
    for pos in ("n", "r"):
        for synset in wn.all_synsets(pos):
            for name in synset.lemma_names():
                words = name.lower().replace("-", "_").split("_")
                if 2 <= len(words) <= 3 and all(w in vocab for w in words) and any(
                        w in changeable for w in words):
                    out.add(" ".join(words))
    return sorted(out)


def complements(vocab: Counter[str], min_count: int = 1) -> dict[str, dict[str, int]]:
    """word -> {preposition: texts}: the prepositions of SELECTED and the words of FRAMES seen
    after each word at least ``min_count`` times (in that many texts), so that "terrified of"
    becomes "worried about", not "worried of", and "afraid to ask" not "uncomfortable to
    ask"."""
    out: dict[str, dict[str, int]] = {}
    for phrase, n in vocab.items():
        word, _, prep = phrase.partition(" ")
        if (prep in SELECTED or prep in FRAMES) and n >= min_count:
            out.setdefault(word, {})[prep] = n
    return out


def write(lexicon: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(lexicon, sort_keys=True, separators=(",", ":")).encode()
    with path.open("wb") as f, gzip.GzipFile(filename="", fileobj=f, mode="wb", mtime=0) as gz:
        gz.write(raw)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m training.lexicon",
        description="Build the rewrite lexicon (WordNet candidates + emotion associations "
                    "learned from GoEmotions train) used by `emotive analyze --suggest`.",
        epilog="Needs Debian's wordnet-base and wordnet-sense-index and the GoEmotions TSVs.")
    p.add_argument("--data", help="GoEmotions folder (default: $EMOTIVE_GOEMOTIONS_DIR or "
                                  "../shared/data/goemotions)")
    p.add_argument("--min-count", type=int, default=3,
                   help="a word must occur in this many training texts to be used (default 3)")
    p.add_argument("--out", type=Path, default=OUT, help=f"output file (default {OUT})")
    args = p.parse_args(argv)
    from emotive.embed import Embedder
    from training import wordnet

    data = read_goemotions("train", default_schema(), args.data)
    lex = build(data, wordnet.load(), Embedder().embed, args.min_count)
    write(lex, args.out)
    print(f"{args.out}: {len(lex['candidates'])} lemma entries, "
          f"{len(lex['associations'])} word associations, {len(lex['fixed'])} fixed "
          f"expressions, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
