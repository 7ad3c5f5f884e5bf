"""Sentence embeddings from the int8 ONNX MiniLM encoder (meaning preservation checks).

The artifact (``models/minilm-embedder-int8``, built by ``python -m training.embedder``)
outputs mean-pooled, L2-normalised vectors, so a dot product is the cosine similarity.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import onnxruntime as ort

from emotive.artifact import ArtifactError, shipped
from emotive.encoding import TextEncoder
from emotive.runtime import pick_providers, session_options

EMBEDDER_ENV = "EMOTIVE_EMBEDDER"


def default_embedder_dir() -> Path:
    env = os.environ.get(EMBEDDER_ENV)
    if env:
        return Path(env)
    return shipped("minilm-embedder-int8")


class Embedder:
    def __init__(self, path: str | Path | None = None, threads: int | None = None,
                 device: str = "auto", max_length: int = 128, spin: bool = True) -> None:
        folder = Path(path) if path else default_embedder_dir()
        model, tok = folder / "model.onnx", folder / "tokenizer.json"
        if not model.exists() or not tok.exists():
            raise ArtifactError(
                f"no sentence encoder in {folder} (needs model.onnx and tokenizer.json): set "
                f"${EMBEDDER_ENV} or build one with `python -m training.embedder`")
        opts = session_options(threads, spin)
        opts.enable_cpu_mem_arena = False  # small batches: the arena only holds memory (~15 MB)
        try:
            self.session = ort.InferenceSession(str(model), opts,
                                                providers=pick_providers(device))
        except Exception as e:  # onnxruntime raises its own untyped errors
            raise ArtifactError(f"cannot load sentence encoder {model}: {e}") from e
        self.encoder = TextEncoder(tok, max_length)

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit vectors (n, 384) in input order; texts beyond the window use their start."""
        ids = self.encoder.encode(texts)
        order = np.argsort([len(x) for x in ids], kind="stable")
        out = np.zeros((len(texts), 384), np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            input_ids, mask = self.encoder.pad([ids[i] for i in idx])
            (vec,) = self.session.run(None, {"input_ids": input_ids, "attention_mask": mask})
            out[idx] = vec
        return out
