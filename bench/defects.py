"""Mechanical slips in verified suggestions, found without a person reading them.

    python -m bench.defects                 # or: make bench-defects  (~6 min)
    python -m bench.defects --limit 500     # a quicker look at the first 500 texts

Hand audits (``bench/audits``) judge whether a writer would take a suggestion; they read a
few dozen at a time. Some slips need no judge: an article that no longer fits its word ("a
aneurysm"), a word said twice ("remember it it was"), punctuation left behind (". I'd tap
out", "to you. ."), a sentence that now ends on "the", a bracket or a capital lost. This
scores every GoEmotions text of a split (test by default) that the shipped model finds an
emotion in, asks for the best three suggestions toward less of that emotion and toward
neutral, and checks every suggestion for slips the original sentence did not already have.

The checks (``defects``) are deliberately narrow: each flags what is wrong English in any
sentence, so a count above zero is a bug to fix, not a judgement to argue. A slip the
writer made first ("a apple" in the text) is not counted.

Prints each kind with its count and examples, writes ``bench/results/defects.json`` and
re-renders BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bench import machine
from bench.report import RESULTS, write_benchmarks

ARTICLE = re.compile(r"\b(a|an)\s+([A-Za-z][\w'’-]*)", re.IGNORECASE)
DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
SAID_TWICE = frozenset({"that", "had", "ha", "bye", "yes", "no", "very", "so", "really"})
SPACED = re.compile(r"\s(?:[,;:!?]+|\.(?![.\w]))")  # " ,", " !!!" or " ." (not " ...")
EMOTICON = re.compile(r"[:;=8][-o^']?[()\[\]]+|[()\[\]]+[-o^']?[:;=]")  # ":-)", ":((", "(:"
STRAY = re.compile(r"^\s*(?:[,.;:]|[-–—](?!\d))|,\s*[,.]|\(\s*\)|\s,|[.!?]\s+\.(?!\.)|"
                   r"[.!?],(?!\d)|(?<![.])[.!?]\.(?!\.)")  # ... "call.." or "now!." (not "...")
DANGLING = re.compile(r"\b(?:a|an|the|of|and|but|with|my|your|their|very|to)\s*[.!?,]*$",
                      re.IGNORECASE)
# ...but a name ("Exhibit A", "Plan A"), a phrasal verb's particle ("get it over with") or
# an infinitive left to trail off ("you read what you want to...")
NOT_DANGLING = re.compile(r"(?:\b[A-Z]\w*\s+A|\bover\s+with)\s*[.!?,]*$|\bto\s*(?:\.{2,}|…)$")
SPELLED_ON = re.compile(r"\s*[^\W\d_]+[.!?]+(?:\s|$)")  # " WORST." goes on with one word
LOWER_AFTER_STOP = re.compile(r"(?<!\.)[.!?]\s+[a-z]")
KINDS = {"article": "'a'/'an' that does not fit the next word",
         "doubled": "a word said twice in a row",
         "spacing": "a space before a comma or full stop",
         "punctuation": "punctuation left behind (a leading mark or dash, ', .', '.,', '()', "
                        "'. .', '..')",
         "dangling": "the sentence ends on an article, a preposition or a conjunction",
         "brackets": "an opening or closing bracket lost",
         "capital": "a sentence's first word, or the word after a full stop, in lower case"}


def _new(pattern: re.Pattern[str], before: str, after: str) -> bool:
    """Does ``after`` have more matches of ``pattern`` than ``before``?"""
    return len(pattern.findall(after)) > len(pattern.findall(before))


def _unmarked(sentence: str) -> str:
    """``sentence`` without the chat markers that end it: "…she had beef with lol" ends on
    its "with" already, and a rewrite that drops the "lol" leaves no new slip."""
    from emotive.wording import is_marker

    words = sentence.strip().rstrip(".!?,").split()
    while words and is_marker(words[-1].strip(".!?,")):
        words.pop()
    return " ".join(words)


def defects(before: str, after: str, following: str = "") -> list[str]:
    """The kinds of slip (``KINDS``) in the rewritten sentence ``after`` that the original
    ``before`` does not have. ``following`` is what comes after ``after`` in the rewritten
    text: a phrase spelled out a word at a time goes on there ("SHE. IS. THE. FUCKING.
    WORST." without "FUCKING." leaves "THE." before "WORST.", not "What. The." alone)."""
    from emotive.wording import article_for

    def misfits(s: str) -> int:
        return sum(1 for m in ARTICLE.finditer(s) if len(m.group(2)) > 1
                   and not m.group(2).isupper()
                   and m.group(1).lower() != article_for(m.group(2)).lower())

    def doubled(s: str) -> int:
        return sum(1 for m in DOUBLED.finditer(s) if m.group(1).lower() not in SAID_TWICE)

    found = []
    if misfits(after) > misfits(before):
        found.append("article")
    if doubled(after) > doubled(before):
        found.append("doubled")
    if _new(SPACED, before, after):
        found.append("spacing")
    if _new(STRAY, before.strip(), after.strip()):
        found.append("punctuation")
    if DANGLING.search(after.strip()) and not DANGLING.search(_unmarked(before)) and not (
            NOT_DANGLING.search(after.strip()) or SPELLED_ON.match(following)
            or (after.strip() in before and len(after.split()) > 2)):  # a sentence of it
        # left as it was: "…I could do more of. Thank you!" -> "…I could do more of." ends
        # where it ended (session 44); a word or two may be a phrase spelled out ("The.")
        found.append("dangling")
    def unclosed(s: str) -> int:
        s = EMOTICON.sub("", s)
        return s.count("(") - s.count(")")

    if unclosed(after) != unclosed(before):
        found.append("brackets")
    if (before.strip()[:1].isupper() and after.strip()[:1].islower()) or _new(
            LOWER_AFTER_STOP, before, after):
        found.append("capital")
    return found


def original_sentence(text: str, s: Any) -> tuple[str, str]:
    """The sentence a suggestion rewrites, as the text has it (``s.sentence`` is the
    rewritten one; ``s.start``/``s.end`` are the document offsets of what it replaced), and
    what follows the rewritten sentence in the rewritten text."""
    rewritten = text[:s.start] + s.replacement + text[s.end:]
    k = rewritten.rfind(s.sentence, 0, s.start + 1)
    k = k if k >= 0 else max(rewritten.find(s.sentence), 0)
    return (text[k:k + len(s.sentence) - len(s.replacement) + len(s.original)],
            rewritten[k + len(s.sentence):])


def scan(analyzer: Any, texts: list[str], top: int = 3) -> dict[str, Any]:
    """Every verified suggestion (best ``top``) toward less of each text's strongest emotion
    and toward neutral, checked by ``defects``."""
    from emotive.analyze import SuggestOptions

    opts = SuggestOptions(top=top)
    docs = analyzer.analyze_many(texts)
    checked, texts_with = 0, 0
    found: dict[str, list[dict[str, str]]] = defaultdict(list)
    for text, doc in tqdm(list(zip(texts, docs, strict=True)), desc="suggest and check",
                          unit="text", mininterval=5):
        emotion = doc.scores.dominant
        if not emotion:
            continue
        texts_with += 1
        for target in (f"less:{emotion}", "neutral"):
            for s in analyzer.suggest(text, 0, len(text), target, opts):
                checked += 1
                before, following = original_sentence(text, s)
                for kind in defects(before, s.sentence, following):
                    found[kind].append({"text": text, "target": target,
                                        "original": s.original, "replacement": s.replacement,
                                        "sentence": s.sentence})
    return {"texts_with_emotion": texts_with, "suggestions": checked,
            "defects": {k: len(found.get(k, [])) for k in KINDS},
            "examples": {k: v[:5] for k, v in found.items()}}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--split", default="test", choices=("train", "dev", "test"),
                   help="GoEmotions split to scan (test; dev is kept unread elsewhere, so "
                        "only its counts should be looked at)")
    p.add_argument("--limit", type=int, help="only the first N texts of the split")
    p.add_argument("--offset", type=int, default=0, help="skip the first N texts (with "
                   "--limit: a slice, to scan a large split in parts)")
    p.add_argument("--data-dir", help="GoEmotions folder (else $EMOTIVE_GOEMOTIONS_DIR)")
    p.add_argument("--out", type=Path, default=RESULTS / "defects.json")
    p.add_argument("--benchmarks", type=Path, default=Path("BENCHMARKS.md"))
    args = p.parse_args(argv)
    from emotive.analyze import Analyzer
    from emotive.labels import default_schema
    from training.data import read_goemotions

    texts = read_goemotions(args.split, default_schema(), args.data_dir).texts
    texts = list(texts[args.offset:args.offset + args.limit] if args.limit
                 else texts[args.offset:])
    res = scan(Analyzer(threads=2), texts)
    print(f"{res['suggestions']} verified suggestions for {res['texts_with_emotion']} "
          f"{args.split} texts with an emotion")
    for kind, n in res["defects"].items():
        print(f"{kind:12s}{n:>6d}  {KINDS[kind]}")
        for ex in res["examples"].get(kind, []):
            print(f"{'':18s}{ex['original']!r} -> {ex['replacement']!r}: {ex['sentence'][:90]}")
    res = {"machine": machine.describe(), "date": time.strftime("%Y-%m-%d"),
           "split": args.split, "offset": args.offset, "texts": len(texts), **res}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n")
    if args.out.parent.resolve() == RESULTS.resolve():
        write_benchmarks(RESULTS, args.benchmarks)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
