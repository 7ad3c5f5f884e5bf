"""Document analysis: per-sentence and per-paragraph scores, an emotion arc, explanations.

``Analyzer`` loads an artifact once. ``analyze_many`` scores the sentences of all texts in
one padded, length-sorted batch run; document and paragraph scores are the length-weighted
means of their sentences' probabilities. Results serialise to JSON with a versioned schema.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from emotive.explain import MAX_WORDS, WORD, Driver, explain_batch
from emotive.rephrase import RESTATED, SCOFFED
from emotive.runtime import Scorer
from emotive.segment import Span, paragraphs, sentences
from emotive.suggest import Miss, Suggester, SuggestError, Suggestion, Target, best_first
from emotive.wording import WORDLIKE, abusive, phrase_part

# 1.1: sentences may carry "suggestions"; 1.2: a suggestion's before/after are the
# strongest emotion's probability for "neutral" and the valence for "positive"/"negative"
RESULT_SCHEMA_VERSION = "1.3"  # 1.3: a sentence's "no_suggestion"
MAX_CHARS = 1_000_000  # one text; longer input is refused, not truncated
SHORT = 1  # words: a sentence this short is rewritten together with its neighbour
# a sentence that is only an aside beside another: a courtesy, which thanks, congratulates
# or wishes well ("Thank you for your help!", "Good luck with the move :)", "Have a nice
# day."), or a reaction, which only says what the other was to the writer ("That's
# awesome.", "So dumb.", "I love it!", "I'm so happy for you."; not one asked, "Thats
# dumb?", which the other may answer), or an apology for a small fault ("My bad.", "Sorry
# for the confusion."); a bracket after it is one only as a smiley's, ":)"
_EMOJI = "\U0001F300-\U0001FAFF"
ASIDE = re.compile(rf"\W*{phrase_part('COURTESY')}(?:[\s.!?:;\-{_EMOJI}]|[:;]-?[)(])*"
                   rf"|\W*{phrase_part('REACTED')}(?:[\s.!:;\-{_EMOJI}]|[:;]-?[)(])*"
                   rf"|\W*{phrase_part('APOLOGY')}(?:[\s.!?:;\-{_EMOJI}]|[:;]-?[)(])*",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Scores:
    emotions: dict[str, float]
    labels: list[str]
    dominant: str | None
    sentiment: dict[str, float]
    valence: float

    def to_dict(self) -> dict[str, Any]:
        return {"emotions": self.emotions, "labels": self.labels, "dominant": self.dominant,
                "sentiment": self.sentiment, "valence": self.valence}


@dataclass(frozen=True)
class SentenceResult:
    start: int
    end: int
    text: str
    scores: Scores
    drivers: dict[str, list[Driver]] | None = None
    suggestions: list[Suggestion] | None = None
    # a sentence that wanted moving but got no verified suggestion: why
    no_suggestion: Miss | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                             **self.scores.to_dict()}
        if self.drivers is not None:
            d["drivers"] = {k: [x.to_dict() for x in v] for k, v in self.drivers.items()}
        if self.suggestions is not None:
            d["suggestions"] = [x.to_dict() for x in self.suggestions]
        if self.no_suggestion is not None:
            d["no_suggestion"] = self.no_suggestion.to_dict()
        return d


@dataclass(frozen=True)
class ParagraphResult:
    start: int
    end: int
    scores: Scores

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, **self.scores.to_dict()}


@dataclass(frozen=True)
class DocumentResult:
    scores: Scores
    sentences: list[SentenceResult]
    paragraphs: list[ParagraphResult]
    model: str
    schema_version: str = RESULT_SCHEMA_VERSION
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": self.schema_version, "model": self.model,
                **self.scores.to_dict(),
                "sentences": [s.to_dict() for s in self.sentences],
                "arc": [p.to_dict() for p in self.paragraphs],
                "warnings": self.warnings}


@dataclass(frozen=True)
class SuggestOptions:
    """How suggestions are verified: the target must move by ``margin`` (probability; for
    "positive" and "negative" the valence, -1..1, by twice that) and the rewritten
    sentence keep cosine similarity >= ``min_similarity`` to the original, or >=
    ``min_similarity - short_relief`` for a sentence of 6 words or fewer (one word is a
    sixth of it: "It's terrifying." -> "It's unsettling." keeps 0.59), except for a
    question put as a request."""

    margin: float = 0.1
    min_similarity: float = 0.8
    top: int = 3
    short_relief: float = 0.1
    max_sentences: int = 50  # per document: the sentences furthest from the target first

    def __post_init__(self) -> None:
        if not 0 <= self.margin <= 1 or not -1 <= self.min_similarity <= 1:
            raise ValueError("margin must be in 0..1 and min_similarity in -1..1")
        if not 0 <= self.short_relief <= 1:
            raise ValueError("short_relief must be in 0..1")
        if self.top < 1 or self.max_sentences < 1:
            raise ValueError("top and max_sentences must be at least 1")


def rewrite_units(text: str, spans: Sequence[Span], short: int = SHORT) -> list[Span]:
    """A paragraph's sentences as units to rewrite and verify. A sentence of at most
    ``short`` words ("Lol.", "Wow!", "Sorry.") reads with its neighbour: it joins the next
    sentence (the previous one at the end), so that "Wow! That's great!" can lose "Wow!"
    and be verified as the passage the reader sees. So does a sentence that only calls a
    name or tells someone to go ("Fucking dumbass.", "Now fuck off."; ``abusive``): what
    it says can only go whole. A sentence that opens with "Or" offers another answer to the
    one before it ("Did she ask you to visit? Or did you decide to?"), one that asks it
    again ("...as a child? IS IT?") and one that only scoffs or says it was a joke
    ("...that's strange? Kidding."): it joins it."""
    units: list[Span] = []
    for s in spans:
        said = s.of(text).strip()
        scoff = SCOFFED.match(said)
        if units and (re.match(r"\W*or\b", said, re.IGNORECASE) or RESTATED.fullmatch(said)
                      or (scoff and not said[scoff.end():].strip(" .!?"))):
            units[-1] = Span(units[-1].start, s.end)
        else:
            units.append(s)
    k = 0
    while len(units) > 1 and k < len(units):
        unit = units[k].of(text)
        if len(WORDLIKE.findall(unit)) <= short or abusive(unit):
            j = k + 1 if k + 1 < len(units) else k - 1
            a, b = sorted((k, j))
            units[a:b + 1] = [Span(units[a].start, units[b].end)]
            k = a
        else:
            k += 1
    return units


def _ranges_in(spans: Sequence[Span], starts: Sequence[int], unit: Span
               ) -> list[tuple[int, int]]:
    """The ranges, from ``unit``'s start, of the sentences ``spans`` (in order; ``starts``
    their starts) that lie inside ``unit``: found from the first by bisection, since a look
    at every sentence for every unit is quadratic in a long paragraph."""
    out = []
    i = bisect_left(starts, unit.start)
    while i < len(spans) and spans[i].start < unit.end:
        if spans[i].end <= unit.end:
            out.append((spans[i].start - unit.start, spans[i].end - unit.start))
        i += 1
    return out


def unit_parts(text: str, spans: Sequence[Span], units: Sequence[Span] | None = None
               ) -> list[tuple[Span, list[tuple[int, int]]]]:
    """The rewrite units of a paragraph's sentences (``units``, if they are known), each
    with the ranges of its sentences inside it (what ``Suggester.suggest`` compares meaning
    on)."""
    starts = [s.start for s in spans]
    return [(u, _ranges_in(spans, starts, u))
            for u in (rewrite_units(text, spans) if units is None else units)]


@dataclass(frozen=True)
class Aside:
    """A sentence that is only an aside (``ASIDE``: a courtesy, a reaction or an apology for a
    small fault) beside another of its paragraph ("I understand now. Thank you for your
    thorough explanation.", "Congrats on the new job! You earned it.", "I just got the bike.
    I love it!"): it may go whole, as a thank-you inside a sentence may, verified in
    ``unit``, the rewrite unit it and a neighbour make (the next one or the one before;
    ``asides``). ``parts`` are the ranges of the unit's sentences in it; ``window`` is what
    an edit may change, in document offsets: the sentence and the spaces that set it off, so
    that the neighbour keeps every word. An aside that can only go beside its neighbour is
    tried there as well as alone, not instead: joined, the unit's emotion is no longer only
    the neighbour's ("Thank you for the reply. I'm still furious that the parcel never
    arrived." is less angry as one unit)."""

    sentence: Span
    unit: Span
    parts: list[tuple[int, int]]
    window: tuple[int, int]


def asides(text: str, spans: Sequence[Span], units: Sequence[Span] | None = None
           ) -> list[Aside]:
    """The sentences of a paragraph (``spans``; its rewrite units ``units``, if they are
    known) that are only an aside (``ASIDE``) and are rewrite units of their own, each with
    the unit it makes with its neighbour: the next one, and the one before too where there
    are both ("The way he talks is like a psychopath. I hate it. It's so condescending."
    can lose "I hate it." beside either)."""
    units = rewrite_units(text, spans) if units is None else units
    starts = [s.start for s in spans]
    out = []
    for k, u in enumerate(units):
        if len(units) < 2 or not ASIDE.fullmatch(u.of(text)):
            continue
        window = (units[k - 1].end if k else u.start,
                  units[k + 1].start if k + 1 < len(units) else u.end)
        for j in (k + 1, k - 1):
            if 0 <= j < len(units):
                joined = Span(min(u.start, units[j].start), max(u.end, units[j].end))
                out.append(Aside(u, joined, _ranges_in(spans, starts, joined), window))
    return out


def _distinct(found: Sequence[Suggestion]) -> list[Suggestion]:
    """``found`` best first, each rewrite once: an aside between two sentences is verified
    beside each (``asides``), and both may pass, taking the space before it or the one after
    it ("… psychopath. I hate it. It's…" loses " I hate it." or "I hate it. ", which leave
    the same text). Edits are told apart by what they change without the spaces at its ends,
    not by the text they leave, which would copy a long document once per suggestion."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for s in sorted(found, key=best_first):
        key = (s.start + len(s.original) - len(s.original.lstrip()),
               s.end - len(s.original) + len(s.original.rstrip()), s.replacement.strip())
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


class Analyzer:
    def __init__(self, model_dir: str | Path | None = None, threads: int | None = None,
                 device: str = "auto", batch_size: int = 32,
                 embedder_dir: str | Path | None = None, spin: bool = False,
                 scorer: Scorer | None = None,
                 embed: Callable[[list[str]], np.ndarray] | None = None) -> None:
        """``spin=False``: ONNX Runtime's idle workers sleep, since the classifier and the
        sentence encoder take turns on the same cores (see ``runtime.session_options``).
        ``scorer`` and ``embed`` replace the local sessions (the service passes its model
        service's)."""
        self.scorer = scorer or Scorer(model_dir, threads=threads, device=device, spin=spin)
        self._embed = embed
        self._spin = spin
        self.schema = self.scorer.schema
        self.batch_size = batch_size
        self.thresholds = np.asarray(self.scorer.calibration.thresholds)
        self.model_name = str(self.scorer.info.metrics.get("model", self.scorer.info.path.name))
        self._embedder_args = (embedder_dir, threads, device)
        self._suggester: Suggester | None = None

    @property
    def suggester(self) -> Suggester:
        """Loaded on first use: the sentence encoder, the lexicon and spaCy (~2 s)."""
        if self._suggester is None:
            embed = self._embed
            if embed is None:
                from emotive.embed import Embedder

                path, threads, device = self._embedder_args
                embed = Embedder(path, threads=threads, device=device, spin=self._spin).embed
            self._suggester = Suggester(
                lambda v: self.scorer.probabilities(v, self.batch_size), embed, self.schema,
                thresholds=self.thresholds)
        return self._suggester

    def target(self, value: str | Target) -> Target:
        return value if isinstance(value, Target) else Target.parse(value, self.schema)

    def _wants(self, target: Target, emo: np.ndarray, sent: np.ndarray) -> np.ndarray:
        """How far each sentence is from the target (> 0: worth rewriting)."""
        value = target.value(emo, sent, self.schema)
        if target.kind in ("less", "neutral"):  # the emotion (the strongest one) is labelled
            j = (np.full(len(emo), self.schema.emotions.index(target.emotion or ""))
                 if target.emotion else emo.argmax(1))
            return np.where(value >= self.thresholds[j], value, 0.0)
        if target.kind == "negative":  # valence
            return np.where(value > -0.5, 1.0 + value, 0.0)
        return np.where(value < 0.5, 1.0 - value, 0.0)  # more:EMOTION, positive (valence)

    def _drivers_for(self, pairs: list[tuple[str, int]], emo: np.ndarray, target: Target
                     ) -> list[list[Driver]]:
        if not target.emotion or not pairs:
            return [[] for _ in pairs]
        found = explain_batch(pairs, emo, lambda v: self.scorer.probabilities(
            v, self.batch_size)[0], self.schema.emotions)
        return [[d for d in f[target.emotion] if (d.weight > 0) == target.lowers]
                for f in found]

    def suggest(self, text: str, start: int, end: int, target: str | Target,
                options: SuggestOptions | None = None) -> list[Suggestion]:
        """Verified rewrites of text[start:end] (document offsets), in the context of the
        sentence(s) around it."""
        self._check([text])
        if not (isinstance(start, int) and isinstance(end, int)) or not (
                0 <= start < end <= len(text)):
            raise SuggestError(f"span {start}..{end} is not a non-empty range inside the "
                               f"text (0..{len(text)})")
        if not text[start:end].strip():
            raise SuggestError("the span holds only whitespace: nothing to rewrite")
        goal, opts = self.target(target), options or SuggestOptions()
        # each unit with its sentences and its paragraph, whose rest may answer it and in
        # which a quotation over sentences opens in one and closes in another (sliced only
        # when the unit is rewritten: a slice per unit of a long paragraph is quadratic)
        paras = [(p, spans, rewrite_units(text, spans))
                 for p in paragraphs(text) for spans in [sentences(text, p)]]
        units = [(u, parts, p) for p, spans, us in paras
                 for u, parts in unit_parts(text, spans, us)
                 if u.start < end and start < u.end]
        pairs = [(u.of(text), u.start) for u, _, _ in units]
        emo, _ = self.scorer.probabilities([p for p, _ in pairs], self.batch_size)
        drivers = self._drivers_for(pairs, emo, goal)
        out: list[Suggestion] = []
        for (sentence, offset), (u, parts, p), ds in zip(pairs, units, drivers, strict=True):
            out += self.suggester.suggest(
                sentence, goal, offset=offset, span=(start, end), drivers=ds,
                margin=opts.margin, min_similarity=opts.min_similarity, top=opts.top,
                parts=parts if len(parts) > 1 else (), short_relief=opts.short_relief,
                following=text[u.end:p.end], preceding=text[p.start:u.start])
        for p, spans, us in paras:  # an aside may also go whole, beside its neighbour
            if not (p.start < end and start < p.end):
                continue  # a paragraph the span does not reach has none to offer
            for c in asides(text, spans, us):
                a, b = max(c.window[0], start), min(c.window[1], end)
                if a < b and c.sentence.start < b and a < c.sentence.end:
                    out += self._aside_dropped(text, c, (a, b), p, goal, opts)[0]
        return _distinct(out)[:opts.top]

    def _aside_dropped(self, text: str, c: Aside, window: tuple[int, int], p: Span,
                       goal: Target, opts: SuggestOptions
                       ) -> tuple[list[Suggestion], Miss | None]:
        """Rewrites of an aside (``asides``) inside the unit it makes with a neighbour,
        changing nothing outside ``window`` (document offsets)."""
        return self.suggester.attempt(
            c.unit.of(text), goal, offset=c.unit.start, span=window, margin=opts.margin,
            min_similarity=opts.min_similarity, top=opts.top, parts=c.parts,
            short_relief=opts.short_relief, following=text[c.unit.end:p.end],
            preceding=text[p.start:c.unit.start])

    def _scores(self, emo: np.ndarray, sent: np.ndarray) -> Scores:
        s = self.schema
        labels = [n for n, v, t in zip(s.emotions, emo, self.thresholds, strict=True) if v >= t]
        over = (emo - self.thresholds) / (1 - self.thresholds)  # how far past its threshold
        dominant = s.emotions[int(np.argmax(over))] if labels else None
        pos, neg = s.sentiments.index(s.positive), s.sentiments.index(s.negative)
        return Scores({n: round(float(v), 4) for n, v in zip(s.emotions, emo, strict=True)},
                      labels, dominant,
                      {n: round(float(v), 4) for n, v in zip(s.sentiments, sent, strict=True)},
                      round(float(sent[pos] - sent[neg]), 4))

    def _pool(self, spans: Sequence[Span], emo: np.ndarray, sent: np.ndarray) -> Scores:
        w = np.array([s.end - s.start for s in spans], dtype=np.float64)
        w /= w.sum()
        return self._scores(w @ emo, w @ sent)

    def analyze(self, text: str, explain: bool = False, target: str | Target | None = None,
                options: SuggestOptions | None = None) -> DocumentResult:
        return self.analyze_many([text], explain, target, options)[0]

    @staticmethod
    def _check(texts: Sequence[Any]) -> None:
        for i, t in enumerate(texts):
            if not isinstance(t, str):
                raise TypeError(f"text {i} is {type(t).__name__}, not str")
            if not t.strip():
                raise ValueError(f"text {i} is empty or whitespace only: nothing to analyse")
            if len(t) > MAX_CHARS:
                raise ValueError(f"text {i} has {len(t)} characters; the limit is {MAX_CHARS}")

    def analyze_many(self, texts: Sequence[str], explain: bool = False,
                     target: str | Target | None = None,
                     options: SuggestOptions | None = None) -> list[DocumentResult]:
        """Scores for every document; ``explain`` adds drivers, ``target`` verified rewrite
        suggestions for the sentences furthest from it (``options.max_sentences`` each)."""
        self._check(texts)
        goal = self.target(target) if target is not None else None
        paras = [paragraphs(t) for t in texts]
        # sentences per paragraph, so the arc needs no search over a long document
        per_para = [[sentences(t, p) for p in ps] for t, ps in zip(texts, paras, strict=True)]
        sents = [[s for group in groups for s in group] for groups in per_para]
        flat = [s.of(t) for t, ss in zip(texts, sents, strict=True) for s in ss]
        emo, sent = self.scorer.probabilities(flat, self.batch_size)
        drivers: list[dict[str, list[Driver]] | None] = [None] * len(flat)
        if explain and flat:
            pairs = [(s.of(t), s.start) for t, ss in zip(texts, sents, strict=True) for s in ss]
            drivers = list(explain_batch(
                pairs, emo, lambda v: self.scorer.probabilities(v, self.batch_size)[0],
                self.schema.emotions))
        suggestions: list[list[Suggestion] | None] = [None] * len(flat)
        misses: list[Miss | None] = [None] * len(flat)
        notes: list[list[str]] = [[] for _ in texts]
        if goal is not None and flat:
            suggestions, misses = self._suggest_sentences(
                texts, per_para, emo, sent, goal, options or SuggestOptions(), drivers, notes)
        results: list[DocumentResult] = []
        k = 0
        for text, ps, ss, groups in zip(texts, paras, sents, per_para, strict=True):
            n = len(ss)
            e, s = emo[k:k + n], sent[k:k + n]
            sentence_results = [SentenceResult(sp.start, sp.end, sp.of(text),
                                               self._scores(e[i], s[i]), drivers[k + i],
                                               suggestions[k + i], misses[k + i])
                                for i, sp in enumerate(ss)]
            arc = []
            first = 0
            for p, group in zip(ps, groups, strict=True):
                idx = np.arange(first, first + len(group))
                first += len(group)
                if len(group):
                    arc.append(ParagraphResult(p.start, p.end, self._pool(group, e[idx], s[idx])))
            doc = self._pool(ss, e, s)
            warnings = [f"sentence at {sp.start} has over {MAX_WORDS} words: drivers cover the "
                        f"first {MAX_WORDS}" for sp in ss if explain and
                        len(WORD.findall(sp.of(text))) > MAX_WORDS]
            results.append(DocumentResult(doc, sentence_results, arc, self.model_name,
                                          warnings=warnings + notes[len(results)]))
            k += n
        return results

    def _suggest_sentences(self, texts: Sequence[str], per_para: list[list[list[Span]]],
                           emo: np.ndarray, sent: np.ndarray, goal: Target,
                           opts: SuggestOptions, drivers: list[dict[str, list[Driver]] | None],
                           notes: list[list[str]]
                           ) -> tuple[list[list[Suggestion] | None], list[Miss | None]]:
        """Suggestions for the sentences of each text that are furthest from ``goal``, and
        for those of them left without one, why; sentences already there get an empty list
        and no reason. A one-word sentence ("Lol.") is
        rewritten inside its rewrite unit (``rewrite_units``): only its own words change,
        but the unit is what is re-scored and compared."""
        sents = [[s for group in groups for s in group] for groups in per_para]
        # per sentence: (its text, its unit, its sentences' ranges in it, where its paragraph
        # starts and ends); the paragraph before and after the unit is sliced only for the
        # sentences rewritten, as a slice per sentence of a long paragraph is quadratic;
        # and each aside of a paragraph (``asides``), by its sentence
        units: list[tuple[str, Span, list[tuple[int, int]], int, int]] = []
        aside_of: dict[tuple[int, int], list[Aside]] = {}
        for text, groups in zip(texts, per_para, strict=True):
            for group in groups:
                us = rewrite_units(text, group)  # once for both
                units += [(text, u, ranges, group[0].start, group[-1].end)
                          for u, ranges in unit_parts(text, group, us)
                          for _ in ranges]  # one entry per sentence of the unit
                for c in asides(text, group, us):
                    aside_of.setdefault((id(text), c.sentence.start), []).append(c)
        out: list[list[Suggestion] | None] = [[] for _ in range(len(emo))]
        why: list[Miss | None] = [None] * len(emo)
        want = self._wants(goal, emo, sent)
        chosen: list[int] = []
        k = 0
        for t, ss in enumerate(sents):
            idx = [k + i for i in np.argsort(-want[k:k + len(ss)], kind="stable")
                   if want[k + i] > 0]
            if len(idx) > opts.max_sentences:
                notes[t].append(f"{len(idx)} sentences could move toward {goal}: suggestions "
                                f"cover the {opts.max_sentences} furthest from it")
            chosen += idx[:opts.max_sentences]
            k += len(ss)
        flat = [(s.of(t), s.start) for t, ss in zip(texts, sents, strict=True) for s in ss]
        if goal.emotion and any(drivers[i] is None for i in chosen):
            found = self._drivers_for([flat[i] for i in chosen], emo[chosen], goal)
            mine = dict(zip(chosen, found, strict=True))
        else:
            mine = {i: [d for d in (drivers[i] or {}).get(goal.emotion or "", [])
                        if (d.weight > 0) == goal.lowers] for i in chosen}
        for i in chosen:
            sentence, offset = flat[i]
            text, u, ranges, para_start, para_end = units[i]
            rest, before = text[u.end:para_end], text[para_start:u.start]
            if len(ranges) > 1:  # a short sentence and its neighbour
                out[i], why[i] = self.suggester.attempt(
                    u.of(text), goal, offset=u.start, span=(offset, offset + len(sentence)),
                    drivers=mine[i], margin=opts.margin, min_similarity=opts.min_similarity,
                    top=opts.top, parts=ranges, short_relief=opts.short_relief,
                    following=rest, preceding=before)
                continue
            out[i], why[i] = self.suggester.attempt(
                sentence, goal, offset=offset, drivers=mine[i], margin=opts.margin,
                min_similarity=opts.min_similarity, top=opts.top,
                short_relief=opts.short_relief, following=rest, preceding=before)
            for c in aside_of.get((id(text), offset), []):  # it may also go whole,
                more, _ = self._aside_dropped(text, c, c.window,  # beside a neighbour
                                              Span(para_start, para_end), goal, opts)
                if more:
                    out[i] = _distinct([*(out[i] or []), *more])[:opts.top]
                    why[i] = None
        return out, why
