"""Which words and phrases drive each emotion: batched occlusion on the ONNX model.

For a sentence with words w1..wn, every word and every pair of adjacent words is removed in
turn and all the variants are scored in one batch. A word's contribution to an emotion is
p(sentence) - p(sentence without it): positive when the word raises the emotion; drivers
are selected and ranked by the same difference in log-odds. Adjacent
words that push the same way, and a negator before a driver ("not happy"), are merged into
one phrase whose contribution is that of removing both together, so negation is judged in
context rather than word by word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

WORD = re.compile(r"[\w][\w'’-]*")
_NEGATORS = {"not", "no", "never", "nothing", "nobody", "none", "hardly", "without", "don't",
             "doesn't", "didn't", "isn't", "wasn't", "aren't", "can't", "won't", "cannot",
             "couldn't", "shouldn't", "wouldn't", "n't", "nt"}  # "isnt": "is" + "nt"
NEGATORS = frozenset(_NEGATORS | {w.replace("'", "’") for w in _NEGATORS})  # "isn’t" too
MAX_WORDS = 64  # longer sentences are explained over their first 64 words


@dataclass(frozen=True)
class Driver:
    """A span of the original text and its signed contribution to one emotion."""

    start: int
    end: int
    text: str
    contribution: float  # p(sentence) - p(sentence without the span)
    weight: float  # the same in log-odds: what ranks drivers
    method: str = "occlusion"  # or "alone": the span scored on its own vs the empty text

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "contribution": round(self.contribution, 4), "weight": round(self.weight, 3),
                "method": self.method}


def _remove(text: str, start: int, end: int) -> str:
    """``text`` without [start, end), with the whitespace around the gap collapsed."""
    left, right = text[:start].rstrip(), text[end:].lstrip()
    return f"{left} {right}".strip() if left and right else (left + right)


def variants(sentence: str, words: Sequence[tuple[int, int]]) -> list[str]:
    """The sentence without each word, then without each adjacent pair."""
    singles = [_remove(sentence, a, b) for a, b in words]
    pairs = [_remove(sentence, words[i][0], words[i + 1][1]) for i in range(len(words) - 1)]
    return singles + pairs


def word_spans(sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD.finditer(sentence)][:MAX_WORDS]


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(p / (1 - p)))


def explain(sentence: str, offset: int, base: np.ndarray, occluded: np.ndarray,
            names: Sequence[str], min_weight: float = 0.4, top: int = 5
            ) -> dict[str, list[Driver]]:
    """Drivers per emotion from the scores of a sentence (``base``, shape (E,)) and of its
    ``variants`` (``occluded``, shape (2n - 1, E)); offsets shifted by ``offset``.

    Drivers are chosen and ranked by their effect in log-odds (``weight``), which stays
    visible when a probability is saturated ("Thanks, you are amazing": removing one of two
    joyful words barely moves p = 0.99); ``contribution`` is the change in probability.
    """
    words = word_spans(sentence)
    n = len(words)
    if n == 0:
        return {name: [] for name in names}
    prob = base[None, :] - occluded
    weight = _logit(base)[None, :] - _logit(occluded)
    lowers = [sentence[a:b].lower() for a, b in words]
    out = {}
    for j, name in enumerate(names):
        drivers: list[Driver] = []
        i = 0
        while i < n:
            w = float(weight[i, j])
            nxt = i + 1 < n and lowers[i + 1] not in NEGATORS
            joins = nxt and (lowers[i] in NEGATORS or (
                np.sign(w) == np.sign(weight[i + 1, j]) and
                min(abs(w), abs(weight[i + 1, j])) >= min_weight))
            if joins and abs(weight[n + i, j]) >= min_weight:
                a, b = words[i][0], words[i + 1][1]
                drivers.append(Driver(offset + a, offset + b, sentence[a:b],
                                      float(prob[n + i, j]), float(weight[n + i, j])))
                i += 2
                continue
            if abs(w) >= min_weight and lowers[i] not in NEGATORS:
                a, b = words[i]
                drivers.append(Driver(offset + a, offset + b, sentence[a:b],
                                      float(prob[i, j]), w))
            i += 1
        drivers.sort(key=lambda d: -abs(d.weight))
        out[name] = drivers[:top]
    return out


def alone_drivers(sentence: str, offset: int, solo: np.ndarray, empty: np.ndarray, j: int,
                  min_weight: float, top: int = 3) -> list[Driver]:
    """Fallback for redundant cues: each word and adjacent pair scored on its own, against
    the empty text. ``solo`` holds the scores of ``solo_variants`` (words, then pairs)."""
    words = word_spans(sentence)
    spans = list(words) + [(words[i][0], words[i + 1][1]) for i in range(len(words) - 1)]
    weight = _logit(solo[:, j]) - float(_logit(empty[j]))
    n = len(words)
    # a pair counts only where it says more than its better word ("not happy" vs "happy")
    keep = [weight[k] >= min_weight and sentence[a:b].lower() not in NEGATORS and
            (k < n or weight[k] >= max(weight[k - n], weight[k - n + 1]) + min_weight)
            for k, (a, b) in enumerate(spans)]
    found = [Driver(offset + a, offset + b, sentence[a:b], float(solo[k, j] - empty[j]),
                    float(weight[k]), "alone")
             for k, (a, b) in enumerate(spans) if keep[k]]
    found.sort(key=lambda d: -d.weight)
    kept: list[Driver] = []
    for d in found:
        if not any(k.start < d.end and d.start < k.end for k in kept):
            kept.append(d)
    return kept[:top]


def solo_variants(sentence: str) -> list[str]:
    words = word_spans(sentence)
    return [sentence[a:b] for a, b in words] + [
        sentence[words[i][0]:words[i + 1][1]] for i in range(len(words) - 1)]


def explain_batch(sentences: Sequence[tuple[str, int]], bases: np.ndarray,
                  score: Callable[[list[str]], np.ndarray], names: Sequence[str],
                  min_weight: float = 0.4, present: float = 0.5
                  ) -> list[dict[str, list[Driver]]]:
    """Explain many (sentence, offset) pairs: one call of ``score`` on all occlusion
    variants; then, for emotions at or above ``present`` that no single removal explains
    (several cues each sufficient on its own), one more call scoring words on their own."""
    all_variants: list[str] = []
    bounds = []
    for text, _ in sentences:
        v = variants(text, word_spans(text))
        bounds.append((len(all_variants), len(all_variants) + len(v)))
        all_variants.extend(v)
    scores = score(all_variants) if all_variants else np.zeros((0, len(names)))
    out = [explain(text, off, bases[k], scores[a:b], names, min_weight)
           for k, ((text, off), (a, b)) in enumerate(zip(sentences, bounds, strict=True))]
    missing = [(k, j) for k in range(len(sentences)) for j, name in enumerate(names)
               if bases[k][j] >= present and not out[k][name]]
    if not missing:
        return out
    need = sorted({k for k, _ in missing})
    solos = [solo_variants(sentences[k][0]) for k in need]
    flat = [""] + [v for vs in solos for v in vs]
    solo_scores = score(flat)
    starts = np.cumsum([1] + [len(vs) for vs in solos])
    where = {k: (starts[i], starts[i + 1]) for i, k in enumerate(need)}
    for k, j in missing:
        a, b = where[k]
        text, off = sentences[k]
        out[k][names[j]] = alone_drivers(text, off, solo_scores[a:b], solo_scores[0], j,
                                         min_weight)
    return out
