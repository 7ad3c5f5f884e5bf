"""lemminflect's inflection table, held compactly.

lemminflect reads its whole table (40,450 lines, 34,147 words) into a dict of dicts of
tuples the first time it inflects a word: 17.5 MB of the analyzer's resident memory, for
the few dozen words a sentence's rewrites inflect. ``compact()`` gives lemminflect a table
that keeps each word's lines as the file has them (about 5 MB) and parses a word's only
when lemminflect asks for it, with lemminflect's own line parser: the forms it returns are
the same (``tests/emotive/test_inflections.py`` compares every word).

lemminflect asks its table for nothing but ``get(word, default)``
(``Inflections.getAllInflections``); when a version asks otherwise, or names its table
differently, ``compact()`` leaves lemminflect to load its own.
"""

from __future__ import annotations

import gzip
import logging
from typing import Any

log = logging.getLogger(__name__)


class LazyForms(dict):  # lemminflect asks it nothing but get()
    """A word's inflections (Penn tag -> spellings), parsed from its lines when asked."""

    def __init__(self, path: str) -> None:
        super().__init__()
        from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

        self._parse = InflectionLUCodec.fromString
        lines: dict[str, str] = {}
        with gzip.open(path, "rb") as f:  # read as lemminflect reads it: lines end at b"\n"
            for raw in f:
                line = raw.decode()
                line = line if line.endswith("\n") else line + "\n"
                word = line.split(",", 1)[0]
                lines[word] = lines[word] + line if word in lines else line
        self._lines = lines
        # the auxiliaries and modals lemminflect sets by hand over what the file says
        self._fixed: dict[str, dict[str, tuple[str, ...]]] = (
            InflectionLUCodec.updateForAuxMod({}))

    def get(self, word: str, default: Any = None) -> Any:
        if word in self._fixed:
            return dict(self._fixed[word])
        raw = self._lines.get(word)
        if raw is None:
            return default
        forms: dict[str, tuple[str, ...]] = {}
        for line in raw.split("\n")[:-1]:  # a later line adds to an earlier one, as loaded
            forms.update(self._parse(line)[2])
        return forms

    def __contains__(self, word: object) -> bool:
        return word in self._fixed or word in self._lines

    def __len__(self) -> int:
        return len(self._lines.keys() | self._fixed.keys())


def compact() -> None:
    """Make lemminflect's inflections use a ``LazyForms`` table (once; idempotent)."""
    from lemminflect.core.Inflections import Inflections

    infl = Inflections()  # lemminflect's singleton: the one getInflection uses
    if isinstance(getattr(infl, "infl_dict", None), LazyForms):
        return
    if hasattr(infl, "infl_dict") or not hasattr(infl, "_getInflDict") or not hasattr(
            infl, "infl_lu_fn"):
        log.info("lemminflect loads its own inflection table (its internals differ)")
        return
    infl.infl_dict = LazyForms(infl.infl_lu_fn)
