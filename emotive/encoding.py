"""Text -> token ids with the artifact's WordPiece tokenizer (``tokenizers``, no torch).

Used by training and by the runtime, so both see exactly the same ids. Texts longer than
the model's window are cut into overlapping windows (``windows``), never silently truncated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

WINDOW_STRIDE = 16  # tokens shared by neighbouring windows of a long text
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Lone surrogates (valid in a Python str or a JSON escape, not in UTF-8) become U+FFFD,
    one character for one, so offsets into the original text still hold."""
    return LONE_SURROGATE.sub("\ufffd", text)


class TextEncoder:
    """Tokenizes without padding; ``pad`` builds a batch padded to its longest member."""

    def __init__(self, tokenizer_file: str | Path, max_length: int = 128) -> None:
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length, stride=min(WINDOW_STRIDE, max_length // 4))
        self.max_length = max_length
        self.pad_id = self.tokenizer.token_to_id("[PAD]") or 0

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        """First window of each text (training data are short comments)."""
        return [e.ids for e in self.tokenizer.encode_batch([clean(t) for t in texts])]

    def windows(self, texts: Sequence[str]) -> list[list[list[int]]]:
        """Every window of each text: one for short texts, several overlapping for long."""
        out = []
        for e in self.tokenizer.encode_batch([clean(t) for t in texts]):
            out.append([e.ids] + [o.ids for o in e.overflowing])
        return out

    def pad(self, batch: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
        width = max(len(ids) for ids in batch)
        input_ids = np.full((len(batch), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for i, ids in enumerate(batch):
            input_ids[i, : len(ids)] = ids
            mask[i, : len(ids)] = 1
        return input_ids, mask
