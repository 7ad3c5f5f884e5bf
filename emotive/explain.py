"""Which words and phrases drive each emotion: batched occlusion on the ONNX model.

For a sentence with words w1..wn, every word and every pair of adjacent words is removed in
turn and all the variants are scored in one batch. A word's contribution to an emotion is
p(sentence) - p(sentence without it): positive when the word raises the emotion. Adjacent
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
NEGATORS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "hardly", "without",
                      "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "can't",
                      "won't", "cannot", "couldn't", "shouldn't", "wouldn't", "n't"})
MAX_WORDS = 64  # longer sentences are explained over their first 64 words


@dataclass(frozen=True)
class Driver:
    """A span of the original text and its signed contribution to one emotion."""

    start: int
    end: int
    text: str
    contribution: float

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "contribution": round(self.contribution, 4)}


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


def explain(sentence: str, offset: int, base: np.ndarray, occluded: np.ndarray,
            names: Sequence[str], min_contribution: float = 0.05, top: int = 5
            ) -> dict[str, list[Driver]]:
    """Drivers per emotion from the scores of a sentence (``base``, shape (E,)) and of its
    ``variants`` (``occluded``, shape (2n - 1, E)); offsets shifted by ``offset``."""
    words = word_spans(sentence)
    n = len(words)
    if n == 0:
        return {name: [] for name in names}
    single = base[None, :] - occluded[:n]
    pair = base[None, :] - occluded[n:]
    out = {}
    for j, name in enumerate(names):
        drivers: list[Driver] = []
        i = 0
        while i < n:
            c = float(single[i, j])
            lower = sentence[words[i][0]:words[i][1]].lower()
            joins = i + 1 < n and (
                lower in NEGATORS or
                (np.sign(c) == np.sign(single[i + 1, j]) and
                 min(abs(c), abs(single[i + 1, j])) >= min_contribution))
            if joins and abs(pair[i, j]) >= min_contribution:
                a, b = words[i][0], words[i + 1][1]
                drivers.append(Driver(offset + a, offset + b, sentence[a:b], float(pair[i, j])))
                i += 2
                continue
            if abs(c) >= min_contribution and lower not in NEGATORS:
                a, b = words[i]
                drivers.append(Driver(offset + a, offset + b, sentence[a:b], c))
            i += 1
        drivers.sort(key=lambda d: -abs(d.contribution))
        out[name] = drivers[:top]
    return out


def explain_batch(sentences: Sequence[tuple[str, int]], bases: np.ndarray,
                  score: Callable[[list[str]], np.ndarray], names: Sequence[str],
                  min_contribution: float = 0.05) -> list[dict[str, list[Driver]]]:
    """Explain many (sentence, offset) pairs with one call of ``score`` on all variants."""
    all_variants: list[str] = []
    bounds = []
    for text, _ in sentences:
        v = variants(text, word_spans(text))
        bounds.append((len(all_variants), len(all_variants) + len(v)))
        all_variants.extend(v)
    scores = score(all_variants) if all_variants else np.zeros((0, len(names)))
    return [explain(text, off, bases[k], scores[a:b], names, min_contribution)
            for k, ((text, off), (a, b)) in enumerate(zip(sentences, bounds, strict=True))]
