"""Prose out of Markdown, with every character traced back to its line and column.

markdown-it-py parses the file; only inline content is prose: paragraphs, headings, list
items, table cells and block quotes. Fenced and indented code, HTML blocks, front matter,
inline code, inline HTML, images, autolinks and bare URLs are left out; a link keeps its
text. Each prose unit (one inline token) knows, for each of its characters, the offset in
the source file it came from, so findings point at exact ``line:col``.

Control comments (HTML comments, anywhere a block or inline HTML may be):
``<!-- emotive-lint disable -->`` / ``enable`` turn all rules (or the listed ones) off and
on for the lines that follow; ``<!-- emotive-lint disable-next-line [rule,...] -->`` turns
them off for the next non-blank line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()\[\]]+|\bwww\.[^\s<>()\[\]]+", re.IGNORECASE)
CONTROL = re.compile(r"<!--\s*emotive-lint\s+(disable-next-line|disable|enable)\b"
                     r"\s*([\w,\s-]*?)\s*-->")
FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n.*?\r?\n\1[ \t]*(?:\r?\n|\Z)",
                          re.DOTALL)


@dataclass
class Unit:
    """One block of prose: ``text`` and, per character, its offset in the source."""

    text: str
    offsets: list[int]
    kind: str  # paragraph, heading, table cell, ...


@dataclass
class Control:
    line: int  # 1-based line of the comment
    action: str
    rules: frozenset[str]  # empty: every rule


@dataclass
class Document:
    source: str
    units: list[Unit]
    controls: list[Control]
    line_starts: list[int] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.source)]
        self.lines = self.source.split("\n")

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset; columns count characters."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def disabled(self, line: int, rule: str) -> bool:
        """Whether control comments turn ``rule`` off on ``line``."""
        lines = self.lines
        off: set[str] = set()
        everything = False
        for c in self.controls:
            if c.line >= line:
                break
            if c.action == "disable":
                if c.rules:
                    off |= c.rules
                else:
                    everything = True
            elif c.action == "enable":
                if c.rules:
                    off -= c.rules
                else:
                    everything, off = False, set()
            else:  # disable-next-line: the next non-blank line after the comment
                nxt = c.line + 1
                while nxt <= len(lines) and not lines[nxt - 1].strip():
                    nxt += 1
                if nxt == line and (not c.rules or rule in c.rules):
                    return True
        return everything or rule in off


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table")
    # commonmark's default (20: ten list levels) silently drops prose nested deeper; 250 is still
    # far from Python's recursion limit
    md.options["maxNesting"] = 250
    return md


def blank_front_matter(source: str) -> str:
    """Front matter (YAML ``---`` or TOML ``+++``) blanked to spaces, line breaks kept, so
    every offset still points at the same character of the file."""
    m = FRONT_MATTER.match(source)
    if not m:
        return source
    return re.sub(r"[^\r\n]", " ", m.group(0)) + source[m.end():]


def parse(source: str) -> Document:
    text = blank_front_matter(source)
    tokens = _parser().parse(text)
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    units: list[Unit] = []
    controls: list[Control] = []
    kind = "paragraph"
    for tok in tokens:
        if tok.type in ("heading_open", "paragraph_open", "th_open", "td_open"):
            kind = {"heading_open": "heading", "paragraph_open": "paragraph"}.get(
                tok.type, "table cell")
        if tok.type == "html_block":
            controls += _controls(tok.content, tok.map[0] + 1 if tok.map else 1)
        if tok.type != "inline" or tok.map is None:
            continue
        mapping = _content_offsets(tok.content, lines, starts, tok.map)
        unit = _prose(tok, mapping)
        for child in tok.children or []:
            if child.type == "html_inline":
                where = tok.content.find(child.content)
                line = (mapping[where] if 0 <= where < len(mapping) else starts[tok.map[0]])
                controls += _controls(child.content, _line_of(starts, line))
        if unit.text.strip():
            unit.kind = kind
            units.append(unit)
    controls.sort(key=lambda c: c.line)
    return Document(source, units, controls)


def _line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def _controls(html: str, first_line: int) -> list[Control]:
    out = []
    for m in CONTROL.finditer(html):
        line = first_line + html.count("\n", 0, m.start())
        rules = frozenset(r.strip() for r in re.split(r"[,\s]+", m.group(2)) if r.strip())
        out.append(Control(line, m.group(1), rules))
    return out


def _content_offsets(content: str, lines: list[str], starts: list[int],
                     span: list[int]) -> list[int]:
    """Source offset of each character of an inline token's content. The content is its
    source lines with container prefixes ("> ", "- ", indentation) removed, joined by
    newlines: each content line is found in its source line."""
    out: list[int] = []
    src_lines = range(span[0], span[1])
    content_lines = content.split("\n")
    k = 0
    for piece in content_lines:
        # the next source line that holds this piece (blank lines cannot)
        while k < len(src_lines) - 1 and piece.strip() and piece not in lines[src_lines[k]]:
            k += 1
        row = src_lines[min(k, len(src_lines) - 1)]
        col = lines[row].rfind(piece) if piece else len(lines[row])
        col = max(col, 0)
        out.extend(starts[row] + col + i for i in range(len(piece)))
        out.append(starts[row] + col + len(piece))  # the newline joining the pieces
        k += 1
    return out[:len(content)] + [out[-1]] * max(0, len(content) - len(out))


def _prose(tok: Token, mapping: list[int]) -> Unit:
    text: list[str] = []
    offsets: list[int] = []
    content = tok.content
    cursor = 0
    skip_depth = 0  # inside an autolink or image: no prose

    def add(piece: str, at: int) -> None:
        for i, ch in enumerate(piece):
            text.append(ch)
            offsets.append(mapping[min(at + i, len(mapping) - 1)] if mapping else 0)

    for child in tok.children or []:
        t = child.type
        if t == "link_open" and child.markup == "autolink":
            skip_depth += 1
        elif t == "link_close" and skip_depth:
            skip_depth -= 1
        elif t == "image":
            where = content.find("](", cursor)
            cursor = where + 2 if where >= 0 else cursor
        elif t in ("softbreak", "hardbreak"):
            where = content.find("\n", cursor)
            add(" ", where if where >= 0 else cursor)
            cursor = where + 1 if where >= 0 else cursor
        elif t == "code_inline":
            where = content.find(child.content, cursor)
            if where >= 0:
                cursor = where + len(child.content)
            add(" ", max(cursor - 1, 0))
        elif t == "html_inline":
            where = content.find(child.content, cursor)
            if where >= 0:
                cursor = where + len(child.content)
        elif t == "text" and not skip_depth:
            piece = child.content
            where = cursor
            for keep, part in _pieces(piece):
                local = content.find(part, where)
                if local >= 0:
                    if keep:
                        add(part, local)
                    where = local + len(part)
                    continue
                # escapes or entities changed it ("\*" -> "*", "&amp;" -> "&"): align
                # character by character, each to its next occurrence close ahead
                for ch in part:
                    found = content.find(ch, where, where + 12)
                    at = found if found >= 0 else where
                    if keep:
                        add(ch, at)
                    where = at + 1
            cursor = max(cursor, where)
    return Unit("".join(text), offsets, "paragraph")


def _pieces(text: str) -> list[tuple[bool, str]]:
    """Text split into (keep, piece): URLs are dropped, the rest kept."""
    out: list[tuple[bool, str]] = []
    last = 0
    for m in URL.finditer(text):
        out.append((True, text[last:m.start()]))
        out.append((False, m.group()))
        last = m.end()
    out.append((True, text[last:]))
    return [p for p in out if p[1]]
