"""Terminal view of an analysis: score bars and colour-highlighted driving phrases."""

from __future__ import annotations

from emotive.analyze import DocumentResult, Scores
from emotive.labels import target_label
from emotive.suggest import MISSES

COLOURS = {"joy": "33", "surprise": "35", "anger": "31", "fear": "32", "sadness": "34"}
BAR = 20


def _c(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def bars(scores: Scores, colour: bool, indent: str = "  ") -> list[str]:
    lines = []
    for name, p in scores.emotions.items():
        fill = round(p * BAR)
        mark = " *" if name in scores.labels else ""
        bar = _c("█" * fill, COLOURS.get(name, "0"), colour) + "·" * (BAR - fill)
        lines.append(f"{indent}{name:<9} {bar} {p:5.2f}{mark}")
    sent = "  ".join(f"{k} {v:.2f}" for k, v in scores.sentiment.items())
    lines.append(f"{indent}sentiment {sent}   valence {scores.valence:+.2f}")
    return lines


def highlight(text: str, start: int, spans: list[tuple[int, int, str]], colour: bool) -> str:
    """``text`` (starting at offset ``start``) with [a, b) spans wrapped in colour/brackets."""
    out, pos = [], 0
    for a, b, emotion in sorted(spans):
        a, b = a - start, b - start
        if a < pos:
            continue  # overlapping drivers of different emotions: keep the first
        out.append(text[pos:a])
        piece = text[a:b]
        out.append(_c(piece, "1;" + COLOURS.get(emotion, "0"), colour) if colour
                   else f"[{piece}]")
        pos = b
    out.append(text[pos:])
    return "".join(out)


def render(doc: DocumentResult, colour: bool) -> str:
    lines = ["Document" + (f" — dominant: {doc.scores.dominant}" if doc.scores.dominant
                           else " — no emotion over its threshold"), *bars(doc.scores, colour)]
    if len(doc.paragraphs) > 1:
        lines.append("")
        lines.append("Arc over paragraphs (dominant emotion, valence):")
        lines.append("  " + "  ".join(f"¶{i + 1} {p.scores.dominant or '-'} "
                                      f"{p.scores.valence:+.2f}"
                                      for i, p in enumerate(doc.paragraphs)))
    for s in doc.sentences:
        lines.append("")
        spans = [(d.start, d.end, e) for e, ds in (s.drivers or {}).items()
                 for d in ds if d.contribution > 0 and e in s.scores.labels]
        lines.append(f"{s.start}-{s.end}: {highlight(s.text, s.start, spans, colour)}")
        if s.scores.labels:
            lines += bars(s.scores, colour, "    ")
        for e, ds in (s.drivers or {}).items():
            ups = [f"{d.text} ({d.contribution:+.2f})" for d in ds if e in s.scores.labels]
            if ups:
                lines.append(f"    {e} driven by: " + ", ".join(ups))
        for g in s.suggestions or []:
            new = g.replacement or "(delete)"
            lines.append(f"    → {_c(g.original, '9', colour)} → {_c(new, '1', colour)}   "
                         f"{target_label(g.target, g.measure)}: {g.before:.2f} → {g.after:.2f}, "
                         f"meaning kept {g.similarity:.2f}")
            lines.append(f"      {g.sentence}")
        if (m := s.no_suggestion) is not None:
            by = f" ({m.margin:.2f})" if m.reason == "no-move" else ""
            lines.append(f"    no verified rewrite toward {m.target}: {MISSES[m.reason]}{by}")
            if m.closest:
                c = m.closest
                kept = (f", meaning kept {c['similarity']:.2f}" if "similarity" in c else "")
                lines.append(f"      closest: {_c(c['original'], '9', colour)} → "
                             f"{_c(c['replacement'] or '(delete)', '1', colour)}   "
                             f"{m.before:.2f} → {c['after']:.2f}{kept}")
    return "\n".join(lines)
